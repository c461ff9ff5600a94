#include "kpss/select/knapsack.hpp"

#include <algorithm>
#include <numeric>

#include <gsl/gsl>

#include "../core/wide_int.hpp"
#include "common.hpp"
#include "kpss/core/error.hpp"

namespace kpss::select {

namespace {

using kpss::detail::int128;

// Branch and bound over candidates in decreasing value per cost; the bound is the
// fractional knapsack on the money left in all pots together (a relaxation of the per-pot
// constraints), floored because values are whole numbers.
class BranchAndBound {
 public:
  BranchAndBound(const detail::Frame& f, const std::vector<std::int64_t>& value, std::vector<std::size_t> items,
                 std::int64_t max_nodes)
      : f_(f), value_(value), items_(std::move(items)), max_nodes_(max_nodes) {}

  std::vector<std::size_t> solve(bool& proven) {
    std::vector<std::int64_t> left = f_.budget;
    std::int64_t total_left = f_.total_budget;
    dfs(0, 0, left, total_left);
    proven = !stopped_;
    return best_set_;
  }

 private:
  int128 bound(std::size_t i, int128 value, std::int64_t total_left) const {
    for (; i < items_.size(); ++i) {
      const std::size_t j = items_[i];
      if (f_.cost[j] <= total_left) {
        total_left -= f_.cost[j];
        value += value_[j];
      } else {
        return value + static_cast<int128>(value_[j]) * total_left / f_.cost[j];
      }
    }
    return value;
  }

  void dfs(std::size_t i, int128 value, std::vector<std::int64_t>& left, std::int64_t total_left) {
    if (++nodes_ > max_nodes_) {
      stopped_ = true;
      return;
    }
    if (value > best_) {
      best_ = value;
      best_set_ = current_;
    }
    if (i == items_.size() || bound(i, value, total_left) <= best_) return;
    const std::size_t j = items_[i];
    if (f_.fits(j, left)) {
      f_.pay(j, left);
      current_.push_back(j);
      dfs(i + 1, value + value_[j], left, total_left - f_.cost[j]);
      current_.pop_back();
      for (std::size_t p = 0; p < f_.num_pots; ++p) left[p] += f_.parts[j][p];
      if (stopped_) return;
    }
    dfs(i + 1, value, left, total_left);
  }

  const detail::Frame& f_;
  const std::vector<std::int64_t>& value_;
  std::vector<std::size_t> items_;
  std::int64_t max_nodes_;
  std::int64_t nodes_ = 0;
  bool stopped_ = false;
  int128 best_ = -1;
  std::vector<std::size_t> best_set_;
  std::vector<std::size_t> current_;
};

std::vector<std::size_t> dynamic_programming(const detail::Frame& f, const std::vector<std::int64_t>& value,
                                             const std::vector<std::size_t>& items, std::int64_t unit,
                                             std::int64_t capacity) {
  const std::size_t width = gsl::narrow<std::size_t>(capacity) + 1;
  std::vector<int128> best(width, 0);
  std::vector<std::vector<bool>> take(items.size(), std::vector<bool>(width, false));
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::size_t w = gsl::narrow<std::size_t>(f.cost[items[i]] / unit);
    for (std::size_t c = width; c-- > w;) {
      const int128 with = best[c - w] + value[items[i]];
      if (with > best[c]) {
        best[c] = with;
        take[i][c] = true;
      }
    }
  }
  std::vector<std::size_t> chosen;
  std::size_t c = width - 1;
  for (std::size_t i = items.size(); i-- > 0;)
    if (take[i][c]) {
      chosen.push_back(items[i]);
      c -= gsl::narrow<std::size_t>(f.cost[items[i]] / unit);
    }
  return chosen;
}

}  // namespace

Result knapsack(const Election& election, const KnapsackOptions& options, std::span<const std::int64_t> weights) {
  const detail::Frame f(election);
  const auto w = detail::weights_or_ones(weights, election.ballots.size());
  const auto value = detail::total_satisfaction(f, options.satisfaction, w);
  const auto rank = f.tie_rank(TieBreak::lexicographic);
  std::vector<std::size_t> funded, items;
  std::vector<std::int64_t> left = f.budget;
  for (std::size_t j = 0; j < f.num_candidates; ++j) {
    if (value[j] <= 0 || !f.fits(j, f.budget)) continue;
    if (f.cost[j] == 0) {
      funded.push_back(j);
      continue;
    }
    items.push_back(j);
  }
  std::sort(items.begin(), items.end(), [&](std::size_t a, std::size_t b) {
    const int128 x = static_cast<int128>(value[a]) * f.cost[b], y = static_cast<int128>(value[b]) * f.cost[a];
    return x != y ? x > y : rank[a] < rank[b];
  });
  bool proven = true;
  std::int64_t unit = f.budget[0];
  for (const std::size_t j : items) unit = std::gcd(unit, f.cost[j]);
  const std::int64_t capacity = unit > 0 ? f.budget[0] / unit : 0;
  std::vector<std::size_t> chosen;
  if (f.num_pots == 1 && unit > 0 &&
      static_cast<int128>(capacity + 1) * static_cast<int128>(items.size()) <= options.max_dp_cells) {
    chosen = dynamic_programming(f, value, items, unit, capacity);
  } else {
    chosen = BranchAndBound(f, value, items, options.max_nodes).solve(proven);
  }
  std::sort(chosen.begin(), chosen.end());
  funded.insert(funded.end(), chosen.begin(), chosen.end());
  Result r = detail::make_result(f, funded, value, Rejection::not_in_optimum);
  r.proven_optimal = proven;
  return r;
}

}  // namespace kpss::select
