// A ranking as JSON, the shape `kpss rank --json`, the C API and Python share.
#pragma once

#include <string>

#include "kpss/rank/ranking.hpp"

namespace kpss {

/// {"method", "policy", "participants", "total_weight", "items", "ranking": [[best tie
/// group], ...], "scores", "support", "majority_threshold", "majority", "by_role": {role:
/// {"weight", "scores", "support", "majority"}}, "pairwise": {a: {b: weight}} (pairwise
/// methods), "strongest_paths" (Schulze)}. Item-keyed objects list items in item order.
/// `indent` < 0 gives one line. Complexity: O(m²).
std::string ranking_to_json(const Ranking& ranking, int indent = 2);

}  // namespace kpss
