// Sequential Phragmén (Phragménova sekvenční metoda) for approval ballots.
#pragma once

#include "kpss/select/election.hpp"

namespace kpss::select {

/// Sequential Phragmén as pabutools computes it: supporters share loads; each round funds
/// the candidate whose purchase gives its supporters the smallest new maximal load
/// ((Σ their loads + cost) / supporters, exact), ties by `tie`; stops as soon as one of the
/// tied best candidates does not fit. Listed candidates count as approved (scores ignored).
/// Candidates costing more than the budget are never considered.
/// Throws: InvalidArgument. Complexity: O(rounds × (candidates × rounds + ballot entries)).
Result sequential_phragmen(const Election& election, TieBreak tie = TieBreak::lexicographic);

}  // namespace kpss::select
