// A ranking as JSON, the shape `kpss rank --json`, the C API and Python share.
#pragma once

#include <string>

#include "kpss/rank/multi_criteria.hpp"
#include "kpss/rank/ranking.hpp"

namespace kpss {

/// {"method", "policy", "participants", "total_weight", "items", "ranking": [[best tie
/// group], ...], "scores", "support", "majority_threshold", "majority", "by_role": {role:
/// {"weight", "scores", "support", "majority"}}, "pairwise": {a: {b: weight}} (pairwise
/// methods), "strongest_paths" (Schulze)}. Item-keyed objects list items in item order.
/// `indent` < 0 gives one line. Complexity: O(m²).
std::string ranking_to_json(const Ranking& ranking, int indent = 2);

/// A multi-criteria ranking: {"method": "weighted-sum"|"topsis", "normalisation":
/// "min-max"|"vector", "items", "criteria": [{"name", "benefit", "weight"}], "ranking": [[best
/// tie group], ...], "scores": {item: score}, "normalised": {item: {criterion: value}},
/// "diagnostics": [{"code", "severity", "message"}]}. Complexity: O(items · criteria).
std::string multi_criteria_to_json(const MultiCriteriaRanking& ranking, int indent = 2);

}  // namespace kpss
