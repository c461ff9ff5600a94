// Bootstrap stability: reproducible for a seed whatever the thread count, and sensible.
#include <gtest/gtest.h>

#include "kpss/core/error.hpp"
#include "kpss/rank/stability.hpp"
#include "random_ballots.hpp"

namespace {

bool same(const kpss::Stability& x, const kpss::Stability& y) {
  if (x.item.size() != y.item.size()) return false;
  for (std::size_t i = 0; i < x.item.size(); ++i) {
    const auto &a = x.item[i], &b = y.item[i];
    if (a.median_rank != b.median_rank || a.rank_p05 != b.rank_p05 || a.rank_p95 != b.rank_p95 ||
        a.p_top_k != b.p_top_k)
      return false;
  }
  return true;
}

TEST(Bootstrap, ReproducibleWhateverTheThreadCount) {
  const auto b = kpss::test::random_rankings(11, 60, 5);
  kpss::RankOptions o;
  o.method = kpss::Method::borda;
  kpss::BootstrapOptions one;
  one.replicates = 40;
  one.seed = 99;
  one.threads = 1;
  kpss::BootstrapOptions three = one;
  three.threads = 3;
  const auto x = kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), o, one);
  EXPECT_TRUE(same(x, kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), o, three)));
  three.seed = 100;
  EXPECT_FALSE(same(x, kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), o, three)));
  for (const auto& s : x.item) {
    EXPECT_LE(s.rank_p05, s.median_rank);
    EXPECT_LE(s.median_rank, s.rank_p95);
  }
}

TEST(Bootstrap, ReportsProgressOncePerReplicateOneCallAtATime) {
  const auto b = kpss::test::random_rankings(12, 60, 5);
  kpss::BootstrapOptions options;
  options.replicates = 50;
  options.threads = 3;
  std::vector<std::size_t> seen;  // unguarded: the library serialises the calls
  options.progress = [&seen](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 50u);
    seen.push_back(done);
  };
  kpss::RankOptions o;
  o.method = kpss::Method::borda;
  kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), o, options);
  std::vector<std::size_t> expected(50);
  for (std::size_t i = 0; i < expected.size(); ++i) expected[i] = i + 1;
  EXPECT_EQ(seen, expected);
}

TEST(Bootstrap, ClearWinnerStaysOnTop) {
  auto b = kpss::BallotSet::scores({"clear", "weak", "mid"}, 0, 5);
  for (std::size_t i = 0; i < 40; ++i) {
    const std::int32_t v[] = {5, static_cast<std::int32_t>(i % 2), 2 + static_cast<std::int32_t>(i % 3)};
    b.add_scores({kpss::test::label("p", i), static_cast<kpss::Role>(i % 3), {}, {}}, v);
  }
  kpss::BootstrapOptions o;
  o.replicates = 50;
  o.top_k = 1;
  const auto s = kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), {}, o);
  EXPECT_EQ(s.item[0].p_top_k, 1.0);
  EXPECT_EQ(s.item[0].rank_p95, 1U);
  EXPECT_EQ(s.item[1].median_rank, 3.0);
  o.replicates = 0;
  EXPECT_THROW(kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), {}, o), kpss::InvalidArgument);
}

}  // namespace
