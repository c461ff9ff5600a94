#include <algorithm>
#include <set>
#include <string>

#include <gsl/gsl>

#include "../core/wide_int.hpp"
#include "common.hpp"
#include "kpss/core/error.hpp"

namespace kpss::select {

void Ballots::add(std::span<const std::uint32_t> candidates, std::span<const std::int64_t> scores) {
  if (!scores.empty() && scores.size() != candidates.size())
    throw InvalidArgument("scores must be parallel to the candidates", "/ballots/" + std::to_string(size()));
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    const std::int64_t s = scores.empty() ? 1 : scores[i];
    if (s < 0) throw InvalidArgument("negative score", "/ballots/" + std::to_string(size()) + "/" + std::to_string(i));
    items_.push_back(candidates[i]);
    scores_.push_back(s);
  }
  offsets_.push_back(items_.size());
}

std::span<const std::uint32_t> Ballots::candidates(std::size_t v) const {
  Expects(v < size());
  return std::span(items_).subspan(offsets_[v], offsets_[v + 1] - offsets_[v]);
}

std::span<const std::int64_t> Ballots::scores(std::size_t v) const {
  Expects(v < size());
  return std::span(scores_).subspan(offsets_[v], offsets_[v + 1] - offsets_[v]);
}

void Election::validate() const {
  if (pots.empty()) throw InvalidArgument("an election needs at least one pot", "/pots");
  const Currency currency = pots.front().budget.currency();
  for (std::size_t p = 0; p < pots.size(); ++p) {
    const std::string where = "/pots/" + std::to_string(p);
    if (!(pots[p].budget.currency() == currency)) throw InvalidArgument("pots use different currencies", where);
    if (pots[p].budget.is_negative()) throw InvalidArgument("negative budget", where);
  }
  std::set<std::string_view> ids;
  for (std::size_t j = 0; j < candidates.size(); ++j) {
    const Candidate& c = candidates[j];
    const std::string where = "/candidates/" + std::to_string(j);
    if (!ids.insert(c.id).second) throw InvalidArgument("duplicate candidate id '" + c.id + "'", where);
    if (!(c.cost.currency() == currency)) throw InvalidArgument("cost in another currency than the pots", where);
    if (c.cost.is_negative()) throw InvalidArgument("negative cost", where);
    if (!c.shares.empty()) {
      if (c.shares.size() != pots.size())
        throw InvalidArgument("shares must be parallel to the pots", where + "/shares");
      if (std::any_of(c.shares.begin(), c.shares.end(), [](std::int64_t s) { return s < 0; }) ||
          std::all_of(c.shares.begin(), c.shares.end(), [](std::int64_t s) { return s == 0; }))
        throw InvalidArgument("shares must be non-negative and not all zero", where + "/shares");
    }
  }
  if (candidates.size() > UINT32_MAX) throw InvalidArgument("too many candidates", "/candidates");
  std::vector<std::size_t> seen(candidates.size(), SIZE_MAX);
  for (std::size_t v = 0; v < ballots.size(); ++v)
    for (const std::uint32_t j : ballots.candidates(v)) {
      const std::string where = "/ballots/" + std::to_string(v);
      if (j >= candidates.size()) throw InvalidArgument("unknown candidate " + std::to_string(j), where);
      if (seen[j] == v) throw InvalidArgument("candidate listed twice", where);
      seen[j] = v;
    }
}

const char* to_string(Rejection r) noexcept {
  switch (r) {
    case Rejection::no_support: return "no_support";
    case Rejection::unaffordable: return "unaffordable";
    case Rejection::not_enough_support: return "not_enough_support";
    case Rejection::stopped: return "stopped";
    case Rejection::not_in_optimum: return "not_in_optimum";
  }
  return "unknown";
}

std::vector<std::size_t> Result::selected() const {
  std::vector<std::size_t> out;
  out.reserve(funded.size());
  for (const auto& f : funded) out.push_back(f.candidate);
  return out;
}

Money Result::total_cost() const {
  Expects(!left_per_pot.empty());
  Money sum = Money::zero(left_per_pot.front().currency());
  for (const auto& f : funded)
    for (const auto& part : f.cost_per_pot) sum += part;
  return sum;
}

