#include "kpss/gaps/plan_gaps.hpp"

#include <algorithm>
#include <set>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

TerritoryCode plan_territory(const Plan& plan, const std::string& where) {
  if (!plan.territory) throw ValidationError("the plan has no territory", where);
  return *plan.territory;
}

}  // namespace

PlanRecords plan_records(const Plan& plan, const PlanGapOptions& options) {
  PlanRecords out;
  std::set<std::pair<std::string, std::string>> quantified;  // (type, target group)
  for (std::size_t i = 0; i < plan.needs.size(); ++i) {
    const Need& n = plan.needs[i];
    const std::string where = "need " + n.id.str();
    if (!n.demand || n.service_types.empty()) {
      out.diagnostics.push_back({where, "not quantified (no demand or no service type); not in the gap table"});
      continue;
    }
    DemandRecord d{.key = {n.service_types.front(), "", n.target_group,
                           n.territory ? *n.territory : plan_territory(plan, "/needs/" + std::to_string(i))}};
    d.amount = n.demand->amount;
    d.unit = n.demand->unit;
    d.origin = where;
    if (n.service_types.size() > 1) {
      d.origin += " (also met by";
      for (std::size_t k = 1; k < n.service_types.size(); ++k) d.origin += " " + n.service_types[k];
      d.origin += ")";
    }
    for (const Evidence& e : n.evidence) d.evidence += (d.evidence.empty() ? "" : "; ") + e.source;
    quantified.insert({d.key.type, d.key.target_group});
    out.demand.push_back(std::move(d));
  }

  std::set<std::string> plan_registry_ids;
  for (std::size_t i = 0; i < plan.services.size(); ++i) {
    const Service& s = plan.services[i];
    if (!s.registry_id.empty()) plan_registry_ids.insert(s.registry_id);
    CapacityRecord c{.source = "service " + s.id.str(), .type = s.type, .form = s.form,
                     .target_groups = s.target_groups, .territories = s.territories};
    if (c.territories.empty()) c.territories.push_back(plan_territory(plan, "/services/" + std::to_string(i)));
    c.amount = s.capacity.amount;
    c.unit = s.capacity.unit;
    if (c.unit.empty()) {
      out.diagnostics.push_back({c.source, "has no capacity; not in the gap table"});
      continue;
    }
    out.capacity.push_back(std::move(c));
  }
  for (const RegistryService& r : options.registry) {
    if (plan_registry_ids.contains(r.identifier)) continue;
    if (r.territories.empty()) {
      out.diagnostics.push_back({"registry " + r.identifier, "reaches no territory; left out"});
      continue;
    }
    for (const RegistryForm& f : r.forms)
      for (const RegistryCapacity& cap : f.capacities)
        out.capacity.push_back({.source = "registry " + r.identifier, .type = r.type, .form = f.form,
                                .target_groups = r.target_groups, .territories = r.territories,
                                .shares = {}, .amount = cap.amount, .unit = cap.unit});
  }

  if (!options.norms.empty()) {
    std::vector<PopulationFigure> population;
    for (const PopulationCount& p : plan.demography.population)
      population.push_back({p.territory ? *p.territory : plan_territory(plan, "/demography"),
                            p.age_band, p.count});
    for (DemandRecord& d : demand_from_norms(options.norms, population))
      if (!quantified.contains({d.key.type, d.key.target_group})) out.demand.push_back(std::move(d));
  }
  return out;
}

TerritoryTree plan_territory_tree(const Plan& plan) {
  TerritoryTree tree;
  std::map<TerritoryCode, std::int64_t> people;
  for (const PopulationCount& p : plan.demography.population) {
    if (p.territory) people[*p.territory] += p.count;
    else if (plan.territory) people[*plan.territory] += p.count;
  }
  if (plan.territory) tree.add(*plan.territory);
  for (const TerritoryCode& m : plan.municipalities) tree.add(m);
  for (const auto& [t, n] : people) tree.add(t, {}, n);
  return tree;
}

UnitCosts plan_unit_costs(const Plan& plan, const UnitCosts& overrides) {
  UnitCosts costs = overrides;
  for (const Service& s : plan.services)
    if (s.unit_cost) costs.try_emplace(s.type, *s.unit_cost);
  return costs;
}

GapTable plan_gaps(const Plan& plan, const PlanGapOptions& options) {
  PlanRecords records = plan_records(plan, options);
  const TerritoryTree own = options.tree ? TerritoryTree{} : plan_territory_tree(plan);
  GapOptions o{.split = options.split, .tree = options.tree ? options.tree : &own,
               .conversions = options.conversions, .type_units = options.type_units};
  GapTable table = compute_gaps(records.demand, records.capacity, o);
  price_gaps(table, plan_unit_costs(plan, options.unit_costs));
  records.diagnostics.insert(records.diagnostics.end(), table.diagnostics.begin(), table.diagnostics.end());
  table.diagnostics = std::move(records.diagnostics);
  return table;
}

}  // namespace kpss
