#include "kpss/select/greedy.hpp"

#include <algorithm>

#include "../core/wide_int.hpp"
#include "common.hpp"
#include "kpss/core/error.hpp"

namespace kpss::select {

using kpss::detail::int128;

Result greedy_by_rank(const Election& election, std::span<const std::size_t> order) {
  const detail::Frame frame(election);
  std::vector<char> listed(frame.num_candidates, 0);
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (order[i] >= frame.num_candidates || listed[order[i]])
      throw InvalidArgument("order must list distinct candidate indices", "order/" + std::to_string(i));
    listed[order[i]] = 1;
  }
  std::vector<std::int64_t> left = frame.budget;
  std::vector<std::size_t> funded;
  for (const std::size_t j : order)
    if (frame.fits(j, left)) {
      frame.pay(j, left);
      funded.push_back(j);
    }
  std::vector<std::int64_t> in_order(frame.num_candidates);
  for (std::size_t j = 0; j < frame.num_candidates; ++j) in_order[j] = listed[j];
  return detail::make_result(frame, funded, in_order, Rejection::no_support);
}

Result greedy_utilitarian(const Election& election, Satisfaction satisfaction, TieBreak tie,
                          std::span<const std::int64_t> weights, std::span<const std::size_t> already) {
  const detail::Frame frame(election);
  const auto w = detail::weights_or_ones(weights, election.ballots.size());
  const auto total = detail::total_satisfaction(frame, satisfaction, w);
  std::vector<char> taken(frame.num_candidates, 0);
  std::vector<std::int64_t> left = frame.budget;
  std::vector<std::size_t> funded;
  for (std::size_t i = 0; i < already.size(); ++i) {
    const std::size_t j = already[i];
    if (j >= frame.num_candidates || taken[j])
      throw InvalidArgument("already-funded candidates must be distinct indices", "already/" + std::to_string(i));
    taken[j] = 1;
    frame.pay(j, left);
    funded.push_back(j);
  }
  // pabutools' density: total / cost, infinite for a free candidate with support, 0 without
  // support. Compared as cross products so no rounding can reorder candidates.
  enum Kind { none = 0, finite = 1, infinite = 2 };
  auto kind = [&](std::size_t j) {
    if (total[j] <= 0) return none;
    return frame.cost[j] > 0 ? finite : infinite;
  };
  std::vector<std::size_t> order = frame.tie_order(tie);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Kind ka = kind(a), kb = kind(b);
    if (ka != kb) return ka > kb;
    if (ka != finite) return false;
    return static_cast<int128>(total[a]) * frame.cost[b] > static_cast<int128>(total[b]) * frame.cost[a];
  });
  for (const std::size_t j : order)
    if (!taken[j] && frame.fits(j, left)) {
      frame.pay(j, left);
      funded.push_back(j);
    }
  return detail::make_result(frame, funded, {}, Rejection::unaffordable);
}

}  // namespace kpss::select
