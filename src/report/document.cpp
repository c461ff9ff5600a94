#include "kpss/report/document.hpp"

#include "kpss/core/error.hpp"

namespace kpss::report {

Language parse_language(const std::string& code) {
  if (code == "cs") return Language::cs;
  if (code == "en") return Language::en;
  throw InvalidArgument("unknown report language '" + code + "'; use cs or en");
}

const char* to_string(Language lang) noexcept { return lang == Language::cs ? "cs" : "en"; }

std::string Suppression::count(long long value, Language lang) const {
  if (!hides(value)) return std::to_string(value);
  return (lang == Language::cs ? "méně než " : "fewer than ") + std::to_string(k);
}

}  // namespace kpss::report
