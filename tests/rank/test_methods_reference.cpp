// Every method against a slow, obviously correct implementation that reads ballots one by
// one with the policy's per-participant weights; and invariances users rely on.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "kpss/core/error.hpp"
#include "kpss/rank/ranking.hpp"
#include "random_ballots.hpp"

namespace {

using kpss::BallotSet;
using kpss::Method;
using kpss::RankOptions;
using kpss::WeightingPolicy;

constexpr double unranked = std::numeric_limits<double>::infinity();

// Position of each item on ballot i (smaller is better), +inf when not ranked.
std::vector<double> positions(const BallotSet& b, std::size_t i) {
  std::vector<double> pos(b.item_count(), unranked);
  switch (b.kind()) {
    case kpss::BallotKind::ranking: {
      const auto items = b.ranked_items(i);
      for (std::size_t k = 0; k < items.size(); ++k) pos[items[k]] = b.ranks(i)[k];
      break;
    }
    case kpss::BallotKind::approval:
      for (auto j : b.approved(i)) pos[j] = 1;
      break;
    default:
      for (std::size_t j = 0; j < b.item_count(); ++j)
        if (b.values(i)[j] != BallotSet::missing) pos[j] = -b.values(i)[j];
  }
  return pos;
}

struct Reference {
  std::vector<double> score;
  std::vector<double> support;
};

Reference reference(const BallotSet& b, const WeightingPolicy& policy, const RankOptions& o) {
  const std::size_t m = b.item_count();
  const auto w = policy.participant_weights(b);
  double total = 0;
  for (double x : w) total += x;
  Reference r{std::vector<double>(m, 0.0), std::vector<double>(m, 0.0)};
  // d[a][b]: weight preferring a to b; ties[a][b]: weight comparing them as equal.
  std::vector<std::vector<double>> d(m, std::vector<double>(m, 0.0)), ties = d;
  std::vector<double> num(m, 0.0), den(m, 0.0);
  const std::size_t top = o.support_top == 0 ? (m + 1) / 2 : o.support_top;
  for (std::size_t i = 0; i < b.size(); ++i) {
    const auto pos = positions(b, i);
    for (std::size_t x = 0; x < m; ++x) {
      if (b.kind() == kpss::BallotKind::ranking) {
        if (pos[x] <= static_cast<double>(top)) r.support[x] += w[i];
      } else if (b.kind() == kpss::BallotKind::approval) {
        if (pos[x] == 1) r.support[x] += w[i], num[x] += w[i];
        den[x] += w[i];
      } else if (pos[x] != unranked) {
        num[x] += w[i] * -pos[x];
        den[x] += w[i];
        if (-pos[x] >= 3) r.support[x] += w[i];
      }
      for (std::size_t y = 0; y < m; ++y) {
        if (x == y) continue;
        const bool both = pos[x] != unranked && pos[y] != unranked;
        if (o.unranked == kpss::Unranked::ignore && !both) continue;
        if (pos[x] < pos[y]) d[x][y] += w[i];
        else if (pos[x] == pos[y]) ties[x][y] += w[i];
      }
    }
  }
  for (auto& s : r.support) s /= total;
  auto beats = [](double ab, double ba) { return ab > ba && !kpss::nearly_equal(ab, ba); };
  switch (o.method) {
    case Method::score:
      for (std::size_t x = 0; x < m; ++x)
        r.score[x] = o.aggregate == kpss::ScoreAggregate::sum ? num[x] : den[x] > 0 ? num[x] / den[x] : 0;
      break;
    case Method::approval:
      for (std::size_t x = 0; x < m; ++x) r.score[x] = r.support[x] * total;
      break;
    case Method::borda:
      for (std::size_t x = 0; x < m; ++x)
        for (std::size_t y = 0; y < m; ++y) r.score[x] += d[x][y] + 0.5 * ties[x][y];
      break;
    case Method::copeland:
      for (std::size_t x = 0; x < m; ++x)
        for (std::size_t y = 0; y < m; ++y)
          if (x != y) r.score[x] += beats(d[x][y], d[y][x]) ? 1.0 : kpss::nearly_equal(d[x][y], d[y][x]) ? 0.5 : 0.0;
      break;
    case Method::schulze: {
      // The textbook Floyd–Warshall of Schulze's paper.
      std::vector<std::vector<double>> p(m, std::vector<double>(m, 0.0));
      for (std::size_t x = 0; x < m; ++x)
        for (std::size_t y = 0; y < m; ++y)
          if (x != y && beats(d[x][y], d[y][x]))
            p[x][y] = o.strength == kpss::SchulzeStrength::winning_votes ? d[x][y] : d[x][y] - d[y][x];
      for (std::size_t i = 0; i < m; ++i)
        for (std::size_t j = 0; j < m; ++j)
          if (i != j)
            for (std::size_t k = 0; k < m; ++k)
              if (i != k && j != k) p[j][k] = std::max(p[j][k], std::min(p[j][i], p[i][k]));
      for (std::size_t x = 0; x < m; ++x)
        for (std::size_t y = 0; y < m; ++y)
          if (beats(p[x][y], p[y][x])) r.score[x] += 1;
      break;
    }
  }
  return r;
}

void expect_matches(const kpss::Ranking& got, const Reference& want, const std::string& what) {
  for (std::size_t x = 0; x < want.score.size(); ++x) {
    EXPECT_NEAR(got.score[x], want.score[x], 1e-9 * std::max(1.0, std::fabs(want.score[x]))) << what << " item " << x;
    EXPECT_NEAR(got.support[x], want.support[x], 1e-12) << what << " item " << x;
  }
  // The order never puts a clearly lower reference score above a higher one.
  const auto order = got.order();
  for (std::size_t k = 1; k < order.size(); ++k)
    EXPECT_LE(want.score[order[k]], want.score[order[k - 1]] + 1e-9 * std::max(1.0, std::fabs(want.score[order[k]])))
        << what;
}

std::vector<RankOptions> all_options() {
  std::vector<RankOptions> out;
  for (Method m : {Method::score, Method::borda, Method::schulze, Method::copeland, Method::approval})
    for (int variant = 0; variant < 2; ++variant) {
      RankOptions o;
      o.method = m;
      o.aggregate = variant ? kpss::ScoreAggregate::sum : kpss::ScoreAggregate::mean;
      o.strength = variant ? kpss::SchulzeStrength::margins : kpss::SchulzeStrength::winning_votes;
      o.unranked = variant ? kpss::Unranked::ignore : kpss::Unranked::bottom;
      out.push_back(o);
    }
  return out;
}

TEST(MethodsProperty, EachMethodEqualsTheSlowReference) {
  for (std::uint64_t seed = 1; seed <= 12; ++seed) {
    for (const auto& policy : {WeightingPolicy::unweighted(), WeightingPolicy::roles_equal()}) {
      for (const auto& b : {kpss::test::random_scores(seed, 40, 6), kpss::test::random_rankings(seed, 40, 6),
                            kpss::test::random_approvals(seed, 40, 6)}) {
        for (const auto& o : all_options()) {
          if (o.method == Method::score && b.kind() == kpss::BallotKind::ranking) continue;
          const std::string what = "seed " + std::to_string(seed) + " " + std::string(to_string(b.kind())) +
                                   " " + std::string(to_string(o.method)) + " " + policy.name();
          expect_matches(kpss::rank(b, policy, o), reference(b, policy, o), what);
        }
      }
    }
  }
}

TEST(MethodsProperty, CustomWeightsMatchTheReference) {
  const auto b = kpss::test::random_rankings(99, 30, 5);
  std::vector<std::pair<std::string, double>> w;
  for (std::size_t i = 0; i < b.size(); ++i) w.emplace_back(b.participant_id(i), 0.25 * static_cast<double>(i % 7));
  const auto policy = WeightingPolicy::custom(w);
  for (const auto& o : all_options()) {
    if (o.method == Method::score) continue;
    expect_matches(kpss::rank(b, policy, o), reference(b, policy, o), "custom " + std::string(to_string(o.method)));
  }
}

BallotSet permuted(const BallotSet& b, std::uint64_t seed) {
  std::vector<std::size_t> order(b.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::mt19937_64 rng(seed);
  std::shuffle(order.begin(), order.end(), rng);
  std::vector<std::string> items(b.items().begin(), b.items().end());
  BallotSet out = b.kind() == kpss::BallotKind::ranking ? BallotSet::rankings(items) : BallotSet::scores(items, 0, 5);
  for (std::size_t i : order) {
    if (b.kind() == kpss::BallotKind::ranking) {
      std::vector<std::uint32_t> r(b.item_count(), 0);
      for (std::size_t k = 0; k < b.ranked_items(i).size(); ++k) r[b.ranked_items(i)[k]] = b.ranks(i)[k];
      out.add_ranking(b.participant(i), r);
    } else {
      out.add_scores(b.participant(i), b.values(i));
    }
  }
  return out;
}

TEST(MethodsProperty, PermutingParticipantsNeverChangesAResult) {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    for (const auto& b : {kpss::test::random_scores(seed, 50, 5), kpss::test::random_rankings(seed, 50, 5)}) {
      const auto shuffled = permuted(b, seed * 31);
      for (const auto& o : all_options()) {
        if (o.method == Method::score && b.kind() == kpss::BallotKind::ranking) continue;
        const auto x = kpss::rank(b, WeightingPolicy::roles_equal(), o);
        const auto y = kpss::rank(shuffled, WeightingPolicy::roles_equal(), o);
        EXPECT_EQ(x.score, y.score);
        EXPECT_EQ(x.support, y.support);
        EXPECT_EQ(x.groups, y.groups);
      }
    }
  }
}

TEST(MethodsProperty, WithOneRoleRoleBalancingChangesNoRanking) {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const auto b = kpss::test::random_rankings(seed, 40, 5, /*roles=*/1, /*orgs=*/0);
    for (const auto& o : all_options()) {
      if (o.method == Method::score) continue;
      const auto x = kpss::rank(b, WeightingPolicy::roles_equal(), o);
      const auto y = kpss::rank(b, WeightingPolicy::unweighted(), o);
      EXPECT_EQ(x.score, y.score);
      EXPECT_EQ(x.groups, y.groups);
    }
  }
}

