#include <gtest/gtest.h>

#include <algorithm>

#include "cycle_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/comments.hpp"
#include "kpss/cycle/phases.hpp"

namespace kpss::cycle {
namespace {

using test::ManualClock;

std::vector<std::string> codes(const std::vector<GateFinding>& unmet) {
  std::vector<std::string> out;
  for (const GateFinding& f : unmet) out.push_back(f.code);
  return out;
}

std::string phase(const Cycle& c, const EventLog& log) { return c.phases[replay(c, log).phase].name; }

TEST(DefaultCycle, HasTheNinePhasesAndEighteenGates) {
  const Cycle c = default_cycle();
  std::vector<std::string> names;
  for (const Phase& p : c.phases) names.push_back(p.name);
  EXPECT_EQ(names, (std::vector<std::string>{"preparatory", "analytical", "proposal", "public_comment", "approval",
                                             "implementation", "monitoring", "update", "next_cycle"}));
  ASSERT_EQ(default_gates().size(), 18u);
  for (const Gate& g : default_gates()) {
    EXPECT_FALSE(g.description_cs.empty()) << g.code;
    EXPECT_FALSE(g.description_en.empty()) << g.code;
  }
  EXPECT_THROW(default_gate("G99"), NotFound);
  EXPECT_THROW(c.index_of("nowhere"), NotFound);
}

// The sample plan walks the whole default cycle: at each step the gates that are not yet met
// are refused with the elements behind them, the work is done, and the cycle moves on.
TEST(DefaultCycle, SamplePlanWalksTheWholeCycle) {
  const Cycle c = default_cycle();
  ManualClock clock;
  EventLog log(clock.clock());
  Plan plan = test::sample_plan();
  const Plan original = plan;

  // Preparatory: the mandate and the information strategy are not there yet, and the groups
  // for people at risk of exclusion and for mental health have no commissioner (the
  // coordinator, employed by the town, sits there as coordinator, not as the town).
  plan.mandate.resolution.clear();
  plan.information_strategy.clear();
  AdvanceResult r = advance(c, plan, log, "st-kralova");
  EXPECT_FALSE(r.advanced);
  EXPECT_EQ(codes(r.unmet), (std::vector<std::string>{"G01", "G03", "G04"}));
  EXPECT_EQ(r.unmet[1].elements, (std::vector<std::string>{"/working_groups/3", "/working_groups/4"}));
  EXPECT_NE(r.unmet[1].detail.find("pg-ohrozeni lacks commissioner"), std::string::npos);
  EXPECT_TRUE(log.events().empty()) << "a refused advance leaves no trace";
  plan.mandate = original.mandate;
  plan.information_strategy = original.information_strategy;
  plan.working_groups[3].members.push_back(StakeholderId("st-vesela"));
  plan.working_groups[4].members.push_back(StakeholderId("st-vesela"));
  clock.set("2024-04-20");
  r = advance(c, plan, log, "st-kralova");
  ASSERT_TRUE(r.advanced);
  EXPECT_EQ(r.to, "analytical");

  // Analytical: a need without evidence.
  plan.needs[4].evidence.clear();
  EXPECT_EQ(codes(unmet_gates(c, plan, log)), std::vector<std::string>{"G06"});
  EXPECT_EQ(unmet_gates(c, plan, log)[0].elements, std::vector<std::string>{"/needs/4"});
  plan.needs[4].evidence = original.needs[4].evidence;
  clock.set("2025-03-01");
  ASSERT_TRUE(advance(c, plan, log, "st-kralova").advanced);

  // Proposal: the priorities are not ranked; then ranked without and with a majority.
  EXPECT_EQ(codes(unmet_gates(c, plan, log)), std::vector<std::string>{"G11"});
  log.append("st-kralova", "priorities_ranked", R"({"in_favour": 12, "voters": 24})");
  r = advance(c, plan, log, "st-kralova");
  ASSERT_EQ(codes(r.unmet), std::vector<std::string>{"G11"});
  EXPECT_EQ(r.unmet[0].detail, "12 of 24 in favour is not a majority");
  log.append("st-kralova", "priorities_ranked", R"({"in_favour": 19, "voters": 24})");
  clock.set("2025-07-01");
  ASSERT_TRUE(advance(c, plan, log, "st-kralova").advanced);

  // Public comment: published too late before the hearing; the hearing moves.
  clock.set("2025-09-01");
  log.append("st-kralova", "draft_published");
  clock.set("2025-09-10");
  log.append("st-kralova", "public_hearing");
  EXPECT_EQ(codes(unmet_gates(c, plan, log)), (std::vector<std::string>{"G12", "G13"}));
  EXPECT_EQ(unmet_gates(c, plan, log)[0].detail, "the draft was published 9 days before the hearing");
  clock.set("2025-09-16");
  log.append("st-kralova", "public_hearing", R"({"note": "přeloženo"})");
  clock.set("2025-09-29");
  log.append("st-kralova", "comments_closed");
  EXPECT_EQ(codes(unmet_gates(c, plan, log)), std::vector<std::string>{"G13"});
  clock.set("2025-09-30");
  log.append("st-kralova", "comments_closed");
  // A late comment, not yet settled, holds the entry gate of approval.
  Comment late;
  late.id = CommentId("c-08");
  late.author_name = "Marie Nováková";
  late.target = {ElementKind::goal, "g4-2"};
  late.text = "Senior taxi i o víkendech.";
  add_comment(plan, log, "st-kralova", late);
  r = advance(c, plan, log, "st-kralova");
  ASSERT_EQ(codes(r.unmet), std::vector<std::string>{"G14"});
  EXPECT_TRUE(r.unmet[0].entry);
  EXPECT_EQ(r.unmet[0].phase, "approval");
  EXPECT_EQ(r.unmet[0].elements, std::vector<std::string>{"/comments/7"});
  clock.set("2025-10-08");
  settle(plan, log, "st-kralova", CommentId("c-08"),
         {Outcome::rejected, "Rozpočet opatření víkendový provoz neunese; znovu v aktualizaci.", {}, {}, {}});
  ASSERT_TRUE(advance(c, plan, log, "st-kralova").advanced);

  // Approval.
  EXPECT_EQ(codes(unmet_gates(c, plan, log)), std::vector<std::string>{"G15"});
  clock.set("2025-11-17");
  log.append("st-dvorak", "approved", R"({"resolution": "ZM/2025/11/08"})");
  ASSERT_TRUE(advance(c, plan, log, "st-kralova").advanced);

  // Implementation: the action plan of the current year is late; the steering group moves on
  // by an override, which needs an actor and a justification.
  clock.set("2026-01-20");
  log.append("st-kralova", "action_plan", R"({"year": 2025})");
  r = advance(c, plan, log, "st-kralova");
  ASSERT_EQ(codes(r.unmet), std::vector<std::string>{"G16"});
  EXPECT_THROW(force_advance(c, plan, log, "st-kralova", ""), InvalidArgument);
  EXPECT_THROW(force_advance(c, plan, log, "", "důvod"), InvalidArgument);
  const std::string why = "Akční plán 2026 schválí rada v únoru; realizace běží podle plánu 2025.";
  r = force_advance(c, plan, log, "st-dvorak", why);
  ASSERT_TRUE(r.advanced);
  EXPECT_EQ(r.to, "monitoring");
  const Event& override_event = log.events()[log.events().size() - 2];
  EXPECT_EQ(override_event.action, "override");
  EXPECT_EQ(override_event.actor, "st-dvorak");
  EXPECT_EQ(override_event.payload,
            R"({"from":"implementation","gates":["G16"],"justification":")" + why + R"(","to":"monitoring"})");

  // Monitoring: most indicators were never measured; measure them all, publish the evaluation.
  clock.set("2027-03-31");
  r = advance(c, plan, log, "st-kralova");
  ASSERT_EQ(codes(r.unmet), (std::vector<std::string>{"G17", "G18"}));
  EXPECT_EQ(r.unmet[0].elements.size(), plan.indicators.size());
  for (Indicator& i : plan.indicators) i.measurements.push_back({i.target.value, parse_date("2026-12-31"), "", {}});
  log.append("st-kralova", "evaluation_published", R"({"url": "https://habrov.example/kpss/evaluace-2026"})");
  ASSERT_TRUE(advance(c, plan, log, "st-kralova").advanced);
  ASSERT_TRUE(advance(c, plan, log, "st-kralova").advanced);
  EXPECT_EQ(phase(c, log), "next_cycle");
  EXPECT_TRUE(unmet_gates(c, plan, log).empty());
  EXPECT_THROW(advance(c, plan, log, "st-kralova"), ConflictError);

  // The log travels with the plan and replays to the same state.
  store_log(plan, log);
  const Plan reread = read_plan_json(write_plan_json(plan));
  const EventLog replayed = load_log(reread, clock.clock());
  EXPECT_TRUE(replayed.events() == log.events()) << log_to_json(replayed);
  const CycleState s = replay(c, replayed);
  EXPECT_EQ(s.phase, c.phases.size() - 1);
  EXPECT_EQ(s.overrides, 1u);
  EXPECT_EQ(s.phase_entered.size(), c.phases.size());
}

TEST(Replay, RejectsAnAdvanceThatSkipsAPhase) {
  EventLog log([] { return parse_date("2025-01-01"); });
  log.append("a", "advance", R"({"from": "preparatory", "to": "proposal"})");
  EXPECT_THROW(replay(default_cycle(), log), CorruptData);
}

TEST(Gates, CustomCycleUsesItsOwnGates) {
  Cycle c;
  c.phases.push_back({"draft", "Návrh", "Draft", {}, {}});
  c.phases.push_back({"done", "Hotovo", "Done",
                      {{"X1", "Plán má název", "The plan has a title",
                        [](const GateContext& ctx) {
                          return ctx.plan.title.empty() ? GateCheck{false, {"/title"}, "no title"} : GateCheck{};
                        }}},
                      {}});
  Plan plan;
  EventLog log([] { return parse_date("2025-01-01"); });
  AdvanceResult r = advance(c, plan, log, "me");
  ASSERT_EQ(codes(r.unmet), std::vector<std::string>{"X1"});
  EXPECT_TRUE(r.unmet[0].entry);
  plan.title = "Plán";
  EXPECT_TRUE(advance(c, plan, log, "me").advanced);
}

}  // namespace
}  // namespace kpss::cycle
