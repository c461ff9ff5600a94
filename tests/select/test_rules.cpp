// The rules on hand-made and random small elections, against slow obviously-correct
// implementations written independently here.
#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <random>

#include "kpss/core/error.hpp"
#include "kpss/select/equal_shares.hpp"
#include "kpss/select/greedy.hpp"
#include "kpss/select/knapsack.hpp"
#include "kpss/select/phragmen.hpp"

using namespace kpss::select;
using kpss::Currency;
using kpss::Money;
using Q = boost::multiprecision::cpp_rational;

namespace {

const Currency kCzk = Currency::czk();

Money czk(std::int64_t crowns) { return Money::from_major(crowns, kCzk); }

Election random_election(std::mt19937& rng, int candidates, int voters, int pots = 1) {
  Election e;
  for (int p = 0; p < pots; ++p) e.pots.push_back({"pot" + std::to_string(p), czk(std::uniform_int_distribution(20, 60)(rng))});
  for (int j = 0; j < candidates; ++j) {
    Candidate c{"c" + std::to_string(j), czk(std::uniform_int_distribution(1, 30)(rng)), {}};
    if (pots > 1)
      for (int p = 0; p < pots; ++p) c.shares.push_back(std::uniform_int_distribution(0, 3)(rng) + (p == 0));
    e.candidates.push_back(c);
  }
  for (int v = 0; v < voters; ++v) {
    std::vector<std::uint32_t> items;
    std::vector<std::int64_t> scores;
    for (int j = 0; j < candidates; ++j)
      if (std::uniform_int_distribution(0, 2)(rng) == 0) {
        items.push_back(static_cast<std::uint32_t>(j));
        scores.push_back(std::uniform_int_distribution(1, 4)(rng));
      }
    e.ballots.add(items, scores);
  }
  return e;
}

std::int64_t satisfaction_of(const Election& e, Satisfaction s, std::size_t j, std::int64_t score) {
  if (s == Satisfaction::cost) return e.candidates[j].cost.minor_units();
  if (s == Satisfaction::cardinality) return 1;
  return score;
}

// Naive equal shares, one participant at a time, straight from the definition: fund the
// candidate with the smallest price ρ such that Σ min(share_i, ρ·u_i) over its supporters
// reaches its cost (found by trying every breakpoint), ties by smaller id.
std::vector<std::size_t> naive_equal_shares(const Election& e, Satisfaction s) {
  const std::size_t n = e.ballots.size();
  std::vector<Q> share(n, Q(e.pots[0].budget.minor_units()) / static_cast<std::int64_t>(n));
  std::vector<char> done(e.candidates.size(), 0);
  std::vector<std::size_t> funded;
  for (;;) {
    std::optional<Q> best;
    std::size_t best_j = 0;
    for (std::size_t j = 0; j < e.candidates.size(); ++j) {
      if (done[j]) continue;
      std::vector<std::pair<std::size_t, std::int64_t>> supp;
      for (std::size_t v = 0; v < n; ++v) {
        const auto items = e.ballots.candidates(v);
        for (std::size_t k = 0; k < items.size(); ++k)
          if (items[k] == j) {
            const std::int64_t u = satisfaction_of(e, s, j, e.ballots.scores(v)[k]);
            if (u > 0) supp.emplace_back(v, u);
          }
      }
      const Q cost(e.candidates[j].cost.minor_units());
      if (supp.empty() || cost == 0) continue;
      Q available = 0;
      for (auto [v, u] : supp) available += share[v];
      if (available < cost) continue;
      // The price is share_i/u_i of some supporter or (cost − poor)/rich-satisfaction for
      // some split; take the smallest candidate price that pays the cost.
      std::optional<Q> rho;
      for (auto [w, uw] : supp) {
        for (int mode = 0; mode < 2; ++mode) {
          Q candidate = share[w] / uw;
          if (mode == 1) {
            Q poor = 0, rich = 0;
            for (auto [v, u] : supp) {
              if (share[v] / u < candidate) poor += share[v];
              else rich += u;
            }
            if (rich == 0) continue;
            candidate = (cost - poor) / rich;
          }
          Q paid = 0;
          for (auto [v, u] : supp) paid += std::min<Q>(share[v], Q(candidate * u));
          if (paid >= cost && (!rho || candidate < *rho)) rho = candidate;
        }
      }
      if (rho && (!best || *rho < *best || (*rho == *best && e.candidates[j].id < e.candidates[best_j].id))) {
        best = rho;
        best_j = j;
      }
    }
    if (!best) return funded;
    done[best_j] = 1;
    funded.push_back(best_j);
    for (std::size_t v = 0; v < n; ++v) {
      const auto items = e.ballots.candidates(v);
      for (std::size_t k = 0; k < items.size(); ++k)
        if (items[k] == best_j)
          share[v] -= std::min<Q>(share[v], Q(*best * satisfaction_of(e, s, best_j, e.ballots.scores(v)[k])));
    }
  }
}

std::int64_t weighted_value(const Election& e, Satisfaction s, const std::vector<std::size_t>& set) {
  std::int64_t sum = 0;
  for (std::size_t v = 0; v < e.ballots.size(); ++v) {
    const auto items = e.ballots.candidates(v);
    for (std::size_t k = 0; k < items.size(); ++k)
      if (std::find(set.begin(), set.end(), items[k]) != set.end())
        sum += satisfaction_of(e, s, items[k], e.ballots.scores(v)[k]);
  }
  return sum;
}

bool fits_pots(const Election& e, const std::vector<std::size_t>& set) {
  std::vector<std::int64_t> left;
  for (const auto& p : e.pots) left.push_back(p.budget.minor_units());
  for (auto j : set) {
    const auto& c = e.candidates[j];
    if (c.shares.empty()) {
      left[0] -= c.cost.minor_units();
    } else {
      const auto parts = c.cost.allocate(c.shares);
      for (std::size_t p = 0; p < left.size(); ++p) left[p] -= parts[p].minor_units();
    }
  }
  return std::all_of(left.begin(), left.end(), [](std::int64_t x) { return x >= 0; });
}

}  // namespace

