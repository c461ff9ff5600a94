// The typed graph: adding, finding, removing vertices and ties; edge typing.
#include <gtest/gtest.h>

#include "graph_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {
namespace {

using test::organisation;
using test::person;
using test::vertex;

TEST(StakeholderGraph, FindsVerticesByKindAndModelId) {
  StakeholderGraph g;
  const auto a = person(g, "a", {Role::user});
  const auto wg = vertex(g, VertexKind::working_group, "a");  // same id, other kind
  EXPECT_EQ(g.find(VertexKind::person, "a"), a);
  EXPECT_EQ(g.find(VertexKind::working_group, "a"), wg);
  EXPECT_FALSE(g.find(VertexKind::organisation, "a"));
  EXPECT_THROW(static_cast<void>(g.at(VertexKind::service, "a")), NotFound);
  EXPECT_EQ(g.ref(wg), (VertexRef{VertexKind::working_group, "a"}));
  EXPECT_THROW(person(g, "a"), ConflictError);
  EXPECT_THROW(person(g, "bad id"), InvalidArgument);
  EXPECT_THROW(g.add_vertex({VertexKind::service, "s", {}, {Role::provider}, {}, {}, {}}),
               InvalidArgument);
}

TEST(StakeholderGraph, TiesAreTypedByTheirEnds) {
  StakeholderGraph g;
  const auto p = person(g, "p");
  const auto o = organisation(g, "o");
  const auto wg = vertex(g, VertexKind::working_group, "wg");
  const auto s = vertex(g, VertexKind::service, "s");
  const auto m = vertex(g, VertexKind::municipality, "579999");
  EXPECT_TRUE(g.add_edge(p, o, EdgeKind::represents));
  EXPECT_FALSE(g.add_edge(p, o, EdgeKind::represents));  // the same tie once
  EXPECT_TRUE(g.add_edge(p, wg, EdgeKind::member_of));
  EXPECT_TRUE(g.add_edge(p, wg, EdgeKind::chairs));  // another kind between the same pair
  EXPECT_TRUE(g.add_edge(o, s, EdgeKind::provides));
  EXPECT_TRUE(g.add_edge(s, m, EdgeKind::serves));
  EXPECT_EQ(g.edge_count(), 5u);
  EXPECT_THROW(g.add_edge(o, p, EdgeKind::represents), InvalidArgument);
  EXPECT_THROW(g.add_edge(m, s, EdgeKind::serves), InvalidArgument);
  EXPECT_THROW(g.add_edge(s, wg, EdgeKind::member_of), InvalidArgument);
  EXPECT_THROW(g.add_edge(p, p, EdgeKind::cooperates_with), InvalidArgument);
  EXPECT_THROW(g.add_edge(p, 99, EdgeKind::cooperates_with), InvalidArgument);
  EXPECT_EQ(g.in_edges(wg).size(), 2u);
  EXPECT_EQ(g.out_edges(p).size(), 3u);
}

TEST(StakeholderGraph, RemovingAVertexKeepsModelIdsAndShiftsIndices) {
  StakeholderGraph g;
  const auto a = person(g, "a");
  const auto b = person(g, "b");
  const auto c = organisation(g, "c");
  g.add_edge(a, c, EdgeKind::represents);
  g.add_edge(b, c, EdgeKind::represents);
  g.remove_vertex(a);
  EXPECT_EQ(g.vertex_count(), 2u);
  EXPECT_FALSE(g.find(VertexKind::person, "a"));
  EXPECT_EQ(g.at(VertexKind::person, "b"), 0u);
  EXPECT_EQ(g.at(VertexKind::organisation, "c"), 1u);
  ASSERT_EQ(g.edges().size(), 1u);
  EXPECT_EQ(g.edges()[0], (EdgeRecord{0, 1, EdgeKind::represents}));
  EXPECT_TRUE(g.remove_edge(0, 1, EdgeKind::represents));
  EXPECT_FALSE(g.remove_edge(0, 1, EdgeKind::represents));
  EXPECT_EQ(g.edge_count(), 0u);
}

TEST(StakeholderGraph, CopiesAreIndependent) {
  StakeholderGraph g;
  person(g, "a");
  StakeholderGraph h = g;
  person(h, "b");
  EXPECT_EQ(g.vertex_count(), 1u);
  EXPECT_EQ(h.vertex_count(), 2u);
}

TEST(StakeholderGraph, KindNamesRoundTrip) {
  for (std::size_t i = 0; i < vertex_kind_count; ++i) {
    VertexKind k{};
    ASSERT_TRUE(from_string(to_string(static_cast<VertexKind>(i)), k));
    EXPECT_EQ(k, static_cast<VertexKind>(i));
  }
  for (std::size_t i = 0; i < edge_kind_count; ++i) {
    EdgeKind k{};
    ASSERT_TRUE(from_string(to_string(static_cast<EdgeKind>(i)), k));
    EXPECT_EQ(k, static_cast<EdgeKind>(i));
  }
  VertexKind k = VertexKind::service;
  EXPECT_FALSE(from_string("group", k));
  EXPECT_EQ(k, VertexKind::service);
}

}  // namespace
}  // namespace kpss
