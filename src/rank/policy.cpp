#include "kpss/rank/policy.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

#include "kpss/core/error.hpp"
#include "kpss/rank/ballots.hpp"

namespace kpss {

WeightingPolicy WeightingPolicy::roles_equal() { return {}; }

WeightingPolicy WeightingPolicy::unweighted() {
  WeightingPolicy p;
  p.balance_roles_ = false;
  p.balance_organisations_ = false;
  return p;
}

WeightingPolicy WeightingPolicy::custom(std::vector<std::pair<std::string, double>> weights) {
  std::sort(weights.begin(), weights.end());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    if (!std::isfinite(weights[i].second) || weights[i].second < 0)
      throw InvalidArgument("the weight of participant '" + weights[i].first +
                            "' must be a finite non-negative number");
    if (i > 0 && weights[i].first == weights[i - 1].first)
      throw InvalidArgument("participant '" + weights[i].first + "' has two custom weights");
  }
  WeightingPolicy p;
  p.custom_ = true;
  p.custom_weights_ = std::move(weights);
  return p;
}

WeightingPolicy WeightingPolicy::parse(std::string_view name) {
  if (name == "roles-equal") return roles_equal();
  if (name == "unweighted") return unweighted();
  throw InvalidArgument("unknown weighting policy '" + std::string(name) +
                        "'; expected roles-equal or unweighted");
}

WeightingPolicy& WeightingPolicy::share(Role role, double value) {
  if (!std::isfinite(value) || value < 0)
    throw InvalidArgument("the share of role " + std::string(to_string(role)) +
                          " must be a finite non-negative number");
  shares_[static_cast<std::size_t>(role)] = value;
  shares_changed_ = true;
  return *this;
}

std::string WeightingPolicy::name() const {
  if (custom_) return "custom";
  if (!balance_roles_ && !balance_organisations_) return "unweighted";
  if (balance_roles_ && balance_organisations_ && !shares_changed_) return "roles-equal";
  return "roles-weighted";
}

std::vector<double> WeightingPolicy::group_weights(std::span<const GroupCensus> groups) const {
  std::vector<double> out(groups.size(), 0.0);
  if (custom_) {
    for (std::size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].participant.empty())
        throw ConflictError("custom weights need a tally counted per participant");
      const auto it = std::lower_bound(
          custom_weights_.begin(), custom_weights_.end(), groups[g].participant,
          [](const auto& entry, std::string_view id) { return entry.first < id; });
      if (it == custom_weights_.end() || it->first != groups[g].participant)
        throw NotFound("participant '" + std::string(groups[g].participant) +
                       "' has no custom weight");
      out[g] = it->second;
    }
    return out;
  }
  // Headcounts per role and per (role, organisation), summed in a fixed order so that the
  // weights do not depend on how groups are ordered or split.
  std::array<std::int64_t, role_count> role_n{};
  std::array<std::int64_t, role_count> units{};
  std::map<std::pair<std::size_t, std::string_view>, std::int64_t> org_n;
  std::int64_t total = 0;
  for (const auto& g : groups) {
    const auto r = static_cast<std::size_t>(g.role);
    role_n[r] += g.participants;
    total += g.participants;
    if (g.organisation.empty()) units[r] += g.participants;
    else org_n[{r, g.organisation}] += g.participants;
  }
  for (const auto& [key, n] : org_n)
    if (n > 0) ++units[key.first];
  double share_sum = 0;
  for (std::size_t r = 0; r < role_count; ++r)
    if (role_n[r] > 0) share_sum += shares_[r];
  if (balance_roles_ && total > 0 && share_sum <= 0)
    throw InvalidArgument("every role that takes part has share 0; no ballot would count");
  for (std::size_t g = 0; g < groups.size(); ++g) {
    const auto r = static_cast<std::size_t>(groups[g].role);
    if (role_n[r] == 0) continue;
    const double role_part = balance_roles_ ? static_cast<double>(total) * shares_[r]
                                            : static_cast<double>(role_n[r]);
    const double role_norm = balance_roles_ ? share_sum : 1.0;
    double divisor = static_cast<double>(role_n[r]);
    if (balance_organisations_) {
      const std::int64_t n_o =
          groups[g].organisation.empty() ? 1 : org_n[{r, groups[g].organisation}];
      divisor = static_cast<double>(units[r]) * static_cast<double>(n_o);
    }
    out[g] = role_part / (role_norm * divisor);
  }
  return out;
}

std::vector<double> WeightingPolicy::participant_weights(const BallotSet& ballots) const {
  const std::size_t n = ballots.size();
  std::vector<GroupCensus> census;
  std::vector<std::size_t> group_of(n);
  if (custom_) {
    census.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      census.push_back({ballots.role(i), ballots.organisation(i), ballots.participant_id(i), 1});
      group_of[i] = i;
    }
  } else {
    std::map<std::pair<std::uint8_t, std::uint32_t>, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i) {
      const auto key = std::pair{static_cast<std::uint8_t>(ballots.role(i)), ballots.organisation_index(i)};
      const auto [it, added] = index.emplace(key, census.size());
      if (added) census.push_back({ballots.role(i), ballots.organisation(i), {}, 0});
      ++census[it->second].participants;
      group_of[i] = it->second;
    }
  }
  const std::vector<double> per_group = group_weights(census);
  std::vector<double> out(n);
  for (std::size_t i = 0; i < n; ++i) out[i] = per_group[group_of[i]];
  return out;
}

}  // namespace kpss
