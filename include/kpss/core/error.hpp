// The exception hierarchy of kpss. Input problems throw a kpss::Error subclass; a violated
// precondition (a programmer error) is a GSL contract violation instead.
#pragma once

#include <stdexcept>
#include <string>

namespace kpss {

/// What went wrong, independent of the message text. The C API returns these as negative
/// status codes (`KPSS_ERR_*` in kpss.h), with the same numbering.
enum class ErrorCode : int {
  invalid_argument = -1,  ///< a value is malformed or out of its domain
  parse = -2,             ///< a document (JSON, CSV, .pb, archive text) cannot be read
  not_found = -3,         ///< an id, key or code is unknown
  overflow = -4,          ///< arithmetic would leave the representable range (money)
  limit = -5,             ///< input exceeds a documented size limit
  io = -6,                ///< a file cannot be opened, read, written or renamed
  corrupt = -7,           ///< stored data fails its integrity checks (magic, checksum)
  validation = -8,        ///< a model is inconsistent (see the diagnostics)
  conflict = -9,          ///< an operation is not allowed in the current state
  internal = -100,        ///< a bug in kpss; please report it
};

/// Stable lower-case name of an error code ("parse", "not_found", ...).
const char* to_string(ErrorCode code) noexcept;

/// Base of every exception kpss throws for bad input or failed I/O.
///
/// `where()` says where the problem is — a JSON pointer ("/services/3/capacity"), a
/// "line:column" position, a file name or a field name — and is empty when there is no
/// better place than the call itself. `what()` is "where: message" when `where` is set.
class Error : public std::runtime_error {
 public:
  Error(ErrorCode code, std::string message, std::string where = {});

  ErrorCode code() const noexcept { return code_; }
  const std::string& where() const noexcept { return where_; }
  /// The message without the location prefix.
  const std::string& message() const noexcept { return message_; }

 private:
  ErrorCode code_;
  std::string message_;
  std::string where_;
};

#define KPSS_DEFINE_ERROR(Name, code_value)                                              \
  class Name : public Error {                                                           \
   public:                                                                              \
    explicit Name(std::string message, std::string where = {})                          \
        : Error(ErrorCode::code_value, std::move(message), std::move(where)) {}         \
  }

KPSS_DEFINE_ERROR(InvalidArgument, invalid_argument);
KPSS_DEFINE_ERROR(ParseError, parse);
KPSS_DEFINE_ERROR(NotFound, not_found);
KPSS_DEFINE_ERROR(OverflowError, overflow);
KPSS_DEFINE_ERROR(LimitExceeded, limit);
KPSS_DEFINE_ERROR(IoError, io);
KPSS_DEFINE_ERROR(CorruptData, corrupt);
KPSS_DEFINE_ERROR(ValidationError, validation);
KPSS_DEFINE_ERROR(ConflictError, conflict);

#undef KPSS_DEFINE_ERROR

/// "line L, column C" in the form every text reader of kpss uses in `Error::where()`.
std::string text_position(std::size_t line, std::size_t column);

}  // namespace kpss
