// The JSON Schema of the format names every member the writer produces.
#include <gtest/gtest.h>

#include <set>

#include <nlohmann/json.hpp>

#include "plan_fixtures.hpp"

namespace kpss {
namespace {

void schema_names(const nlohmann::json& j, std::set<std::string>& out) {
  if (j.is_object()) {
    if (const auto p = j.find("properties"); p != j.end() && p->is_object())
      for (const auto& [name, _] : p->items()) out.insert(name);
    for (const auto& [_, v] : j.items()) schema_names(v, out);
  } else if (j.is_array()) {
    for (const auto& v : j) schema_names(v, out);
  }
}

void document_names(const nlohmann::json& j, std::set<std::string>& out) {
  if (j.is_object()) {
    for (const auto& [name, v] : j.items()) {
      if (name.rfind("x-", 0) == 0) continue;
      out.insert(name);
      document_names(v, out);
    }
  } else if (j.is_array()) {
    for (const auto& v : j) document_names(v, out);
  }
}

TEST(PlanSchema, CoversEveryMemberOfTheSampleAndTheSmallPlan) {
  const auto schema = nlohmann::json::parse(
      test::read_text(std::filesystem::path(KPSS_SOURCE_DIR) / "schemas" / "kpss-plan-1.schema.json"));
  EXPECT_EQ(schema.at("properties").at("format").at("const"), "kpss-plan");
  EXPECT_EQ(schema.at("properties").at("version").at("const"), plan_json_version);
  std::set<std::string> known;
  schema_names(schema, known);
  std::set<std::string> used;
  document_names(nlohmann::json::parse(test::read_text(test::sample_plan_path())), used);
  document_names(nlohmann::json::parse(write_plan_json(test::small_plan())), used);
  for (const std::string& name : used) EXPECT_TRUE(known.count(name)) << name;
}

}  // namespace
}  // namespace kpss
