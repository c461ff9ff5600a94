// Sensitivity to role shares: constructed cases whose thresholds are known in closed form.
#include <gtest/gtest.h>

#include "kpss/core/error.hpp"
#include "kpss/rank/sensitivity.hpp"
#include "random_ballots.hpp"

namespace {

// Items a, b scored 0–5. Users give a 5, b 0; providers a 0, b 4; commissioners (when
// present) 0 and 0. Every participant answers, so the weighted means are a = 5·p_user and
// b = 4·p_provider: a leads while 5·p_user > 4·p_provider.
kpss::Tally scores(bool commissioners) {
  auto b = kpss::BallotSet::scores({"a", "b"}, 0, 5);
  const std::int32_t user[] = {5, 0}, provider[] = {0, 4}, official[] = {0, 0};
  for (std::size_t i = 0; i < 3; ++i) {
    b.add_scores({kpss::test::label("u", i), kpss::Role::user, {}, {}}, user);
    b.add_scores({kpss::test::label("p", i), kpss::Role::provider, "Org", {}}, provider);
    if (commissioners) b.add_scores({kpss::test::label("c", i), kpss::Role::commissioner, {}, {}}, official);
  }
  return kpss::Tally::count(b);
}

TEST(Sensitivity, TwoRolesThresholdInClosedForm) {
  kpss::SensitivityOptions o;
  o.top_k = 1;
  const auto s = kpss::share_sensitivity(scores(false), kpss::WeightingPolicy::roles_equal(), {}, o);
  ASSERT_EQ(s.roles, (std::vector<kpss::Role>{kpss::Role::provider, kpss::Role::user}));
  EXPECT_EQ(s.shares, (std::vector<double>{0.5, 0.5}));
  EXPECT_EQ(s.top, (std::vector<std::size_t>{0}));
  ASSERT_TRUE(s.found);
  // a = b at p_user = 4/9: a transfer of 1/18 from users to providers, L1 distance 1/9.
  EXPECT_NEAR(s.distance, 1.0 / 9, 1e-8);
  EXPECT_NEAR(s.changed_shares[1], 4.0 / 9, 1e-8);
  EXPECT_NE(s.changed_top, s.top);
  // Just beyond the threshold the policy itself ranks b first.
  auto beyond = kpss::WeightingPolicy::roles_equal();
  beyond.share(kpss::Role::user, 4.0 / 9 - 1e-6).share(kpss::Role::provider, 5.0 / 9 + 1e-6);
  const auto r = kpss::rank(scores(false), beyond, {});
  EXPECT_EQ(r.groups[0], (std::vector<std::size_t>{1}));
}

TEST(Sensitivity, ThreeRolesTheCheapestTransferWins) {
  kpss::SensitivityOptions o;
  o.top_k = 1;
  const auto s = kpss::share_sensitivity(scores(true), kpss::WeightingPolicy::roles_equal(), {}, o);
  ASSERT_EQ(s.roles.size(), 3U);
  ASSERT_TRUE(s.found);
  // From 1/3 each, moving t/2 from users to providers: 5(1/3 − t/2) = 4(1/3 + t/2) at
  // t = 2/27, cheaper than any move involving the commissioners.
  EXPECT_NEAR(s.distance, 2.0 / 27, 1e-8);
  EXPECT_NEAR(s.changed_shares[0], 1.0 / 3, 1e-12);
  EXPECT_NEAR(s.changed_shares[1], 1.0 / 3 + 1.0 / 27, 1e-8);
  EXPECT_NEAR(s.changed_shares[2], 1.0 / 3 - 1.0 / 27, 1e-8);
}

TEST(Sensitivity, ConsensusNeverChangesAndBadUsesThrow) {
  auto b = kpss::BallotSet::rankings({"x", "y", "z"});
  const std::uint32_t order[] = {1, 2, 3};
  for (std::size_t i = 0; i < 4; ++i)
    b.add_ranking({kpss::test::label("v", i), static_cast<kpss::Role>(i % 2), {}, {}}, order);
  kpss::RankOptions schulze;
  schulze.method = kpss::Method::schulze;
  const auto t = kpss::Tally::count(b);
  kpss::SensitivityOptions o;
  o.top_k = 2;
  const auto s = kpss::share_sensitivity(t, kpss::WeightingPolicy::roles_equal(), schulze, o);
  EXPECT_FALSE(s.found);
  EXPECT_EQ(s.top, (std::vector<std::size_t>{0, 1}));
  EXPECT_THROW(kpss::share_sensitivity(t, kpss::WeightingPolicy::unweighted(), schulze, o), kpss::InvalidArgument);
  o.top_k = 0;
  EXPECT_THROW(kpss::share_sensitivity(t, kpss::WeightingPolicy::roles_equal(), schulze, o), kpss::InvalidArgument);
}

}  // namespace
