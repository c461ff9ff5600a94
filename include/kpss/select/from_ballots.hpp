// Selection over a planning round's ballots: the bridge from the ranking core's BallotSet and
// WeightingPolicy to an Election, so that equal shares gives each role group (zadavatelé,
// poskytovatelé, uživatelé) its share of the budget.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "kpss/model/plan.hpp"
#include "kpss/rank/ballots.hpp"
#include "kpss/select/election.hpp"

namespace kpss::select {

/// An election on `ballots`: one candidate per ballot item, in item order (`candidates[i]`
/// must have the id of item i), funded from `pots`. What a ballot lists: score and points
/// ballots the items with a positive value (the value is the score; a missing answer or 0
/// lists nothing); approval ballots the approved items (score 1); ranking ballots the
/// ranked items, scored so that the best of n items gets n, the next n − 1, … (ties share the
/// better score). Throws: InvalidArgument (where = "/candidates/i") when the candidates do
/// not match the items; as Election::validate. Complexity: O(ballot entries).
Election election_from_ballots(const BallotSet& ballots, std::vector<Candidate> candidates,
                               std::vector<Pot> pots);

/// Candidates for the ballot items, which are measure ids of `plan`, at the measures' costs.
/// Throws: NotFound (an item that is no measure of the plan), InvalidArgument (a measure
/// without a cost; where = the item). Complexity: O(items × measures).
std::vector<Candidate> candidates_from_plan(const Plan& plan, const BallotSet& ballots);

/// The weighting policy's per-participant weights as the integers equal shares and greedy
/// take. The weights are scaled so that they add up to `resolution`; each group's integer
/// total is its exact scaled total rounded, and is split among the group's members by the
/// largest-remainder method (ties to the earlier participant). So groups that the policy
/// weighs equally — the roles under `roles_equal` with `groups = role_groups(...)` — get
/// exactly equal integer totals, and each participant is within one unit of exact.
/// `groups` empty means one group. Deterministic.
/// Throws: InvalidArgument for a negative or non-finite weight, or groups of another size.
/// Complexity: O(n log n).
std::vector<std::int64_t> integer_weights(std::span<const double> weights,
                                          std::span<const std::uint32_t> groups = {},
                                          std::int64_t resolution = 1'000'000'000);

/// Each participant's role as the group index of `Funded::paid_by_group` (Role's number).
std::vector<std::uint32_t> role_groups(const BallotSet& ballots);

}  // namespace kpss::select
