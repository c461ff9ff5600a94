// The JSON writer of a plan. Members come in the documented order and empty or absent
// optional members are left out, so the output is a canonical form of the plan.
#include <cmath>

#include <nlohmann/json.hpp>

#include "atomic_file.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/plan_json.hpp"

namespace kpss {

namespace {

using J = nlohmann::ordered_json;

// Integral values are written without a fraction ("12", not "12.0") so that hand-written
// files stay as they were; others use nlohmann's shortest round-tripping form.
J number(double v) {
  if (std::trunc(v) == v && std::fabs(v) < 9007199254740992.0) return J(static_cast<std::int64_t>(v));
  return J(v);
}

void put(J& j, const char* key, const std::string& value) {
  if (!value.empty()) j[key] = value;
}
void put(J& j, const char* key, bool value) {
  if (value) j[key] = true;
}
template <class Tag>
void put(J& j, const char* key, const std::optional<Id<Tag>>& value) {
  if (value) j[key] = value->str();
}
void put(J& j, const char* key, const std::optional<Date>& value) {
  if (value) j[key] = format_date(*value);
}
void put(J& j, const char* key, const std::optional<TerritoryCode>& value) {
  if (value) j[key] = value->code();
}
void put(J& j, const char* key, const std::optional<Money>& value) {
  if (value) j[key] = format_money(*value);
}
void put(J& j, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) j[key] = values;
}
template <class Tag>
void put(J& j, const char* key, const std::vector<Id<Tag>>& values) {
  if (values.empty()) return;
  J a = J::array();
  for (const auto& v : values) a.push_back(v.str());
  j[key] = std::move(a);
}
void put(J& j, const char* key, const std::vector<TerritoryCode>& values) {
  if (values.empty()) return;
  J a = J::array();
  for (const auto& v : values) a.push_back(v.code());
  j[key] = std::move(a);
}
template <class T, class F>
void put_list(J& j, const char* key, const std::vector<T>& values, F&& to_json) {
  if (values.empty()) return;
  J a = J::array();
  for (const T& v : values) a.push_back(to_json(v));
  j[key] = std::move(a);
}

void put_extensions(J& j, const Extensions& extensions) {
  for (const auto& [name, value] : extensions) {
    try {
      j[name] = J::parse(value);
    } catch (const nlohmann::json::parse_error&) {
      throw InvalidArgument("the extension member '" + name + "' does not hold JSON text", name);
    }
  }
}

J capacity(const Capacity& c) {
  J j;
  j["amount"] = number(c.amount);
  j["unit"] = c.unit;
  return j;
}

J stakeholder(const Stakeholder& s) {
  J j;
  j["id"] = s.id.str();
  j["kind"] = to_string(s.kind);
  put(j, "name", s.name);
  J roles = J::array();
  for (Role r : s.roles) roles.push_back(to_string(r));
  j["roles"] = std::move(roles);
  if (s.legal_form) j["legal_form"] = to_string(*s.legal_form);
  put(j, "territory", s.territory);
  put(j, "target_groups", s.target_groups);
  put_list(j, "memberships", s.memberships, [](const Membership& m) {
    J o;
    o["organisation"] = m.organisation.str();
    put(o, "position", m.position);
    put_extensions(o, m.extensions);
    return o;
  });
  put(j, "ico", s.ico);
  put(j, "contact", s.contact);
  put(j, "note", s.note);
  put_extensions(j, s.extensions);
  return j;
}

J working_group(const WorkingGroup& w) {
  J j;
  j["id"] = w.id.str();
  j["name"] = w.name;
  put(j, "target_groups", w.target_groups);
  put(j, "members", w.members);
  put(j, "chair", w.chair);
  put(j, "note", w.note);
  put_extensions(j, w.extensions);
  return j;
}

J service(const Service& s) {
  J j;
  j["id"] = s.id.str();
  j["name"] = s.name;
  j["type"] = s.type;
  j["form"] = s.form;
  j["capacity"] = capacity(s.capacity);
  put(j, "target_groups", s.target_groups);
  put(j, "age_bands", s.age_bands);
  put(j, "territories", s.territories);
  j["provider"] = s.provider.str();
  put(j, "registry_id", s.registry_id);
  put(j, "unit_cost", s.unit_cost);
  put(j, "in_network", s.in_network);
  put(j, "note", s.note);
  put_extensions(j, s.extensions);
  return j;
}

J demography(const Demography& d) {
  J j = J::object();
  put(j, "reference_date", d.reference_date);
  put(j, "source", d.source);
  put_list(j, "population", d.population, [](const PopulationCount& c) {
    J o;
    put(o, "territory", c.territory);
    o["age_band"] = c.age_band;
    o["count"] = c.count;
    put_extensions(o, c.extensions);
    return o;
  });
  put_list(j, "statistics", d.statistics, [](const Statistic& s) {
    J o;
    o["name"] = s.name;
    o["value"] = number(s.value);
    put(o, "unit", s.unit);
    put(o, "territory", s.territory);
    put(o, "date", s.date);
    put(o, "source", s.source);
    put_extensions(o, s.extensions);
    return o;
  });
  put_extensions(j, d.extensions);
  return j;
}

J need(const Need& n) {
  J j;
  j["id"] = n.id.str();
  j["title"] = n.title;
  put(j, "description", n.description);
  j["target_group"] = n.target_group;
  put(j, "territory", n.territory);
  j["type"] = to_string(n.type);
  put_list(j, "evidence", n.evidence, [](const Evidence& e) {
    J o;
    o["source"] = e.source;
    put(o, "description", e.description);
    put(o, "date", e.date);
    put(o, "url", e.url);
    put_extensions(o, e.extensions);
    return o;
  });
  if (n.demand) j["demand"] = capacity(*n.demand);
  put(j, "service_types", n.service_types);
  put_extensions(j, n.extensions);
  return j;
}

J indicator_value(const IndicatorValue& v) {
  J j;
  j["value"] = number(v.value);
  put(j, "date", v.date);
  put(j, "note", v.note);
  put_extensions(j, v.extensions);
  return j;
}

J indicator(const Indicator& i) {
  J j;
  j["id"] = i.id.str();
  j["name"] = i.name;
  j["unit"] = i.unit;
  j["direction"] = to_string(i.direction);
  j["baseline"] = indicator_value(i.baseline);
  j["target"] = indicator_value(i.target);
  put_list(j, "measurements", i.measurements, indicator_value);
  put(j, "source", i.source);
  put_extensions(j, i.extensions);
  return j;
}

void put_status(J& j, Status s) {
  if (s != Status::planned) j["status"] = to_string(s);
}

J activity(const Activity& a) {
  J j;
  j["id"] = a.id.str();
  j["title"] = a.title;
  put(j, "description", a.description);
  put(j, "responsible", a.responsible);
  put(j, "start", a.start);
  put(j, "end", a.end);
  put(j, "cost", a.cost);
  put_status(j, a.status);
  put_extensions(j, a.extensions);
  return j;
}

J measure(const Measure& m) {
  J j;
  j["id"] = m.id.str();
  j["title"] = m.title;
  put(j, "description", m.description);
  put_list(j, "responsible", m.responsible, [](const Responsibility& r) {
    J o;
    o["party"] = r.party.str();
    put(o, "commitment", r.commitment);
    put(o, "lead", r.lead);
    put_extensions(o, r.extensions);
    return o;
  });
  put(j, "start", m.start);
  put(j, "end", m.end);
  put(j, "cost", m.cost);
  put_list(j, "funding", m.funding, [](const Funding& f) {
    J o;
    o["kind"] = to_string(f.kind);
    put(o, "funder", f.funder);
    o["amount"] = format_money(f.amount);
    put(o, "note", f.note);
    put_extensions(o, f.extensions);
    return o;
  });
  put(j, "overfunding_allowed", m.overfunding_allowed);
  put(j, "needs", m.needs);
  put(j, "services", m.services);
  put(j, "indicators", m.indicators);
  put_status(j, m.status);
  put_list(j, "activities", m.activities, activity);
  put_extensions(j, m.extensions);
  return j;
}

J goal(const Goal& g) {
  J j;
  j["id"] = g.id.str();
  j["title"] = g.title;
  put(j, "description", g.description);
  j["horizon"] = to_string(g.horizon);
  put(j, "indicators", g.indicators);
  put_list(j, "measures", g.measures, measure);
  put_extensions(j, g.extensions);
  return j;
}

J priority(const Priority& p) {
  J j;
  j["id"] = p.id.str();
  j["title"] = p.title;
  put(j, "description", p.description);
  j["class"] = to_string(p.priority_class);
  put(j, "working_groups", p.working_groups);
  put_list(j, "goals", p.goals, goal);
  put_extensions(j, p.extensions);
  return j;
}

J comment(const Comment& c) {
  J j;
  j["id"] = c.id.str();
  put(j, "author", c.author);
  put(j, "author_name", c.author_name);
  J target;
  target["kind"] = to_string(c.target.kind);
  put(target, "id", c.target.id);
  j["target"] = std::move(target);
  j["text"] = c.text;
  j["date"] = format_date(c.date);
  if (c.settlement) {
    const Settlement& s = *c.settlement;
    J o;
    o["outcome"] = to_string(s.outcome);
    o["justification"] = s.justification;
    o["date"] = format_date(s.date);
    put(o, "settled_by", s.settled_by);
    put_extensions(o, s.extensions);
    j["settlement"] = std::move(o);
  }
  put_extensions(j, c.extensions);
  return j;
}

J plan_json(const Plan& p) {
  J j;
  j["format"] = "kpss-plan";
  j["version"] = plan_json_version;
  j["id"] = p.id.str();
  j["title"] = p.title;
  put(j, "description", p.description);
  J period;
  period["start"] = format_date(p.period.start);
  period["end"] = format_date(p.period.end);
  j["period"] = std::move(period);
  put(j, "territory", p.territory);
  put(j, "municipalities", p.municipalities);
  j["currency"] = std::string(p.currency.code());
  put(j, "coordinator", p.coordinator);
  put(j, "commissioner", p.commissioner);
  {
    J m = J::object();
    put(m, "body", p.mandate.body);
    put(m, "resolution", p.mandate.resolution);
    put(m, "date", p.mandate.date);
    put(m, "text", p.mandate.text);
    put_extensions(m, p.mandate.extensions);
    if (!m.empty()) j["mandate"] = std::move(m);
  }
  put(j, "preparation", p.preparation);
  put(j, "principles", p.principles);
  put(j, "involvement", p.involvement);
  put(j, "information_strategy", p.information_strategy);
  put(j, "monitoring", p.monitoring);
  put(j, "change_procedure", p.change_procedure);
  put(j, "economic_evaluation", p.economic_evaluation);
  put_list(j, "timeline", p.timeline, [](const Milestone& m) {
    J o;
    o["title"] = m.title;
    o["date"] = format_date(m.date);
    put(o, "phase", m.phase);
    put_extensions(o, m.extensions);
    return o;
  });
  put_list(j, "stakeholders", p.stakeholders, stakeholder);
  put_list(j, "working_groups", p.working_groups, working_group);
  {
    J s = J::object();
    put(s, "members", p.steering_group.members);
    put(s, "chair", p.steering_group.chair);
    put(s, "note", p.steering_group.note);
    put_extensions(s, p.steering_group.extensions);
    if (!s.empty()) j["steering_group"] = std::move(s);
  }
  put_list(j, "services", p.services, service);
  if (J d = demography(p.demography); !d.empty()) j["demography"] = std::move(d);
  put_list(j, "needs", p.needs, need);
  {
    J s = J::object();
    put(s, "vision", p.strategy.vision);
    put_list(s, "priorities", p.strategy.priorities, priority);
    put_extensions(s, p.strategy.extensions);
    if (!s.empty()) j["strategy"] = std::move(s);
  }
  put_list(j, "indicators", p.indicators, indicator);
  put_list(j, "comments", p.comments, comment);
  put_extensions(j, p.extensions);
  return j;
}

}  // namespace

