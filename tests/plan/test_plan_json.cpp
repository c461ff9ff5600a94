// The JSON interchange format: lossless, deterministic round trips and precise errors.
#include <gtest/gtest.h>

#include <filesystem>

#include "kpss/core/error.hpp"
#include "kpss/io/plan_json.hpp"
#include "plan_fixtures.hpp"
#include "work_dir.hpp"

namespace kpss {
namespace {

TEST(PlanJson, SamplePlanRoundTripsByteForByte) {
  const std::string text = test::read_text(test::sample_plan_path());
  ASSERT_FALSE(text.empty()) << test::sample_plan_path();
  const Plan plan = read_plan_json(text);
  EXPECT_EQ(write_plan_json(plan), text);
  EXPECT_EQ(read_plan_json(write_plan_json(plan)), plan);
}

TEST(PlanJson, PlanBuiltInCodeRoundTripsLosslessly) {
  const Plan plan = test::small_plan();
  const std::string text = write_plan_json(plan);
  const Plan back = read_plan_json(text);
  EXPECT_EQ(back, plan);
  EXPECT_EQ(write_plan_json(back), text);
}

TEST(PlanJson, KeepsExtensionMembersVerbatim) {
  Plan plan = test::small_plan();
  plan.extensions["x-ginis"] = R"({"ref":"MUDH/1","tags":[1,2.5,null]})";
  plan.services[0].extensions["x-note"] = R"("poznámka")";
  plan.strategy.priorities[0].goals[0].measures[0].funding[0].extensions["x-grant"] = "42";
  const Plan back = read_plan_json(write_plan_json(plan));
  EXPECT_EQ(back.extensions.at("x-ginis"), R"({"ref":"MUDH/1","tags":[1,2.5,null]})");
  EXPECT_EQ(back.services[0].extensions.at("x-note"), R"("poznámka")");
  EXPECT_EQ(back, plan);
  EXPECT_EQ(test::sample_plan().extensions.at("x-spisova-znacka"), R"("MUDH/OSV/2025/1187")");
}

std::string with(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

const std::string& small_text() {
  static const std::string text = write_plan_json(test::small_plan());
  return text;
}

template <class E>
E expect_error(const std::string& text, const std::string& where, const std::string& code,
               const JsonLimits& limits = {}) {
  try {
    (void)read_plan_json(text, limits);
  } catch (const E& e) {
    EXPECT_EQ(e.where(), where) << e.what();
    EXPECT_NE(e.message().find("[" + code + "]"), std::string::npos) << e.what();
    return e;
  }
  ADD_FAILURE() << "no error for " << where;
  return E("", "");
}

TEST(PlanJson, RejectsUnknownMembersWithTheirPointer) {
  const auto e = expect_error<ParseError>(with(small_text(), "\"capacity\"", "\"capacty\""),
                                          "/services/0/capacty", "J006");
  EXPECT_NE(e.message().find("capacity"), std::string::npos) << "lists the expected names";
}

TEST(PlanJson, ReportsWrongTypesMissingMembersAndBadValues) {
  expect_error<ParseError>(with(small_text(), "\"amount\": 12.5", "\"amount\": \"12.5\""),
                           "/services/0/capacity/amount", "J004");
  expect_error<ParseError>(with(small_text(), "\"title\": \"Nábor\"", "\"name\": \"Nábor\""),
                           "/strategy/priorities/0/goals/0/measures/0/activities/0/name", "J006");
  expect_error<ParseError>(with(small_text(), "\"horizon\": \"short\",", ""),
                           "/strategy/priorities/0/goals/0", "J005");
  expect_error<ParseError>(with(small_text(), "\"2026-12-31\"", "\"2026-02-30\""),
                           "/strategy/priorities/0/goals/0/measures/0/end", "J008");
  expect_error<ParseError>(with(small_text(), "\"horizon\": \"short\"", "\"horizon\": \"soon\""),
                           "/strategy/priorities/0/goals/0/horizon", "J008");
  expect_error<ParseError>(with(small_text(), "\"version\": 1", "\"version\": 2"), "/version", "J007");
  expect_error<ParseError>(with(small_text(), "\"kpss-plan\"", "\"other\""), "/format", "J007");
}

TEST(PlanJson, LocatesSyntaxErrorsByLineAndColumn) {
  expect_error<ParseError>("{\n  \"format\": \"kpss-plan\",\n  \"version\": 1,,\n}", "line 3, column 16",
                           "J001");
  expect_error<ParseError>(std::string("{\"title\": \"a\xC3\"}"), "line 1, column 13", "J002");
}

TEST(PlanJson, EnforcesSizeLimits) {
  JsonLimits tight;
  tight.max_document_bytes = 100;
  expect_error<LimitExceeded>(small_text(), "", "J003", tight);
  tight = {};
  tight.max_string_bytes = 16;
  expect_error<LimitExceeded>(with(small_text(), "\"Malý plán\"", "\"" + std::string(40, 'a') + "\""),
                              "/title", "J009", tight);
  tight = {};
  tight.max_array_items = 2;
  expect_error<LimitExceeded>(small_text(), "/stakeholders", "J010", tight);
  tight = {};
  tight.max_depth = 5;
  // Brackets inside strings do not count.
  expect_error<LimitExceeded>("{\"a\": [[[[\"[[[[\"]]]],\n \"b\": [[[[[1]]]]]}", "line 2, column 11", "J012",
                              tight);
  expect_error<LimitExceeded>(std::string(100000, '['), "line 1, column 65", "J012");
}

TEST(PlanJson, RejectsNumbersOutOfRange) {
  Plan plan = test::small_plan();
  plan.demography.population.push_back({std::nullopt, "adults", 1, {}});
  const std::string text = write_plan_json(plan);
  expect_error<ParseError>(with(text, "\"count\": 1", "\"count\": 99999999999999999999"),
                           "/demography/population/0/count", "J011");
  expect_error<ParseError>(with(text, "\"count\": 1", "\"count\": 1.5"),
                           "/demography/population/0/count", "J011");
  expect_error<ParseError>(with(small_text(), "\"amount\": 12.5", "\"amount\": 1e999"), "", "J011");
}

TEST(PlanJson, SavesAtomicallyAndLoadsBack) {
  const auto dir = test::fresh_work_dir();
  const auto path = dir / "plan.json";
  save_plan_json(test::small_plan(), path);
  EXPECT_EQ(load_plan_json(path), test::small_plan());
  EXPECT_THROW((void)load_plan_json(dir / "missing.json"), IoError);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kpss
