// The ranking of priorities (pořadí priorit) and why it is so.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kpss/rank/ballots.hpp"
#include "kpss/rank/methods.hpp"
#include "kpss/rank/policy.hpp"
#include "kpss/rank/tally.hpp"

namespace kpss {

/// How a ranking ballot's unranked items compare.
enum class Unranked : std::uint8_t {
  /// Unranked items tie with each other below every ranked item (as Debian counts its
  /// elections). Borda gives them the ½-point share of their mutual ties.
  bottom = 0,
  /// The ballot says nothing about a pair with an unranked item (modified Borda: a ranked
  /// item scores the ranked items below it; an unranked item scores 0).
  ignore = 1,
};

enum class ScoreAggregate : std::uint8_t {
  /// Weighted mean over the participants who answered the item (a missing answer is neither
  /// high nor low: it leaves the mean alone). An item nobody answered scores 0.
  mean = 0,
  /// Weighted sum of the values; a missing answer adds nothing.
  sum = 1,
};

struct RankOptions {
  Method method = Method::score;
  ScoreAggregate aggregate = ScoreAggregate::mean;
  SchulzeStrength strength = SchulzeStrength::winning_votes;
  Unranked unranked = Unranked::bottom;
  /// An item has majority support when its weighted support share is greater than this.
  double majority_threshold = 0.5;
  /// Ranking ballots: a participant supports the items in their first `support_top`
  /// positions; 0 means ⌈m / 2⌉ (for partial ballots of at most m/2 items: every ranked item).
  std::size_t support_top = 0;
};

/// Why `a` is where it is relative to `b`.
struct Explanation {
  struct RolePart {
    Role role;
    double score_a;  ///< the method's score of a counting this role's ballots only
    double score_b;
    double prefer_a;  ///< pairwise methods: this role's weight preferring a to b
    double prefer_b;
  };
  std::size_t a = 0;
  std::size_t b = 0;
  int order = 0;  ///< +1: a above b, 0: tied, −1: b above a
  double score_a = 0;
  double score_b = 0;
  double prefer_a = 0;  ///< pairwise methods: weight preferring a to b
  double prefer_b = 0;
  std::vector<RolePart> roles;       ///< roles present, in Role order
  std::vector<std::size_t> beat_path;  ///< Schulze: the strongest path from the winner of the pair to the other
  double path_strength = 0;            ///< its weakest link
  double reverse_strength = 0;         ///< the strongest path the other way
  std::string text;                    ///< one paragraph for people
};

/// The result of a ranking: items in tie groups best first, scores and support, overall and
/// per role.
///
/// Tie-break (documented, deterministic): items with equal scores (see nearly_equal) form a
/// tie group; `order()` lists a tie group's items in the ballot set's item order, which is the
/// order the organisers listed them in. The tie group itself is never hidden.
struct Ranking {
  Method method = Method::score;
  RankOptions options;
  std::string policy;  ///< the weighting policy's name
  std::vector<std::string> items;
  std::vector<std::vector<std::size_t>> groups;  ///< tie groups, best first
  /// Per item. Schulze: the number of items it beats by beat path (p[a][b] > p[b][a]); as
  /// the beat-path relation is transitive, sorting by it never puts an item below one it
  /// beats, and items with equal counts beat each other neither way.
  std::vector<double> score;
  std::vector<double> support;   ///< weighted support share per item, 0–1
  std::vector<bool> majority;    ///< support > options.majority_threshold
  /// Per role present (in Role order): that role's scores and support computed from its
  /// ballots alone with the same weights.
  std::vector<Role> roles;
  std::vector<std::vector<double>> role_score;
  std::vector<std::vector<double>> role_support;
  std::vector<std::vector<bool>> role_majority;
  std::int64_t participants = 0;
  double total_weight = 0;
  std::vector<double> role_weight;  ///< per role present
  /// Pairwise methods (Borda, Schulze, Copeland): the weighted pairwise matrix, overall and
  /// per role present; Schulze also its strongest paths.
  std::optional<PairwiseMatrix> pairwise;
  std::vector<PairwiseMatrix> role_pairwise;
  std::optional<PairwiseMatrix> paths;

  /// Items best first, ties broken by item order.
  std::vector<std::size_t> order() const;
  /// 1 + the number of items strictly above `item`.
  std::size_t rank_of(std::size_t item) const;
  /// Index of an item id. Throws: NotFound.
  std::size_t index_of(std::string_view id) const;
  /// Why a is above, level with or below b. Throws: InvalidArgument (bad index).
  Explanation explain(std::size_t a, std::size_t b) const;
};

/// Ranks from a tally: applies the policy's weights to the groups, then the method.
/// Throws: InvalidArgument (the method needs statistics the tally lacks — e.g. Schulze on a
/// score tally counted without `pairwise`, or score on ranking ballots — or no weight at
/// all), ConflictError / NotFound from the policy.
/// Complexity: O(G·m) (+ O(G·m²) for pairwise methods, + O(m³) for Schulze).
Ranking rank(const Tally& tally, const WeightingPolicy& policy, const RankOptions& options = {});

/// Counts the ballots (with the statistics the method needs) and ranks them.
Ranking rank(const BallotSet& ballots, const WeightingPolicy& policy, const RankOptions& options = {});

/// The tally options rank(ballots, ...) uses for a method and policy.
TallyOptions tally_options_for(const WeightingPolicy& policy, const RankOptions& options);

}  // namespace kpss
