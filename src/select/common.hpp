// Helpers shared by the selection rules (private to the library).
#pragma once

#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "kpss/select/election.hpp"

namespace kpss::select::detail {

/// The election in plain integers (minor units), validated once.
struct Frame {
  explicit Frame(const Election& election);

  const Election& election;
  std::size_t num_candidates = 0;
  std::size_t num_pots = 0;
  std::vector<std::int64_t> cost;                 // per candidate
  std::vector<std::vector<std::int64_t>> parts;   // per candidate, per pot
  std::vector<std::int64_t> budget;               // per pot
  std::int64_t total_budget = 0;
  std::vector<std::int64_t> supporters;           // listed by how many ballots

  /// Satisfaction of a ballot listing `candidate` with `score`.
  std::int64_t utility(Satisfaction s, std::size_t candidate, std::int64_t score) const {
    switch (s) {
      case Satisfaction::cost: return cost[candidate];
      case Satisfaction::cardinality: return 1;
      case Satisfaction::cardinal: return score;
    }
    return 0;
  }
  /// Whether `candidate`'s parts fit in `left` (per pot).
  bool fits(std::size_t candidate, std::span<const std::int64_t> left) const;
  void pay(std::size_t candidate, std::span<std::int64_t> left) const;
  /// Candidates in tie-break order (best first) and each one's position in it.
  std::vector<std::size_t> tie_order(TieBreak tie) const;
  std::vector<std::size_t> tie_rank(TieBreak tie) const;
};

/// Checks `weights` (empty or one non-negative value per ballot) and returns them with 1s
/// filled in when empty.
std::vector<std::int64_t> weights_or_ones(std::span<const std::int64_t> weights, std::size_t n);

/// Builds a Result from the funded candidates in order; `reason` names the rejection of a
/// candidate that fits in the money left and has support.
Result make_result(const Frame& frame, std::span<const std::size_t> funded,
                   std::span<const std::int64_t> total_satisfaction, Rejection reason_if_fits);

/// Total (weighted) satisfaction per candidate.
std::vector<std::int64_t> total_satisfaction(const Frame& frame, Satisfaction s,
                                             std::span<const std::int64_t> weights);

}  // namespace kpss::select::detail
