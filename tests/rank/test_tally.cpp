// Tallies: shards merge exactly, serialise losslessly, reject what does not belong together.
#include <gtest/gtest.h>

#include <limits>
#include <optional>

#include "kpss/core/error.hpp"
#include "kpss/rank/tally.hpp"
#include "random_ballots.hpp"

namespace {

using kpss::Tally;
using kpss::TallyOptions;

Tally merged_shards(const kpss::BallotSet& b, TallyOptions o, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::vector<std::size_t> cuts{0, b.size()};
  for (int k = 0; k < 3; ++k) cuts.push_back(rng() % (b.size() + 1));
  std::sort(cuts.begin(), cuts.end());
  // Merge in a scrambled order: merging is commutative and associative.
  std::vector<Tally> shards;
  for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
    o.first = cuts[k];
    o.last = cuts[k + 1];
    shards.push_back(Tally::count(b, o));
  }
  std::shuffle(shards.begin(), shards.end(), rng);
  Tally total = shards.front();
  for (std::size_t k = 1; k < shards.size(); ++k) total.merge(shards[k]);
  return total;
}

TEST(TallyProperty, MergedShardsEqualTheWholeBitForBit) {
  for (std::uint64_t seed = 1; seed <= 15; ++seed) {
    for (bool pairwise : {false, true}) {
      TallyOptions o;
      o.pairwise = pairwise;
      for (const auto& b : {kpss::test::random_scores(seed, 80, 6), kpss::test::random_rankings(seed, 80, 6),
                            kpss::test::random_approvals(seed, 80, 6)}) {
        const Tally whole = Tally::count(b, o);
        const Tally merged = merged_shards(b, o, seed);
        EXPECT_EQ(whole, merged) << "seed " << seed;
        EXPECT_EQ(whole.serialise(), merged.serialise());
      }
    }
  }
}

// The score path packs running counts into narrow fields flushed every few hundred ballots of
// a group, falling back to plain 64-bit counting on wide scales and small groups: check both
// against a count done ballot by ballot, on scales that straddle zero, thresholds outside the
// scale, and groups large enough to flush many times.
TEST(TallyProperty, ScoreStatisticsEqualABallotByBallotCountOnEveryScale) {
  constexpr std::int32_t big = std::numeric_limits<std::int32_t>::max();
  struct Scale {
    bool points;
    std::int32_t lo, hi;
  };
  const Scale scales[] = {{false, 0, 5},     {false, -3, 3},       {false, 1, 10},        {false, -big, big},
                          {true, 0, 100},    {true, 0, 1'000'000}, {false, -40'000, 40'000}};
  // About a thousand ballots per group (packed words, many flushes), and one or two per group
  // (counted directly: roles alternate, so there are at least two groups for six ballots).
  for (const std::size_t ballots : {std::size_t{4000}, std::size_t{6}}) {
    for (const Scale& sc : scales) {
      for (const std::optional<std::int32_t> threshold :
           {std::optional<std::int32_t>{}, std::optional<std::int32_t>{sc.lo}, std::optional<std::int32_t>{-big - 1},
            std::optional<std::int32_t>{big}, std::optional<std::int32_t>{sc.hi / 2}}) {
        std::mt19937_64 rng(static_cast<std::uint64_t>(sc.hi) ^ 0x5eed);
        const std::size_t m = 5;
        auto b = sc.points ? kpss::BallotSet::points(kpss::test::item_names(m), sc.hi)
                           : kpss::BallotSet::scores(kpss::test::item_names(m), sc.lo, sc.hi);
        std::vector<std::int32_t> v(m);
        for (std::size_t i = 0; i < ballots; ++i) {
          // Two roles × two organisations.
          const kpss::Participant p{kpss::test::label("p", i), static_cast<kpss::Role>(i % 2),
                                    kpss::test::label("o", rng() % 2), {}};
          const std::int64_t top = sc.points ? sc.hi / static_cast<std::int32_t>(m) : sc.hi;
          for (auto& x : v)
            x = rng() % 10 == 0 ? kpss::BallotSet::missing
                                : static_cast<std::int32_t>(sc.lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(top - sc.lo + 1)));
          b.add_scores(p, v);
        }
        TallyOptions o;
        o.support_threshold = threshold;
        const Tally t = Tally::count(b, o);
        const auto census = t.census();
        std::vector<std::int64_t> sums(census.size() * m), answered(sums.size()), supported(sums.size());
        for (std::size_t i = 0; i < b.size(); ++i) {
          std::size_t g = 0;
          while (census[g].role != b.role(i) || census[g].organisation != b.organisation(i)) ++g;
          for (std::size_t j = 0; j < m; ++j) {
            const std::int32_t x = b.values(i)[j];
            if (x == kpss::BallotSet::missing) continue;
            sums[g * m + j] += x;
            answered[g * m + j] += 1;
            supported[g * m + j] += x >= t.support_threshold();
          }
        }
        for (std::size_t g = 0; g < census.size(); ++g)
          for (std::size_t j = 0; j < m; ++j) {
            const std::string where = std::to_string(ballots) + " ballots, scale " + std::to_string(sc.lo) + "–" + std::to_string(sc.hi) +
                                      ", threshold " + std::to_string(t.support_threshold()) + ", group " +
                                      std::to_string(g) + ", item " + std::to_string(j);
            EXPECT_EQ(t.sums(g)[j], sums[g * m + j]) << where;
            EXPECT_EQ(t.answered(g)[j], answered[g * m + j]) << where;
            EXPECT_EQ(t.supported(g)[j], supported[g * m + j]) << where;
          }
      }
    }
  }
}