TEST(Knapsack, EqualsBruteForceOnRandomElections) {
  std::mt19937 rng(20240515);
  for (int round = 0; round < 60; ++round) {
    const int pots = round % 3 == 0 ? 2 : 1;
    const Election e = random_election(rng, 10, 8, pots);
    for (const auto s : {Satisfaction::cost, Satisfaction::cardinality, Satisfaction::cardinal}) {
      std::int64_t best = 0;
      for (unsigned mask = 0; mask < (1u << 10); ++mask) {
        std::vector<std::size_t> set;
        for (std::size_t j = 0; j < 10; ++j)
          if (mask >> j & 1u) set.push_back(j);
        if (fits_pots(e, set)) best = std::max(best, weighted_value(e, s, set));
      }
      KnapsackOptions o;
      o.satisfaction = s;
      const Result dp = knapsack(e, o);
      EXPECT_TRUE(dp.proven_optimal);
      EXPECT_EQ(weighted_value(e, s, dp.selected()), best) << "round " << round;
      EXPECT_TRUE(fits_pots(e, dp.selected()));
      o.max_dp_cells = 0;  // force branch and bound
      const Result bb = knapsack(e, o);
      EXPECT_EQ(weighted_value(e, s, bb.selected()), best) << "round " << round;
    }
  }
}

TEST(Knapsack, ReportsWhenTheNodeLimitStopsTheSearch) {
  std::mt19937 rng(7);
  const Election e = random_election(rng, 14, 10, 2);
  KnapsackOptions o;
  o.max_nodes = 3;
  EXPECT_FALSE(knapsack(e, o).proven_optimal);
}

TEST(EqualShares, MatchesTheNaiveDefinitionOnRandomElections) {
  std::mt19937 rng(99);
  for (int round = 0; round < 80; ++round) {
    const Election e = random_election(rng, 7, 9);
    for (const auto s : {Satisfaction::cost, Satisfaction::cardinality, Satisfaction::cardinal}) {
      EqualSharesOptions o;
      o.satisfaction = s;
      EXPECT_EQ(equal_shares(e, o).selected(), naive_equal_shares(e, s)) << "round " << round;
    }
  }
}

