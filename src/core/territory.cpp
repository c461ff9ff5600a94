#include "kpss/core/territory.hpp"

#include <algorithm>

#include "kpss/core/catalog.hpp"
#include "kpss/core/error.hpp"

namespace kpss {

const char* to_string(TerritoryLevel level) noexcept {
  switch (level) {
    case TerritoryLevel::municipality: return "municipality";
    case TerritoryLevel::orp: return "orp";
    case TerritoryLevel::district: return "district";
    case TerritoryLevel::region: return "region";
  }
  return "unknown";
}

namespace {
bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}
void require_region(std::string_view nuts3, std::string_view code) {
  if (!find_code(CodeList::region, nuts3))
    throw NotFound("'" + std::string(code) + "' does not belong to any of the 14 regions (" +
                   std::string(nuts3) + " is not a region code)");
}
}  // namespace

TerritoryCode TerritoryCode::parse(std::string_view code) {
  if (code.size() == 6 && all_digits(code)) {
    if (code[0] != '5')
      throw InvalidArgument("municipality codes (ZÚJ) lie between 500000 and 599999, got '" +
                            std::string(code) + "'");
    return {TerritoryLevel::municipality, std::string(code)};
  }
  if (code.size() == 4 && all_digits(code)) {
    if (code[0] == '0') throw InvalidArgument("ORP codes do not start with 0, got '" + std::string(code) + "'");
    return {TerritoryLevel::orp, std::string(code)};
  }
  if (code.size() >= 5 && code.substr(0, 2) == "CZ" && all_digits(code.substr(2))) {
    if (code.size() == 5) {
      require_region(code, code);
      return {TerritoryLevel::region, std::string(code)};
    }
    if (code.size() == 6) {
      require_region(code.substr(0, 5), code);
      return {TerritoryLevel::district, std::string(code)};
    }
  }
  throw InvalidArgument("'" + std::string(code) +
                        "' is not a territory code: expected a municipality (6 digits), an ORP "
                        "(4 digits), a district (CZ + 4 digits) or a region (CZ + 3 digits)");
}

std::string TerritoryCode::region_code() const {
  if (level_ == TerritoryLevel::region || level_ == TerritoryLevel::district) return code_.substr(0, 5);
  return {};
}

}  // namespace kpss
