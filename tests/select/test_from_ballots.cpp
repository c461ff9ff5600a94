#include "kpss/select/from_ballots.hpp"

#include <gtest/gtest.h>

#include <cstdint>

#include "kpss/core/error.hpp"
#include "kpss/rank/policy.hpp"
#include "kpss/select/equal_shares.hpp"

namespace sel = kpss::select;
using kpss::BallotSet;
using kpss::Money;
using kpss::Role;

namespace {

const kpss::Currency koruna = kpss::Currency::czk();

std::vector<sel::Candidate> candidates(const BallotSet& b, std::vector<std::int64_t> costs) {
  std::vector<sel::Candidate> out;
  for (std::size_t i = 0; i < costs.size(); ++i) out.push_back({std::string(b.items()[i]), Money(costs[i], koruna), {}});
  return out;
}

}  // namespace

TEST(ElectionFromBallots, ListsPositiveScoresOnly) {
  BallotSet b = BallotSet::scores({"a", "b", "c"}, 0, 5);
  const std::int32_t v1[] = {5, 0, BallotSet::missing};
  const std::int32_t v2[] = {1, 3, 4};
  b.add_scores({"p1", Role::user, "", ""}, v1);
  b.add_scores({"p2", Role::provider, "org", ""}, v2);
  const auto e = sel::election_from_ballots(b, candidates(b, {100, 200, 300}), {{"město", Money(1000, koruna)}});
  ASSERT_EQ(e.ballots.size(), 2u);
  EXPECT_EQ(std::vector<std::uint32_t>(e.ballots.candidates(0).begin(), e.ballots.candidates(0).end()),
            (std::vector<std::uint32_t>{0}));
  EXPECT_EQ(std::vector<std::int64_t>(e.ballots.scores(1).begin(), e.ballots.scores(1).end()),
            (std::vector<std::int64_t>{1, 3, 4}));
}

TEST(ElectionFromBallots, ScoresRankingsByPositionWithTiesSharingTheBetterScore) {
  BallotSet b = BallotSet::rankings({"a", "b", "c", "d"});
  const std::uint32_t ranks[] = {2, 1, 2, 0};  // b first, a and c tied second, d unranked
  b.add_ranking({"p1", Role::user, "", ""}, ranks);
  const auto e = sel::election_from_ballots(b, candidates(b, {1, 1, 1, 1}), {{"město", Money(10, koruna)}});
  std::vector<std::pair<std::uint32_t, std::int64_t>> got;
  for (std::size_t k = 0; k < e.ballots.candidates(0).size(); ++k)
    got.emplace_back(e.ballots.candidates(0)[k], e.ballots.scores(0)[k]);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, (std::vector<std::pair<std::uint32_t, std::int64_t>>{{0, 3}, {1, 4}, {2, 3}}));
}

TEST(ElectionFromBallots, RejectsCandidatesThatDoNotMatchTheItems) {
  BallotSet b = BallotSet::approvals({"a", "b"});
  EXPECT_THROW(sel::election_from_ballots(b, candidates(b, {1}), {{"x", Money(1, koruna)}}), kpss::InvalidArgument);
  auto swapped = candidates(b, {1, 2});
  std::swap(swapped[0].id, swapped[1].id);
  try {
    sel::election_from_ballots(b, swapped, {{"x", Money(1, koruna)}});
    FAIL();
  } catch (const kpss::InvalidArgument& e) {
    EXPECT_EQ(e.where(), "/candidates/0");
  }
}

TEST(IntegerWeights, AddUpToTheResolutionWithEqualGroupTotals) {
  // Two groups weighed equally: one person (weight 5) and nine (weight 5/9 each).
  std::vector<double> w(10, 5.0 / 9.0);
  w[0] = 5.0;
  std::vector<std::uint32_t> g(10, 1);
  g[0] = 0;
  const auto iw = sel::integer_weights(w, g, 1000);
  EXPECT_EQ(iw[0], 500);
  std::int64_t second = 0;
  for (std::size_t i = 1; i < iw.size(); ++i) {
    second += iw[i];
    EXPECT_NEAR(static_cast<double>(iw[i]), 500.0 / 9.0, 1.0);
  }
  EXPECT_EQ(second, 500);
  EXPECT_EQ(iw, sel::integer_weights(w, g, 1000));  // deterministic

  const double plain[] = {1.0, 1.0 / 3.0, 0.0, 2.0};
  const auto ip = sel::integer_weights(plain, {}, 3333);
  EXPECT_EQ(ip[0] + ip[1] + ip[2] + ip[3], 3333);
  EXPECT_EQ(ip[2], 0);
  const double bad[] = {1.0, -1.0};
  EXPECT_THROW(sel::integer_weights(bad), kpss::InvalidArgument);
  const double zeros[] = {0.0, 0.0};
  EXPECT_EQ(sel::integer_weights(zeros), (std::vector<std::int64_t>{0, 0}));
  EXPECT_THROW(sel::integer_weights(zeros, g), kpss::InvalidArgument);
}

TEST(EqualSharesOverBallots, GivesEachRoleGroupItsShareUnderTheRolePolicy) {
  // 1 user wants "u"; 9 staff of one provider want "p". Each costs the whole budget's half.
  // Head count: the providers' 90 % of the money funds "p" and leaves the user's 10 %
  // short. Role-balanced: the user's half of the budget funds "u" too.
  BallotSet b = BallotSet::approvals({"u", "p"});
  const std::uint32_t u[] = {0};
  const std::uint32_t p[] = {1};
  b.add_approvals({"user-1", Role::user, "", ""}, u);
  for (int i = 0; i < 9; ++i) b.add_approvals({"staff-" + std::to_string(i), Role::provider, "charita", ""}, p);
  const auto e = sel::election_from_ballots(b, candidates(b, {50000, 50000}), {{"město", Money(100000, koruna)}});
  const auto unweighted = sel::equal_shares(e);
  EXPECT_EQ(unweighted.selected(), (std::vector<std::size_t>{1}));
  const auto groups = sel::role_groups(b);
  const auto weights = sel::integer_weights(kpss::WeightingPolicy::roles_equal().participant_weights(b), groups);
  const auto balanced = sel::equal_shares(e, {}, weights, groups);
  auto selected = balanced.selected();
  std::sort(selected.begin(), selected.end());
  EXPECT_EQ(selected, (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(groups[0], static_cast<std::uint32_t>(Role::user));
}
