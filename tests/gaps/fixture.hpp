// A small part of the Central Bohemian Region for the gap tests: region CZ020, district
// Benešov, ORPs Benešov (2101) and Vlašim (2110), three municipalities with populations.
#pragma once

#include <cstdint>
#include <stdexcept>

#include "kpss/core/money.hpp"
#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/territory_tree.hpp"

namespace kpss::test {

inline TerritoryCode T(const char* code) { return TerritoryCode::parse(code); }

/// Whole crowns.
inline Money czk(std::int64_t major) { return Money::from_major(major, Currency::czk()); }

/// The row of `key`; throws when the table has none (a test failure, not a crash).
inline const GapRow& row(const GapTable& t, const GapKey& key) {
  for (const auto& r : t.rows)
    if (r.key == key) return r;
  throw std::logic_error("no row " + key.type + "/" + key.territory.code());
}

inline TerritoryTree benesov_tree() {
  TerritoryTree tree;
  tree.add(T("CZ0201"), T("CZ020"), 0, "Benešov (okres)");
  tree.add(T("2101"), T("CZ0201"), 0, "Benešov (ORP)");
  tree.add(T("2110"), T("CZ0201"), 0, "Vlašim (ORP)");
  tree.add(T("529303"), T("2101"), 16000, "Benešov");
  tree.add(T("529354"), T("2101"), 4000, "Bystřice");
  tree.add(T("530824"), T("2110"), 12000, "Vlašim");
  return tree;
}

}  // namespace kpss::test
