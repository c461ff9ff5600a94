// The weighted sums a ranking is computed from, shared by rank() and the share-sensitivity
// search (which combines per-role sums instead of re-reading the tally).
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "kpss/rank/ranking.hpp"

namespace kpss::detail {

bool is_pairwise(Method m);

/// Weighted sums over a subset of a tally's groups, in group order. All members are linear in
/// the group weights.
struct Weighted {
  double total = 0;
  std::vector<double> sums, answered, supporters;
  std::optional<PairwiseMatrix> d;
  std::vector<double> compared;  // weight of participants comparing a and b (Borda ties)
};

/// Sums with weight w[g] for group g, over the groups of role `only` (all when unset).
Weighted aggregate(const Tally& t, std::span<const double> w, std::optional<Role> only, const RankOptions& o);

struct Scored {
  std::vector<double> score;
  std::optional<PairwiseMatrix> paths;
};

/// The method's scores of m items from the sums.
Scored score_items(const Weighted& x, const RankOptions& o, std::size_t m);

}  // namespace kpss::detail
