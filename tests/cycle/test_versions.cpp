#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cycle_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/versions.hpp"

namespace kpss::cycle {
namespace {

using Kind = Change::Kind;

TEST(Diff, IdenticalPlansHaveNoChanges) {
  EXPECT_TRUE(diff(test::sample_plan(), test::sample_plan()).empty());
}

TEST(Diff, ListsExactlyTheChangesMade) {
  test::ManualClock clock;
  EventLog log(clock.clock());
  const Snapshot draft = take_snapshot(test::sample_plan(), log, "st-kralova", "working_draft");
  Plan final_plan = draft.plan;
  // The changes the settlement of comments brought, and one more log entry that must not show.
  Measure& taxi = final_plan.strategy.priorities[3].goals[1].measures[0];
  taxi.cost = parse_money("1800000.00 CZK");
  final_plan.strategy.priorities[1].goals[2].measures.erase(final_plan.strategy.priorities[1].goals[2].measures.begin() + 1);
  Indicator women;
  women.id = IndicatorId("i-zeny-luzka");
  women.name = "Lůžka pro ženy v noclehárně";
  women.unit = "lůžka";
  women.baseline.value = 0;
  women.target.value = 4;
  final_plan.indicators.push_back(women);
  final_plan.principles[1] = "Hlasy všech účastníků mají stejnou váhu.";
  final_plan.demography.source.clear();
  store_log(final_plan, log);
  const Snapshot fin = take_snapshot(final_plan, log, "st-kralova", "final");
  EXPECT_EQ(draft.event, 1u);
  EXPECT_EQ(fin.event, 2u);
  EXPECT_EQ(log.events()[1].payload, R"({"label":"final"})");

  const auto changes = diff(draft.plan, fin.plan);
  ASSERT_EQ(changes.size(), 5u) << diff_to_json(changes);
  EXPECT_EQ(changes[0].kind, Kind::changed);
  EXPECT_EQ(changes[0].path, "/principles/1");
  EXPECT_EQ(changes[1].kind, Kind::removed);
  EXPECT_EQ(changes[1].path, "/demography/source");
  EXPECT_EQ(changes[2].kind, Kind::removed);
  EXPECT_EQ(changes[2].path, "/strategy/priorities/p2/goals/g2-3/measures/m2-3-2");
  EXPECT_EQ(changes[3].kind, Kind::changed);
  EXPECT_EQ(changes[3].path, "/strategy/priorities/p4/goals/g4-2/measures/m4-2-1/cost");
  EXPECT_EQ(changes[3].before, R"("1560000.00 CZK")");
  EXPECT_EQ(changes[3].after, R"("1800000.00 CZK")");
  EXPECT_EQ(changes[4].kind, Kind::added);
  EXPECT_EQ(changes[4].path, "/indicators/i-zeny-luzka");
  EXPECT_TRUE(changes[4].before.empty());

  const auto j = nlohmann::json::parse(diff_to_json(changes));
  EXPECT_EQ(j["added"], 1);
  EXPECT_EQ(j["removed"], 2);
  EXPECT_EQ(j["changed"], 2);
  EXPECT_EQ(j["changes"][4]["after"]["name"], "Lůžka pro ženy v noclehárně");

  const auto back = diff(fin.plan, draft.plan);
  ASSERT_EQ(back.size(), 5u);
  EXPECT_EQ(back[4].kind, Kind::removed);
  EXPECT_EQ(back[4].path, "/indicators/i-zeny-luzka");
}

TEST(Diff, EscapesIdsInPaths) {
  Plan a = test::small_plan(), b = a;
  b.extensions["x-a/b"] = "1";
  const auto changes = diff(a, b);
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].path, "/x-a~1b");
}

TEST(Snapshot, NeedsALabel) {
  EventLog log([] { return parse_date("2025-01-01"); });
  EXPECT_THROW(take_snapshot(test::small_plan(), log, "a", ""), InvalidArgument);
}

}  // namespace
}  // namespace kpss::cycle
