#include "kpss/cycle/phases.hpp"

#include <algorithm>
#include <optional>

#include <gsl/assert>

#include "json_text.hpp"
#include "kpss/core/error.hpp"

namespace kpss::cycle {

using detail::ojson;

std::size_t Cycle::index_of(std::string_view name) const {
  for (std::size_t i = 0; i < phases.size(); ++i)
    if (phases[i].name == name) return i;
  throw NotFound("no phase named \"" + std::string(name) + "\" in the cycle", "phase");
}

namespace {

const Event* last_event(const EventLog& log, std::string_view action) {
  const auto& ev = log.events();
  for (auto it = ev.rbegin(); it != ev.rend(); ++it)
    if (it->action == action) return &*it;
  return nullptr;
}

GateCheck met() { return {}; }

GateCheck unmet(std::vector<std::string> elements, std::string detail) {
  return {false, std::move(elements), std::move(detail)};
}

GateCheck require_text(const std::string& text, std::string path, std::string what) {
  if (!text.empty()) return met();
  return unmet({std::move(path)}, std::move(what) + " is empty");
}

GateCheck require_event(const EventLog& log, std::string_view action, std::string what) {
  if (last_event(log, action)) return met();
  return unmet({}, "no \"" + std::string(action) + "\" event: " + std::move(what));
}

std::string missing_triad(const Plan& plan, const std::vector<StakeholderId>& members) {
  std::string missing;
  for (Role r : {Role::commissioner, Role::provider, Role::user}) {
    const bool present = std::any_of(members.begin(), members.end(),
                                     [&](const StakeholderId& m) { return brings_role(plan, m, r); });
    if (!present) missing += (missing.empty() ? "" : ", ") + std::string(to_string(r));
  }
  return missing;
}

std::string measure_path(std::size_t p, std::size_t g, std::size_t m) {
  return "/strategy/priorities/" + std::to_string(p) + "/goals/" + std::to_string(g) +
         "/measures/" + std::to_string(m);
}

GateCheck check_triad(const GateContext& c) {
  std::vector<std::string> bad;
  std::string detail;
  for (std::size_t i = 0; i < c.plan.working_groups.size(); ++i) {
    const std::string miss = missing_triad(c.plan, c.plan.working_groups[i].members);
    if (!miss.empty()) {
      bad.push_back("/working_groups/" + std::to_string(i));
      detail += c.plan.working_groups[i].id.str() + " lacks " + miss + "; ";
    }
  }
  const std::string miss = missing_triad(c.plan, c.plan.steering_group.members);
  if (!miss.empty()) {
    bad.push_back("/steering_group");
    detail += "the steering group lacks " + miss + "; ";
  }
  if (c.plan.working_groups.empty()) return unmet({"/working_groups"}, "no working group");
  if (bad.empty()) return met();
  detail.resize(detail.size() - 2);
  return unmet(std::move(bad), std::move(detail));
}

GateCheck check_needs(const GateContext& c) {
  if (c.plan.needs.empty()) return unmet({"/needs"}, "no need recorded");
  std::vector<std::string> bad;
  for (std::size_t i = 0; i < c.plan.needs.size(); ++i)
    if (c.plan.needs[i].evidence.empty()) bad.push_back("/needs/" + std::to_string(i));
  if (bad.empty()) return met();
  return unmet(std::move(bad), std::to_string(bad.size()) + " needs without evidence");
}

GateCheck check_tree(const GateContext& c) {
  const auto& prs = c.plan.strategy.priorities;
  if (prs.empty()) return unmet({"/strategy/priorities"}, "no priority");
  std::vector<std::string> bad;
  for (std::size_t p = 0; p < prs.size(); ++p) {
    const std::string pp = "/strategy/priorities/" + std::to_string(p);
    if (prs[p].goals.empty()) bad.push_back(pp);
    for (std::size_t g = 0; g < prs[p].goals.size(); ++g)
      if (prs[p].goals[g].measures.empty()) bad.push_back(pp + "/goals/" + std::to_string(g));
  }
  if (bad.empty()) return met();
  return unmet(std::move(bad), "priorities without goals or goals without measures");
}

GateCheck check_measures(const GateContext& c) {
  std::vector<std::string> bad;
  std::string detail;
  const auto& prs = c.plan.strategy.priorities;
  for (std::size_t p = 0; p < prs.size(); ++p)
    for (std::size_t g = 0; g < prs[p].goals.size(); ++g)
      for (std::size_t k = 0; k < prs[p].goals[g].measures.size(); ++k) {
        const Measure& m = prs[p].goals[g].measures[k];
        std::string miss;
        if (m.responsible.empty()) miss += " responsible";
        if (!m.start || !m.end) miss += " timeline";
        if (!m.cost) miss += " cost";
        if (m.funding.empty()) miss += " funding";
        if (m.indicators.empty()) miss += " indicator";
        if (!miss.empty()) {
          bad.push_back(measure_path(p, g, k));
          detail += m.id.str() + " lacks" + miss + "; ";
        }
      }
  if (bad.empty()) return met();
  detail.resize(detail.size() - 2);
  return unmet(std::move(bad), std::move(detail));
}

GateCheck check_horizons(const GateContext& c) {
  bool short_term = false, long_term = false;
  for (const Priority& p : c.plan.strategy.priorities)
    for (const Goal& g : p.goals) (g.horizon == Horizon::short_term ? short_term : long_term) = true;
  if (short_term && long_term) return met();
  return unmet({"/strategy/priorities"}, short_term ? "no long-term goal" : long_term ? "no short-term goal"
                                                                                        : "no goal");
}

GateCheck check_ranking(const GateContext& c) {
  const Event* e = last_event(c.log, "priorities_ranked");
  if (!e) return unmet({}, "no \"priorities_ranked\" event with the vote on the priorities");
  ojson p;
  detail::parse_object(e->payload, p);
  const auto count = [&](const char* key) -> std::int64_t {
    return p.contains(key) && p[key].is_number_integer() ? p[key].get<std::int64_t>() : -1;
  };
  const std::int64_t in_favour = count("in_favour"), voters = count("voters");
  const std::string ref = "#" + std::to_string(e->sequence);
  if (in_favour < 0 || voters <= 0 || in_favour > voters)
    return unmet({ref}, "the ranking event needs integer \"in_favour\" ≤ \"voters\"");
  if (2 * in_favour > voters) return met();
  return unmet({ref}, std::to_string(in_favour) + " of " + std::to_string(voters) +
                          " in favour is not a majority");
}

GateCheck check_publication(const GateContext& c) {
  const Event* pub = last_event(c.log, "draft_published");
  const Event* hearing = last_event(c.log, "public_hearing");
  if (!pub || !hearing) return unmet({}, "needs \"draft_published\" and \"public_hearing\" events");
  const int days = days_between(pub->date, hearing->date);
  if (days >= 14) return met();
  return unmet({"#" + std::to_string(pub->sequence), "#" + std::to_string(hearing->sequence)},
               "the draft was published " + std::to_string(days) + " days before the hearing");
}

GateCheck check_comment_period(const GateContext& c) {
  const Event* hearing = last_event(c.log, "public_hearing");
  const Event* closed = last_event(c.log, "comments_closed");
  if (!hearing || !closed) return unmet({}, "needs \"public_hearing\" and \"comments_closed\" events");
  const int days = days_between(hearing->date, closed->date);
  if (days >= 14) return met();
  return unmet({"#" + std::to_string(hearing->sequence), "#" + std::to_string(closed->sequence)},
               "comments closed " + std::to_string(days) + " days after the hearing");
}

GateCheck check_settled(const GateContext& c) {
  std::vector<std::string> bad;
  for (std::size_t i = 0; i < c.plan.comments.size(); ++i) {
    const auto& s = c.plan.comments[i].settlement;
    if (!s || s->justification.empty()) bad.push_back("/comments/" + std::to_string(i));
  }
  if (bad.empty()) return met();
  return unmet(std::move(bad), std::to_string(bad.size()) + " comments not settled with a justification");
}

GateCheck check_action_plan(const GateContext& c) {
  const int year = static_cast<int>(c.today.year());
  for (const Event& e : c.log.events()) {
    if (e.action != "action_plan") continue;
    ojson p;
    detail::parse_object(e.payload, p);
    if (p.contains("year") && p["year"].is_number_integer() && p["year"].get<int>() == year) return met();
  }
  return unmet({}, "no \"action_plan\" event with \"year\": " + std::to_string(year));
}

GateCheck check_measured(const GateContext& c) {
  if (c.plan.indicators.empty()) return unmet({"/indicators"}, "no indicator");
  std::vector<std::string> bad;
  for (std::size_t i = 0; i < c.plan.indicators.size(); ++i) {
    const auto& ms = c.plan.indicators[i].measurements;
    const bool recent = std::any_of(ms.begin(), ms.end(), [&](const IndicatorValue& v) {
      if (!v.date) return false;
      const int age = days_between(*v.date, c.today);
      return age >= 0 && age <= 366;
    });
    if (!recent) bad.push_back("/indicators/" + std::to_string(i));
  }
  if (bad.empty()) return met();
  return unmet(std::move(bad), std::to_string(bad.size()) + " indicators not measured in the last year");
}

std::vector<Gate> make_default_gates() {
  std::vector<Gate> g;
  g.push_back({"G01", "Usnesení zastupitelstva o zahájení plánování je zaznamenáno",
               "The council resolution (mandate) is recorded", [](const GateContext& c) {
                 if (!c.plan.mandate.resolution.empty() && c.plan.mandate.date) return met();
                 return unmet({"/mandate"}, "the mandate has no resolution number or date");
               }});
  g.push_back({"G02", "Koordinátor (zpracovatel) je určen", "A coordinator is appointed",
               [](const GateContext& c) {
                 if (c.plan.coordinator && find(c.plan, *c.plan.coordinator)) return met();
                 return unmet({"/coordinator"}, "no coordinator among the stakeholders");
               }});
  g.push_back({"G03", "Každá pracovní skupina i řídící skupina zahrnuje zadavatele, poskytovatele a uživatele",
               "Every working group and the steering group include commissioner, provider and user",
               check_triad});
  g.push_back({"G04", "Informační strategie pro veřejnost je připravena",
               "An information strategy for the public exists", [](const GateContext& c) {
                 return require_text(c.plan.information_strategy, "/information_strategy",
                                     "the information strategy");
               }});
  g.push_back({"G05", "Zdroje (sociální služby) jsou zmapovány", "Resources (services) are mapped",
               [](const GateContext& c) {
                 if (!c.plan.services.empty()) return met();
                 return unmet({"/services"}, "no service recorded");
               }});
  g.push_back({"G06", "Potřeby jsou zaznamenány i s podklady", "Needs are recorded with evidence",
               check_needs});
  g.push_back({"G07", "Demografická data jsou k dispozici", "Demographic data are present",
               [](const GateContext& c) {
                 if (!c.plan.demography.population.empty()) return met();
                 return unmet({"/demography/population"}, "no population data");
               }});
  g.push_back({"G08", "Každá priorita má cíle a každý cíl opatření",
               "Every priority has goals and every goal measures", check_tree});
  g.push_back({"G09", "Každé opatření má odpovědnost, harmonogram, náklady s financováním a indikátor",
               "Every measure has a responsible party, timeline, cost with funding and an indicator",
               check_measures});
  g.push_back({"G10", "Existují krátkodobé i dlouhodobé cíle", "Short- and long-term goals both exist",
               check_horizons});
  g.push_back({"G11", "Priority jsou seřazeny s podporou většiny účastníků",
               "Priorities are ranked with majority support", check_ranking});
  g.push_back({"G12", "Návrh plánu byl zveřejněn nejméně 14 dní před veřejným projednáním",
               "The draft was published at least 14 days before the public hearing", check_publication});
  g.push_back({"G13", "Připomínky byly otevřeny nejméně 14 dní po veřejném projednání",
               "Comments stayed open at least 14 days after the public hearing", check_comment_period});
  g.push_back({"G14", "Každá připomínka je vypořádána s odůvodněním",
               "Every comment is settled with a justification", check_settled});
  g.push_back({"G15", "Usnesení o schválení plánu je zaznamenáno", "The approval resolution is recorded",
               [](const GateContext& c) {
                 const Event* e = last_event(c.log, "approved");
                 ojson p;
                 if (e && detail::parse_object(e->payload, p) && p.contains("resolution") &&
                     p["resolution"].is_string() && !p["resolution"].get<std::string>().empty())
                   return met();
                 return unmet({}, "no \"approved\" event with a \"resolution\"");
               }});
  g.push_back({"G16", "Akční plán na běžný rok je přijat", "An action plan for the current year exists",
               check_action_plan});
  g.push_back({"G17", "Každý indikátor byl změřen v posledním roce",
               "Each indicator was measured in the last year", check_measured});
  g.push_back({"G18", "Hodnoticí (evaluační) zpráva je zveřejněna", "An evaluation report is published",
               [](const GateContext& c) {
                 return require_event(c.log, "evaluation_published", "the evaluation report");
               }});
  return g;
}

GateFinding finding(const Gate& gate, const Phase& phase, bool entry, GateCheck check) {
  return {gate.code, phase.name, entry, gate.description_cs, gate.description_en,
          std::move(check.elements), std::move(check.detail)};
}

std::string advance_payload(const std::string& from, const std::string& to) {
  ojson p;
  p["from"] = from;
  p["to"] = to;
  return p.dump();
}

AdvanceResult move_on(const Cycle& cycle, const Plan& plan, EventLog& log, std::string_view actor,
                      std::optional<std::string_view> justification) {
  if (actor.empty()) throw InvalidArgument("advancing needs an actor", "actor");
  const CycleState state = replay(cycle, log);
  if (state.phase + 1 >= cycle.phases.size())
    throw ConflictError("the cycle is in its last phase \"" + cycle.phases[state.phase].name +
                        "\"; start the next cycle from the evaluated plan", "phase");
  AdvanceResult r;
  r.from = cycle.phases[state.phase].name;
  r.to = cycle.phases[state.phase + 1].name;
  r.unmet = unmet_gates(cycle, plan, log);
  if (!r.unmet.empty()) {
    if (!justification) return r;
    ojson p;
    p["from"] = r.from;
    p["to"] = r.to;
    p["gates"] = ojson::array();
    for (const GateFinding& f : r.unmet) p["gates"].push_back(f.code);
    p["justification"] = std::string(*justification);
    log.append(actor, "override", p.dump());
  }
  log.append(actor, "advance", advance_payload(r.from, r.to));
  r.advanced = true;
  return r;
}

}  // namespace

const std::vector<Gate>& default_gates() {
  static const std::vector<Gate> gates = make_default_gates();
  return gates;
}

const Gate& default_gate(std::string_view code) {
  for (const Gate& g : default_gates())
    if (g.code == code) return g;
  throw NotFound("no default gate \"" + std::string(code) + "\"", "code");
}

Cycle default_cycle() {
  const auto gates = [](std::initializer_list<const char*> codes) {
    std::vector<Gate> out;
    for (const char* c : codes) out.push_back(default_gate(c));
    return out;
  };
  Cycle c;
  c.phases = {
      {"preparatory", "Přípravná fáze", "Preparatory phase", {}, gates({"G01", "G02", "G03", "G04"})},
      {"analytical", "Analytická fáze", "Analytical phase", {}, gates({"G05", "G06", "G07"})},
      {"proposal", "Návrhová fáze", "Proposal phase", {}, gates({"G08", "G09", "G10", "G11"})},
      {"public_comment", "Připomínkování", "Public comment", {}, gates({"G12", "G13"})},
      {"approval", "Schválení", "Approval", gates({"G14"}), gates({"G15"})},
      {"implementation", "Realizace", "Implementation", {}, gates({"G16"})},
      {"monitoring", "Monitorování a vyhodnocení", "Monitoring and evaluation", {}, gates({"G17", "G18"})},
      {"update", "Aktualizace", "Update", {}, {}},
      {"next_cycle", "Další cyklus", "Next cycle", {}, {}},
  };
  return c;
}

CycleState replay(const Cycle& cycle, const EventLog& log) {
  Expects(!cycle.phases.empty());
  CycleState s;
  s.phase_entered.push_back(0);
  for (const Event& e : log.events()) {
    if (e.action == "override") ++s.overrides;
    if (e.action != "advance") continue;
    ojson p;
    detail::parse_object(e.payload, p);
    const std::string where = "/" + std::string(log_member) + "/" + std::to_string(e.sequence - 1);
    if (!p.contains("from") || !p["from"].is_string() || !p.contains("to") || !p["to"].is_string())
      throw CorruptData("an advance event needs \"from\" and \"to\"", where);
    const std::string from = p["from"].get<std::string>(), to = p["to"].get<std::string>();
    if (from != cycle.phases[s.phase].name || s.phase + 1 >= cycle.phases.size() ||
        to != cycle.phases[s.phase + 1].name)
      throw CorruptData("advance " + from + " → " + to + " does not follow from phase \"" +
                            cycle.phases[s.phase].name + "\"",
                        where);
    ++s.phase;
    s.phase_entered.push_back(e.sequence);
  }
  return s;
}

std::vector<GateFinding> unmet_gates(const Cycle& cycle, const Plan& plan, const EventLog& log) {
  const CycleState s = replay(cycle, log);
  std::vector<GateFinding> out;
  if (s.phase + 1 >= cycle.phases.size()) return out;
  const GateContext ctx{plan, log, log.today()};
  const Phase& here = cycle.phases[s.phase];
  const Phase& next = cycle.phases[s.phase + 1];
  for (const Gate& g : here.exit)
    if (GateCheck c = g.check(ctx); !c.met) out.push_back(finding(g, here, false, std::move(c)));
  for (const Gate& g : next.entry)
    if (GateCheck c = g.check(ctx); !c.met) out.push_back(finding(g, next, true, std::move(c)));
  return out;
}

AdvanceResult advance(const Cycle& cycle, const Plan& plan, EventLog& log, std::string_view actor) {
  return move_on(cycle, plan, log, actor, std::nullopt);
}

AdvanceResult force_advance(const Cycle& cycle, const Plan& plan, EventLog& log,
                            std::string_view actor, std::string_view justification) {
  if (justification.empty()) throw InvalidArgument("an override needs a justification", "justification");
  return move_on(cycle, plan, log, actor, justification);
}

std::string status_to_json(const Cycle& cycle, const Plan& plan, const EventLog& log) {
  const CycleState s = replay(cycle, log);
  ojson j;
  j["phase"] = cycle.phases[s.phase].name;
  j["phase_index"] = s.phase;
  j["next"] = s.phase + 1 < cycle.phases.size() ? ojson(cycle.phases[s.phase + 1].name) : ojson(nullptr);
  j["unmet"] = ojson::array();
  for (const GateFinding& f : unmet_gates(cycle, plan, log)) {
    ojson g;
    g["code"] = f.code;
    g["phase"] = f.phase;
    g["gate"] = f.entry ? "entry" : "exit";
    g["description_cs"] = f.description_cs;
    g["description_en"] = f.description_en;
    g["elements"] = f.elements;
    g["detail"] = f.detail;
    j["unmet"].push_back(std::move(g));
  }
  j["overrides"] = s.overrides;
  j["log"] = ojson::parse(log_to_json(log));
  return j.dump(2);
}

}  // namespace kpss::cycle
