#include "kpss/core/error.hpp"

namespace kpss {

const char* to_string(ErrorCode code) noexcept {
  switch (code) {
    case ErrorCode::invalid_argument: return "invalid_argument";
    case ErrorCode::parse: return "parse";
    case ErrorCode::not_found: return "not_found";
    case ErrorCode::overflow: return "overflow";
    case ErrorCode::limit: return "limit";
    case ErrorCode::io: return "io";
    case ErrorCode::corrupt: return "corrupt";
    case ErrorCode::validation: return "validation";
    case ErrorCode::conflict: return "conflict";
    case ErrorCode::internal: return "internal";
  }
  return "unknown";
}

namespace {
std::string compose(const std::string& message, const std::string& where) {
  return where.empty() ? message : where + ": " + message;
}
}  // namespace

Error::Error(ErrorCode code, std::string message, std::string where)
    : std::runtime_error(compose(message, where)),
      code_(code),
      message_(std::move(message)),
      where_(std::move(where)) {}

std::string text_position(std::size_t line, std::size_t column) {
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace kpss
