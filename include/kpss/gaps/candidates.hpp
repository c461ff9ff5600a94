// Gaps as priority candidates (kandidáti priorit) for the plan's proposal phase, each with
// the evidence values a multi-criteria ranking can use as criteria.
#pragma once

#include <string>
#include <vector>

#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/territory_tree.hpp"

namespace kpss {

/// One criterion value: larger means more urgent unless `benefit` is false (a cost).
struct CandidateCriterion {
  std::string name{};
  double value = 0.0;
  bool benefit = true;
};

/// A gap proposed as a priority.
struct PriorityCandidate {
  GapKey key;
  std::string title{};  ///< "home care — seniors — 2101: 24 clients missing"
  /// In this order: "gap" (units missing), "uncovered" (1 − coverage, 0–1),
  /// "population" (inhabitants of the territory, 0 when unknown), "cost" (yearly CZK of
  /// closing it, a cost criterion; 0 when unpriced).
  std::vector<CandidateCriterion> criteria{};
  std::vector<std::string> evidence{};  ///< the demand's origins
};

/// A candidate for every row with a positive gap, in the table's order. `tree` may be null.
std::vector<PriorityCandidate> priority_candidates(const GapTable& table,
                                                   const TerritoryTree* tree);

}  // namespace kpss
