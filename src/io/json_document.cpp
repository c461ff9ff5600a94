#include "json_document.hpp"

#include <cstdint>

namespace kpss::detail {

void raise(const JsonFailure& f) {
  const std::string message = f.message + " [" + f.code + "]";
  switch (f.kind) {
    case ErrorCode::limit: throw LimitExceeded(message, f.where);
    case ErrorCode::io: throw IoError(message, f.where);
    default: throw ParseError(message, f.where);
  }
}

namespace {

struct Position {
  std::size_t line = 1, column = 1;
};

// Length of the UTF-8 sequence starting at text[i], or 0 when it is not well formed
// (overlong forms, surrogates and code points above U+10FFFF are rejected, RFC 3629).
std::size_t utf8_length(std::string_view text, std::size_t i) noexcept {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  std::size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) n = 2;
  else if (c == 0xE0) n = 3, lo = 0xA0;
  else if (c >= 0xE1 && c <= 0xEC) n = 3;
  else if (c == 0xED) n = 3, hi = 0x9F;
  else if (c >= 0xEE && c <= 0xEF) n = 3;
  else if (c == 0xF0) n = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) n = 4;
  else if (c == 0xF4) n = 4, hi = 0x8F;
  else return 0;
  if (i + n > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (std::size_t k = 2; k < n; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return n;
}

// One pass over the text: UTF-8 well-formedness and bracket depth outside strings, so
// that nlohmann never sees input that could exhaust the stack when the value is destroyed.
void prescan(std::string_view text, const JsonLimits& limits) {
  Position pos;
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_length(text, i);
    if (n == 0)
      throw JsonFailure{ErrorCode::parse, "J002", text_position(pos.line, pos.column),
                        "the text is not valid UTF-8"};
    const char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limits.max_depth)
        throw JsonFailure{ErrorCode::limit, "J012", text_position(pos.line, pos.column),
                          "nesting deeper than " + std::to_string(limits.max_depth) + " levels"};
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
    if (c == '\n') {
      ++pos.line;
      pos.column = 1;
    } else {
      ++pos.column;
    }
    i += n;
  }
}

Position position_of(std::string_view text, std::size_t byte_offset) {
  Position pos;
  for (std::size_t i = 0; i < byte_offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++pos.line;
      pos.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++pos.column;
    }
  }
  return pos;
}

}  // namespace

nlohmann::json parse_document(std::string_view text, const JsonLimits& limits) {
  if (text.size() > limits.max_document_bytes)
    throw JsonFailure{ErrorCode::limit, "J003", "",
                      "the document has " + std::to_string(text.size()) +
                          " bytes, more than the limit of " +
                          std::to_string(limits.max_document_bytes)};
  prescan(text, limits);
  try {
    return nlohmann::json::parse(text.begin(), text.end());
  } catch (const nlohmann::json::parse_error& e) {
    const std::size_t at = e.byte > 0 ? e.byte - 1 : 0;
    const Position pos = position_of(text, at);
    std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at line
    // 1, column 2: "; keep only the explanation, the position is in `where`.
    if (const auto colon = what.find(": "); colon != std::string::npos) what = what.substr(colon + 2);
    throw JsonFailure{ErrorCode::parse, "J001", text_position(pos.line, pos.column),
                      "not JSON: " + what};
  } catch (const nlohmann::json::out_of_range&) {
    throw JsonFailure{ErrorCode::parse, "J011", "", "a number is too large to be represented"};
  }
}

std::string pointer(const std::string& path, std::string_view key) {
  std::string out = path;
  out += '/';
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string pointer(const std::string& path, std::size_t index) {
  return path + "/" + std::to_string(index);
}

const char* type_name(const nlohmann::json& value) noexcept {
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_boolean()) return "a boolean";
  if (value.is_null()) return "null";
  if (value.is_array()) return "an array";
  if (value.is_object()) return "an object";
  return "a binary value";
}

}  // namespace kpss::detail
