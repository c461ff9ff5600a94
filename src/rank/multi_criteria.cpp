#include "kpss/rank/multi_criteria.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <set>
#include <sstream>

#include <gsl/assert>

#include "format.hpp"
#include "kpss/core/error.hpp"
#include "tie_groups.hpp"

namespace kpss {

namespace {

std::string cell(std::size_t row, std::size_t column) {
  return "row " + std::to_string(row + 1) + ", column " + std::to_string(column + 1);
}

void check_names(const std::vector<std::string>& items, const std::vector<Criterion>& criteria) {
  if (items.empty()) throw InvalidArgument("a criteria matrix needs at least one item");
  if (criteria.empty()) throw InvalidArgument("a criteria matrix needs at least one criterion");
  if (items.size() > CriteriaMatrix::max_items)
    throw LimitExceeded("more than " + std::to_string(CriteriaMatrix::max_items) + " items");
  if (criteria.size() > CriteriaMatrix::max_criteria)
    throw LimitExceeded("more than " + std::to_string(CriteriaMatrix::max_criteria) + " criteria");
  std::set<std::string_view> seen;
  for (const auto& i : items)
    if (i.empty() || !seen.insert(i).second) throw InvalidArgument("item id '" + i + "' is empty or repeated");
  seen.clear();
  for (const auto& c : criteria)
    if (c.name.empty() || !seen.insert(c.name).second)
      throw InvalidArgument("criterion '" + c.name + "' is empty or repeated");
}


}  // namespace

CriteriaMatrix::CriteriaMatrix(std::vector<std::string> items, std::vector<Criterion> criteria)
    : items_(std::move(items)), criteria_(std::move(criteria)) {
  check_names(items_, criteria_);
  values_.assign(items_.size() * criteria_.size(), 0.0);
}

CriteriaMatrix::CriteriaMatrix(std::vector<std::string> items, std::vector<Criterion> criteria,
                               std::vector<double> values)
    : CriteriaMatrix(std::move(items), std::move(criteria)) {
  if (values.size() != values_.size())
    throw InvalidArgument("the criteria matrix needs " + std::to_string(values_.size()) + " values (items × criteria), got " +
                          std::to_string(values.size()));
  for (std::size_t k = 0; k < values.size(); ++k) set(k / criteria_.size(), k % criteria_.size(), values[k]);
}

void CriteriaMatrix::set(std::size_t item, std::size_t criterion, double value) {
  if (item >= items_.size() || criterion >= criteria_.size())
    throw InvalidArgument("criteria matrix index out of range");
  if (!std::isfinite(value))
    throw InvalidArgument("the value of item '" + items_[item] + "' on criterion '" + criteria_[criterion].name +
                          "' is not a finite number");
  values_[item * criteria_.size() + criterion] = value;
}

double saaty_random_index(std::size_t n) {
  static constexpr std::array<double, 15> ri = {0.0,  0.0,  0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
                                                1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59};
  if (n == 0 || n > ri.size()) throw InvalidArgument("Saaty's random index is tabulated for 1 to 15 criteria");
  return ri[n - 1];
}

AhpWeights ahp_weights(std::size_t n, std::span<const double> a) {
  const double ri = saaty_random_index(n);
  Expects(a.size() == n * n);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      const double x = a[i * n + j];
      if (!std::isfinite(x) || x <= 0)
        throw InvalidArgument("a pairwise comparison must be a finite positive number", cell(i, j));
      if (i == j && std::fabs(x - 1.0) > 1e-3)
        throw InvalidArgument("a criterion compared with itself must be 1", cell(i, j));
      if (j > i && std::fabs(x * a[j * n + i] - 1.0) > 1e-3)
        throw InvalidArgument("the matrix is not reciprocal: a_ij · a_ji = " + detail::significant(x * a[j * n + i], 4) + ", not 1",
                              cell(i, j));
    }
  AhpWeights out;
  // A positive matrix has a simple dominant eigenvalue with a positive eigenvector (Perron),
  // so power iteration from the uniform vector converges.
  std::vector<double> w(n, 1.0 / static_cast<double>(n)), next(n);
  for (out.iterations = 1; out.iterations <= 10'000; ++out.iterations) {
    double total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      double s = 0;
      for (std::size_t j = 0; j < n; ++j) s += a[i * n + j] * w[j];
      next[i] = s;
      total += s;
    }
    double moved = 0;
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= total;
      moved = std::max(moved, std::fabs(next[i] - w[i]));
    }
    w.swap(next);
    if (moved <= 1e-14) break;
  }
  out.iterations = std::min<std::size_t>(out.iterations, 10'000);
  double lambda = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double s = 0;
    for (std::size_t j = 0; j < n; ++j) s += a[i * n + j] * w[j];
    lambda += s / w[i];
  }
  out.lambda_max = lambda / static_cast<double>(n);
  if (n > 2) {
    out.consistency_index = std::max(0.0, (out.lambda_max - static_cast<double>(n)) / static_cast<double>(n - 1));
    out.consistency_ratio = out.consistency_index / ri;
  }
  out.weights = std::move(w);
  if (!out.consistent())
    out.diagnostics.push_back({"R301", Severity::warning, "",
                               "the pairwise comparisons are inconsistent: consistency ratio " +
                                   detail::significant(out.consistency_ratio, 4) + " > 0.1; revise the judgements"});
  return out;
}

