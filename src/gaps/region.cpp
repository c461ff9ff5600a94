#include "kpss/gaps/region.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kpss {

RegionalView regional_view(std::span<const Plan> plans, const TerritoryTree& tree,
                           const RegionalOptions& options) {
  RegionalView view;
  std::vector<DemandRecord> demand;
  std::vector<CapacityRecord> capacity;
  std::vector<GapDiagnostic> diagnostics;
  std::map<std::string, std::vector<std::string>> registry_owners;
  UnitCosts costs = options.gaps.unit_costs;
  // Demand of each plan, kept apart to find recurring gaps.
  std::vector<std::vector<DemandRecord>> plan_demand;

  for (const Plan& plan : plans) {
    Plan own = plan;
    // A registered service counted by an earlier plan is that plan's capacity already.
    std::erase_if(own.services, [&](const Service& s) {
      if (s.registry_id.empty()) return false;
      auto& owners = registry_owners[s.registry_id];
      owners.push_back(plan.id.str());
      return owners.size() > 1;
    });
    PlanRecords r = plan_records(own, options.gaps);
    for (auto& d : r.demand) d.origin = plan.id.str() + ": " + d.origin;
    for (auto& c : r.capacity) c.source = plan.id.str() + ": " + c.source;
    for (auto& g : r.diagnostics) g.where = plan.id.str() + ": " + g.where;
    plan_demand.push_back(r.demand);
    demand.insert(demand.end(), r.demand.begin(), r.demand.end());
    capacity.insert(capacity.end(), r.capacity.begin(), r.capacity.end());
    diagnostics.insert(diagnostics.end(), r.diagnostics.begin(), r.diagnostics.end());
    for (const Service& s : plan.services)
      if (s.unit_cost) costs.try_emplace(s.type, *s.unit_cost);
  }
  for (const auto& [id, owners] : registry_owners)
    if (owners.size() > 1) view.shared.push_back({id, owners});

  GapOptions o{.split = options.gaps.split, .tree = &tree, .conversions = options.gaps.conversions,
               .type_units = options.gaps.type_units};
  view.municipal = compute_gaps(demand, capacity, o);
  price_gaps(view.municipal, costs);
  diagnostics.insert(diagnostics.end(), view.municipal.diagnostics.begin(), view.municipal.diagnostics.end());
  view.municipal.diagnostics = std::move(diagnostics);
  view.orp = roll_up(view.municipal, tree, TerritoryLevel::orp);
  view.region = roll_up(view.municipal, tree, TerritoryLevel::region);
  price_gaps(view.orp, costs);
  price_gaps(view.region, costs);

  // A plan has a gap of (type, target group) when a row with its demand shows one.
  std::int64_t all_people = 0;
  std::vector<std::int64_t> people(plans.size(), 0);
  for (std::size_t p = 0; p < plans.size(); ++p) {
    if (plans[p].territory) people[p] = tree.population(*plans[p].territory);
    all_people += people[p];
  }
  std::map<GapKey, const GapRow*> rows;
  for (const GapRow& row : view.municipal.rows) rows.emplace(row.key, &row);
  std::map<std::pair<std::string, std::string>, RecurringGap> recurring;
  for (std::size_t p = 0; p < plans.size(); ++p) {
    std::set<GapKey> counted;  // a row's gap once per plan, however many needs make it
    for (const DemandRecord& d : plan_demand[p]) {
      const GapRow& row = *rows.at(d.key);
      if (!(row.gap > 0) || !counted.insert(d.key).second) continue;
      const std::pair<std::string, std::string> k{d.key.type, d.key.target_group};
      RecurringGap& g = recurring[k];
      g.type = k.first;
      g.target_group = k.second;
      if (g.plans.empty() || g.plans.back() != plans[p].id.str()) {
        g.plans.push_back(plans[p].id.str());
        g.population += people[p];
      }
      g.units += row.gap;
    }
  }
  for (auto& [k, g] : recurring) {
    if (g.plans.size() < 2) continue;
    g.population_share = all_people > 0 ? static_cast<double>(g.population) / static_cast<double>(all_people) : 0.0;
    view.recurring.push_back(std::move(g));
  }
  std::stable_sort(view.recurring.begin(), view.recurring.end(), [](const RecurringGap& a, const RecurringGap& b) {
    if (a.plans.size() != b.plans.size()) return a.plans.size() > b.plans.size();
    return a.population > b.population;
  });

  PoolingOptions pooling = options.pooling;
  for (const auto& [type, cost] : costs) pooling.unit_costs.try_emplace(type, cost);
  view.pooling = propose_pooling(view.municipal, tree, pooling);
  return view;
}

}  // namespace kpss
