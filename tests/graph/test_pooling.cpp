// Pooling candidates between municipalities.
#include <gtest/gtest.h>

#include "graph_fixtures.hpp"
#include "kpss/graph/pooling.hpp"

namespace kpss {
namespace {

TEST(Pooling, SharedServicesAndNeedsANeighboursServiceMeets) {
  StakeholderGraph g;
  const auto town = g.add_vertex({VertexKind::municipality, "500001", {}, {}, {}, {"home_care"}, "2101"});
  const auto village = g.add_vertex(
      {VertexKind::municipality, "500002", {}, {}, {}, {"home_care", "shelter", "outreach"}, "2101"});
  const auto hamlet = g.add_vertex({VertexKind::municipality, "500003", {}, {}, {}, {"outreach"}, "2101"});
  const auto far = g.add_vertex({VertexKind::municipality, "600001", {}, {}, {}, {"shelter"}, "3101"});
  const auto care = g.add_vertex({VertexKind::service, "care", {}, {}, "home_care", {}, {}});
  const auto care2 = g.add_vertex({VertexKind::service, "care2", {}, {}, "home_care", {}, {}});
  const auto street = g.add_vertex({VertexKind::service, "street", {}, {}, "outreach", {}, {}});
  const auto bed = g.add_vertex({VertexKind::service, "bed", {}, {}, "shelter", {}, {}});
  g.add_edge(care, town, EdgeKind::serves);
  g.add_edge(care2, town, EdgeKind::serves);
  g.add_edge(street, village, EdgeKind::serves);
  g.add_edge(street, town, EdgeKind::serves);
  g.add_edge(bed, far, EdgeKind::serves);  // another ORP: no help for the village
  static_cast<void>(hamlet);

  const PoolingCandidates p = pooling_candidates(g);
  ASSERT_EQ(p.shared.size(), 1u);
  EXPECT_EQ(p.shared[0], (SharedService{"street", {"500001", "500002"}}));
  ASSERT_EQ(p.gaps.size(), 2u);
  EXPECT_EQ(p.gaps[0], (PoolingGap{"500002", "home_care", {"500001"}, {"care", "care2"}}));
  EXPECT_EQ(p.gaps[1], (PoolingGap{"500003", "outreach", {"500001", "500002"}, {"street"}}));
}

}  // namespace
}  // namespace kpss
