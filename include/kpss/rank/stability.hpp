// How stable a ranking is (stabilita pořadí): a seeded bootstrap over participants.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kpss/rank/ranking.hpp"

namespace kpss {

struct BootstrapOptions {
  std::size_t replicates = 1000;
  std::uint64_t seed = 1;
  /// Worker threads; 0 = all cores. The result does not depend on it.
  std::size_t threads = 0;
  /// For P(top k).
  std::size_t top_k = 3;
  /// Called with the number of replicates finished and the total, after each replicate, from
  /// the worker threads but never two calls at once (a progress bar needs no lock). Must not
  /// throw. Empty: no calls.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// One item's rank distribution over the replicates (rank = 1 + items strictly above).
struct ItemStability {
  double median_rank = 0;   ///< the median (mean of the two middle ranks for an even count)
  std::size_t rank_p05 = 0; ///< 5 % quantile (nearest rank below)
  std::size_t rank_p95 = 0; ///< 95 % quantile (nearest rank above)
  double p_top_k = 0;       ///< share of replicates with rank ≤ top_k
};

struct Stability {
  std::vector<std::string> items;
  std::size_t replicates = 0;
  std::size_t top_k = 0;
  std::vector<ItemStability> item;  ///< per item, in item order
};

/// Resamples participants with replacement within their role × organisation groups (so
/// every group keeps its size and the policy its weights), re-ranks each replicate and
/// summarises each item's rank. Replicate r draws from its own generator seeded by (seed, r)
/// and results are combined in replicate order, so the result is the same for a seed
/// whatever the thread count.
/// Throws: InvalidArgument (no replicates), and as rank(). Complexity: O(R · rank()).
Stability bootstrap(const BallotSet& ballots, const WeightingPolicy& policy, const RankOptions& options,
                    const BootstrapOptions& bootstrap = {});

}  // namespace kpss
