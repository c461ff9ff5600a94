#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cycle_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/next_cycle.hpp"

namespace kpss::cycle {
namespace {

Plan evaluated_sample() {
  Plan plan = test::sample_plan();
  EventLog log([] { return parse_date("2028-10-15"); });
  log.append("st-kralova", "evaluation_published");
  store_log(plan, log);
  return plan;
}

NextCycleOptions options() {
  return {PlanId("kpss-dolni-habrov-2029"), {parse_date("2029-01-01"), parse_date("2031-12-31")},
          "Komunitní plán 2029–2031"};
}

TEST(NextCycle, NeedsAnEvaluatedPlan) {
  EXPECT_THROW(next_cycle(test::sample_plan(), options()), ConflictError);
  NextCycleOptions same = options();
  same.id = test::sample_plan().id;
  EXPECT_THROW(next_cycle(evaluated_sample(), same), InvalidArgument);
  NextCycleOptions backwards = options();
  std::swap(backwards.period.start, backwards.period.end);
  EXPECT_THROW(next_cycle(evaluated_sample(), backwards), InvalidArgument);
}

TEST(NextCycle, CarriesOverUnfinishedMeasuresWithHistory) {
  Plan old = evaluated_sample();
  // g4-1 is done: both measures completed or cancelled; m2-2-1 is completed.
  old.strategy.priorities[3].goals[0].measures[0].status = Status::completed;
  old.strategy.priorities[3].goals[0].measures[1].status = Status::cancelled;
  old.strategy.priorities[1].goals[1].measures[0].status = Status::completed;
  const Plan next = next_cycle(old, options());

  EXPECT_EQ(next.id.str(), "kpss-dolni-habrov-2029");
  EXPECT_EQ(next.title, "Komunitní plán 2029–2031");
  EXPECT_TRUE(next.comments.empty());
  EXPECT_TRUE(next.mandate.resolution.empty());
  EXPECT_FALSE(next.extensions.contains(std::string(log_member)));
  const auto link = nlohmann::json::parse(next.extensions.at(std::string(previous_member)));
  EXPECT_EQ(link["id"], "kpss-dolni-habrov-2026");
  EXPECT_EQ(link["end"], "2028-12-31");

  // p2's g2-2 and p4's g4-1 are gone with their finished measures; the rest stays.
  const PlanCounts before = count_elements(old), after = count_elements(next);
  EXPECT_EQ(after.priorities, before.priorities);
  EXPECT_EQ(after.goals, before.goals - 2);
  EXPECT_EQ(after.measures, before.measures - 3);
  EXPECT_EQ(find(next, GoalId("g4-1")), nullptr);
  EXPECT_EQ(find(next, MeasureId("m2-2-1")), nullptr);

  const Measure* carried = find(next, MeasureId("m1-1-1"));
  ASSERT_NE(carried, nullptr);
  EXPECT_EQ(carried->start, parse_date("2029-01-01"));
  EXPECT_EQ(carried->end, parse_date("2031-12-31"));
  const auto history = nlohmann::json::parse(carried->extensions.at(std::string(history_member)));
  ASSERT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0]["plan"], "kpss-dolni-habrov-2026");
  EXPECT_EQ(history[0]["status"], "in_progress");
  EXPECT_DOUBLE_EQ(history[0]["progress"].get<double>(), 4.0 / 23.0);
  EXPECT_EQ(history[0]["start"], "2026-01-01");
  EXPECT_EQ(history[0]["end"], "2028-12-31");

  // Indicators rebased: the last measurement is the new baseline; i-obce-ps (only m2-2-1
  // and g2-2 used it) is dropped.
  const Indicator* clients = find(next, IndicatorId("i-ps-klienti"));
  ASSERT_NE(clients, nullptr);
  EXPECT_EQ(clients->baseline.value, 176.0);
  EXPECT_EQ(clients->baseline.date, parse_date("2025-06-30"));
  EXPECT_TRUE(clients->measurements.empty());
  EXPECT_EQ(find(next, IndicatorId("i-dzr-luzka"))->baseline.value, 32.0);
  EXPECT_EQ(find(next, IndicatorId("i-obce-ps")), nullptr);

  // A second cycle appends to the history.
  Plan again = next;
  EventLog log([] { return parse_date("2031-10-01"); });
  log.append("st-kralova", "evaluation_published");
  store_log(again, log);
  NextCycleOptions third = options();
  third.id = PlanId("kpss-dolni-habrov-2032");
  third.period = {parse_date("2032-01-01"), parse_date("2034-12-31")};
  const Plan later = next_cycle(again, third);
  const auto h2 = nlohmann::json::parse(find(later, MeasureId("m1-1-1"))->extensions.at(std::string(history_member)));
  ASSERT_EQ(h2.size(), 2u);
  EXPECT_EQ(h2[1]["plan"], "kpss-dolni-habrov-2029");
}

}  // namespace
}  // namespace kpss::cycle
