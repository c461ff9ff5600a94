#include "kpss/cycle/audit.hpp"

#include <algorithm>
#include <set>

#include "json_text.hpp"

namespace kpss::cycle {

using detail::ojson;

std::string_view to_string(Verdict value) noexcept {
  switch (value) {
    case Verdict::pass: return "pass";
    case Verdict::warn: return "warn";
    case Verdict::fail: return "fail";
  }
  return "fail";
}

namespace {

using Paths = std::vector<std::string>;

std::string idx(const char* list, std::size_t i) { return std::string("/") + list + "/" + std::to_string(i); }

// Paths of the elements of `v` for which `bad` holds.
template <class Vec, class Pred>
Paths where(const Vec& v, const char* list, Pred bad) {
  Paths out;
  for (std::size_t i = 0; i < v.size(); ++i)
    if (bad(v[i])) out.push_back(idx(list, i));
  return out;
}

struct MeasureRef {
  const Measure* m;
  std::string path;
};

std::vector<MeasureRef> measures(const Plan& plan) {
  std::vector<MeasureRef> out;
  const auto& prs = plan.strategy.priorities;
  for (std::size_t p = 0; p < prs.size(); ++p)
    for (std::size_t g = 0; g < prs[p].goals.size(); ++g)
      for (std::size_t k = 0; k < prs[p].goals[g].measures.size(); ++k)
        out.push_back({&prs[p].goals[g].measures[k], "/strategy/priorities/" + std::to_string(p) + "/goals/" +
                                                         std::to_string(g) + "/measures/" + std::to_string(k)});
  return out;
}

template <class Pred>
Paths measures_where(const Plan& plan, Pred bad) {
  Paths out;
  for (const MeasureRef& r : measures(plan))
    if (bad(*r.m)) out.push_back(r.path);
  return out;
}

bool any_role(const Plan& plan, Role role) {
  return std::any_of(plan.stakeholders.begin(), plan.stakeholders.end(),
                     [&](const Stakeholder& s) { return s.has_role(role); });
}

bool member_with_role(const Plan& plan, const std::vector<StakeholderId>& members, Role role) {
  return std::any_of(members.begin(), members.end(),
                     [&](const StakeholderId& id) { return brings_role(plan, id, role); });
}

class Auditor {
 public:
  AuditReport report;

  // Opens a check; the verdict is pass until fail() or warn() says otherwise.
  void check(const char* code, const char* area, const char* cs, const char* en) {
    AuditCheck c;
    c.code = code;
    c.area = area;
    c.title_cs = cs;
    c.title_en = en;
    report.checks.push_back(std::move(c));
  }
  // The first failing condition of a check decides; warnings count only while it passes.
  void fail(bool condition, Paths elements, std::string finding, std::string hint) {
    set(condition, Verdict::fail, std::move(elements), std::move(finding), std::move(hint));
  }
  void warn(bool condition, Paths elements, std::string finding, std::string hint) {
    set(condition, Verdict::warn, std::move(elements), std::move(finding), std::move(hint));
  }
  // Fail when every element of `applicable` is bad, warn when some are.
  void all_or_some(const Paths& bad, std::size_t applicable, std::string finding, std::string hint) {
    if (bad.empty()) return;
    if (bad.size() == applicable) fail(true, bad, std::move(finding), std::move(hint));
    else warn(true, bad, std::move(finding), std::move(hint));
  }

