// Czech territorial codes: municipality (obec) → ORP → district (okres) → region (kraj).
#pragma once

#include <compare>
#include <string>
#include <string_view>

namespace kpss {

/// Level of a territory, from the smallest.
enum class TerritoryLevel {
  municipality,  ///< obec: 6-digit ČSÚ municipality code (ZÚJ), e.g. "554782" (Praha)
  orp,           ///< obec s rozšířenou působností: 4-digit ČSÚ code, e.g. "2101"
  district,      ///< okres: LAU 1 code "CZ" + 4 digits, e.g. "CZ0201" (Benešov)
  region,        ///< kraj: NUTS 3 code, one of the 14 ("CZ010" … "CZ080")
};

/// Stable lower-case name: "municipality", "orp", "district", "region".
const char* to_string(TerritoryLevel level) noexcept;

/// A validated territory code. The level follows from the code's shape, so one string
/// identifies both. Ordered and hashable by (level, code) for deterministic maps.
class TerritoryCode {
 public:
  /// Reads a code and infers its level. Surrounding spaces are not accepted.
  /// Throws: InvalidArgument saying what shapes are accepted; NotFound for a region or a
  /// district whose region prefix is not one of the 14 regions.
  static TerritoryCode parse(std::string_view code);

  TerritoryLevel level() const noexcept { return level_; }
  const std::string& code() const noexcept { return code_; }
  /// For a district or region: the NUTS 3 code of its region. Empty for municipalities and
  /// ORPs, whose region the code alone does not tell (it needs a territorial register).
  std::string region_code() const;

  auto operator<=>(const TerritoryCode&) const = default;

 private:
  TerritoryCode(TerritoryLevel level, std::string code) : level_(level), code_(std::move(code)) {}
  TerritoryLevel level_;
  std::string code_;
};

}  // namespace kpss
