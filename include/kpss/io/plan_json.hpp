// The JSON interchange format of a plan: {"format": "kpss-plan", "version": 1, ...}.
// Documented in docs/formats/plan.md, with a JSON Schema in schemas/kpss-plan-1.schema.json.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <optional>
#include <string_view>
#include <vector>

#include "kpss/model/diagnostic.hpp"
#include "kpss/model/plan.hpp"

namespace kpss {

/// The version of the JSON format this library writes (and the newest it reads).
inline constexpr int plan_json_version = 1;

/// Size limits of the JSON reader; input beyond them is rejected with LimitExceeded
/// (diagnostics J003, J009, J010, J012) before it can exhaust memory or the stack.
struct JsonLimits {
  std::size_t max_document_bytes = std::size_t{256} << 20;  ///< whole document
  std::size_t max_string_bytes = std::size_t{1} << 20;      ///< one string value or name
  std::size_t max_array_items = 1'000'000;                  ///< one array
  std::size_t max_depth = 64;                               ///< nesting of arrays/objects
};

/// Reads a plan from JSON text (UTF-8).
/// Does: checks the whole text is UTF-8 within `limits`, parses it, checks every member
/// against the format (types, required members, known names; "x-" members are kept in the
/// elements' `extensions`). It does not check references or code lists: call validate().
/// Throws: ParseError (syntax, invalid UTF-8, wrong type, unknown or missing member, bad
/// value) or LimitExceeded; `where()` is "line L, column C" for syntax and the JSON pointer
/// otherwise; the message says what was expected. Complexity: linear in the text.
Plan read_plan_json(std::string_view text, const JsonLimits& limits = {});

/// Reads the file at `path` as read_plan_json does. Throws: IoError when it cannot be read,
/// LimitExceeded before reading a file larger than the limit, else as read_plan_json.
Plan load_plan_json(const std::filesystem::path& path, const JsonLimits& limits = {});

/// Writes `plan` as JSON: two-space indented UTF-8, members in the documented order,
/// empty and absent optional members left out, a final newline. Deterministic, so that
/// read_plan_json → write_plan_json reproduces a file written by it byte for byte.
/// Throws: InvalidArgument when a date is not a calendar date or an extension is not JSON.
std::string write_plan_json(const Plan& plan);

/// Writes `plan` to `path` atomically (temporary file in the same directory, fsync,
/// rename): on any failure the previous file is left as it was. Throws: IoError.
void save_plan_json(const Plan& plan, const std::filesystem::path& path);

/// The outcome of checking a JSON document: the plan when it could be read, and every
/// problem found — one reader diagnostic (J…) when it could not be read, else all the
/// validation diagnostics (P…) of validate().
struct PlanCheck {
  std::optional<Plan> plan;
  std::vector<Diagnostic> diagnostics;
  /// True when the document was read and has no diagnostic of severity error.
  bool ok() const noexcept;
};

/// Reads and validates, never throwing for bad input: what `kpss validate` does.
/// Throws: only std::bad_alloc.
PlanCheck check_plan_json(std::string_view text, const JsonLimits& limits = {});

/// As check_plan_json on the file's text. Throws: IoError when the file cannot be read (a
/// file above the size limit is reported as diagnostic J003 instead).
PlanCheck check_plan_json_file(const std::filesystem::path& path, const JsonLimits& limits = {});

/// One element of the plan as a JSON object, exactly as write_plan_json writes it (two-space
/// indented, no final newline). `kind` is a name of ElementKind ("service", "measure", ...)
/// or "comment"; for "plan" the id is ignored and the whole plan is written.
/// Throws: NotFound when there is no such element, InvalidArgument for an unknown kind.
std::string write_element_json(const Plan& plan, std::string_view kind, std::string_view id);

/// Diagnostics as a compact JSON array of {"code", "severity", "path", "message"}.
std::string write_diagnostics_json(const std::vector<Diagnostic>& diagnostics);

}  // namespace kpss