TEST(EqualShares, AddOneJumpsGiveTheSameOutcomeAsUnitSteps) {
  std::mt19937 rng(4242);
  for (int round = 0; round < 15; ++round) {
    Election e = random_election(rng, 6, 7);
    const std::int64_t n = static_cast<std::int64_t>(e.ballots.size());
    const Money budget = e.pots[0].budget;
    for (const Add1 stop : {Add1::exhaustive, Add1::infeasible}) {
      EqualSharesOptions o;
      o.add1 = stop;
      o.increment = Money(1, kCzk);  // one haléř per participant and step: many steps
      const Result fast = equal_shares(e, o);
      // Unit steps: equal shares of budget + k·n haléře, checked against the real budget.
      std::vector<std::size_t> previous;
      std::vector<std::size_t> expected;
      for (std::int64_t k = 0;; ++k) {
        Election raised = e;
        raised.pots[0].budget = budget + Money(k * n, kCzk);
        const Result r = equal_shares(raised, {});
        std::int64_t cost = 0;
        for (auto j : r.selected()) cost += e.candidates[j].cost.minor_units();
        if (cost > budget.minor_units()) { expected = previous; break; }
        bool exhaustive = true;
        for (std::size_t j = 0; j < e.candidates.size(); ++j) {
          const auto sel = r.selected();
          if (std::find(sel.begin(), sel.end(), j) == sel.end() &&
              cost + e.candidates[j].cost.minor_units() <= budget.minor_units() && r.rejected.size() > 0) {
            bool supported = false;
            for (std::size_t v = 0; v < e.ballots.size(); ++v)
              for (auto c : e.ballots.candidates(v)) supported |= c == j;
            if (supported) exhaustive = false;
          }
        }
        if (stop == Add1::exhaustive && exhaustive) { expected = r.selected(); break; }
        if (k > 200 * 100) { expected = r.selected(); break; }
        previous = r.selected();
      }
      EXPECT_EQ(fast.selected(), expected) << "round " << round << " stop " << static_cast<int>(stop);
      EXPECT_LE(fast.runs, fast.add1_steps + 2);  // never more runs than unit steps
    }
  }
}

TEST(EqualShares, WeightsSetEndowmentsAndGroupsReportWhatTheyPaid) {
  // Two users (group 0) want the service A, two providers (group 1) want B; each costs 60 of
  // a budget of 100. With equal weights neither group can pay 60 out of its 50; weighting
  // users 3:1 gives them 75 and funds A, paid entirely by group 0.
  Election e;
  e.pots.push_back({"obec", czk(100)});
  e.candidates = {{"A", czk(60), {}}, {"B", czk(60), {}}};
  const std::uint32_t a = 0, b = 1;
  e.ballots.add(std::span(&a, 1));
  e.ballots.add(std::span(&a, 1));
  e.ballots.add(std::span(&b, 1));
  e.ballots.add(std::span(&b, 1));
  EXPECT_TRUE(equal_shares(e).selected().empty());
  const std::vector<std::int64_t> weights{3, 3, 1, 1};
  const std::vector<std::uint32_t> groups{0, 0, 1, 1};
  const Result r = equal_shares(e, {}, weights, groups);
  ASSERT_EQ(r.selected(), std::vector<std::size_t>{0});
  EXPECT_EQ(r.funded[0].paid_by_group, (std::vector<Money>{czk(60), czk(0)}));
  EXPECT_EQ(r.group_endowment, (std::vector<Money>{czk(75), czk(25)}));
  EXPECT_EQ(r.group_paid, (std::vector<Money>{czk(60), czk(0)}));
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_EQ(r.rejected[0].second, Rejection::unaffordable);  // 40 left
  EXPECT_EQ(r.left_per_pot, std::vector<Money>{czk(40)});
}

