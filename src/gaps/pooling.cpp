#include "kpss/gaps/pooling.hpp"

#include <map>
#include <tuple>

#include "kpss/core/error.hpp"
#include "quantity.hpp"

namespace kpss {

const char* to_string(CostSharing key) noexcept {
  switch (key) {
    case CostSharing::per_capita: return "per_capita";
    case CostSharing::per_use: return "per_use";
    case CostSharing::explicit_weights: return "explicit";
  }
  return "?";
}

CostSharing parse_cost_sharing(std::string_view name) {
  for (CostSharing k : {CostSharing::per_capita, CostSharing::per_use, CostSharing::explicit_weights})
    if (name == to_string(k)) return k;
  throw InvalidArgument("unknown cost-sharing key '" + std::string(name) +
                        "'; known: per_capita, per_use, explicit");
}

std::vector<PoolingProposal> propose_pooling(const GapTable& municipal_gaps,
                                             const TerritoryTree& tree,
                                             const PoolingOptions& options) {
  auto min_viable = [&](const std::string& type) {
    const auto it = options.min_viable.find(type);
    return it == options.min_viable.end() ? options.default_min_viable : it->second;
  };
  // (ORP, type, form, target group) → the rows of its small gaps, in code order.
  using GroupKey = std::tuple<TerritoryCode, std::string, std::string, std::string>;
  std::map<GroupKey, std::map<TerritoryCode, const GapRow*>> groups;
  for (const GapRow& r : municipal_gaps.rows) {
    if (r.key.territory.level() != TerritoryLevel::municipality) continue;
    if (!(r.gap > 0) || r.gap >= min_viable(r.key.type)) continue;
    const auto orp = tree.ancestor_at(r.key.territory, TerritoryLevel::orp);
    if (!orp) continue;
    groups[{*orp, r.key.type, r.key.form, r.key.target_group}][r.key.territory] = &r;
  }

  std::vector<PoolingProposal> out;
  for (const auto& [gk, members] : groups) {
    const auto& [orp, type, form, group] = gk;
    if (members.size() < 2) continue;
    double units = 0;
    for (const auto& [m, row] : members) units += row->gap;
    const double minimum = min_viable(type);
    if (units < minimum) continue;

    PoolingProposal p{.orp = orp, .type = type, .form = form, .target_group = group};
    p.unit = members.begin()->second->unit;
    p.units = units;
    p.min_viable = minimum;
    p.key = options.key;
    std::vector<std::int64_t> ratios;
    for (const auto& [m, row] : members) {
      PoolingShare s{.municipality = m};
      s.units = row->gap;
      s.population = tree.population(m);
      switch (options.key) {
        case CostSharing::per_capita:
          if (s.population <= 0)
            throw InvalidArgument("the population of " + m.code() + " is needed for a per-capita key");
          ratios.push_back(s.population);
          break;
        case CostSharing::per_use:
          ratios.push_back(detail::to_milli(row->gap, "a gap"));
          break;
        case CostSharing::explicit_weights: {
          const auto w = options.weights.find(m);
          if (w == options.weights.end() || w->second <= 0)
            throw InvalidArgument("an explicit cost-sharing weight (positive) is needed for " + m.code());
          ratios.push_back(w->second);
          break;
        }
      }
      p.shares.push_back(std::move(s));
    }
    std::int64_t total = 0;
    for (std::int64_t r : ratios) total += r;
    for (std::size_t i = 0; i < ratios.size(); ++i)
      p.shares[i].fraction = static_cast<double>(ratios[i]) / static_cast<double>(total);
    const auto cost = options.unit_costs.find(type);
    if (cost != options.unit_costs.end()) {
      p.cost = cost_of_units(cost->second, units);
      const std::vector<Money> parts = p.cost->allocate(ratios);
      for (std::size_t i = 0; i < parts.size(); ++i) p.shares[i].cost = parts[i];
    }
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace kpss
