// Reading JSON documents safely: UTF-8 and nesting checked before nlohmann parses, syntax
// errors located by line and column, failures carrying a stable diagnostic code.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "kpss/core/error.hpp"
#include "kpss/io/plan_json.hpp"

namespace kpss::detail {

/// A reader failure before it becomes a kpss::Error or a Diagnostic: the error class, the
/// stable diagnostic code ("J004"), where (JSON pointer or "line L, column C"), what.
struct JsonFailure {
  ErrorCode kind;
  std::string code;
  std::string where;
  std::string message;
};

/// Throws the kpss::Error subclass matching `failure.kind`.
[[noreturn]] void raise(const JsonFailure& failure);

/// Checks size, UTF-8 and nesting depth, then parses. Throws: JsonFailure (J001 syntax,
/// J002 UTF-8, J003 document size, J012 depth).
nlohmann::json parse_document(std::string_view text, const JsonLimits& limits);

/// `path` + "/" + `key` with '~' and '/' escaped as RFC 6901 says.
std::string pointer(const std::string& path, std::string_view key);
std::string pointer(const std::string& path, std::size_t index);

/// "string", "number", "object", ... for messages.
const char* type_name(const nlohmann::json& value) noexcept;

}  // namespace kpss::detail
