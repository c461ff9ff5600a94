// A small part of the Central Bohemian Region for the gap tests: region CZ020, district
// Benešov, ORPs Benešov (2101) and Vlašim (2110), three municipalities with populations.
#pragma once

#include "kpss/gaps/territory_tree.hpp"

namespace kpss::test {

inline TerritoryCode T(const char* code) { return TerritoryCode::parse(code); }

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
