#include "kpss/model/validate.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "kpss/core/catalog.hpp"

namespace kpss {

namespace {

std::string at(const std::string& path, std::string_view key) { return path + "/" + std::string(key); }
std::string at(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

class Validator {
 public:
  explicit Validator(const Plan& plan) : plan_(plan) {}

  std::vector<Diagnostic> run() {
    index_ids();
    check_plan();
    for (std::size_t i = 0; i < plan_.stakeholders.size(); ++i)
      check_stakeholder(plan_.stakeholders[i], at("/stakeholders", i));
    check_role_coverage();
    for (std::size_t i = 0; i < plan_.working_groups.size(); ++i)
      check_working_group(plan_.working_groups[i], at("/working_groups", i));
    check_group(plan_.steering_group.members, plan_.steering_group.chair, "/steering_group");
    extensions(plan_.steering_group.extensions, "/steering_group");
    for (std::size_t i = 0; i < plan_.services.size(); ++i)
      check_service(plan_.services[i], at("/services", i));
    check_demography();
    for (std::size_t i = 0; i < plan_.needs.size(); ++i) check_need(plan_.needs[i], at("/needs", i));
    check_strategy();
    for (std::size_t i = 0; i < plan_.indicators.size(); ++i)
      check_indicator(plan_.indicators[i], at("/indicators", i));
    for (std::size_t i = 0; i < plan_.comments.size(); ++i)
      check_comment(plan_.comments[i], at("/comments", i));
    extensions(plan_.extensions, "");
    return std::move(out_);
  }

 private:
  void report(const char* code, Severity severity, std::string path, std::string message) {
    out_.push_back({code, severity, std::move(path), std::move(message)});
  }
  void error(const char* code, std::string path, std::string message) {
    report(code, Severity::error, std::move(path), std::move(message));
  }
  void warning(const char* code, std::string path, std::string message) {
    report(code, Severity::warning, std::move(path), std::move(message));
  }

  // ---- ids ------------------------------------------------------------------------------

  using IdSet = std::map<std::string, std::string>;  // id → path of its first definition

  void define(IdSet& set, const std::string& id, const std::string& path, const char* kind) {
    if (id.empty()) {
      error("P126", at(path, "id"), std::string("the ") + kind + " has no id");
      return;
    }
    const auto [it, inserted] = set.emplace(id, path);
    if (!inserted)
      error("P101", at(path, "id"),
            std::string("duplicate ") + kind + " id '" + id + "' (first at " + it->second + ")");
  }

  void index_ids() {
    for (std::size_t i = 0; i < plan_.stakeholders.size(); ++i) {
      define(stakeholders_, plan_.stakeholders[i].id.str(), at("/stakeholders", i), "stakeholder");
      stakeholder_ptr_.emplace(plan_.stakeholders[i].id.str(), &plan_.stakeholders[i]);
    }
    for (std::size_t i = 0; i < plan_.working_groups.size(); ++i)
      define(groups_, plan_.working_groups[i].id.str(), at("/working_groups", i), "working group");
    for (std::size_t i = 0; i < plan_.services.size(); ++i)
      define(services_, plan_.services[i].id.str(), at("/services", i), "service");
    for (std::size_t i = 0; i < plan_.needs.size(); ++i)
      define(needs_, plan_.needs[i].id.str(), at("/needs", i), "need");
    for (std::size_t i = 0; i < plan_.indicators.size(); ++i)
      define(indicators_, plan_.indicators[i].id.str(), at("/indicators", i), "indicator");
    for (std::size_t i = 0; i < plan_.comments.size(); ++i)
      define(comments_, plan_.comments[i].id.str(), at("/comments", i), "comment");
    for (std::size_t i = 0; i < plan_.strategy.priorities.size(); ++i) {
      const Priority& p = plan_.strategy.priorities[i];
      const std::string pp = at("/strategy/priorities", i);
      define(priorities_, p.id.str(), pp, "priority");
      for (std::size_t j = 0; j < p.goals.size(); ++j) {
        const Goal& g = p.goals[j];
        const std::string gp = at(at(pp, "goals"), j);
        define(goals_, g.id.str(), gp, "goal");
        for (std::size_t k = 0; k < g.measures.size(); ++k) {
          const Measure& m = g.measures[k];
          const std::string mp = at(at(gp, "measures"), k);
          define(measures_, m.id.str(), mp, "measure");
          for (std::size_t l = 0; l < m.activities.size(); ++l)
            define(activities_, m.activities[l].id.str(), at(at(mp, "activities"), l), "activity");
        }
      }
    }
  }

  // A stakeholder reference; when `role` is set, the stakeholder must hold it.
  void stakeholder_ref(const StakeholderId& id, const std::string& path,
                       std::optional<Role> role = std::nullopt) {
    const auto it = stakeholder_ptr_.find(id.str());
    const Stakeholder* s = it == stakeholder_ptr_.end() ? nullptr : it->second;
    if (s == nullptr) {
      error("P102", path, "no stakeholder has the id '" + id.str() + "'");
      return;
    }
    if (role && !s->has_role(*role))
      error("P103", path,
            "the stakeholder '" + id.str() + "' does not have the role " + std::string(to_string(*role)));
  }

  template <class Tag>
  void refs(const std::vector<Id<Tag>>& ids, const IdSet& set, const std::string& path,
            const char* kind) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string& id = ids[i].str();
      if (!set.count(id)) error("P102", at(path, i), std::string("no ") + kind + " has the id '" + id + "'");
      if (!seen.insert(id).second)
        warning("P112", at(path, i), std::string("the ") + kind + " '" + id + "' is listed twice");
    }
  }

