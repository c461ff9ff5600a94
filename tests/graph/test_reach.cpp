// Reach of the information strategy.
#include <gtest/gtest.h>

#include "graph_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/graph/reach.hpp"

namespace kpss {
namespace {

using test::ids;
using test::organisation;
using test::person;
using test::vertex;

TEST(InformationReach, FollowsInformsForwardAndMembershipBothWays) {
  StakeholderGraph g;
  const auto coordinator = person(g, "coord", {Role::coordinator});
  const auto wg = vertex(g, VertexKind::working_group, "wg");
  const auto member = person(g, "member", {Role::provider});
  const auto org = organisation(g, "org", {Role::provider});
  const auto colleague = person(g, "colleague");
  const auto club = organisation(g, "club", {Role::public_});
  const auto resident = person(g, "resident", {Role::public_});
  const auto silent = organisation(g, "silent", {Role::public_});
  g.add_edge(coordinator, wg, EdgeKind::informs);
  g.add_edge(member, wg, EdgeKind::member_of);      // wg → member
  g.add_edge(member, org, EdgeKind::represents);    // member → org
  g.add_edge(colleague, org, EdgeKind::represents); // org → colleague
  g.add_edge(colleague, club, EdgeKind::informs);
  g.add_edge(resident, coordinator, EdgeKind::informs);  // against the direction: no reach
  g.add_edge(silent, member, EdgeKind::cooperates_with);  // not a channel

  const InformationReach r = information_reach(g);
  EXPECT_EQ(r.source.id, "coord");
  ASSERT_EQ(r.reached.size(), 6u);
  const std::vector<std::pair<std::string, std::size_t>> expected = {
      {"coord", 0}, {"wg", 1}, {"member", 2}, {"org", 3}, {"colleague", 4}, {"club", 5}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(r.reached[i].vertex.id, expected[i].first);
    EXPECT_EQ(r.reached[i].hops, expected[i].second);
  }
  EXPECT_EQ(ids(r.unreached), (std::vector<std::string>{"resident", "silent"}));
  EXPECT_EQ(r.stakeholders, 7u);
  EXPECT_EQ(r.stakeholders_reached, 5u);
  EXPECT_EQ(r.public_total, 3u);
  EXPECT_EQ(r.public_reached, 1u);
  EXPECT_DOUBLE_EQ(r.public_coverage(), 1.0 / 3.0);
  EXPECT_EQ(r.max_hops, 5u);
}

TEST(InformationReach, NeedsExactlyOneCoordinator) {
  StakeholderGraph g;
  person(g, "a");
  EXPECT_THROW(information_reach(g), NotFound);
  person(g, "b", {Role::coordinator});
  EXPECT_EQ(information_reach(g).public_coverage(), 1.0);
  person(g, "c", {Role::coordinator, Role::commissioner});
  EXPECT_THROW(information_reach(g), ConflictError);
}

}  // namespace
}  // namespace kpss
