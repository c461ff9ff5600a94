// The weighting policy: role shares, organisations of equal standing, custom weights.
#include <gtest/gtest.h>

#include <numeric>

#include "kpss/core/error.hpp"
#include "kpss/rank/ballots.hpp"
#include "kpss/rank/policy.hpp"
#include "random_ballots.hpp"

namespace {

using kpss::BallotSet;
using kpss::Role;
using kpss::WeightingPolicy;

void add(BallotSet& b, const std::string& id, Role role, const std::string& org) {
  const std::uint32_t a[] = {0};
  b.add_approvals({id, role, org, {}}, a);
}

double total(const std::vector<double>& w) { return std::accumulate(w.begin(), w.end(), 0.0); }

TEST(Policy, RolesEqualThenOrganisationsThenPersons) {
  auto b = BallotSet::approvals({"x"});
  for (int i = 0; i < 3; ++i) add(b, kpss::test::label("big", static_cast<std::size_t>(i)), Role::provider, "Big");
  add(b, "small", Role::provider, "Small");
  add(b, "u1", Role::user, "");
  add(b, "u2", Role::user, "");
  const auto w = WeightingPolicy::roles_equal().participant_weights(b);
  // 6 participants; providers and users 3 each; Big and Small 1.5 each.
  EXPECT_DOUBLE_EQ(w[0], 0.5);
  EXPECT_DOUBLE_EQ(w[3], 1.5);
  EXPECT_DOUBLE_EQ(w[4], 1.5);
  EXPECT_DOUBLE_EQ(total(w), 6.0);
  const auto u = WeightingPolicy::unweighted().participant_weights(b);
  for (double x : u) EXPECT_EQ(x, 1.0);
}

TEST(Policy, SharesAreConfigurableIncludingZero) {
  auto b = BallotSet::approvals({"x"});
  add(b, "c", Role::commissioner, "Town");
  add(b, "pub", Role::public_, "");
  add(b, "coord", Role::coordinator, "");
  auto p = WeightingPolicy::roles_equal();
  const auto w = p.participant_weights(b);
  EXPECT_EQ(w[2], 0.0);  // the coordinator weighs nothing by default
  EXPECT_DOUBLE_EQ(w[0], 1.5);
  p.share(Role::public_, 0).share(Role::coordinator, 1);
  const auto v = p.participant_weights(b);
  EXPECT_EQ(v[1], 0.0);
  EXPECT_EQ(p.name(), "roles-weighted");
  EXPECT_THROW(p.share(Role::user, -1), kpss::InvalidArgument);
  auto only_public = BallotSet::approvals({"x"});
  add(only_public, "pub", Role::public_, "");
  EXPECT_THROW(WeightingPolicy::roles_equal().share(Role::public_, 0).participant_weights(only_public),
               kpss::InvalidArgument);
}

TEST(Policy, CustomWeightsAreUsedAsGiven) {
  auto b = BallotSet::approvals({"x"});
  add(b, "a", Role::user, "");
  add(b, "b", Role::provider, "Org");
  const auto p = WeightingPolicy::custom({{"b", 3.0}, {"a", 0.5}});
  const auto w = p.participant_weights(b);
  EXPECT_EQ(w[0], 0.5);
  EXPECT_EQ(w[1], 3.0);
  EXPECT_THROW(WeightingPolicy::custom({{"a", 1.0}}).participant_weights(b), kpss::NotFound);
  EXPECT_THROW(WeightingPolicy::custom({{"a", -1.0}}), kpss::InvalidArgument);
  EXPECT_THROW(WeightingPolicy::custom({{"a", 1.0}, {"a", 2.0}}), kpss::InvalidArgument);
}

TEST(PolicyProperty, DuplicatingProviderStaffLeavesProviderWeightUnchanged) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto b = kpss::test::random_approvals(seed, 60, 3);
    auto doubled = BallotSet::approvals(kpss::test::item_names(3));
    for (std::size_t i = 0; i < b.size(); ++i) {
      doubled.add_approvals(b.participant(i), b.approved(i));
      if (b.role(i) == Role::provider && !b.organisation(i).empty()) {
        auto copy = b.participant(i);
        copy.id += "-twin";
        doubled.add_approvals(copy, b.approved(i));
      }
    }
    const auto policy = WeightingPolicy::roles_equal();
    auto role_share = [&](const BallotSet& s, Role r) {
      const auto w = policy.participant_weights(s);
      double part = 0;
      for (std::size_t i = 0; i < s.size(); ++i)
        if (s.role(i) == r) part += w[i];
      return part / total(w);
    };
    for (Role r : kpss::all_roles)
      EXPECT_NEAR(role_share(b, r), role_share(doubled, r), 1e-12) << "seed " << seed;
    // Every original participant outside the providers keeps its share of the whole.
    const auto w1 = policy.participant_weights(b);
    const auto w2 = policy.participant_weights(doubled);
    for (std::size_t i = 0; i < b.size(); ++i) {
      if (b.role(i) == Role::provider) continue;
      const std::size_t j = doubled.participant_index(b.participant_id(i));
      EXPECT_NEAR(w1[i] / total(w1), w2[j] / total(w2), 1e-12);
    }
  }
}

TEST(PolicyProperty, WithOneRoleRoleBalancingChangesNothing) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto b = kpss::test::random_scores(seed, 50, 4, /*roles=*/1, /*orgs=*/4);
    const auto balanced = WeightingPolicy::roles_equal().participant_weights(b);
    const auto plain = WeightingPolicy::roles_equal().balance_roles(false).participant_weights(b);
    EXPECT_EQ(balanced, plain);
    const auto no_orgs = kpss::test::random_scores(seed, 50, 4, 1, 0);
    EXPECT_EQ(WeightingPolicy::roles_equal().participant_weights(no_orgs),
              WeightingPolicy::unweighted().participant_weights(no_orgs));
  }
}

}  // namespace