namespace detail {
using kpss::detail::int128;

Frame::Frame(const Election& e) : election(e) {
  e.validate();
  num_candidates = e.candidates.size();
  num_pots = e.pots.size();
  for (const auto& p : e.pots) {
    budget.push_back(p.budget.minor_units());
    if (__builtin_add_overflow(total_budget, budget.back(), &total_budget))
      throw OverflowError("total budget out of range", "/pots");
  }
  cost.reserve(num_candidates);
  parts.reserve(num_candidates);
  for (const auto& c : e.candidates) {
    cost.push_back(c.cost.minor_units());
    std::vector<std::int64_t> split(num_pots, 0);
    if (c.shares.empty()) {
      split[0] = c.cost.minor_units();
    } else {
      const auto money = c.cost.allocate(c.shares);
      for (std::size_t p = 0; p < num_pots; ++p) split[p] = money[p].minor_units();
    }
    parts.push_back(std::move(split));
  }
  supporters.assign(num_candidates, 0);
  for (std::size_t v = 0; v < e.ballots.size(); ++v)
    for (const std::uint32_t j : e.ballots.candidates(v)) ++supporters[j];
}

bool Frame::fits(std::size_t j, std::span<const std::int64_t> left) const {
  for (std::size_t p = 0; p < num_pots; ++p)
    if (parts[j][p] > left[p]) return false;
  return true;
}

void Frame::pay(std::size_t j, std::span<std::int64_t> left) const {
  for (std::size_t p = 0; p < num_pots; ++p) left[p] -= parts[j][p];
}

namespace {
std::optional<std::uint64_t> whole_number(std::string_view s) {
  if (s.empty() || s.size() > 18) return std::nullopt;
  std::uint64_t v = 0;
  for (const char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + static_cast<std::uint64_t>(c - '0');
  }
  return v;
}
}  // namespace

std::vector<std::size_t> Frame::tie_order(TieBreak tie) const {
  std::vector<std::size_t> order(num_candidates);
  for (std::size_t j = 0; j < num_candidates; ++j) order[j] = j;
  const auto& c = election.candidates;
  if (tie == TieBreak::lexicographic) {
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return c[a].id < c[b].id; });
  } else {
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      if (cost[a] != cost[b]) return cost[a] < cost[b];
      if (supporters[a] != supporters[b]) return supporters[a] > supporters[b];
      const auto na = whole_number(c[a].id), nb = whole_number(c[b].id);
      if (na && nb && *na != *nb) return *na < *nb;
      return c[a].id < c[b].id;
    });
  }
  return order;
}

std::vector<std::size_t> Frame::tie_rank(TieBreak tie) const {
  const auto order = tie_order(tie);
  std::vector<std::size_t> rank(num_candidates);
  for (std::size_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
  return rank;
}

std::vector<std::int64_t> weights_or_ones(std::span<const std::int64_t> weights, std::size_t n) {
  if (weights.empty()) return std::vector<std::int64_t>(n, 1);
  if (weights.size() != n)
    throw InvalidArgument("weights must have one value per ballot (" + std::to_string(n) + ")", "weights");
  for (std::size_t i = 0; i < n; ++i)
    if (weights[i] < 0) throw InvalidArgument("negative weight", "weights/" + std::to_string(i));
  return {weights.begin(), weights.end()};
}

std::vector<std::int64_t> total_satisfaction(const Frame& frame, Satisfaction s,
                                             std::span<const std::int64_t> weights) {
  std::vector<int128> sum(frame.num_candidates, 0);
  const Ballots& b = frame.election.ballots;
  for (std::size_t v = 0; v < b.size(); ++v) {
    const auto items = b.candidates(v);
    const auto scores = b.scores(v);
    for (std::size_t k = 0; k < items.size(); ++k)
      sum[items[k]] += static_cast<int128>(weights[v]) * frame.utility(s, items[k], scores[k]);
  }
  std::vector<std::int64_t> out(frame.num_candidates);
  for (std::size_t j = 0; j < out.size(); ++j) {
    if (sum[j] > INT64_MAX) throw OverflowError("total satisfaction out of range", "/candidates/" + std::to_string(j));
    out[j] = static_cast<std::int64_t>(sum[j]);
  }
  return out;
}

Result make_result(const Frame& frame, std::span<const std::size_t> funded,
                   std::span<const std::int64_t> total_sat, Rejection reason_if_fits) {
  Result r;
  std::vector<std::int64_t> left = frame.budget;
  std::vector<char> is_funded(frame.num_candidates, 0);
  const Currency currency = frame.election.pots.front().budget.currency();
  for (const std::size_t j : funded) {
    Funded f;
    f.candidate = j;
    for (std::size_t p = 0; p < frame.num_pots; ++p) f.cost_per_pot.emplace_back(frame.parts[j][p], currency);
    frame.pay(j, left);
    is_funded[j] = 1;
    r.funded.push_back(std::move(f));
  }
  for (std::size_t p = 0; p < frame.num_pots; ++p) r.left_per_pot.emplace_back(left[p], currency);
  for (std::size_t j = 0; j < frame.num_candidates; ++j) {
    if (is_funded[j]) continue;
    Rejection why = reason_if_fits;
    if (!frame.fits(j, left)) why = Rejection::unaffordable;
    else if (!total_sat.empty() && total_sat[j] == 0) why = Rejection::no_support;
    r.rejected.emplace_back(j, why);
  }
  return r;
}

}  // namespace detail
}  // namespace kpss::select
