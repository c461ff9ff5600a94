// Validation of plans: all problems at once, each with its stable code and JSON pointer.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "kpss/core/error.hpp"
#include "kpss/model/validate.hpp"
#include "plan_fixtures.hpp"

namespace kpss {
namespace {

std::string codes_of(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const Diagnostic& d : ds) out += d.code + " " + d.path + ": " + d.message + "\n";
  return out;
}

bool has(const std::vector<Diagnostic>& ds, const std::string& code, const std::string& path) {
  for (const Diagnostic& d : ds)
    if (d.code == code && d.path == path) return true;
  return false;
}

TEST(PlanValidate, SampleAndSmallPlansAreClean) {
  EXPECT_EQ(codes_of(validate(test::sample_plan())), "");
  EXPECT_EQ(codes_of(validate(test::small_plan())), "");
}

TEST(PlanValidate, ReportsEveryProblemNotJustTheFirst) {
  Plan p = test::small_plan();
  p.stakeholders[1].id = StakeholderId("town");   // duplicate
  p.services[0].capacity.amount = -1;             // negative
  p.services[0].age_bands = {"adults", "teens"};  // unknown code
  p.comments[0].settlement.reset();               // unsettled
  const auto ds = validate(p);
  EXPECT_TRUE(has(ds, "P101", "/stakeholders/1/id")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P106", "/services/0/capacity/amount")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P104", "/services/0/age_bands/1")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P118", "/comments/0")) << codes_of(ds);
  EXPECT_FALSE(is_valid(ds));
}

TEST(PlanValidate, OverfundingIsAnErrorUnlessFlagged) {
  Plan p = test::small_plan();
  Measure& m = p.strategy.priorities[0].goals[0].measures[0];
  m.funding.push_back({FundingKind::donations, std::nullopt, Money::from_major(50000, Currency::czk()), "", {}});
  const std::string path = "/strategy/priorities/0/goals/0/measures/0/funding";
  EXPECT_TRUE(has(validate(p), "P107", path));
  m.overfunding_allowed = true;
  EXPECT_FALSE(has(validate(p), "P107", path));
  EXPECT_TRUE(is_valid(validate(p)));
}

TEST(PlanValidate, WarnsAboutTheMethodsExpectations) {
  Plan p = test::small_plan();
  p.period.end = parse_date("2026-06-30");                              // shorter than 2 years
  p.stakeholders[3].roles = {Role::user};                               // nobody is "public"
  p.strategy.priorities[0].goals.pop_back();                            // no long-term goal
  p.strategy.priorities[0].goals[0].measures[0].end = parse_date("2027-06-30");  // past the period
  const auto ds = validate(p);
  EXPECT_TRUE(has(ds, "P114", "/period")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P116", "/stakeholders")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P120", "/strategy")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P113", "/strategy/priorities/0/goals/0/measures/0")) << codes_of(ds);
  EXPECT_TRUE(is_valid(ds)) << "warnings only";
}

TEST(PlanValidate, ChecksPlansBuiltInCodeToo) {
  Plan p = test::small_plan();
  p.coordinator.reset();
  p.territory.reset();
  p.services[0].unit_cost = Money::from_major(10, Currency::of("EUR"));
  p.extensions["ginis"] = "1";
  p.stakeholders[0].extensions["x-bad"] = "{not json";
  p.needs[0].id = NeedId();
  const auto ds = validate(p);
  EXPECT_TRUE(has(ds, "P123", "/coordinator")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P124", "/territory")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P108", "/services/0/unit_cost")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P122", "/ginis")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P122", "/stakeholders/0/x-bad")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P126", "/needs/0/id")) << codes_of(ds);
  EXPECT_TRUE(has(ds, "P102", "/strategy/priorities/0/goals/0/measures/0/needs/0")) << codes_of(ds);
}

struct BadCase {
  std::string file, code, path, why;
};

std::vector<BadCase> bad_corpus() {
  std::ifstream in(std::filesystem::path(KPSS_SOURCE_DIR) / "tests" / "data" / "bad" / "expected.tsv");
  std::vector<BadCase> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    BadCase c;
    std::getline(fields, c.file, '\t');
    std::getline(fields, c.code, '\t');
    std::getline(fields, c.path, '\t');
    std::getline(fields, c.why, '\t');
    out.push_back(c);
  }
  return out;
}

TEST(PlanValidate, EveryBadInputGivesItsDiagnosticCodeAndPath) {
  const auto corpus = bad_corpus();
  ASSERT_GE(corpus.size(), 20u);
  for (const BadCase& c : corpus) {
    SCOPED_TRACE(c.file + " (" + c.why + ")");
    const std::string text =
        test::read_text(std::filesystem::path(KPSS_SOURCE_DIR) / "tests" / "data" / "bad" / c.file);
    const PlanCheck check = check_plan_json(text);
    EXPECT_FALSE(check.ok());
    const Diagnostic* found = nullptr;
    for (const Diagnostic& d : check.diagnostics)
      if (d.code == c.code && !found) found = &d;
    ASSERT_NE(found, nullptr) << codes_of(check.diagnostics);
    EXPECT_EQ(found->severity, Severity::error);
    if (c.path == "-") {
      EXPECT_EQ(found->path.rfind("line ", 0), 0u) << found->path;
    } else {
      EXPECT_EQ(found->path, c.path) << codes_of(check.diagnostics);
    }
    EXPECT_FALSE(found->message.empty());
    if (c.code[0] == 'J') {
      EXPECT_THROW((void)read_plan_json(text), Error);
    }
  }
}

}  // namespace
}  // namespace kpss
