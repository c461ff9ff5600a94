// Diagnostics: problems found in a plan or in its file, each with a stable code.
#pragma once

#include <string>
#include <string_view>

namespace kpss {

/// How bad a problem is. Errors make a plan invalid; warnings are worth a look.
enum class Severity { error, warning };

/// One problem: `code` is stable across versions (documented in docs/formats/plan.md,
/// e.g. "P102" for a dangling reference, "J006" for an unknown JSON member); `path` is the
/// JSON pointer of the element ("/services/3/provider"); `message` is for people.
struct Diagnostic {
  std::string code;
  Severity severity = Severity::error;
  std::string path;
  std::string message;

  bool operator==(const Diagnostic&) const = default;
};

/// "error" or "warning"; the inverse returns false for an unknown name.
std::string_view to_string(Severity value) noexcept;
bool from_string(std::string_view text, Severity& out) noexcept;

}  // namespace kpss