std::string write_plan_json(const Plan& plan) {
  std::string out = plan_json(plan).dump(2, ' ', false, nlohmann::json::error_handler_t::strict);
  out += '\n';
  return out;
}

std::string write_element_json(const Plan& plan, std::string_view kind, std::string_view id) {
  const auto missing = [&]() -> std::string {
    throw NotFound("the plan has no " + std::string(kind) + " with the id '" + std::string(id) + "'",
                   std::string(id));
  };
  const auto dump = [](const J& j) { return j.dump(2, ' ', false, nlohmann::json::error_handler_t::strict); };
  const auto one = [&](const auto* element, auto&& to_json) -> std::string {
    return element ? dump(to_json(*element)) : missing();
  };
  const std::string key(id);
  if (kind == "plan") return dump(plan_json(plan));
  if (kind == "stakeholder") return one(find(plan, StakeholderId(key)), stakeholder);
  if (kind == "working_group") return one(find(plan, WorkingGroupId(key)), working_group);
  if (kind == "service") return one(find(plan, ServiceId(key)), service);
  if (kind == "need") return one(find(plan, NeedId(key)), need);
  if (kind == "priority") return one(find(plan, PriorityId(key)), priority);
  if (kind == "goal") return one(find(plan, GoalId(key)), goal);
  if (kind == "measure") return one(find(plan, MeasureId(key)), measure);
  if (kind == "activity") return one(find(plan, ActivityId(key)), activity);
  if (kind == "indicator") return one(find(plan, IndicatorId(key)), indicator);
  if (kind == "comment") return one(find(plan, CommentId(key)), comment);
  (void)element_ids(plan, kind);  // throws InvalidArgument naming the kinds
  return missing();
}

std::string write_diagnostics_json(const std::vector<Diagnostic>& diagnostics) {
  J a = J::array();
  for (const Diagnostic& d : diagnostics) {
    J o;
    o["code"] = d.code;
    o["severity"] = to_string(d.severity);
    o["path"] = d.path;
    o["message"] = d.message;
    a.push_back(std::move(o));
  }
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

void save_plan_json(const Plan& plan, const std::filesystem::path& path) {
  detail::write_file_atomically(path, write_plan_json(plan));
}

}  // namespace kpss
