#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cycle_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/comments.hpp"

namespace kpss::cycle {
namespace {

TEST(Comments, TargetsMustExist) {
  Plan plan = test::sample_plan();
  EventLog log([] { return parse_date("2025-09-20"); });
  Comment c;
  c.id = CommentId("c-99");
  c.text = "x";
  c.target = {ElementKind::measure, "m9-9-9"};
  EXPECT_THROW(add_comment(plan, log, "a", c), NotFound);
  c.id = CommentId("c-01");
  c.target = {ElementKind::need, "n-03"};
  EXPECT_THROW(add_comment(plan, log, "a", c), InvalidArgument) << "duplicate id";
  c.id = CommentId("c-99");
  c.text.clear();
  EXPECT_THROW(add_comment(plan, log, "a", c), InvalidArgument);
  EXPECT_TRUE(log.events().empty());
  EXPECT_EQ(element_path(plan, {ElementKind::need, "n-03"}), "/needs/2");
  EXPECT_EQ(element_path(plan, {ElementKind::measure, "m2-1-2"}), "/strategy/priorities/1/goals/0/measures/1");
  EXPECT_EQ(element_path(plan, {ElementKind::plan, ""}), "");
}

TEST(Comments, SettlementIsLoggedAndNeedsAJustification) {
  Plan plan = test::sample_plan();
  EventLog log([] { return parse_date("2025-09-20"); });
  Comment c;
  c.id = CommentId("c-99");
  c.author = StakeholderId("st-charita");
  c.text = "Doplňte terénní práci.";
  c.target = {ElementKind::priority, "p3"};
  add_comment(plan, log, "st-kralova", c);
  EXPECT_EQ(plan.comments.back().date, parse_date("2025-09-20"));
  EXPECT_THROW(settle(plan, log, "st-kralova", CommentId("c-99"), {Outcome::accepted, "", {}, {}, {}}),
               InvalidArgument);
  EXPECT_THROW(settle(plan, log, "st-kralova", CommentId("c-98"), {Outcome::accepted, "ok", {}, {}, {}}), NotFound);
  settle(plan, log, "st-kralova", CommentId("c-99"), {Outcome::partly, "Jen v centru města.", {}, {}, {}});
  ASSERT_EQ(log.events().size(), 2u);
  EXPECT_EQ(log.events()[0].payload, R"({"comment":"c-99","target":"/strategy/priorities/2"})");
  EXPECT_EQ(log.events()[1].action, "settle");
  EXPECT_EQ(log.events()[1].payload, R"({"comment":"c-99","justification":"Jen v centru města.","outcome":"partly"})");
}

TEST(SettlementAnnex, ListsEveryCommentWithItsSettlement) {
  Plan plan = test::sample_plan();
  plan.comments[1].settlement.reset();
  const auto rows = settlement_annex(plan);
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0].comment, "c-01");
  EXPECT_EQ(rows[0].target, "measure m4-2-1");
  EXPECT_EQ(rows[0].outcome, "partly");
  EXPECT_EQ(rows[1].author, "Jan Procházka");
  EXPECT_EQ(rows[1].outcome, "unsettled");
  EXPECT_EQ(rows[4].author, "anonymous");
  EXPECT_EQ(rows[4].outcome, "rejected");
  EXPECT_EQ(rows[6].target, "plan");
  const auto j = nlohmann::json::parse(annex_to_json(plan));
  EXPECT_EQ(j["counts"]["accepted"], 3);
  EXPECT_EQ(j["counts"]["partly"], 2);
  EXPECT_EQ(j["counts"]["rejected"], 1);
  EXPECT_EQ(j["counts"]["unsettled"], 1);
  const std::string md = annex_to_markdown(plan);
  EXPECT_NE(md.find("| c-05 | anonymous | measure m1-3-3 |"), std::string::npos);
  EXPECT_NE(md.find("| rejected | Kontaktní centrum snižuje"), std::string::npos);
}

}  // namespace
}  // namespace kpss::cycle
