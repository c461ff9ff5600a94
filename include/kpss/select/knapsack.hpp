// Exact 0/1 knapsack: the set of candidates with the greatest total weighted satisfaction.
#pragma once

#include <cstdint>
#include <span>

#include "kpss/select/election.hpp"

namespace kpss::select {

struct KnapsackOptions {
  Satisfaction satisfaction = Satisfaction::cost;
  /// Dynamic programming is used when there is one pot and candidates × (budget / gcd of the
  /// costs and budget) is at most this; branch and bound otherwise.
  std::int64_t max_dp_cells = 50'000'000;
  /// Branch and bound gives up after this many nodes (Result::proven_optimal = false, the
  /// best set found is returned).
  std::int64_t max_nodes = 20'000'000;
};

/// Maximises Σ_funded Σ_ballots weight × satisfaction subject to every pot's budget
/// (optimální výběr). Ties between optimal sets: the one found first in the deterministic
/// search. `weights` (per ballot) default to 1.
/// Throws: InvalidArgument. Complexity: O(n × capacity) by DP, else exponential worst case
/// bounded by `max_nodes`.
Result knapsack(const Election& election, const KnapsackOptions& options = {},
                std::span<const std::int64_t> weights = {});

}  // namespace kpss::select
