#include <gtest/gtest.h>

#include "cycle_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/event_log.hpp"

namespace kpss::cycle {
namespace {

TEST(EventLog, NumbersAndDatesEntriesByTheInjectedClock) {
  test::ManualClock clock;
  EventLog log(clock.clock());
  clock.set("2025-03-01");
  const Event& first = log.append("st-kralova", "note", R"({ "text" : "začínáme" })");
  EXPECT_EQ(first.sequence, 1u);
  EXPECT_EQ(first.date, parse_date("2025-03-01"));
  EXPECT_EQ(first.payload, R"({"text":"začínáme"})");
  clock.set("2025-03-02");
  EXPECT_EQ(log.append("st-kralova", "note").sequence, 2u);
  EXPECT_EQ(log.events()[1].payload, "{}");
  EXPECT_EQ(log.events()[1].date, parse_date("2025-03-02"));
}

TEST(EventLog, RefusesIncompleteEntries) {
  EventLog log([] { return parse_date("2025-01-01"); });
  EXPECT_THROW(log.append("", "note"), InvalidArgument);
  EXPECT_THROW(log.append("a", ""), InvalidArgument);
  EXPECT_THROW(log.append("a", "note", "[1, 2]"), InvalidArgument);
  EXPECT_THROW(log.append("a", "note", "{"), InvalidArgument);
  EXPECT_TRUE(log.events().empty());
}

TEST(EventLog, PersistsWithThePlan) {
  Plan plan = test::small_plan();
  EXPECT_TRUE(load_log(plan).events().empty());
  test::ManualClock clock;
  EventLog log(clock.clock());
  log.append("a", "note", R"({"n": 1})");
  log.append("b", "advance", R"({"from": "preparatory", "to": "analytical"})");
  store_log(plan, log);
  const Plan reread = read_plan_json(write_plan_json(plan));
  EXPECT_EQ(load_log(reread).events(), log.events());
}

TEST(EventLog, RejectsATamperedLog) {
  Plan plan = test::small_plan();
  const auto bad = [&](std::string text) {
    plan.extensions[std::string(log_member)] = std::move(text);
    EXPECT_THROW(load_log(plan), CorruptData) << plan.extensions[std::string(log_member)];
  };
  bad("{}");
  bad(R"([{"seq": 2, "date": "2025-01-01", "actor": "a", "action": "x", "payload": {}}])");
  bad(R"([{"seq": 1, "date": "2025-02-30", "actor": "a", "action": "x", "payload": {}}])");
  bad(R"([{"seq": 1, "date": "2025-01-01", "actor": "", "action": "x", "payload": {}}])");
  bad(R"([{"seq": 1, "date": "2025-01-01", "actor": "a", "action": "x", "payload": 3}])");
  try {
    bad(R"([{"seq": 1, "date": "2025-01-01", "actor": "a", "action": "x", "payload": {}}, 5])");
    load_log(plan);
  } catch (const CorruptData& e) {
    EXPECT_EQ(e.where(), "/x-kpss-log/1");
  }
}

}  // namespace
}  // namespace kpss::cycle