std::vector<double> normalise(const CriteriaMatrix& x, Normalisation how) {
  const std::size_t m = x.item_count(), c = x.criterion_count();
  std::vector<double> r(m * c);
  for (std::size_t j = 0; j < c; ++j) {
    const bool benefit = x.criteria()[j].benefit;
    if (how == Normalisation::min_max) {
      double lo = x.at(0, j), hi = x.at(0, j);
      for (std::size_t i = 1; i < m; ++i) {
        lo = std::min(lo, x.at(i, j));
        hi = std::max(hi, x.at(i, j));
      }
      for (std::size_t i = 0; i < m; ++i)
        r[i * c + j] = hi == lo ? 1.0 : benefit ? (x.at(i, j) - lo) / (hi - lo) : (hi - x.at(i, j)) / (hi - lo);
    } else {
      double sq = 0;
      for (std::size_t i = 0; i < m; ++i) sq += x.at(i, j) * x.at(i, j);
      const double norm = std::sqrt(sq);
      for (std::size_t i = 0; i < m; ++i) {
        const double v = norm > 0 ? x.at(i, j) / norm : 0.0;
        r[i * c + j] = benefit ? v : 1.0 - v;
      }
    }
  }
  return r;
}

MultiCriteriaRanking rank_criteria(const CriteriaMatrix& x, std::span<const double> weights,
                                   const MultiCriteriaOptions& options) {
  const std::size_t m = x.item_count(), c = x.criterion_count();
  if (weights.size() != c)
    throw InvalidArgument("expected " + std::to_string(c) + " criterion weights, got " + std::to_string(weights.size()));
  double total = 0;
  for (std::size_t j = 0; j < c; ++j) {
    if (!std::isfinite(weights[j]) || weights[j] < 0)
      throw InvalidArgument("the weight of criterion '" + x.criteria()[j].name + "' must be a finite non-negative number");
    total += weights[j];
  }
  if (!(total > 0)) throw InvalidArgument("every criterion has weight 0");
  MultiCriteriaRanking out;
  out.options = options;
  out.items.assign(x.items().begin(), x.items().end());
  out.criteria.assign(x.criteria().begin(), x.criteria().end());
  for (double w : weights) out.weights.push_back(w / total);
  out.normalised = normalise(x, options.normalisation);
  out.score.assign(m, 0.0);
  const auto& r = out.normalised;
  const auto& w = out.weights;
  if (options.method == MultiCriteriaMethod::weighted_sum) {
    for (std::size_t i = 0; i < m; ++i)
      for (std::size_t j = 0; j < c; ++j) out.score[i] += w[j] * r[i * c + j];
  } else {
    std::vector<double> best(c), worst(c);
    for (std::size_t j = 0; j < c; ++j) {
      best[j] = worst[j] = w[j] * r[j];
      for (std::size_t i = 1; i < m; ++i) {
        best[j] = std::max(best[j], w[j] * r[i * c + j]);
        worst[j] = std::min(worst[j], w[j] * r[i * c + j]);
      }
    }
    for (std::size_t i = 0; i < m; ++i) {
      double plus = 0, minus = 0;
      for (std::size_t j = 0; j < c; ++j) {
        const double v = w[j] * r[i * c + j];
        plus += (v - best[j]) * (v - best[j]);
        minus += (v - worst[j]) * (v - worst[j]);
      }
      plus = std::sqrt(plus);
      minus = std::sqrt(minus);
      out.score[i] = plus + minus > 0 ? minus / (plus + minus) : 1.0;
    }
  }
  out.groups = groups_by_score(out.score);
  return out;
}

MultiCriteriaRanking rank_criteria(const CriteriaMatrix& x, const AhpWeights& weights,
                                   const MultiCriteriaOptions& options) {
  if (weights.weights.size() != x.criterion_count())
    throw InvalidArgument("the AHP matrix compares " + std::to_string(weights.weights.size()) + " criteria; the matrix has " +
                          std::to_string(x.criterion_count()));
  MultiCriteriaRanking out = rank_criteria(x, std::span<const double>(weights.weights), options);
  out.diagnostics = weights.diagnostics;
  return out;
}

std::vector<std::size_t> MultiCriteriaRanking::order() const { return detail::flatten(groups); }

std::size_t MultiCriteriaRanking::rank_of(std::size_t item) const { return detail::rank_in(groups, item); }

CriteriaMatrix combine_support(const Ranking& support, std::span<const std::vector<CandidateCriterion>> evidence) {
  const std::size_t m = support.items.size();
  if (evidence.size() != m)
    throw InvalidArgument("the ranking has " + std::to_string(m) + " items; evidence is given for " +
                          std::to_string(evidence.size()));
  std::vector<Criterion> criteria{{"support", true}};
  if (m > 0)
    for (const auto& e : evidence[0]) criteria.push_back({e.name, e.benefit});
  for (std::size_t i = 0; i < m; ++i) {
    const auto& row = evidence[i];
    bool same = row.size() + 1 == criteria.size();
    for (std::size_t j = 0; same && j < row.size(); ++j)
      same = row[j].name == criteria[j + 1].name && row[j].benefit == criteria[j + 1].benefit;
    if (!same)
      throw InvalidArgument("item '" + support.items[i] + "' carries other evidence criteria than item '" +
                            support.items[0] + "'");
  }
  CriteriaMatrix out(support.items, std::move(criteria));
  for (std::size_t i = 0; i < m; ++i) {
    out.set(i, 0, support.support[i]);
    for (std::size_t j = 0; j < evidence[i].size(); ++j) out.set(i, j + 1, evidence[i][j].value);
  }
  return out;
}

CriteriaMatrix combine_support(const Ranking& support, std::span<const PriorityCandidate> candidates) {
  std::vector<std::vector<CandidateCriterion>> evidence;
  evidence.reserve(candidates.size());
  for (const auto& c : candidates) evidence.push_back(c.criteria);
  return combine_support(support, evidence);
}

}  // namespace kpss
