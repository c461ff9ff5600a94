// Shared fixtures of the plan tests: the bundled sample plan and a small plan built in code.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>

#include "kpss/io/plan_json.hpp"

namespace kpss::test {

inline std::filesystem::path sample_plan_path() {
  return std::filesystem::path(KPSS_SOURCE_DIR) / "examples" / "data" / "sample_plan.json";
}

inline std::string read_text(const std::filesystem::path& path) {
  std::string out;
  if (FILE* f = std::fopen(path.c_str(), "rb")) {
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
    std::fclose(f);
  }
  return out;
}

inline const Plan& sample_plan() {
  static const Plan plan = load_plan_json(sample_plan_path());
  return plan;
}

/// A minimal plan with one element of each kind, every reference resolving.
inline Plan small_plan() {
  Plan p;
  p.id = PlanId("small");
  p.title = "Malý plán";
  p.period = {parse_date("2026-01-01"), parse_date("2027-12-31")};
  p.territory = TerritoryCode::parse("579999");
  Stakeholder town;
  town.id = StakeholderId("town");
  town.kind = StakeholderKind::organisation;
  town.name = "Město";
  town.roles = {Role::commissioner, Role::coordinator};
  Stakeholder ngo;
  ngo.id = StakeholderId("ngo");
  ngo.name = "Spolek";
  ngo.roles = {Role::provider};
  ngo.legal_form = LegalForm::ngo;
  Stakeholder user;
  user.id = StakeholderId("u1");
  user.kind = StakeholderKind::person;
  user.roles = {Role::user};
  Stakeholder citizen;
  citizen.id = StakeholderId("o1");
  citizen.kind = StakeholderKind::person;
  citizen.roles = {Role::public_};
  citizen.memberships.push_back({StakeholderId("ngo"), "dobrovolník", {}});
  p.stakeholders = {town, ngo, user, citizen};
  p.coordinator = StakeholderId("town");
  p.commissioner = StakeholderId("town");
  WorkingGroup wg;
  wg.id = WorkingGroupId("wg");
  wg.name = "Senioři";
  wg.target_groups = {"seniors"};
  wg.members = {StakeholderId("ngo"), StakeholderId("u1")};
  wg.chair = StakeholderId("ngo");
  p.working_groups = {wg};
  Service s;
  s.id = ServiceId("s1");
  s.name = "Pečovatelská služba";
  s.type = "home_care";
  s.form = "field";
  s.capacity = {12.5, "clients"};
  s.provider = StakeholderId("ngo");
  s.unit_cost = Money::from_major(40000, Currency::czk());
  p.services = {s};
  Need n;
  n.id = NeedId("n1");
  n.title = "Víc péče";
  n.target_group = "seniors";
  n.demand = Capacity{5, "clients"};
  p.needs = {n};
  Indicator i;
  i.id = IndicatorId("i1");
  i.name = "Klienti";
  i.unit = "klienti";
  i.baseline = {10, parse_date("2025-12-31"), "", {}};
  i.target = {15, parse_date("2027-12-31"), "", {}};
  p.indicators = {i};
  Measure m;
  m.id = MeasureId("m1");
  m.title = "Rozšíření";
  m.responsible = {{StakeholderId("ngo"), "přijme pečovatelku", true, {}}};
  m.start = parse_date("2026-01-01");
  m.end = parse_date("2026-12-31");
  m.cost = Money::from_major(100000, Currency::czk());
  m.funding = {{FundingKind::municipal_budget, StakeholderId("town"),
                Money::from_major(60000, Currency::czk()), "", {}}};
  m.needs = {NeedId("n1")};
  m.services = {ServiceId("s1")};
  m.indicators = {IndicatorId("i1")};
  Activity a;
  a.id = ActivityId("a1");
  a.title = "Nábor";
  m.activities = {a};
  Goal g;
  g.id = GoalId("g1");
  g.title = "Cíl";
  g.horizon = Horizon::short_term;
  g.measures = {m};
  Goal g2;
  g2.id = GoalId("g2");
  g2.title = "Dlouhodobý cíl";
  g2.horizon = Horizon::long_term;
  Priority pr;
  pr.id = PriorityId("p1");
  pr.title = "Priorita";
  pr.goals = {g, g2};
  p.strategy.priorities = {pr};
  Comment c;
  c.id = CommentId("c1");
  c.author = StakeholderId("u1");
  c.target = {ElementKind::measure, "m1"};
  c.text = "Souhlasím.";
  c.date = parse_date("2025-10-01");
  c.settlement = Settlement{Outcome::accepted, "Bez změny.", parse_date("2025-10-10"), {}, {}};
  p.comments = {c};
  return p;
}

}  // namespace kpss::test
