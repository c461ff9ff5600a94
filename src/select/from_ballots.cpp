#include "kpss/select/from_ballots.hpp"

#include <algorithm>
#include <cstddef>
#include <cmath>

#include "kpss/core/error.hpp"

namespace kpss::select {

Election election_from_ballots(const BallotSet& ballots, std::vector<Candidate> candidates,
                               std::vector<Pot> pots) {
  if (candidates.size() != ballots.item_count())
    throw InvalidArgument("the ballots have " + std::to_string(ballots.item_count()) + " items but " +
                              std::to_string(candidates.size()) + " candidates were given",
                          "/candidates");
  for (std::size_t i = 0; i < candidates.size(); ++i)
    if (candidates[i].id != ballots.items()[i])
      throw InvalidArgument("candidate '" + candidates[i].id + "' stands where item '" +
                                ballots.items()[i] + "' is",
                            "/candidates/" + std::to_string(i));
  Election e;
  e.pots = std::move(pots);
  e.candidates = std::move(candidates);
  std::vector<std::uint32_t> listed;
  std::vector<std::int64_t> scores;
  for (std::size_t v = 0; v < ballots.size(); ++v) {
    listed.clear();
    scores.clear();
    switch (ballots.kind()) {
      case BallotKind::score:
      case BallotKind::points: {
        const auto values = ballots.values(v);
        for (std::size_t i = 0; i < values.size(); ++i) {
          if (values[i] == BallotSet::missing || values[i] <= 0) continue;
          listed.push_back(static_cast<std::uint32_t>(i));
          scores.push_back(values[i]);
        }
        break;
      }
      case BallotKind::approval: {
        const auto approved = ballots.approved(v);
        listed.assign(approved.begin(), approved.end());
        scores.assign(listed.size(), 1);
        break;
      }
      case BallotKind::ranking: {
        const auto items = ballots.ranked_items(v);
        const auto ranks = ballots.ranks(v);
        const auto n = static_cast<std::int64_t>(ballots.item_count());
        for (std::size_t k = 0; k < items.size(); ++k) {
          listed.push_back(items[k]);
          scores.push_back(n - static_cast<std::int64_t>(ranks[k]) + 1);
        }
        break;
      }
    }
    e.ballots.add(listed, scores);
  }
  e.validate();
  return e;
}

std::vector<Candidate> candidates_from_plan(const Plan& plan, const BallotSet& ballots) {
  std::vector<Candidate> out;
  for (const std::string& item : ballots.items()) {
    const Measure* m = find(plan, MeasureId(item));
    if (m == nullptr) throw NotFound("ballot item '" + item + "' is not a measure of the plan");
    if (!m->cost) throw InvalidArgument("measure '" + item + "' has no cost to select it by", item);
    out.push_back({item, *m->cost, {}});
  }
  return out;
}

std::vector<std::int64_t> integer_weights(std::span<const double> weights,
                                          std::span<const std::uint32_t> groups,
                                          std::int64_t resolution) {
  if (!groups.empty() && groups.size() != weights.size())
    throw InvalidArgument("groups has " + std::to_string(groups.size()) + " entries for " +
                          std::to_string(weights.size()) + " weights");
  double total = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (!std::isfinite(weights[i]) || weights[i] < 0)
      throw InvalidArgument("weights must be finite and non-negative", "weight " + std::to_string(i));
    total += weights[i];
  }
  std::vector<std::int64_t> out(weights.size(), 0);
  if (total == 0) return out;
  const double scale = static_cast<double>(resolution) / total;
  auto group_of = [&](std::size_t i) { return groups.empty() ? 0u : groups[i]; };
  std::vector<std::size_t> order(weights.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return group_of(a) < group_of(b); });
  for (std::size_t begin = 0; begin < order.size();) {
    std::size_t end = begin;
    double exact_total = 0;
    std::int64_t floors = 0;
    while (end < order.size() && group_of(order[end]) == group_of(order[begin])) {
      const double scaled = weights[order[end]] * scale;
      exact_total += scaled;
      out[order[end]] = static_cast<std::int64_t>(std::floor(scaled));
      floors += out[order[end]];
      ++end;
    }
    std::vector<std::size_t> members(order.begin() + static_cast<std::ptrdiff_t>(begin),
                                     order.begin() + static_cast<std::ptrdiff_t>(end));
    std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
      return weights[a] * scale - static_cast<double>(out[a]) > weights[b] * scale - static_cast<double>(out[b]);
    });
    std::int64_t left = std::llround(exact_total) - floors;
    for (std::size_t k = 0; left > 0 && !members.empty(); ++k, --left) ++out[members[k % members.size()]];
    begin = end;
  }
  return out;
}

std::vector<std::uint32_t> role_groups(const BallotSet& ballots) {
  std::vector<std::uint32_t> groups(ballots.size());
  for (std::size_t v = 0; v < ballots.size(); ++v) groups[v] = static_cast<std::uint32_t>(ballots.role(v));
  return groups;
}

}  // namespace kpss::select
