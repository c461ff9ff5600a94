// Multi-criteria scoring: AHP and TOPSIS textbook examples, slow references on random
// inputs, and the combined score of support and gap evidence.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "kpss/core/error.hpp"
#include "kpss/rank/multi_criteria.hpp"

namespace {

// Saaty's classical three-criterion example: weights 0.637, 0.258, 0.105, λmax 3.039,
// CI 0.019, CR 0.033 (RI = 0.58).
TEST(Ahp, TextbookThreeCriteria) {
  const std::vector<double> a = {1, 3, 5, 1.0 / 3, 1, 3, 1.0 / 5, 1.0 / 3, 1};
  const auto w = kpss::ahp_weights(3, a);
  ASSERT_EQ(w.weights.size(), 3U);
  EXPECT_NEAR(w.weights[0], 0.6370, 5e-4);
  EXPECT_NEAR(w.weights[1], 0.2583, 5e-4);
  EXPECT_NEAR(w.weights[2], 0.1047, 5e-4);
  EXPECT_NEAR(w.lambda_max, 3.0385, 5e-4);
  EXPECT_NEAR(w.consistency_index, 0.0193, 5e-4);
  EXPECT_NEAR(w.consistency_ratio, 0.0332, 5e-4);
  EXPECT_TRUE(w.consistent());
  EXPECT_TRUE(w.diagnostics.empty());
}

TEST(Ahp, InconsistentJudgementsWarn) {
  // a > b (9), b > c (9), yet c > a (9): a circle of strong judgements.
  const std::vector<double> a = {1, 9, 1.0 / 9, 1.0 / 9, 1, 9, 9, 1.0 / 9, 1};
  const auto w = kpss::ahp_weights(3, a);
  EXPECT_GT(w.consistency_ratio, 0.1);
  ASSERT_EQ(w.diagnostics.size(), 1U);
  EXPECT_EQ(w.diagnostics[0].code, "R301");
  EXPECT_EQ(w.diagnostics[0].severity, kpss::Severity::warning);
  EXPECT_NEAR(w.weights[0], 1.0 / 3, 1e-12);  // the circle is symmetric
}

TEST(Ahp, RejectsNonReciprocalAndNonPositive) {
  std::vector<double> a = {1, 3, 1.0 / 2, 1};
  try {
    kpss::ahp_weights(2, a);
    FAIL() << "a non-reciprocal matrix was accepted";
  } catch (const kpss::InvalidArgument& e) {
    EXPECT_EQ(e.where(), "row 1, column 2");
  }
  a = {1, 0.333, 3, 1};  // 0.333 for 1/3 is fine
  EXPECT_NO_THROW(kpss::ahp_weights(2, a));
  a = {1, -1, -1, 1};
  EXPECT_THROW(kpss::ahp_weights(2, a), kpss::InvalidArgument);
  a = {2, 1, 1, 1};
  EXPECT_THROW(kpss::ahp_weights(2, a), kpss::InvalidArgument);
  EXPECT_THROW(kpss::ahp_weights(16, std::vector<double>(256, 1.0)), kpss::InvalidArgument);
  EXPECT_EQ(kpss::saaty_random_index(4), 0.90);
}

TEST(Ahp, ConsistentMatricesGiveTheirRatiosOnRandomInputs) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> u(0.1, 9.0);
  for (int round = 0; round < 50; ++round) {
    const std::size_t n = 1 + round % 12;
    std::vector<double> v(n), a(n * n);
    double total = 0;
    for (auto& x : v) total += x = u(rng);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j) a[i * n + j] = v[i] / v[j];
    const auto w = kpss::ahp_weights(n, a);
    for (std::size_t i = 0; i < n; ++i) EXPECT_NEAR(w.weights[i], v[i] / total, 1e-12);
    EXPECT_NEAR(w.lambda_max, static_cast<double>(n), 1e-9);
    EXPECT_NEAR(w.consistency_ratio, 0.0, 1e-9);
    // Perturbed (still reciprocal) judgements: w solves A·w = λmax·w, and λmax ≥ n.
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) {
        a[i * n + j] *= u(rng) / 3;
        a[j * n + i] = 1 / a[i * n + j];
      }
    const auto p = kpss::ahp_weights(n, a);
    EXPECT_GE(p.lambda_max, static_cast<double>(n) - 1e-9);
    for (std::size_t i = 0; i < n; ++i) {
      double s = 0;
      for (std::size_t j = 0; j < n; ++j) s += a[i * n + j] * p.weights[j];
      EXPECT_NEAR(s, p.lambda_max * p.weights[i], 1e-9);
    }
  }
}

