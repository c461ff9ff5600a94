// Sequential Phragmén (Phragménova sekvenční metoda) for approval ballots.
#pragma once

#include <cstdint>
#include <span>

#include "kpss/select/election.hpp"

namespace kpss::select {

/// Sequential Phragmén as pabutools computes it: supporters share loads; each round funds
/// the candidate whose purchase gives its supporters the smallest new maximal load
/// ((Σ their loads + cost) / supporters, exact), ties by `tie`; stops as soon as one of the
/// tied best candidates does not fit. Listed candidates count as approved (scores ignored).
/// Candidates costing more than the budget are never considered.
/// `weights` (per ballot, non-negative integers, default 1 — the weighting policy's
/// effective weights, see `integer_weights`): a participant earns money at the rate of their
/// weight, so a load is money per unit of weight, the new maximal load is
/// (Σ weight × load + cost) / Σ weight over the supporters, and what a supporter pays for a
/// funded candidate is proportional to their weight (váha účastníka). Unit weights give
/// the unweighted method; supporters of weight 0 pay nothing and add no support.
/// Throws: InvalidArgument, OverflowError.
/// Complexity: O(rounds × (candidates × rounds + ballot entries)).
Result sequential_phragmen(const Election& election, TieBreak tie = TieBreak::lexicographic,
                           std::span<const std::int64_t> weights = {});

}  // namespace kpss::select
