// Greedy selection: fund candidates one by one in a fixed order, skipping what does not fit.
#pragma once

#include <span>

#include "kpss/select/election.hpp"

namespace kpss::select {

/// Greedy by rank (podle pořadí): walks `order` (candidate indices, best first; each at most
/// once) and funds every candidate whose parts fit the money left in every pot.
/// Returns: the funded ones in that order; the rest rejected as unaffordable, or (when not
/// in `order`) as no_support. Throws: InvalidArgument for a bad order or election.
/// Complexity: O(candidates × pots).
Result greedy_by_rank(const Election& election, std::span<const std::size_t> order);

/// Utilitarian greedy as pabutools' `greedy_utilitarian_welfare` defines it: candidates in
/// decreasing total satisfaction per cost (total satisfaction = Σ weight × satisfaction;
/// a free candidate with support comes first, one without support has density 0), ties by
/// `tie`, each funded when it fits. With Satisfaction::cost this is greedy by (weighted)
/// number of supporters, with cardinality by supporters per cost.
/// `weights` (per ballot, non-negative) default to 1. `already` candidates are funded first
/// (completion of another rule's outcome). Densities are compared exactly (128-bit).
/// Throws: InvalidArgument. Complexity: O(ballot entries + candidates log candidates).
Result greedy_utilitarian(const Election& election, Satisfaction satisfaction,
                         TieBreak tie = TieBreak::lexicographic,
                         std::span<const std::int64_t> weights = {},
                         std::span<const std::size_t> already = {});

}  // namespace kpss::select