// The mobile-phone example of many TOPSIS tutorials: price (cost), storage, camera, looks,
// equal weights, vector normalisation; closeness P1 0.5343, P2 0.3084, P3 0.6916, P4 0.5347,
// P5 0.4010, so P3 > P4 > P1 > P5 > P2.
TEST(Topsis, TextbookMobilePhones) {
  const kpss::CriteriaMatrix x({"P1", "P2", "P3", "P4", "P5"},
                               {{"price", false}, {"storage", true}, {"camera", true}, {"looks", true}},
                               {250, 16, 12, 5, 200, 16, 8, 3, 300, 32, 16, 4, 275, 32, 8, 4, 225, 16, 16, 2});
  const std::vector<double> w = {1, 1, 1, 1};
  const auto r = kpss::rank_criteria(x, w, {kpss::MultiCriteriaMethod::topsis, kpss::Normalisation::vector});
  const double expected[] = {0.534277, 0.308368, 0.691632, 0.534737, 0.401046};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_NEAR(r.score[i], expected[i], 1e-6) << i;
  EXPECT_EQ(r.order(), (std::vector<std::size_t>{2, 3, 0, 4, 1}));
  EXPECT_EQ(r.weights, (std::vector<double>{0.25, 0.25, 0.25, 0.25}));
}

