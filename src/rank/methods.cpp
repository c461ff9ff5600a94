#include "kpss/rank/methods.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <string>

#include <gsl/assert>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {
constexpr std::array<std::string_view, 5> method_names = {"score", "borda", "schulze", "copeland",
                                                          "approval"};
}

std::string_view to_string(Method method) noexcept {
  return method_names[static_cast<std::size_t>(method)];
}

Method parse_method(std::string_view text) {
  for (std::size_t i = 0; i < method_names.size(); ++i)
    if (text == method_names[i]) return static_cast<Method>(i);
  throw InvalidArgument("unknown method '" + std::string(text) +
                        "'; expected score, borda, schulze, copeland or approval");
}

bool nearly_equal(double x, double y) noexcept {
  return std::fabs(x - y) <= 1e-10 * std::max(std::fabs(x), std::fabs(y));
}

PairwiseMatrix::PairwiseMatrix(std::size_t items, std::vector<double> values)
    : n_(items), d_(std::move(values)) {
  Expects(d_.size() == n_ * n_);
}

PairwiseMatrix strongest_paths(const PairwiseMatrix& d, SchulzeStrength strength) {
  const std::size_t n = d.size();
  std::vector<double> p(n * n, 0.0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b) {
      const double ab = d.at(a, b);
      const double ba = d.at(b, a);
      if (a == b || ab <= ba || nearly_equal(ab, ba)) continue;
      p[a * n + b] = strength == SchulzeStrength::winning_votes ? ab : ab - ba;
    }
  // Floyd–Warshall on the widest path. The inner loop runs over whole rows (the diagonal
  // included, reset below): a path through a cycle is never wider, and the branch-free row
  // loop vectorises.
  for (std::size_t i = 0; i < n; ++i) {
    const double* row_i = p.data() + i * n;
    for (std::size_t j = 0; j < n; ++j) {
      if (j == i) continue;
      const double pji = p[j * n + i];
      if (pji == 0.0) continue;
      double* row_j = p.data() + j * n;
      for (std::size_t k = 0; k < n; ++k) row_j[k] = std::max(row_j[k], std::min(pji, row_i[k]));
    }
  }
  for (std::size_t a = 0; a < n; ++a) p[a * n + a] = 0.0;
  return PairwiseMatrix(n, std::move(p));
}

std::vector<double> copeland_scores(const PairwiseMatrix& d) {
  const std::size_t n = d.size();
  std::vector<double> s(n, 0.0);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b) continue;
      if (nearly_equal(d.at(a, b), d.at(b, a))) s[a] += 0.5;
      else if (d.at(a, b) > d.at(b, a)) s[a] += 1.0;
    }
  return s;
}

std::vector<std::vector<std::size_t>> groups_by_score(std::span<const double> scores) {
  std::vector<std::size_t> order(scores.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t a : order) {
    if (groups.empty() || !nearly_equal(scores[groups.back().front()], scores[a])) groups.emplace_back();
    groups.back().push_back(a);
  }
  for (auto& g : groups) std::sort(g.begin(), g.end());
  return groups;
}

}  // namespace kpss