TEST(Tally, SerialisesLosslesslyAndRejectsCorruption) {
  TallyOptions o;
  o.pairwise = true;
  const Tally t = Tally::count(kpss::test::random_scores(7, 30, 5), o);
  const std::string bytes = t.serialise();
  EXPECT_EQ(Tally::deserialise(bytes), t);
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 1);
  EXPECT_THROW(Tally::deserialise(flipped), kpss::CorruptData);
  EXPECT_THROW(Tally::deserialise(bytes.substr(0, bytes.size() - 3)), kpss::CorruptData);
  EXPECT_THROW(Tally::deserialise("not a tally at all"), kpss::CorruptData);
}

TEST(Tally, CountsScoresPerGroup) {
  auto b = kpss::BallotSet::scores({"a", "b"}, 0, 5);
  const std::int32_t v1[] = {5, kpss::BallotSet::missing};
  const std::int32_t v2[] = {2, 4};
  b.add_scores({"p1", kpss::Role::user, {}, {}}, v1);
  b.add_scores({"p2", kpss::Role::user, {}, {}}, v2);
  const Tally t = Tally::count(b);
  ASSERT_EQ(t.group_count(), 1U);
  EXPECT_EQ(t.participants(0), 2);
  EXPECT_EQ(t.sums(0)[0], 7);
  EXPECT_EQ(t.answered(0)[1], 1);
  EXPECT_EQ(t.supported(0)[0], 1);  // 5 >= 3, 2 < 3
  EXPECT_EQ(t.support_threshold(), 3);
}

TEST(Tally, MergeRejectsDifferentItemsAndDoubleCountedParticipants) {
  const auto b = kpss::test::random_scores(3, 20, 4);
  Tally t = Tally::count(b);
  EXPECT_THROW(t.merge(Tally::count(kpss::test::random_scores(3, 20, 5))), kpss::ConflictError);
  TallyOptions per;
  per.per_participant = true;
  Tally p = Tally::count(b, per);
  EXPECT_THROW(p.merge(Tally::count(b, per)), kpss::ConflictError);
}

TEST(Tally, MultiplicityCountsBallotsRepeatedly) {
  const auto b = kpss::test::random_rankings(5, 10, 4);
  std::vector<std::uint32_t> twice(b.size(), 2);
  Tally doubled = Tally::count(b, twice);
  Tally once = Tally::count(b);
  once.merge(Tally::count(b));
  EXPECT_EQ(doubled, once);
  EXPECT_EQ(doubled.total_participants(), 20);
}

}  // namespace
