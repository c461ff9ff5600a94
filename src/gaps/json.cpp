#include "kpss/gaps/json.hpp"

#include <nlohmann/json.hpp>

namespace kpss {

namespace {

using Json = nlohmann::ordered_json;

Json money_or_null(const std::optional<Money>& m) { return m ? Json(format_money(*m)) : Json(nullptr); }

Json table_json(const GapTable& table) {
  Json rows = Json::array();
  for (const GapRow& r : table.rows) {
    Json j;
    j["type"] = r.key.type;
    j["form"] = r.key.form;
    j["target_group"] = r.key.target_group;
    j["territory"] = r.key.territory.code();
    j["unit"] = r.unit;
    j["demand"] = r.demand;
    j["capacity"] = r.capacity;
    j["gap"] = r.gap;
    j["coverage"] = r.coverage ? Json(*r.coverage) : Json(nullptr);
    j["cost_to_close"] = money_or_null(r.cost_to_close);
    j["origins"] = r.origins;
    j["sources"] = r.sources;
    rows.push_back(std::move(j));
  }
  Json diags = Json::array();
  for (const GapDiagnostic& d : table.diagnostics) diags.push_back({{"where", d.where}, {"message", d.message}});
  return {{"rows", rows}, {"diagnostics", diags}};
}

Json proposals_json(std::span<const PoolingProposal> proposals) {
  Json out = Json::array();
  for (const PoolingProposal& p : proposals) {
    Json j;
    j["orp"] = p.orp.code();
    j["type"] = p.type;
    j["form"] = p.form;
    j["target_group"] = p.target_group;
    j["unit"] = p.unit;
    j["units"] = p.units;
    j["min_viable"] = p.min_viable;
    j["key"] = to_string(p.key);
    j["cost"] = money_or_null(p.cost);
    Json shares = Json::array();
    for (const PoolingShare& s : p.shares)
      shares.push_back({{"municipality", s.municipality.code()},
                        {"units", s.units},
                        {"population", s.population},
                        {"fraction", s.fraction},
                        {"cost", money_or_null(s.cost)}});
    j["shares"] = shares;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

std::string gap_table_json(const GapTable& table) { return table_json(table).dump(); }

std::string plan_budget_json(const PlanBudget& b) {
  Json years = Json::array();
  for (const BudgetYear& y : b.years) {
    Json sources = Json::object();
    for (const SourceAmount& s : y.funding) sources[std::string(to_string(s.source))] = format_money(s.amount);
    years.push_back({{"year", y.year},
                     {"cost", format_money(y.cost)},
                     {"funding", sources},
                     {"funded", format_money(y.funded)},
                     {"shortfall", format_money(y.shortfall)}});
  }
  Json shortfalls = Json::array();
  for (const MeasureShortfall& s : b.shortfalls)
    shortfalls.push_back({{"measure", s.measure.str()},
                          {"title", s.title},
                          {"cost", format_money(s.cost)},
                          {"funded", format_money(s.funded)},
                          {"shortfall", format_money(s.shortfall)}});
  Json uncosted = Json::array();
  for (const MeasureId& m : b.uncosted) uncosted.push_back(m.str());
  return Json{{"total_cost", format_money(b.total_cost)},
              {"total_funded", format_money(b.total_funded)},
              {"total_shortfall", format_money(b.total_shortfall)},
              {"years", years},
              {"shortfalls", shortfalls},
              {"uncosted", uncosted}}
      .dump();
}

std::string pooling_json(std::span<const PoolingProposal> proposals) { return proposals_json(proposals).dump(); }

std::string regional_view_json(const RegionalView& v) {
  Json j;
  j["municipal"] = table_json(v.municipal);
  j["orp"] = table_json(v.orp);
  j["region"] = table_json(v.region);
  Json recurring = Json::array();
  for (const RecurringGap& g : v.recurring)
    recurring.push_back({{"type", g.type},
                         {"target_group", g.target_group},
                         {"plans", g.plans},
                         {"units", g.units},
                         {"population", g.population},
                         {"population_share", g.population_share}});
  j["recurring"] = recurring;
  Json shared = Json::array();
  for (const DoubleCountedService& s : v.shared) shared.push_back({{"registry_id", s.registry_id}, {"plans", s.plans}});
  j["shared_services"] = shared;
  j["pooling"] = proposals_json(v.pooling);
  return j.dump();
}

std::string priority_candidates_json(std::span<const PriorityCandidate> candidates) {
  Json out = Json::array();
  for (const PriorityCandidate& c : candidates) {
    Json criteria = Json::array();
    for (const CandidateCriterion& k : c.criteria)
      criteria.push_back({{"name", k.name}, {"value", k.value}, {"benefit", k.benefit}});
    out.push_back({{"type", c.key.type},
                   {"form", c.key.form},
                   {"target_group", c.key.target_group},
                   {"territory", c.key.territory.code()},
                   {"title", c.title},
                   {"criteria", criteria},
                   {"evidence", c.evidence}});
  }
  return out.dump();
}

std::string registry_import_json(const RegistryImport& r) {
  Json services = Json::array();
  for (const RegistryService& s : r.services) {
    Json forms = Json::array();
    for (const RegistryForm& f : s.forms) {
      Json caps = Json::array();
      for (const RegistryCapacity& c : f.capacities)
        caps.push_back({{"amount", c.amount}, {"unit", c.unit}, {"description", c.description}});
      forms.push_back({{"form", f.form}, {"capacities", caps}});
    }
    Json territories = Json::array();
    for (const TerritoryCode& t : s.territories) territories.push_back(t.code());
    services.push_back({{"id", s.id},
                        {"identifier", s.identifier},
                        {"type", s.type},
                        {"provider_ico", s.provider_ico},
                        {"provider", s.provider_name},
                        {"target_groups", s.target_groups},
                        {"age_bands", s.age_bands},
                        {"forms", forms},
                        {"territories", territories}});
  }
  Json diags = Json::array();
  for (const RegistryDiagnostic& d : r.diagnostics) diags.push_back({{"path", d.path}, {"message", d.message}});
  return Json{{"items", r.items},     {"imported", r.services.size()}, {"skipped", r.skipped},
              {"filtered", r.filtered}, {"services", services},          {"diagnostics", diags}}
      .dump();
}

}  // namespace kpss
