// Tallies (sčítání hlasů): per-group sufficient statistics of ballots that merge exactly.
#pragma once

#include <compare>
#include <optional>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/rank/ballots.hpp"
#include "kpss/rank/policy.hpp"

namespace kpss {

/// A tally's group: role × organisation, and the participant's id when counted per
/// participant (for custom weights).
struct GroupKey {
  Role role = Role::user;
  std::string organisation;
  std::string participant;
  auto operator<=>(const GroupKey&) const = default;
};

struct TallyOptions {
  /// One group per participant instead of per role × organisation: needed for custom
  /// weights; merging such tallies also detects a participant counted in two shards.
  bool per_participant = false;
  /// Also count pairwise statistics for score, points and approval ballots (read as weak
  /// orders: higher value first, equal values tie, missing = unranked; approved items tie
  /// above the rest). Ranking ballots always have them. Costs O(k²) per ballot.
  bool pairwise = false;
  /// Score and points ballots: a participant supports an item when its value is at least
  /// this. Default (unset): the upper half of a score scale, ⌈(min + max) / 2⌉ (3 on 0–5,
  /// 3 on 1–5), and 1 point for points ballots.
  std::optional<std::int32_t> support_threshold;
  /// Count only ballots [first, last) — one shard of a set.
  std::size_t first = 0;
  std::size_t last = static_cast<std::size_t>(-1);
};

/// Integer sums per group, so that tallies of shards merge into exactly the tally of the
/// whole (bit for bit), and a new weighting policy needs only the tally.
///
/// Per group and item i (m items): for score-like ballots `sums` (Σ values), `answered`
/// (non-missing answers), `supported` (answers ≥ the support threshold); approvals count as
/// value 1 for approved items and 0 otherwise. Pairwise statistics (ranking ballots, or on
/// request): `ranked[i]`, `positions[i·m + p]` (ballots with i at position p+1, i.e. p items
/// strictly ahead), `wins[a·m + b]` (a and b both ranked, a ahead), `both[a·m + b]` (a and b
/// both ranked). Unranked items' comparisons follow from these, so how unranked items count
/// is chosen when ranking, not when counting.
class Tally {
 public:
  /// Counts ballots. Throws: InvalidArgument (bad range). Complexity: O(N·m) for score-like
  /// ballots, O(Σ k²) with pairwise statistics (k = ranked items of a ballot).
  static Tally count(const BallotSet& ballots, const TallyOptions& options = {});
  /// Counts ballot i `multiplicity[i]` times (bootstrap replicates, weighted duplicates).
  /// Requires: multiplicity.size() == ballots.size().
  static Tally count(const BallotSet& ballots, std::span<const std::uint32_t> multiplicity,
                     const TallyOptions& options = {});

  /// Adds another tally. Afterwards *this equals the tally of both shards counted at once.
  /// Throws: ConflictError (different items, kind, statistics or threshold; a participant in
  /// both when counted per participant). Complexity: O((G1 + G2) · stats).
  void merge(const Tally& other);

  /// A compact binary form (little-endian, versioned, checksummed) to move tallies between
  /// processes and machines. Complexity: O(size).
  std::string serialise() const;
  /// Throws: CorruptData (bad magic, truncated, checksum), LimitExceeded.
  static Tally deserialise(std::string_view bytes);

  BallotKind kind() const noexcept { return kind_; }
  std::span<const std::string> items() const noexcept { return items_; }
  std::size_t item_count() const noexcept { return items_.size(); }
  bool has_scores() const noexcept { return has_scores_; }
  bool has_pairwise() const noexcept { return has_pairwise_; }
  bool per_participant() const noexcept { return per_participant_; }
  std::int32_t support_threshold() const noexcept { return support_threshold_; }
  std::int32_t scale_min() const noexcept { return scale_min_; }
  std::int32_t scale_max() const noexcept { return scale_max_; }

  /// Groups in ascending key order.
  std::size_t group_count() const noexcept { return groups_.size(); }
  const GroupKey& group(std::size_t g) const { return groups_[g]; }
  std::int64_t participants(std::size_t g) const { return participants_[g]; }
  std::int64_t total_participants() const noexcept;
  /// The groups as a WeightingPolicy reads them.
  std::vector<GroupCensus> census() const;

  std::span<const std::int64_t> sums(std::size_t g) const { return row(sums_, g, 1); }
  std::span<const std::int64_t> answered(std::size_t g) const { return row(answered_, g, 1); }
  std::span<const std::int64_t> supported(std::size_t g) const { return row(supported_, g, 1); }
  std::span<const std::int64_t> ranked(std::size_t g) const { return row(ranked_, g, 1); }
  std::span<const std::int64_t> positions(std::size_t g) const { return row(positions_, g, item_count()); }
  std::span<const std::int64_t> wins(std::size_t g) const { return row(wins_, g, item_count()); }
  std::span<const std::int64_t> both(std::size_t g) const { return row(both_, g, item_count()); }

  bool operator==(const Tally&) const = default;

 private:
  friend class TallyCounter;
  std::span<const std::int64_t> row(const std::vector<std::int64_t>& v, std::size_t g,
                                    std::size_t square) const {
    if (v.empty()) return {};
    const std::size_t len = item_count() * square;
    return std::span<const std::int64_t>(v).subspan(g * len, len);
  }

  BallotKind kind_ = BallotKind::score;
  std::vector<std::string> items_;
  bool has_scores_ = false;
  bool has_pairwise_ = false;
  bool per_participant_ = false;
  std::int32_t support_threshold_ = 0;
  std::int32_t scale_min_ = 0;
  std::int32_t scale_max_ = 0;
  std::vector<GroupKey> groups_;
  std::vector<std::int64_t> participants_;
  std::vector<std::int64_t> sums_, answered_, supported_;
  std::vector<std::int64_t> ranked_, positions_, wins_, both_;
};

}  // namespace kpss
