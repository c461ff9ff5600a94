// Ballots of one planning round (hlasování), stored column by column for millions of
// participants.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "kpss/rank/participant.hpp"

namespace kpss {

/// What a ballot says about the items.
enum class BallotKind : std::uint8_t {
  score = 0,     ///< a value on a scale (e.g. 0–5) per item; answers may be missing
  points = 1,    ///< bodování: non-negative points per item, at most a cap in total
  ranking = 2,   ///< an order with ties, complete or partial (unranked items)
  approval = 3,  ///< a set of approved items
};

/// "score", "points", "ranking", "approval".
std::string_view to_string(BallotKind kind) noexcept;
/// Throws: InvalidArgument for another name.
BallotKind parse_ballot_kind(std::string_view text);

/// The ballots of one round: items, participants and their answers.
///
/// Storage is columnar: participant attributes in parallel arrays (organisations and
/// territories interned), score and points ballots as a dense row-major int32 matrix with
/// `missing` for no answer, rankings as CSR lists of (item, rank) sorted best first, approvals
/// as CSR lists of item indices. A participant id may appear once: one ballot per
/// participant per round.
class BallotSet {
 public:
  /// The value of a score answer left empty.
  static constexpr std::int32_t missing = std::numeric_limits<std::int32_t>::min();
  /// Size limits: items per round, participants per set.
  static constexpr std::size_t max_items = 10'000;
  static constexpr std::size_t max_participants = 100'000'000;

  /// Score ballots on the scale [scale_min, scale_max].
  /// Throws: InvalidArgument (empty or duplicate item ids, scale_min > scale_max),
  /// LimitExceeded (more than max_items).
  static BallotSet scores(std::vector<std::string> items, std::int32_t scale_min,
                          std::int32_t scale_max);
  /// Points ballots (bodování): each participant distributes at most `cap` points.
  static BallotSet points(std::vector<std::string> items, std::int32_t cap);
  /// Ranking ballots (pořadí) with ties, complete or partial.
  static BallotSet rankings(std::vector<std::string> items);
  /// Approval ballots (souhlas).
  static BallotSet approvals(std::vector<std::string> items);

  BallotKind kind() const noexcept { return kind_; }
  std::span<const std::string> items() const noexcept { return items_; }
  std::size_t item_count() const noexcept { return items_.size(); }
  /// Index of an item id. Throws: NotFound. Complexity: O(1) average.
  std::size_t item_index(std::string_view id) const;
  std::int32_t scale_min() const noexcept { return scale_min_; }
  std::int32_t scale_max() const noexcept { return scale_max_; }
  /// Points ballots: the most points one participant may give in total.
  std::int32_t points_cap() const noexcept { return scale_max_; }

  /// Number of participants (= ballots).
  std::size_t size() const noexcept { return ids_.size(); }
  void reserve(std::size_t participants);

  /// Adds a score or points ballot: `values[i]` for item i, `missing` for no answer.
  /// Requires: values.size() == item_count().
  /// Throws: ConflictError (duplicate participant id), InvalidArgument (a value off the
  /// scale, negative points, points over the cap, kind is neither score nor points, bad id),
  /// LimitExceeded. Complexity: O(items).
  void add_scores(const Participant& who, std::span<const std::int32_t> values);
  /// Checks one score / points value for item `item` (readers call it to point at the cell).
  /// Throws: InvalidArgument when off the scale or negative points.
  void check_value(std::size_t item, std::int32_t value) const;
  /// Adds a ranking ballot: `rank_of_item[i]` is item i's rank, 1 = best, equal ranks tie,
  /// 0 = not ranked (partial ballot; unranked items rank below every ranked one by default,
  /// see RankOptions::unranked). Ranks need not be dense ({1, 1, 3} and {1, 1, 2} say the
  /// same). Throws as add_scores.
  void add_ranking(const Participant& who, std::span<const std::uint32_t> rank_of_item);
  /// Adds an approval ballot listing the approved items' indices (any order, no repeats).
  void add_approvals(const Participant& who, std::span<const std::uint32_t> approved);

  // --- participants (column views, index = ballot order) ---
  const std::string& participant_id(std::size_t i) const { return ids_[i]; }
  Role role(std::size_t i) const { return static_cast<Role>(roles_[i]); }
  /// Interned organisation: 0 = none, else an index into organisations().
  std::uint32_t organisation_index(std::size_t i) const { return organisations_of_[i]; }
  std::string_view organisation(std::size_t i) const { return organisation_names_[organisations_of_[i]]; }
  std::string_view territory(std::size_t i) const { return territory_names_[territories_of_[i]]; }
  /// Organisation names; entry 0 is "" (no organisation).
  std::span<const std::string> organisations() const noexcept { return organisation_names_; }
  Participant participant(std::size_t i) const;
  /// Index of a participant id. Throws: NotFound.
  std::size_t participant_index(std::string_view id) const;

  // --- ballots ---
  /// Score / points ballot i: one value per item, `missing` where unanswered.
  std::span<const std::int32_t> values(std::size_t i) const;
  /// Ranking ballot i: the ranked items, best first, and their positions (same length):
  /// 1 + the number of items strictly ahead ("1224" competition ranking).
  std::span<const std::uint32_t> ranked_items(std::size_t i) const;
  std::span<const std::uint32_t> ranks(std::size_t i) const;
  /// Approval ballot i: approved item indices, ascending.
  std::span<const std::uint32_t> approved(std::size_t i) const;

  /// The whole dense matrix of a score / points set (row-major, size() × item_count()).
  std::span<const std::int32_t> value_matrix() const noexcept { return values_; }

 private:
  BallotSet(BallotKind kind, std::vector<std::string> items, std::int32_t lo, std::int32_t hi);
  void add_participant(const Participant& who);
  std::uint32_t intern(std::vector<std::string>& names,
                       std::unordered_map<std::string, std::uint32_t>& index, const std::string& s);

  BallotKind kind_;
  std::vector<std::string> items_;
  std::unordered_map<std::string, std::size_t> item_index_;
  std::int32_t scale_min_ = 0;
  std::int32_t scale_max_ = 0;

  std::vector<std::string> ids_;
  std::unordered_map<std::string, std::size_t> id_index_;
  std::vector<std::uint8_t> roles_;
  std::vector<std::uint32_t> organisations_of_;
  std::vector<std::uint32_t> territories_of_;
  std::vector<std::string> organisation_names_{""};
  std::unordered_map<std::string, std::uint32_t> organisation_index_;
  std::vector<std::string> territory_names_{""};
  std::unordered_map<std::string, std::uint32_t> territory_index_;

  std::vector<std::int32_t> values_;       // score, points
  std::vector<std::uint64_t> offsets_{0};  // ranking, approval: CSR row starts
  std::vector<std::uint32_t> entries_;     // ranked items best first / approved items
  std::vector<std::uint32_t> entry_ranks_; // ranking: 1 + number of items strictly ahead
};

}  // namespace kpss