 private:
  void set(bool condition, Verdict v, Paths elements, std::string finding, std::string hint) {
    AuditCheck& c = report.checks.back();
    if (!condition || c.verdict == Verdict::fail || (c.verdict == Verdict::warn && v == Verdict::warn)) return;
    c.verdict = v;
    c.elements = std::move(elements);
    c.finding = std::move(finding);
    c.hint = std::move(hint);
  }
};

void indicators_of_good_plan(Auditor& a, const Plan& p) {
  const auto unsettled = where(p.comments, "comments", [](const Comment& c) {
    return !c.settlement || c.settlement->justification.empty();
  });
  a.check("I1", "indicator", "Plán je výsledkem vyjednávání všech účastníků",
          "The plan results from negotiation among all participants");
  std::string roles;
  for (Role r : {Role::commissioner, Role::provider, Role::user})
    if (!any_role(p, r)) roles += (roles.empty() ? "" : ", ") + std::string(to_string(r));
  a.fail(!roles.empty(), {"/stakeholders"}, "no stakeholder with role " + roles,
         "involve commissioner, providers and users (the triad) as stakeholders");
  a.warn(p.comments.empty(), {"/comments"}, "no comment from the public comment phase is recorded",
         "record the comments on the draft and their settlement");
  a.warn(!unsettled.empty(), unsettled, std::to_string(unsettled.size()) + " comments are not settled",
         "settle every comment with a justification");

  a.check("I2", "indicator", "Plán vzniká v širokém partnerství", "The plan is made in a broad partnership");
  a.fail(p.working_groups.empty(), {"/working_groups"}, "no working group", "set up working groups, usually one per target group");
  const auto no_triad = where(p.working_groups, "working_groups", [&](const WorkingGroup& g) {
    return !member_with_role(p, g.members, Role::commissioner) || !member_with_role(p, g.members, Role::provider) ||
           !member_with_role(p, g.members, Role::user);
  });
  a.warn(!no_triad.empty(), no_triad, std::to_string(no_triad.size()) + " working groups lack part of the triad",
         "add a commissioner, a provider and a user to each working group");
  a.warn(!any_role(p, Role::public_), {"/stakeholders"}, "the public takes no part",
         "invite the public to working groups and hearings");

  a.check("I3", "indicator", "Plán odpovídá místním podmínkám a potřebám", "The plan matches local conditions and needs");
  a.fail(p.needs.empty(), {"/needs"}, "no need is recorded", "record the needs found in the analytical phase");
  const auto no_evidence = where(p.needs, "needs", [](const Need& n) { return n.evidence.empty(); });
  a.warn(!no_evidence.empty(), no_evidence, std::to_string(no_evidence.size()) + " needs without evidence",
         "add the survey, register or study behind each need");
  std::set<std::string> answered;
  for (const MeasureRef& r : measures(p))
    for (const NeedId& n : r.m->needs) answered.insert(n.str());
  const auto unanswered = where(p.needs, "needs", [&](const Need& n) { return !answered.contains(n.id.str()); });
  a.warn(!unanswered.empty(), unanswered, std::to_string(unanswered.size()) + " needs no measure answers",
         "link each need to the measures that answer it, or explain why it is left open");

  a.check("I4", "indicator", "Plán stanovuje krátkodobé i dlouhodobé cíle", "The plan sets short- and long-term goals");
  bool short_term = false, long_term = false;
  for (const Priority& pr : p.strategy.priorities)
    for (const Goal& g : pr.goals) (g.horizon == Horizon::short_term ? short_term : long_term) = true;
  a.fail(!short_term || !long_term, {"/strategy/priorities"},
         !short_term && !long_term ? "no goal" : !short_term ? "no short-term goal" : "no long-term goal",
         "set goals for the first year or two and for the whole period");

  a.check("I5", "indicator", "Plán mapuje veřejné, soukromé i dobrovolné subjekty",
          "The plan maps public, private and voluntary bodies");
  a.fail(p.services.empty(), {"/services"}, "no service (resource) is mapped",
         "describe the existing services and their providers");
  const auto no_provider = where(p.services, "services", [&](const Service& s) {
    const Stakeholder* st = find(p, s.provider);
    return !st || !st->has_role(Role::provider);
  });
  a.warn(!no_provider.empty(), no_provider, std::to_string(no_provider.size()) + " services without a provider stakeholder",
         "link each service to its provider among the stakeholders");
  const auto no_resp = measures_where(p, [](const Measure& m) { return m.responsible.empty(); });
  a.warn(!no_resp.empty(), no_resp, std::to_string(no_resp.size()) + " measures without a responsible body",
         "name who carries out each measure");

  a.check("I6", "indicator", "Plán obsahuje systém monitorování, hodnocení a informování veřejnosti",
          "The plan has a system of monitoring, evaluation and reporting to the public");
  a.fail(p.monitoring.empty(), {"/monitoring"}, "how progress is monitored is not described",
         "describe who monitors the plan, how often, and how results are published");
  a.fail(p.indicators.empty(), {"/indicators"}, "no indicator", "define indicators with baselines and targets");
  a.fail(p.information_strategy.empty(), {"/information_strategy"}, "no information strategy",
         "describe how the public is informed about each step");
  const auto unmeasured = measures_where(p, [](const Measure& m) { return m.indicators.empty(); });
  a.warn(!unmeasured.empty(), unmeasured, std::to_string(unmeasured.size()) + " measures without an indicator",
         "give each measure an indicator");
}

void content_items(Auditor& a, const Plan& p) {
  a.check("C01", "content", "Popis a analýza stávajících zdrojů", "Description and analysis of existing resources");
  a.fail(p.services.empty(), {"/services"}, "no service is described", "list the existing services with capacities");
  const auto no_capacity = where(p.services, "services", [](const Service& s) { return s.capacity.amount <= 0.0; });
  a.warn(!no_capacity.empty(), no_capacity, std::to_string(no_capacity.size()) + " services without capacity",
         "state each service's capacity");

  a.check("C02", "content", "Statistická, sociologická a demografická data", "Statistical, sociological, demographic data");
  a.fail(p.demography.population.empty() && p.demography.statistics.empty(), {"/demography"}, "no data",
         "add population by age band (ČSÚ) and other figures");
  a.warn(p.demography.population.empty(), {"/demography/population"}, "no population data",
         "add the population by age band");
  a.warn(!p.demography.reference_date || p.demography.source.empty(), {"/demography"},
         "the data have no reference date or source", "state the reference date and source of the data");

  a.check("C03", "content", "Popis a analýza přání a potřeb obyvatel", "Wishes and needs of inhabitants");
  a.fail(p.needs.empty(), {"/needs"}, "no need is described", "describe the needs found");
  const auto no_evidence = where(p.needs, "needs", [](const Need& n) { return n.evidence.empty(); });
  a.warn(!no_evidence.empty(), no_evidence, std::to_string(no_evidence.size()) + " needs without evidence",
         "add where knowledge of each need comes from");

  a.check("C04", "content", "Vize, priority a cíle", "The vision, priorities and goals");
  a.fail(p.strategy.vision.empty(), {"/strategy/vision"}, "no vision", "write the vision of future services");
  a.fail(p.strategy.priorities.empty(), {"/strategy/priorities"}, "no priority", "set the priorities");
  const auto no_goals = where(p.strategy.priorities, "strategy/priorities", [](const Priority& pr) { return pr.goals.empty(); });
  a.warn(!no_goals.empty(), no_goals, std::to_string(no_goals.size()) + " priorities without goals",
         "give each priority its goals");

  a.check("C05", "content", "Časový harmonogram prací", "Timeline of the work");
  a.fail(p.timeline.empty(), {"/timeline"}, "no milestone", "add the milestones of the work");

  a.check("C06", "content", "Principy", "Principles");
  a.fail(p.principles.empty(), {"/principles"}, "no principle", "state the principles kept in writing and carrying out the plan");

  a.check("C07", "content", "Způsob zapojení účastníků", "How participants are involved");
  a.fail(p.involvement.empty(), {"/involvement"}, "involvement is not described", "describe how participants take part");

  a.check("C08", "content", "Podíly odpovědnosti a závazky účastníků", "Shares of responsibility and commitments");
  const auto all = measures(p);
  a.fail(all.empty(), {"/strategy/priorities"}, "no measure", "add measures with responsible parties");
  a.all_or_some(measures_where(p, [](const Measure& m) { return m.responsible.empty(); }), all.size(),
                "measures without a responsible party", "name the responsible party and its commitment");

  a.check("C09", "content", "Způsob monitorování a hodnocení", "How progress is monitored and evaluated");
  a.fail(p.monitoring.empty(), {"/monitoring"}, "monitoring is not described", "describe monitoring and evaluation");
  a.fail(p.indicators.empty(), {"/indicators"}, "no indicator", "define indicators");
  const auto no_target_date = where(p.indicators, "indicators", [](const Indicator& i) { return !i.target.date; });
  a.warn(!no_target_date.empty(), no_target_date, std::to_string(no_target_date.size()) + " indicators without a target date",
         "date each target");

  a.check("C10", "content", "Způsob provádění změn", "How changes are made");
  a.fail(p.change_procedure.empty(), {"/change_procedure"}, "the change procedure is not described",
         "describe who proposes changes and who approves them");
}

void quality_areas(Auditor& a, const Plan& p) {
  a.check("Q1", "quality", "Legitimita", "Legitimacy");
  a.fail(p.mandate.resolution.empty(), {"/mandate"}, "no council resolution", "record the council resolution (usnesení)");
  a.fail(!p.commissioner || !find(p, *p.commissioner), {"/commissioner"}, "no commissioner",
         "name the municipality or region as commissioner");

  a.check("Q2", "quality", "Popis současného stavu", "Description of the current situation");
  a.fail(p.services.empty() || (p.demography.population.empty() && p.needs.empty()), {"/services", "/needs"},
         "resources, data or needs are missing", "describe services, demography and needs");
  a.warn(p.economic_evaluation.empty(), {"/economic_evaluation"}, "no economic evaluation (Act 108/2006 §3 h)",
         "evaluate the costs of resources and needs");

  a.check("Q3", "quality", "Kvalifikace a kompetence", "Qualification and competence");
  const Stakeholder* coord = p.coordinator ? find(p, *p.coordinator) : nullptr;
  a.fail(!coord, {"/coordinator"}, "no coordinator", "appoint one coordinating body");
  a.warn(coord && !coord->has_role(Role::coordinator), {"/coordinator"}, "the coordinator lacks the coordinator role",
         "give the coordinating body the coordinator role");
  a.warn(p.preparation.empty(), {"/preparation"}, "how the plan was prepared is not described",
         "describe the preparation (Act 108/2006 §3 h)");

  a.check("Q4", "quality", "Řízení procesu plánování", "Management of the planning process");
  a.fail(p.steering_group.members.empty(), {"/steering_group"}, "no steering group", "set up a steering group");
  const auto no_chair = where(p.working_groups, "working_groups", [](const WorkingGroup& g) { return !g.chair; });
  a.warn(!no_chair.empty(), no_chair, std::to_string(no_chair.size()) + " working groups without a chair",
         "appoint a chair of each group");

  a.check("Q5", "quality", "Zapojení", "Involvement");
  a.fail(!any_role(p, Role::user), {"/stakeholders"}, "no user takes part", "find and involve users of services");
  const auto no_user = where(p.working_groups, "working_groups",
                             [&](const WorkingGroup& g) { return !member_with_role(p, g.members, Role::user); });
  a.warn(!no_user.empty(), no_user, std::to_string(no_user.size()) + " working groups without a user",
         "involve users (or their representatives) in every group");

  a.check("Q6", "quality", "Plán rozvoje", "The development plan");
  a.fail(measures(p).empty(), {"/strategy/priorities"}, "no measure", "add measures");
  const auto incomplete = measures_where(p, [](const Measure& m) {
    return !m.start || !m.end || !m.cost || m.funding.empty();
  });
  a.warn(!incomplete.empty(), incomplete, std::to_string(incomplete.size()) + " measures without timeline, cost or funding",
         "give each measure its timeline, cost and funding sources");
  const int years = static_cast<int>(p.period.end.year()) - static_cast<int>(p.period.start.year()) + 1;
  a.warn(years < 2 || years > 5, {"/period"}, "the period is not 2–5 years", "a mid-term plan covers 2–5 years");

  a.check("Q7", "quality", "Informovanost", "Information");
  a.fail(p.information_strategy.empty(), {"/information_strategy"}, "no information strategy",
         "prepare an information strategy for the public");
  const auto unsettled = where(p.comments, "comments", [](const Comment& c) { return !c.settlement; });
  a.warn(!unsettled.empty(), unsettled, std::to_string(unsettled.size()) + " comments without a published settlement",
         "publish the settlement of every comment as an annex");

  a.check("Q8", "quality", "Zlepšování procesu", "Improving the process");
  a.fail(p.change_procedure.empty() && p.monitoring.empty(), {"/change_procedure", "/monitoring"},
         "neither monitoring nor changes are described", "describe evaluation and how the plan is updated");
  const auto never = where(p.indicators, "indicators", [](const Indicator& i) { return i.measurements.empty(); });
  a.warn(!p.indicators.empty() && never.size() == p.indicators.size(), never, "no indicator has been measured",
         "measure the indicators and evaluate the plan regularly");
}

}  // namespace

AuditReport audit(const Plan& plan) {
  Auditor a;
  indicators_of_good_plan(a, plan);
  content_items(a, plan);
  quality_areas(a, plan);
  AuditReport r = std::move(a.report);
  for (const AuditCheck& c : r.checks) {
    if (c.verdict == Verdict::pass) ++r.passed;
    else if (c.verdict == Verdict::warn) ++r.warned;
    else ++r.failed;
  }
  // Half points in integers: score = round(100 * (2·pass + warn) / (2·n)), halves up.
  const std::size_t n2 = 2 * r.checks.size();
  r.score = static_cast<int>((100 * (2 * r.passed + r.warned) * 2 + n2) / (2 * n2));
  return r;
}

std::string audit_to_json(const AuditReport& report) {
  ojson j;
  j["score"] = report.score;
  j["passed"] = report.passed;
  j["warned"] = report.warned;
  j["failed"] = report.failed;
  j["checks"] = ojson::array();
  for (const AuditCheck& c : report.checks) {
    ojson e;
    e["code"] = c.code;
    e["area"] = c.area;
    e["title_cs"] = c.title_cs;
    e["title_en"] = c.title_en;
    e["verdict"] = std::string(to_string(c.verdict));
    e["elements"] = c.elements;
    e["finding"] = c.finding;
    e["hint"] = c.hint;
    j["checks"].push_back(std::move(e));
  }
  return j.dump(2);
}

}  // namespace kpss::cycle
