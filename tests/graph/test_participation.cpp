// Triad coverage, provider equality and the periphery on hand-made partnerships.
#include <gtest/gtest.h>

#include "graph_fixtures.hpp"
#include "kpss/graph/participation.hpp"

namespace kpss {
namespace {

using test::ids;
using test::organisation;
using test::person;
using test::vertex;

TEST(TriadCoverage, ReportsAWorkingGroupLackingUsers) {
  StakeholderGraph g;
  const auto city = organisation(g, "city", {Role::commissioner});
  const auto official = person(g, "official");  // no role of her own: speaks for the city
  const auto ngo = organisation(g, "ngo", {Role::provider});
  const auto user = person(g, "user", {Role::user});
  const auto resident = person(g, "resident", {Role::public_});
  const auto seniors = vertex(g, VertexKind::working_group, "seniors");
  const auto youth = vertex(g, VertexKind::working_group, "youth");
  const auto steering = vertex(g, VertexKind::steering_group, "steering_group");
  g.add_edge(official, city, EdgeKind::represents);
  for (auto m : {official, ngo, resident}) g.add_edge(m, seniors, EdgeKind::member_of);
  g.add_edge(official, seniors, EdgeKind::chairs);  // counted once
  for (auto m : {ngo, user, city}) g.add_edge(m, youth, EdgeKind::member_of);
  g.add_edge(user, steering, EdgeKind::chairs);

  const auto c = triad_coverage(g);
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].group, (VertexRef{VertexKind::working_group, "seniors"}));
  EXPECT_EQ(c[0].members, 3u);
  EXPECT_EQ(c[0].counts, (std::array<std::size_t, 4>{1, 1, 0, 1}));
  EXPECT_EQ(c[0].missing, std::vector<Role>{Role::user});
  EXPECT_FALSE(c[0].triad_complete());
  EXPECT_EQ(c[1].group.id, "youth");
  EXPECT_EQ(c[1].missing, std::vector<Role>{Role::public_});
  EXPECT_TRUE(c[1].triad_complete());
  EXPECT_EQ(c[2].group.kind, VertexKind::steering_group);
  EXPECT_EQ(c[2].members, 1u);
  EXPECT_EQ(c[2].missing, (std::vector<Role>{Role::commissioner, Role::provider, Role::public_}));
  EXPECT_TRUE(c[3].is_plan);
  EXPECT_EQ(c[3].members, 5u);
  EXPECT_EQ(c[3].counts, (std::array<std::size_t, 4>{2, 1, 1, 1}));
  EXPECT_TRUE(c[3].missing.empty());
}

TEST(ProviderEquality, ProvidersWeighTheSameHoweverManyMembersTheySend) {
  StakeholderGraph g;
  const auto big = organisation(g, "big", {Role::provider});
  const auto small = organisation(g, "small", {Role::provider});
  const auto absent = organisation(g, "absent", {Role::provider});
  const auto solo = person(g, "solo", {Role::provider});  // a provider on her own account
  const auto wg = vertex(g, VertexKind::working_group, "wg");
  const auto sg = vertex(g, VertexKind::steering_group, "steering_group");
  for (int i = 0; i < 3; ++i) {
    const auto p = person(g, "big" + std::to_string(i), {Role::provider});
    g.add_edge(p, big, EdgeKind::represents);
    g.add_edge(p, i == 0 ? sg : wg, EdgeKind::member_of);
  }
  const auto idle = person(g, "idle", {Role::provider});  // represents big, holds no seat
  g.add_edge(idle, big, EdgeKind::represents);
  g.add_edge(small, wg, EdgeKind::member_of);
  g.add_edge(solo, wg, EdgeKind::chairs);
  static_cast<void>(absent);

  const auto w = provider_equality(g);
  ASSERT_EQ(w.size(), 4u);
  EXPECT_EQ(w[0].provider.id, "absent");
  EXPECT_EQ(w[0].voting_members, 0u);
  EXPECT_EQ(w[0].weight, 0.0);
  EXPECT_EQ(w[1].provider.id, "big");
  EXPECT_EQ(w[1].voting_members, 3u);
  EXPECT_DOUBLE_EQ(w[1].headcount_share, 3.0 / 5.0);
  EXPECT_DOUBLE_EQ(w[1].weight, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(w[1].member_weight, 1.0 / 9.0);
  EXPECT_EQ(w[2].provider.id, "small");
  EXPECT_DOUBLE_EQ(w[2].weight, 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(w[2].member_weight, 1.0 / 3.0);
  EXPECT_EQ(w[3].provider, (VertexRef{VertexKind::person, "solo"}));
  EXPECT_EQ(w[3].voting_members, 1u);
  EXPECT_DOUBLE_EQ(w[3].headcount_share, 1.0 / 5.0);

  // Plain counting weighs providers by the members they send.
  const auto counted = provider_equality(g, WeightingPolicy::unweighted());
  EXPECT_DOUBLE_EQ(counted[1].weight, 3.0 / 5.0);
  EXPECT_DOUBLE_EQ(counted[1].member_weight, 1.0 / 5.0);
  EXPECT_DOUBLE_EQ(counted[2].weight, 1.0 / 5.0);
}

TEST(Periphery, FindsStakeholdersOutsideWorkingGroupsAndIsolatedVertices) {
  StakeholderGraph g;
  const auto a = person(g, "a");
  const auto b = person(g, "b");
  organisation(g, "c");
  const auto wg = vertex(g, VertexKind::working_group, "wg");
  const auto sg = vertex(g, VertexKind::steering_group, "steering_group");
  vertex(g, VertexKind::service, "s");
  g.add_edge(a, wg, EdgeKind::member_of);
  g.add_edge(b, sg, EdgeKind::member_of);  // the steering group is not a working group
  const Periphery p = periphery(g);
  EXPECT_EQ(ids(p.outside_working_groups), (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(ids(p.isolated), (std::vector<std::string>{"c", "s"}));
}

}  // namespace
}  // namespace kpss