  void stakeholder_refs(const std::vector<StakeholderId>& ids, const std::string& path) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      stakeholder_ref(ids[i], at(path, i));
      if (!seen.insert(ids[i].str()).second)
        warning("P112", at(path, i), "the stakeholder '" + ids[i].str() + "' is listed twice");
    }
  }

  // ---- values ---------------------------------------------------------------------------

  void code(CodeList list, const std::string& key, const std::string& path) {
    for (const CodeEntry& e : entries(list))
      if (key == e.key) return;
    std::string message = "'" + key + "' is not a key of the " + to_string(list) + " code list";
    if (const CodeEntry* e = find_code(list, key)) message += "; did you mean '" + std::string(e->key) + "'?";
    error("P104", path, message);
  }
  void codes(CodeList list, const std::vector<std::string>& keys, const std::string& path) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < keys.size(); ++i) {
      code(list, keys[i], at(path, i));
      if (!seen.insert(keys[i]).second) warning("P112", at(path, i), "'" + keys[i] + "' is listed twice");
    }
  }

  void text(const std::string& value, const std::string& path, const char* what) {
    if (value.empty()) error("P109", path, std::string("the ") + what + " must not be empty");
  }

  void money(const Money& m, const std::string& path) {
    if (!(m.currency() == plan_.currency))
      error("P108", path,
            "the amount is in " + std::string(m.currency().code()) + ", the plan in " +
                std::string(plan_.currency.code()));
    if (m.is_negative()) error("P106", path, "the amount must not be negative");
  }

  void quantity(double value, const std::string& path) {
    if (!std::isfinite(value) || value < 0)
      error("P106", path, "the amount must be a finite number not below zero");
  }

  void capacity(const Capacity& c, const std::string& path) {
    quantity(c.amount, at(path, "amount"));
    code(CodeList::capacity_unit, c.unit, at(path, "unit"));
  }

  void dates(const std::optional<Date>& start, const std::optional<Date>& end, const std::string& path,
             bool within_period) {
    if (start && end && *end < *start)
      error("P105", at(path, "end"), "the end " + format_date(*end) + " is before the start " + format_date(*start));
    if (!within_period) return;
    const Period& period = plan_.period;
    if ((start && *start < period.start) || (end && period.end < *end))
      warning("P113", path,
              "the timeline reaches outside the plan period " + format_date(period.start) + " – " +
                  format_date(period.end));
  }

  void extensions(const Extensions& ext, const std::string& path) {
    for (const auto& [name, value] : ext) {
      if (name.rfind("x-", 0) != 0)
        error("P122", at(path, name), "an extension member's name must start with \"x-\"");
      else if (!nlohmann::json::accept(value))
        error("P122", at(path, name), "the extension member does not hold JSON text");
    }
  }

  // ---- elements -------------------------------------------------------------------------

  void check_plan() {
    if (plan_.id.empty()) error("P126", "/id", "the plan has no id");
    text(plan_.title, "/title", "plan's title");
    if (!plan_.period.start.ok() || !plan_.period.end.ok()) {
      error("P105", "/period", "the plan period is not made of calendar dates");
    } else if (plan_.period.end < plan_.period.start) {
      error("P105", "/period/end", "the plan period ends before it starts");
    } else {
      const int days = days_between(plan_.period.start, plan_.period.end) + 1;
      if (days < 2 * 365 - 1 || days > 5 * 366)
        warning("P114", "/period",
                "a mid-term plan covers 2 to 5 years (Act 108/2006 Sb., §3 h); this one covers " +
                    std::to_string(days) + " days");
    }
    if (!plan_.territory) error("P124", "/territory", "the plan has no territory");
    {
      std::set<TerritoryCode> seen;
      for (std::size_t i = 0; i < plan_.municipalities.size(); ++i)
        if (!seen.insert(plan_.municipalities[i]).second)
          warning("P112", at("/municipalities", i), "'" + plan_.municipalities[i].code() + "' is listed twice");
    }
    if (plan_.coordinator) stakeholder_ref(*plan_.coordinator, "/coordinator", Role::coordinator);
    else error("P123", "/coordinator", "the plan names no coordinator (zpracovatel)");
    if (plan_.commissioner) stakeholder_ref(*plan_.commissioner, "/commissioner", Role::commissioner);
    else error("P123", "/commissioner", "the plan names no commissioner (zadavatel)");
    extensions(plan_.mandate.extensions, "/mandate");
    for (std::size_t i = 0; i < plan_.principles.size(); ++i)
      text(plan_.principles[i], at("/principles", i), "principle");
    for (std::size_t i = 0; i < plan_.timeline.size(); ++i) {
      const Milestone& m = plan_.timeline[i];
      const std::string path = at("/timeline", i);
      text(m.title, at(path, "title"), "milestone's title");
      if (i > 0 && m.date < plan_.timeline[i - 1].date)
        warning("P125", at(path, "date"), "the timeline is not in date order");
      extensions(m.extensions, path);
    }
  }

  void check_stakeholder(const Stakeholder& s, const std::string& path) {
    if (s.kind == StakeholderKind::organisation) text(s.name, at(path, "name"), "organisation's name");
    if (s.roles.empty()) error("P117", at(path, "roles"), "the stakeholder has no role");
    std::set<Role> seen;
    for (std::size_t i = 0; i < s.roles.size(); ++i)
      if (!seen.insert(s.roles[i]).second)
        warning("P112", at(at(path, "roles"), i), "the role " + std::string(to_string(s.roles[i])) + " is listed twice");
    // Staff of a provider (persons with a membership) act for their organisation's form.
    if (s.has_role(Role::provider) && !s.legal_form &&
        (s.kind == StakeholderKind::organisation || s.memberships.empty()))
      warning("P115", path, "a provider should state its legal form");
    if (s.legal_form && !s.has_role(Role::provider))
      warning("P115", at(path, "legal_form"), "only providers have a legal form in the plan");
    codes(CodeList::target_group, s.target_groups, at(path, "target_groups"));
    for (std::size_t i = 0; i < s.memberships.size(); ++i) {
      const std::string mp = at(at(path, "memberships"), i);
      const Membership& m = s.memberships[i];
      const auto it = stakeholder_ptr_.find(m.organisation.str());
      const Stakeholder* o = it == stakeholder_ptr_.end() ? nullptr : it->second;
      if (o == nullptr)
        error("P102", at(mp, "organisation"), "no stakeholder has the id '" + m.organisation.str() + "'");
      else if (o->kind != StakeholderKind::organisation)
        error("P110", at(mp, "organisation"), "'" + m.organisation.str() + "' is a person, not an organisation");
      extensions(m.extensions, mp);
    }
    extensions(s.extensions, path);
  }

  void check_role_coverage() {
    if (plan_.stakeholders.empty()) return;
    for (Role r : all_roles) {
      const bool held = std::any_of(plan_.stakeholders.begin(), plan_.stakeholders.end(),
                                    [&](const Stakeholder& s) { return s.has_role(r); });
      if (!held)
        warning("P116", "/stakeholders",
                "no stakeholder has the role " + std::string(to_string(r)) + " (" +
                    std::string(czech_name(r)) + ")");
    }
  }

  void check_group(const std::vector<StakeholderId>& members, const std::optional<StakeholderId>& chair,
                   const std::string& path) {
    stakeholder_refs(members, at(path, "members"));
    if (chair && std::find(members.begin(), members.end(), *chair) == members.end())
      error("P111", at(path, "chair"), "the chair '" + chair->str() + "' is not a member of the group");
  }

  void check_working_group(const WorkingGroup& w, const std::string& path) {
    text(w.name, at(path, "name"), "working group's name");
    codes(CodeList::target_group, w.target_groups, at(path, "target_groups"));
    check_group(w.members, w.chair, path);
    extensions(w.extensions, path);
  }

  void check_service(const Service& s, const std::string& path) {
    text(s.name, at(path, "name"), "service's name");
    code(CodeList::service_type, s.type, at(path, "type"));
    code(CodeList::form, s.form, at(path, "form"));
    capacity(s.capacity, at(path, "capacity"));
    codes(CodeList::target_group, s.target_groups, at(path, "target_groups"));
    codes(CodeList::age_band, s.age_bands, at(path, "age_bands"));
    stakeholder_ref(s.provider, at(path, "provider"), Role::provider);
    if (s.unit_cost) money(*s.unit_cost, at(path, "unit_cost"));
    extensions(s.extensions, path);
  }

  void check_demography() {
    const Demography& d = plan_.demography;
    std::set<std::pair<std::string, std::string>> seen;
    for (std::size_t i = 0; i < d.population.size(); ++i) {
      const PopulationCount& c = d.population[i];
      const std::string path = at("/demography/population", i);
      code(CodeList::age_band, c.age_band, at(path, "age_band"));
      if (c.count < 0) error("P106", at(path, "count"), "a population count must not be negative");
      if (!seen.insert({c.territory ? c.territory->code() : std::string(), c.age_band}).second)
        warning("P112", path, "the age band '" + c.age_band + "' is counted twice for this territory");
      extensions(c.extensions, path);
    }
    for (std::size_t i = 0; i < d.statistics.size(); ++i) {
      const std::string path = at("/demography/statistics", i);
      text(d.statistics[i].name, at(path, "name"), "statistic's name");
      if (!std::isfinite(d.statistics[i].value)) error("P106", at(path, "value"), "the value must be finite");
      extensions(d.statistics[i].extensions, path);
    }
    extensions(d.extensions, "/demography");
  }

  void check_need(const Need& n, const std::string& path) {
    text(n.title, at(path, "title"), "need's title");
    code(CodeList::target_group, n.target_group, at(path, "target_group"));
    for (std::size_t i = 0; i < n.evidence.size(); ++i) {
      const std::string ep = at(at(path, "evidence"), i);
      text(n.evidence[i].source, at(ep, "source"), "evidence's source");
      extensions(n.evidence[i].extensions, ep);
    }
    if (n.demand) capacity(*n.demand, at(path, "demand"));
    codes(CodeList::service_type, n.service_types, at(path, "service_types"));
    extensions(n.extensions, path);
  }

  void check_strategy() {
    bool short_goal = false, long_goal = false;
    for (std::size_t i = 0; i < plan_.strategy.priorities.size(); ++i) {
      const Priority& p = plan_.strategy.priorities[i];
      const std::string pp = at("/strategy/priorities", i);
      text(p.title, at(pp, "title"), "priority's title");
      refs(p.working_groups, groups_, at(pp, "working_groups"), "working group");
      for (std::size_t j = 0; j < p.goals.size(); ++j) {
        const Goal& g = p.goals[j];
        const std::string gp = at(at(pp, "goals"), j);
        (g.horizon == Horizon::short_term ? short_goal : long_goal) = true;
        text(g.title, at(gp, "title"), "goal's title");
        refs(g.indicators, indicators_, at(gp, "indicators"), "indicator");
        for (std::size_t k = 0; k < g.measures.size(); ++k)
          check_measure(g.measures[k], at(at(gp, "measures"), k));
        extensions(g.extensions, gp);
      }
      extensions(p.extensions, pp);
    }
    if (!plan_.strategy.priorities.empty()) {
      if (!short_goal) warning("P120", "/strategy", "the plan sets no short-term goal");
      if (!long_goal) warning("P120", "/strategy", "the plan sets no long-term goal");
    }
    extensions(plan_.strategy.extensions, "/strategy");
  }

  void check_measure(const Measure& m, const std::string& path) {
    text(m.title, at(path, "title"), "measure's title");
    std::set<std::string> parties;
    for (std::size_t i = 0; i < m.responsible.size(); ++i) {
      const std::string rp = at(at(path, "responsible"), i);
      stakeholder_ref(m.responsible[i].party, at(rp, "party"));
      if (!parties.insert(m.responsible[i].party.str()).second)
        warning("P112", at(rp, "party"), "the party '" + m.responsible[i].party.str() + "' is listed twice");
      extensions(m.responsible[i].extensions, rp);
    }
    dates(m.start, m.end, path, true);
    if (m.cost) money(*m.cost, at(path, "cost"));
    std::int64_t funded = 0;
    bool summable = true;
    for (std::size_t i = 0; i < m.funding.size(); ++i) {
      const Funding& f = m.funding[i];
      const std::string fp = at(at(path, "funding"), i);
      if (f.funder) stakeholder_ref(*f.funder, at(fp, "funder"));
      money(f.amount, at(fp, "amount"));
      summable = summable && f.amount.currency() == plan_.currency &&
                 !__builtin_add_overflow(funded, f.amount.minor_units(), &funded);
      extensions(f.extensions, fp);
    }
    if (m.cost && summable && m.cost->currency() == plan_.currency && funded > m.cost->minor_units() &&
        !m.overfunding_allowed)
      error("P107", at(path, "funding"),
            "the funding " + format_money(Money(funded, plan_.currency)) + " exceeds the cost " +
                format_money(*m.cost) + " (set overfunding_allowed if that is intended)");
    refs(m.needs, needs_, at(path, "needs"), "need");
    refs(m.services, services_, at(path, "services"), "service");
    refs(m.indicators, indicators_, at(path, "indicators"), "indicator");
    for (std::size_t i = 0; i < m.activities.size(); ++i) {
      const Activity& a = m.activities[i];
      const std::string ap = at(at(path, "activities"), i);
      text(a.title, at(ap, "title"), "activity's title");
      if (a.responsible) stakeholder_ref(*a.responsible, at(ap, "responsible"));
      dates(a.start, a.end, ap, false);
      if ((a.start && m.start && *a.start < *m.start) || (a.end && m.end && *m.end < *a.end))
        warning("P113", ap, "the activity reaches outside its measure's timeline");
      if (a.cost) money(*a.cost, at(ap, "cost"));
      extensions(a.extensions, ap);
    }
    extensions(m.extensions, path);
  }

  void check_indicator(const Indicator& i, const std::string& path) {
    text(i.name, at(path, "name"), "indicator's name");
    text(i.unit, at(path, "unit"), "indicator's unit");
    const auto value = [&](const IndicatorValue& v, const std::string& vp) {
      if (!std::isfinite(v.value)) error("P106", at(vp, "value"), "the value must be finite");
      extensions(v.extensions, vp);
    };
    value(i.baseline, at(path, "baseline"));
    value(i.target, at(path, "target"));
    if (i.baseline.date && i.target.date && *i.target.date < *i.baseline.date)
      error("P105", at(at(path, "target"), "date"), "the target date is before the baseline date");
    for (std::size_t k = 0; k < i.measurements.size(); ++k) {
      const IndicatorValue& v = i.measurements[k];
      const std::string vp = at(at(path, "measurements"), k);
      value(v, vp);
      if (!v.date) warning("P125", vp, "a measurement has no date");
      else if (k > 0 && i.measurements[k - 1].date && *v.date < *i.measurements[k - 1].date)
        warning("P125", at(vp, "date"), "the measurements are not in date order");
    }
    extensions(i.extensions, path);
  }

  void check_comment(const Comment& c, const std::string& path) {
    if (c.author) stakeholder_ref(*c.author, at(path, "author"));
    const std::string tp = at(path, "target");
    const std::string& id = c.target.id;
    bool resolves = true;
    switch (c.target.kind) {
      case ElementKind::plan: resolves = id.empty() || id == plan_.id.str(); break;
      case ElementKind::stakeholder: resolves = stakeholders_.count(id) > 0; break;
      case ElementKind::working_group: resolves = groups_.count(id) > 0; break;
      case ElementKind::service: resolves = services_.count(id) > 0; break;
      case ElementKind::need: resolves = needs_.count(id) > 0; break;
      case ElementKind::priority: resolves = priorities_.count(id) > 0; break;
      case ElementKind::goal: resolves = goals_.count(id) > 0; break;
      case ElementKind::measure: resolves = measures_.count(id) > 0; break;
      case ElementKind::activity: resolves = activities_.count(id) > 0; break;
      case ElementKind::indicator: resolves = indicators_.count(id) > 0; break;
    }
    if (!resolves)
      error("P102", at(tp, "id"),
            "no " + std::string(to_string(c.target.kind)) + " has the id '" + id + "'");
    text(c.text, at(path, "text"), "comment's text");
    if (c.settlement) {
      const Settlement& s = *c.settlement;
      const std::string sp = at(path, "settlement");
      text(s.justification, at(sp, "justification"), "settlement's justification");
      if (s.date < c.date) error("P105", at(sp, "date"), "the comment is settled before it was made");
      if (s.settled_by) stakeholder_ref(*s.settled_by, at(sp, "settled_by"));
      extensions(s.extensions, sp);
    } else {
      warning("P118", path, "the comment is not settled (every comment must be, with a justification)");
    }
    extensions(c.extensions, path);
  }

  const Plan& plan_;
  std::vector<Diagnostic> out_;
  IdSet stakeholders_, groups_, services_, needs_, indicators_, comments_, priorities_, goals_,
      measures_, activities_;
  std::map<std::string, const Stakeholder*> stakeholder_ptr_;  // the first of duplicates
};

}  // namespace

std::vector<Diagnostic> validate(const Plan& plan) { return Validator(plan).run(); }

bool is_valid(const std::vector<Diagnostic>& diagnostics) noexcept {
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::error; });
}

std::string_view to_string(Severity value) noexcept {
  return value == Severity::error ? "error" : "warning";
}

bool from_string(std::string_view text, Severity& out) noexcept {
  if (text == "error") out = Severity::error;
  else if (text == "warning") out = Severity::warning;
  else return false;
  return true;
}

}  // namespace kpss
