// What a selection rule works on — candidates with costs split across budget pots, and the
// participants' ballots — and what it returns.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kpss/core/money.hpp"

namespace kpss::select {

/// A source of money (rozpočet): the municipality, the region, a grant, a neighbouring
/// municipality pooling a service. All pots of an election share one currency.
struct Pot {
  std::string name;
  Money budget;
};

/// Something that can be funded (kandidát, projekt, služba).
struct Candidate {
  std::string id;
  Money cost;
  /// How the cost is split across the pots, as non-negative ratios parallel to
  /// `Election::pots` (split exactly by `Money::allocate`); empty means pot 0 pays it all.
  std::vector<std::int64_t> shares;
};

/// The participants' ballots in compressed rows: ballot v lists candidates
/// `items[offsets[v] .. offsets[v+1])` with scores parallel (1 for approval ballots, the
/// points for cumulative or scoring ballots).
class Ballots {
 public:
  /// Requires: candidate indices < the election's candidate count, each at most once per
  /// ballot, scores >= 0 and parallel to `candidates` or empty (all 1).
  /// Throws: InvalidArgument. Complexity: O(size).
  void add(std::span<const std::uint32_t> candidates, std::span<const std::int64_t> scores = {});
  std::size_t size() const noexcept { return offsets_.size() - 1; }
  std::span<const std::uint32_t> candidates(std::size_t v) const;
  std::span<const std::int64_t> scores(std::size_t v) const;

 private:
  std::vector<std::size_t> offsets_{0};
  std::vector<std::uint32_t> items_;
  std::vector<std::int64_t> scores_;
};

/// A participatory budget or a plan's funding round: pots, candidates and ballots.
struct Election {
  std::vector<Pot> pots;
  std::vector<Candidate> candidates;
  Ballots ballots;

  /// Checks the invariants every rule relies on: at least one pot, one currency, costs and
  /// budgets non-negative, shares well-formed, ballots naming known candidates, unique ids.
  /// Throws: InvalidArgument (where = "/candidates/3/shares", ...).
  void validate() const;
};

/// How much a participant gets from a funded candidate they listed (spokojenost).
enum class Satisfaction {
  cost,         ///< its cost (pabutools Cost_Sat): the money spent on what one wanted
  cardinality,  ///< 1 (pabutools Cardinality_Sat): the number of wanted things funded
  cardinal,     ///< the points given (pabutools Additive_Cardinal_Sat)
};

/// How ties between equally good candidates are broken.
enum class TieBreak {
  lexicographic,  ///< smaller candidate id (byte-wise string order), as pabutools does
  checker,        ///< lower cost, then more supporters, then smaller id (numeric when both
                  ///< ids are whole numbers): the cities' result checker (equalshares.net)
};

/// Why a candidate was not funded (důvod nevybrání).
enum class Rejection {
  no_support,          ///< nobody gains from it under the rule's satisfaction
  unaffordable,        ///< its part of some pot exceeds the money left there
  not_enough_support,  ///< equal shares: its supporters' remaining shares could not pay it
  stopped,             ///< the rule stopped first (Phragmén's stop, end of add-one)
  not_in_optimum,      ///< knapsack: the optimum spends the money better elsewhere
};
const char* to_string(Rejection r) noexcept;

/// One funded candidate.
struct Funded {
  std::size_t candidate = 0;
  /// Its cost split across the pots, parallel to `Election::pots`.
  std::vector<Money> cost_per_pot;
  /// Equal shares only: what each participant group paid for it, parallel to
  /// `Result::group_endowment` (exact shares rounded to the nearest minor unit).
  std::vector<Money> paid_by_group;
};

/// The outcome of a rule.
struct Result {
  /// Funded candidates in the order the rule chose them.
  std::vector<Funded> funded;
  /// Every other candidate with the reason, in candidate order.
  std::vector<std::pair<std::size_t, Rejection>> rejected;
  /// Money left in each pot, parallel to `Election::pots`.
  std::vector<Money> left_per_pot;
  /// Equal shares only: each participant group's endowment (the budget × its weight, at
  /// the final add-one step) and how much of it was spent, rounded to minor units.
  std::vector<Money> group_endowment;
  std::vector<Money> group_paid;
  /// Equal shares with add-one: how many unit raises of the per-participant budget the
  /// returned outcome is from, and how many equal-shares runs were needed to find it.
  std::int64_t add1_steps = 0;
  std::int64_t runs = 0;
  /// Knapsack: whether the answer is proven optimal (false when the node limit stopped
  /// branch and bound).
  bool proven_optimal = true;
  /// Equal shares with the comparison step: whether greedy's outcome replaced it.
  bool comparison_chose_greedy = false;

  /// The funded candidates' indices in selection order.
  std::vector<std::size_t> selected() const;
  /// Sum of the funded candidates' costs.
  Money total_cost() const;
};

}  // namespace kpss::select