TEST(MethodsProperty, DuplicatingProviderStaffChangesNoRanking) {
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const auto b = kpss::test::random_scores(seed, 40, 5);
    auto doubled = BallotSet::scores(kpss::test::item_names(5), 0, 5);
    for (std::size_t i = 0; i < b.size(); ++i) {
      doubled.add_scores(b.participant(i), b.values(i));
      if (b.role(i) != kpss::Role::provider || b.organisation(i).empty()) continue;
      auto twin = b.participant(i);
      twin.id += "-twin";
      doubled.add_scores(twin, b.values(i));
    }
    const auto x = kpss::rank(b, WeightingPolicy::roles_equal());
    const auto y = kpss::rank(doubled, WeightingPolicy::roles_equal());
    for (std::size_t k = 0; k < x.score.size(); ++k) EXPECT_NEAR(x.score[k], y.score[k], 1e-12);
    EXPECT_EQ(x.groups, y.groups);
  }
}

TEST(Ranking, ExplainGivesRolesAndBeatPath) {
  const auto b = kpss::test::random_rankings(4, 60, 5);
  RankOptions o;
  o.method = Method::schulze;
  const auto r = kpss::rank(b, WeightingPolicy::roles_equal(), o);
  const auto order = r.order();
  const auto e = r.explain(order.front(), order.back());
  EXPECT_GE(e.order, 0);
  if (e.order > 0) {
    ASSERT_GE(e.beat_path.size(), 2U);
    EXPECT_EQ(e.beat_path.front(), order.front());
    EXPECT_EQ(e.beat_path.back(), order.back());
    EXPECT_GT(e.path_strength, e.reverse_strength);
  }
  EXPECT_EQ(e.roles.size(), r.roles.size());
  EXPECT_FALSE(e.text.empty());
  EXPECT_THROW(r.explain(0, 99), kpss::InvalidArgument);
}

}  // namespace
