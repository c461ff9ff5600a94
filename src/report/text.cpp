#include "kpss/report/text.hpp"

#include <charconv>
#include <cmath>
#include <gsl/gsl>

namespace kpss::report {

namespace {

bool starts_character(char c) noexcept { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

}  // namespace

std::string fixed(double value, int decimals) {
  Expects(decimals >= 0 && decimals <= 17);
  char buf[400];
  const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
  Ensures(r.ec == std::errc{});
  std::string out(buf, r.ptr);
  // "-0" and "-0.00" read as a sign error in a table.
  if (out.find_first_not_of("-0.") == std::string::npos && out.front() == '-') out.erase(0, 1);
  return out;
}

std::string decimal(double value, int max_decimals) {
  std::string out = fixed(value, max_decimals);
  if (out.find('.') == std::string::npos) return out;
  out.erase(out.find_last_not_of('0') + 1);
  if (out.back() == '.') out.pop_back();
  return out == "-0" ? "0" : out;
}

std::string percent(double share) { return fixed(std::round(share * 100.0), 0) + " %"; }

std::size_t text_width(std::string_view text) noexcept {
  std::size_t points = 0;
  for (char c : text) points += starts_character(c) ? 1 : 0;
  return points;
}

std::string pad(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = text_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

std::string clip(std::string_view text, std::size_t max_chars) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (starts_character(text[i]) && points++ == max_chars) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

}  // namespace kpss::report