TEST(WeightedSum, MinMaxByHandWithTies) {
  // need (benefit) 10, 20, 30; cost (cost) 5, 5, 15. Min–max: need 0, ½, 1; cost 1, 1, 0.
  // Weights 1 : 1 → scores ½, ¾, ½: b first, a and c tie.
  const kpss::CriteriaMatrix x({"a", "b", "c"}, {{"need", true}, {"cost", false}}, {10, 5, 20, 5, 30, 15});
  const std::vector<double> w = {2, 2};
  const auto r = kpss::rank_criteria(x, w);
  EXPECT_EQ(r.score, (std::vector<double>{0.5, 0.75, 0.5}));
  ASSERT_EQ(r.groups.size(), 2U);
  EXPECT_EQ(r.groups[1], (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(r.rank_of(2), 2U);
  const std::vector<double> bad = {1, -1};
  EXPECT_THROW(kpss::rank_criteria(x, bad), kpss::InvalidArgument);
  EXPECT_THROW(kpss::CriteriaMatrix({"a", "a"}, {{"n", true}}), kpss::InvalidArgument);
  EXPECT_THROW(kpss::CriteriaMatrix({"a"}, {{"n", true}}, {NAN}), kpss::InvalidArgument);
}

TEST(WeightedSum, AhpWeightsAndTheirWarningReachTheResult) {
  const kpss::CriteriaMatrix x({"a", "b"}, {{"p", true}, {"q", true}, {"r", true}}, {1, 0, 0, 0, 1, 1});
  const auto ahp = kpss::ahp_weights(3, std::vector<double>{1, 9, 1.0 / 9, 1.0 / 9, 1, 9, 9, 1.0 / 9, 1});
  const auto r = kpss::rank_criteria(x, ahp);
  EXPECT_EQ(r.diagnostics.size(), 1U);
  EXPECT_EQ(r.order(), (std::vector<std::size_t>{1, 0}));
  const auto good = kpss::ahp_weights(3, std::vector<double>{1, 3, 5, 1.0 / 3, 1, 3, 1.0 / 5, 1.0 / 3, 1});
  const auto s = kpss::rank_criteria(x, good);
  EXPECT_TRUE(s.diagnostics.empty());
  EXPECT_EQ(s.order(), (std::vector<std::size_t>{0, 1}));
  const auto two = kpss::ahp_weights(2, std::vector<double>{1, 2, 0.5, 1});
  EXPECT_THROW(kpss::rank_criteria(x, two), kpss::InvalidArgument);
}

// The textbook forms, written out without the reflection trick: vector-normalised costs
// keep x/‖x‖ and TOPSIS takes the column minimum as their ideal.
std::vector<double> reference(const kpss::CriteriaMatrix& x, const std::vector<double>& w,
                              kpss::MultiCriteriaOptions o) {
  const std::size_t m = x.item_count(), c = x.criterion_count();
  double wt = 0;
  for (double v : w) wt += v;
  std::vector<std::vector<double>> r(m, std::vector<double>(c));
  for (std::size_t j = 0; j < c; ++j) {
    std::vector<double> col;
    for (std::size_t i = 0; i < m; ++i) col.push_back(x.at(i, j));
    const double lo = *std::min_element(col.begin(), col.end()), hi = *std::max_element(col.begin(), col.end());
    double norm = 0;
    for (double v : col) norm += v * v;
    norm = std::sqrt(norm);
    const bool benefit = x.criteria()[j].benefit;
    for (std::size_t i = 0; i < m; ++i) {
      if (o.normalisation == kpss::Normalisation::min_max)
        r[i][j] = hi == lo ? 1.0 : benefit ? (col[i] - lo) / (hi - lo) : (hi - col[i]) / (hi - lo);
      else if (o.method == kpss::MultiCriteriaMethod::topsis)
        r[i][j] = norm > 0 ? col[i] / norm : 0.0;
      else
        r[i][j] = benefit ? (norm > 0 ? col[i] / norm : 0.0) : 1.0 - (norm > 0 ? col[i] / norm : 0.0);
    }
  }
  std::vector<double> out(m, 0.0);
  for (std::size_t i = 0; i < m; ++i) {
    if (o.method == kpss::MultiCriteriaMethod::weighted_sum) {
      for (std::size_t j = 0; j < c; ++j) out[i] += w[j] / wt * r[i][j];
      continue;
    }
    double plus = 0, minus = 0;
    for (std::size_t j = 0; j < c; ++j) {
      double best = -INFINITY, worst = INFINITY;
      for (std::size_t k = 0; k < m; ++k) {
        best = std::max(best, w[j] / wt * r[k][j]);
        worst = std::min(worst, w[j] / wt * r[k][j]);
      }
      const bool flip = o.normalisation == kpss::Normalisation::vector && !x.criteria()[j].benefit;
      if (flip) std::swap(best, worst);
      const double v = w[j] / wt * r[i][j];
      plus += (v - best) * (v - best);
      minus += (v - worst) * (v - worst);
    }
    plus = std::sqrt(plus);
    minus = std::sqrt(minus);
    out[i] = plus + minus > 0 ? minus / (plus + minus) : 1.0;
  }
  return out;
}

TEST(MultiCriteria, EqualsTheTextbookFormsOnRandomInputs) {
  std::mt19937_64 rng(11);
  for (int round = 0; round < 200; ++round) {
    const std::size_t m = 1 + rng() % 8, c = 1 + rng() % 5;
    std::vector<std::string> items;
    for (std::size_t i = 0; i < m; ++i) items.push_back("i" + std::to_string(i));
    std::vector<kpss::Criterion> criteria;
    for (std::size_t j = 0; j < c; ++j) criteria.push_back({"c" + std::to_string(j), rng() % 2 == 0});
    std::vector<double> values(m * c), w(c);
    for (auto& v : values) v = static_cast<double>(rng() % 7);  // small integers: ties happen
    for (auto& v : w) v = static_cast<double>(rng() % 4);
    w[0] += 1;
    const kpss::CriteriaMatrix x(items, criteria, values);
    for (auto method : {kpss::MultiCriteriaMethod::weighted_sum, kpss::MultiCriteriaMethod::topsis})
      for (auto norm : {kpss::Normalisation::min_max, kpss::Normalisation::vector}) {
        const kpss::MultiCriteriaOptions o{method, norm};
        const auto r = kpss::rank_criteria(x, w, o);
        const auto ref = reference(x, w, o);
        for (std::size_t i = 0; i < m; ++i) EXPECT_NEAR(r.score[i], ref[i], 1e-12) << round;
        for (std::size_t i = 0; i < m; ++i)
          for (std::size_t k = 0; k < m; ++k) {
            if (ref[i] > ref[k] + 1e-9) {
              EXPECT_LT(r.rank_of(i), r.rank_of(k)) << round;
            }
            if (ref[i] == ref[k]) {
              EXPECT_EQ(r.rank_of(i), r.rank_of(k)) << round;
            }
          }
      }
  }
}

TEST(CombinedScore, SupportBesideGapEvidence) {
  auto b = kpss::BallotSet::approvals({"home_care", "respite", "transport"});
  const std::uint32_t first[] = {0}, both[] = {0, 1}, third[] = {2};
  b.add_approvals({"u1", kpss::Role::user, {}, {}}, both);
  b.add_approvals({"u2", kpss::Role::user, {}, {}}, first);
  b.add_approvals({"p1", kpss::Role::provider, {}, {}}, third);
  b.add_approvals({"p2", kpss::Role::provider, {}, {}}, first);
  kpss::RankOptions o;
  o.method = kpss::Method::approval;
  const auto support = kpss::rank(b, kpss::WeightingPolicy::unweighted(), o);
  // Evidence in the shape of PriorityCandidate::criteria: unmet demand and yearly cost.
  std::vector<kpss::PriorityCandidate> candidates;
  const double gap[] = {4, 30, 10}, cost[] = {1e6, 2e6, 4e6};
  for (std::size_t i = 0; i < 3; ++i)
    candidates.push_back({{"home_care", "", "", kpss::TerritoryCode::parse("2101")},
                          "",
                          {{"gap", gap[i], true}, {"cost", cost[i], false}},
                          {}});
  const auto x = kpss::combine_support(support, std::span<const kpss::PriorityCandidate>(candidates));
  ASSERT_EQ(x.criterion_count(), 3U);
  EXPECT_EQ(x.criteria()[0].name, "support");
  EXPECT_EQ(x.at(0, 0), 0.75);  // home care: 3 of 4
  EXPECT_EQ(x.at(1, 0), 0.25);
  EXPECT_FALSE(x.criteria()[2].benefit);
  // Support alone puts home care first; with need weighing twice, respite care's gap wins.
  const auto alone = kpss::rank_criteria(x, std::vector<double>{1, 0, 0});
  EXPECT_EQ(alone.order()[0], 0U);
  const auto combined = kpss::rank_criteria(x, std::vector<double>{1, 2, 1});
  // Min–max: support 1, 0, 0; gap 0, 1, 3/13; cost 1, 2/3, 0 → ¼·1 + ½·0 + ¼·1 = ½,
  // ½ + ¼·⅔ = ⅔, ½·3/13 = 3/26.
  EXPECT_NEAR(combined.score[0], 0.5, 1e-15);
  EXPECT_NEAR(combined.score[1], 2.0 / 3, 1e-15);
  EXPECT_NEAR(combined.score[2], 3.0 / 26, 1e-15);
  EXPECT_EQ(combined.order(), (std::vector<std::size_t>{1, 0, 2}));
  candidates[2].criteria.pop_back();
  EXPECT_THROW(kpss::combine_support(support, std::span<const kpss::PriorityCandidate>(candidates)),
               kpss::InvalidArgument);
}

}  // namespace
