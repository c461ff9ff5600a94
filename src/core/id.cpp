#include "kpss/core/id.hpp"

#include "kpss/core/error.hpp"

namespace kpss {

void validate_id(std::string_view text) {
  if (text.empty()) throw InvalidArgument("an id must not be empty");
  if (text.size() > 128)
    throw InvalidArgument("an id has at most 128 characters, got " + std::to_string(text.size()));
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '_' || c == '.' || c == ':' || c == '-';
    if (!ok)
      throw InvalidArgument("character " + std::to_string(i + 1) + " of id '" + std::string(text) +
                            "' is not a letter, digit or one of _ . : -");
  }
}

}  // namespace kpss
