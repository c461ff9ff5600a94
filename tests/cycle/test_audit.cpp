#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cycle_fixtures.hpp"
#include "kpss/cycle/audit.hpp"

namespace kpss::cycle {
namespace {

const AuditCheck& check(const AuditReport& r, const std::string& code) {
  for (const AuditCheck& c : r.checks)
    if (c.code == code) return c;
  throw std::runtime_error("no check " + code);
}

TEST(Audit, HasTheTwentyFourChecksInCodeOrder) {
  const AuditReport r = audit(test::sample_plan());
  std::vector<std::string> codes;
  for (const AuditCheck& c : r.checks) codes.push_back(c.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"I1", "I2", "I3", "I4", "I5", "I6", "C01", "C02", "C03", "C04",
                                             "C05", "C06", "C07", "C08", "C09", "C10", "Q1", "Q2", "Q3", "Q4",
                                             "Q5", "Q6", "Q7", "Q8"}));
  EXPECT_EQ(r.passed + r.warned + r.failed, 24u);
}

TEST(Audit, TheSamplePlanHasNoFailure) {
  const AuditReport r = audit(test::sample_plan());
  EXPECT_EQ(r.failed, 0u) << audit_to_json(r);
  // Its one gap: the groups for people at risk of exclusion and for mental health lack a
  // commissioner (the coordinator, employed by the town, does not sit there as the town).
  EXPECT_EQ(check(r, "I2").verdict, Verdict::warn);
  EXPECT_EQ(check(r, "I2").elements, (std::vector<std::string>{"/working_groups/3", "/working_groups/4"}));
  EXPECT_EQ(r.passed, 23u);
  EXPECT_EQ(r.score, 98);  // 100 · 23.5 / 24 = 97.9
}

// A deliberately poor plan: a title, a period, one provider and a service, one priority
// with one short-term goal and one bare measure.
Plan poor_plan() {
  Plan p;
  p.id = PlanId("poor");
  p.title = "Chudý plán";
  p.period = {parse_date("2026-01-01"), parse_date("2035-12-31")};
  Stakeholder ngo;
  ngo.id = StakeholderId("ngo");
  ngo.roles = {Role::provider};
  p.stakeholders = {ngo};
  Service s;
  s.id = ServiceId("s1");
  s.name = "Pečovatelská služba";
  s.provider = StakeholderId("nobody");
  p.services = {s};
  Need n;
  n.id = NeedId("n1");
  n.title = "Více péče";
  p.needs = {n};
  Measure m;
  m.id = MeasureId("m1");
  m.title = "Něco udělat";
  Goal g;
  g.id = GoalId("g1");
  g.horizon = Horizon::short_term;
  g.measures = {m};
  Priority pr;
  pr.id = PriorityId("p1");
  pr.goals = {g};
  Priority empty;
  empty.id = PriorityId("p2");
  p.strategy.priorities = {pr, empty};
  return p;
}

TEST(Audit, NamesEachFailingCheckOfAPoorPlanAndItsElements) {
  const AuditReport r = audit(poor_plan());
  std::vector<std::string> failing;
  for (const AuditCheck& c : r.checks)
    if (c.verdict == Verdict::fail) failing.push_back(c.code);
  EXPECT_EQ(failing, (std::vector<std::string>{"I1", "I2", "I4", "I6", "C02", "C04", "C05", "C06", "C07", "C08",
                                               "C09", "C10", "Q1", "Q3", "Q4", "Q5", "Q7", "Q8"}))
      << audit_to_json(r);
  EXPECT_EQ(check(r, "I1").elements, std::vector<std::string>{"/stakeholders"});
  EXPECT_EQ(check(r, "I1").finding, "no stakeholder with role commissioner, user");
  EXPECT_EQ(check(r, "I4").finding, "no long-term goal");
  EXPECT_EQ(check(r, "C08").elements, std::vector<std::string>{"/strategy/priorities/0/goals/0/measures/0"});
  EXPECT_EQ(check(r, "C04").elements, std::vector<std::string>{"/strategy/vision"});
  EXPECT_FALSE(check(r, "C04").hint.empty());
  // Warnings name their elements too.
  EXPECT_EQ(check(r, "I3").verdict, Verdict::warn);
  EXPECT_EQ(check(r, "I3").elements, std::vector<std::string>{"/needs/0"});
  EXPECT_EQ(check(r, "I5").verdict, Verdict::warn);
  EXPECT_EQ(check(r, "I5").elements, std::vector<std::string>{"/services/0"});
  EXPECT_EQ(check(r, "C01").verdict, Verdict::warn);
  EXPECT_EQ(check(r, "Q6").verdict, Verdict::warn);
  EXPECT_EQ(check(r, "Q6").elements, std::vector<std::string>{"/strategy/priorities/0/goals/0/measures/0"});
  EXPECT_EQ(check(r, "Q2").verdict, Verdict::warn);
  EXPECT_EQ(check(r, "C03").verdict, Verdict::warn);
  EXPECT_EQ(r.failed, 18u);
  EXPECT_EQ(r.warned, 6u);
  EXPECT_EQ(r.passed, 0u);
  EXPECT_EQ(r.score, 13);  // 100 · 3 / 24 = 12.5, rounded half up

  const auto j = nlohmann::json::parse(audit_to_json(r));
  EXPECT_EQ(j["failed"], 18);
  EXPECT_EQ(j["checks"][0]["verdict"], "fail");
  EXPECT_EQ(j["checks"][0]["title_cs"], "Plán je výsledkem vyjednávání všech účastníků");
}

TEST(Audit, EmptyPlanFailsWithoutThrowing) {
  const AuditReport r = audit(Plan{});
  EXPECT_EQ(r.passed, 0u);
  EXPECT_GT(r.failed, 20u);
  EXPECT_LT(r.score, 10);
}

}  // namespace
}  // namespace kpss::cycle