TEST(Greedy, ByRankSplitsCostsAcrossPots) {
  Election e;
  e.pots = {{"obec", czk(100)}, {"kraj", czk(50)}};
  e.candidates = {{"terénní", czk(90), {2, 1}}, {"odlehčovací", czk(60), {1, 1}}, {"poradna", czk(30), {}}};
  const std::vector<std::size_t> order{0, 1, 2};
  const Result r = greedy_by_rank(e, order);
  ASSERT_EQ(r.selected(), (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(r.funded[0].cost_per_pot, (std::vector<Money>{czk(60), czk(30)}));
  EXPECT_EQ(r.left_per_pot, (std::vector<Money>{czk(10), czk(20)}));
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_EQ(r.rejected[0], (std::pair<std::size_t, Rejection>{1, Rejection::unaffordable}));
  EXPECT_EQ(r.total_cost(), czk(120));
}

TEST(Phragmen, StopsWhenABestCandidateDoesNotFit) {
  Election e;
  e.pots.push_back({"obec", czk(10)});
  e.candidates = {{"a", czk(6), {}}, {"b", czk(6), {}}, {"c", czk(1), {}}};
  const std::uint32_t a = 0, b = 1, c = 2;
  for (int i = 0; i < 3; ++i) e.ballots.add(std::span(&a, 1));
  for (int i = 0; i < 3; ++i) e.ballots.add(std::span(&b, 1));
  e.ballots.add(std::span(&c, 1));
  // a and b tie at load 2 and c has load 1: c first, then a (smaller id), then b no longer
  // fits — and Phragmén stops there.
  const Result r = sequential_phragmen(e);
  EXPECT_EQ(r.selected(), (std::vector<std::size_t>{2, 0}));
  EXPECT_EQ(r.rejected[0], (std::pair<std::size_t, Rejection>{1, Rejection::unaffordable}));
}

TEST(Phragmen, WeightsShareLoadsInProportion) {
  // P (weight 3) approves A and C, Q (weight 1) approves B and C, R (weight 1) approves B.
  // Weighted, by hand: C's load 3 / (3 + 1) = 0.75 is the smallest (A 4/3, B 4/2), then
  // A: (4 + 3 × 0.75) / 3 ≈ 2.08 beats B: (4 + 0.75) / 2 = 2.375; B no longer fits in
  // the 2 left of 9. Unweighted: C (3/2), then B: (4 + 1.5) / 2 = 2.75 beats A: 4 + 1.5.
  Election e;
  e.pots.push_back({"obec", czk(9)});
  e.candidates = {{"A", czk(4), {}}, {"B", czk(4), {}}, {"C", czk(3), {}}};
  const std::vector<std::uint32_t> p{0, 2}, q{1, 2}, r{1};
  e.ballots.add(p);
  e.ballots.add(q);
  e.ballots.add(r);
  const std::vector<std::int64_t> weights{3, 1, 1};
  EXPECT_EQ(sequential_phragmen(e, TieBreak::lexicographic, weights).selected(), (std::vector<std::size_t>{2, 0}));
  EXPECT_EQ(sequential_phragmen(e).selected(), (std::vector<std::size_t>{2, 1}));
  const std::vector<std::int64_t> ones{1, 1, 1};
  EXPECT_EQ(sequential_phragmen(e, TieBreak::lexicographic, ones).selected(), (std::vector<std::size_t>{2, 1}));
}

TEST(Phragmen, AWeightIsThatManyCopiesOfTheBallot) {
  std::mt19937 rng(7);
  for (int round = 0; round < 60; ++round) {
    const Election e = random_election(rng, 7, 8);
    std::vector<std::int64_t> weights;
    Election copies = e;
    copies.ballots = Ballots();
    for (std::size_t v = 0; v < e.ballots.size(); ++v) {
      weights.push_back(std::uniform_int_distribution(0, 3)(rng));
      for (std::int64_t c = 0; c < weights.back(); ++c) copies.ballots.add(e.ballots.candidates(v));
    }
    EXPECT_EQ(sequential_phragmen(e, TieBreak::lexicographic, weights).selected(),
              sequential_phragmen(copies).selected())
        << "round " << round;
  }
}

TEST(Election, RejectsInconsistentInput) {
  Election e;
  EXPECT_THROW(e.validate(), kpss::InvalidArgument);
  e.pots.push_back({"obec", czk(10)});
  e.candidates = {{"a", czk(1), {}}, {"a", czk(2), {}}};
  EXPECT_THROW(e.validate(), kpss::InvalidArgument);
  e.candidates[1].id = "b";
  e.candidates[1].shares = {1, 2};
  EXPECT_THROW(e.validate(), kpss::InvalidArgument);
  e.candidates[1].shares.clear();
  const std::uint32_t bad = 7;
  e.ballots.add(std::span(&bad, 1));
  EXPECT_THROW(equal_shares(e), kpss::InvalidArgument);
  const std::int64_t negative = -1;
  const std::uint32_t a = 0;
  EXPECT_THROW(e.ballots.add(std::span(&a, 1), std::span(&negative, 1)), kpss::InvalidArgument);
}
