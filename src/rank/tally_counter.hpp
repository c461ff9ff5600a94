// Counting ballots into tallies, with the grouping prepared once so that bootstrap replicates
// only re-count.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "kpss/rank/tally.hpp"

namespace kpss {

class TallyCounter {
 public:
  /// Throws: InvalidArgument (bad range).
  TallyCounter(const BallotSet& ballots, const TallyOptions& options);
  /// Counts ballot `first + i` `multiplicity[i]` times (all once when empty).
  Tally count(std::span<const std::uint32_t> multiplicity) const;
  /// Group of ballot `first + i`.
  std::span<const std::uint32_t> group_of() const noexcept { return group_of_; }
  std::size_t first() const noexcept { return first_; }
  std::size_t last() const noexcept { return last_; }
  std::size_t group_count() const noexcept { return skeleton_.groups_.size(); }

 private:
  template <bool Weighted>
  void count_scores(Tally& t, std::span<const std::uint32_t> multiplicity) const;
  bool count_scores_packed(Tally& t) const;
  template <bool Weighted>
  void count_pairwise(Tally& t, std::span<const std::uint32_t> multiplicity) const;

  const BallotSet& ballots_;
  std::size_t first_;
  std::size_t last_;
  std::vector<std::uint32_t> group_of_;
  Tally skeleton_;  // groups and flags, no counts
};

}  // namespace kpss
