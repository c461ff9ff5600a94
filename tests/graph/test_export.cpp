// GraphML, DOT and the JSON report of the analyses.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "graph_fixtures.hpp"
#include "kpss/graph/export.hpp"
#include "kpss/graph/report.hpp"

namespace kpss {
namespace {

std::size_t occurrences(const std::string& text, std::string_view what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

StakeholderGraph small_partnership() {
  StakeholderGraph g;
  const auto coord = g.add_vertex({VertexKind::person, "coord", "Jana \"J\" <K&K>", {Role::coordinator}, {}, {}, {}});
  const auto ngo = test::organisation(g, "ngo", {Role::provider, Role::user});
  const auto wg = g.add_vertex({VertexKind::working_group, "wg", "Senioři", {}, {}, {}, {}});
  g.add_edge(coord, wg, EdgeKind::informs);
  g.add_edge(ngo, wg, EdgeKind::member_of);
  return g;
}

TEST(Export, GraphMLHasEveryVertexAndTieEscaped) {
  const std::string xml = to_graphml(small_partnership());
  EXPECT_EQ(occurrences(xml, "<node "), 3u);
  EXPECT_EQ(occurrences(xml, "<edge "), 2u);
  EXPECT_NE(xml.find("<data key=\"label\">Jana &quot;J&quot; &lt;K&amp;K&gt;</data>"), std::string::npos);
  EXPECT_NE(xml.find("<node id=\"working_group:wg\">"), std::string::npos);
  EXPECT_NE(xml.find("<data key=\"roles\">provider user</data>"), std::string::npos);
  EXPECT_NE(xml.find("source=\"person:coord\" target=\"working_group:wg\"><data key=\"edge_kind\">informs"),
            std::string::npos);
}

TEST(Export, DotColoursVerticesByRole) {
  const StakeholderGraph g = small_partnership();
  const std::string dot = to_dot(g);
  EXPECT_EQ(dot.rfind("digraph stakeholders {", 0), 0u);
  EXPECT_NE(dot.find("\"person:coord\" [label=\"Jana \\\"J\\\" <K&K>\\n(coordinator)\", shape=ellipse, fillcolor=\"#e15759\"]"),
            std::string::npos);
  EXPECT_NE(dot.find("fillcolor=\"#59a14f\""), std::string::npos);  // provider before user
  EXPECT_NE(dot.find("\"organisation:ngo\" -> \"working_group:wg\" [label=\"member_of\"]"),
            std::string::npos);
  EXPECT_EQ(vertex_colour(g.vertex(2)), "#fff2ae");
}

TEST(Report, AllAnalysesAsJson) {
  const auto j = nlohmann::json::parse(analysis_json(small_partnership(), GraphAnalysis::all, 1));
  EXPECT_EQ(j["vertices"], 3);
  for (std::size_t i = 0; i + 1 < graph_analysis_count; ++i)
    EXPECT_TRUE(j.contains(std::string(to_string(static_cast<GraphAnalysis>(i)))));
  EXPECT_EQ(j["triad_coverage"][0]["missing"], nlohmann::json({"commissioner", "public"}));
  EXPECT_EQ(j["triad_coverage"][1]["scope"], "plan");
  EXPECT_EQ(j["information_reach"]["stakeholders_reached"], 2);
  EXPECT_EQ(j["brokers"].size(), 1u);
  EXPECT_EQ(j["fragility"]["articulation_points"][0]["id"], "wg");

  StakeholderGraph no_coordinator;
  test::person(no_coordinator, "a");
  const auto r = nlohmann::json::parse(analysis_json(no_coordinator, GraphAnalysis::information_reach));
  EXPECT_TRUE(r.contains("error"));

  GraphAnalysis a{};
  EXPECT_TRUE(from_string("pooling", a));
  EXPECT_EQ(a, GraphAnalysis::pooling);
  EXPECT_FALSE(from_string("everything", a));
}

}  // namespace
}  // namespace kpss
