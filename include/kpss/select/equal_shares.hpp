// The Method of Equal Shares (metoda rovných podílů): every participant controls an equal
// (or weighted) share of the budget, and a candidate is funded when its supporters can pay
// for it, cheapest per unit of satisfaction first.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "kpss/select/election.hpp"

namespace kpss::select {

/// Completion by raising every participant's share (the add-one rule).
enum class Add1 {
  none,        ///< plain equal shares
  exhaustive,  ///< raise by one unit per step; stop at the first exhaustive outcome, or
               ///< return the last one before the first infeasible (pabutools'
               ///< `voter_budget_increment=1`)
  infeasible,  ///< keep raising while the outcome stays within the budget and return the
               ///< last feasible one (the cities' result checker)
};

struct EqualSharesOptions {
  Satisfaction satisfaction = Satisfaction::cost;
  TieBreak tie = TieBreak::lexicographic;
  Add1 add1 = Add1::none;
  /// The raise per step and participant; defaults to one major unit of the currency.
  std::optional<Money> increment;
  /// Start the add-one raises from the per-participant share rounded down to whole
  /// increments (the checker) instead of the exact share budget / participants (pabutools).
  bool start_from_whole_units = false;
  /// Afterwards compare with greedy by supporters and take greedy when more participants
  /// have strictly more of their candidates funded by it than by equal shares.
  bool comparison = false;
  /// Afterwards fund what still fits by utilitarian greedy with this satisfaction.
  std::optional<Satisfaction> then_greedy;
};

/// Runs equal shares. `weights` (per ballot, non-negative integers, default 1): a
/// participant's endowment is budget × weight / Σ weights — plug the weighting policy's
/// effective weights in here (scaled to integers). `groups` (per ballot, default all 0)
/// labels participant groups for `Funded::paid_by_group`.
/// Shares and prices are computed in floating point; every comparison that is not clear by
/// a wide margin is decided in exact rationals, so ties go to the tie-break exactly as in
/// the exact method. The add-one loop jumps straight to the next step at which any
/// comparison the method makes could change, so its cost depends on the number of distinct
/// outcomes, not on the size of the per-participant share (metoda rovných podílů).
/// Several pots: endowments come from the pots' total, and a candidate is also skipped when
/// some pot cannot pay its part.
/// Throws: InvalidArgument, OverflowError. Complexity: O(ballot entries × funded) per run,
/// plus exact work only for close calls.
Result equal_shares(const Election& election, const EqualSharesOptions& options = {},
                    std::span<const std::int64_t> weights = {},
                    std::span<const std::uint32_t> groups = {});

}  // namespace kpss::select
