#include <gtest/gtest.h>

#include "fixture.hpp"
#include "kpss/core/error.hpp"

namespace {

using kpss::TerritoryLevel;
using kpss::test::T;

TEST(TerritoryTree, AnswersAncestorsAndPopulationsUpTheHierarchy) {
  const auto tree = kpss::test::benesov_tree();
  EXPECT_EQ(tree.ancestor_at(T("529354"), TerritoryLevel::orp), T("2101"));
  EXPECT_EQ(tree.ancestor_at(T("529354"), TerritoryLevel::district), T("CZ0201"));
  EXPECT_EQ(tree.ancestor_at(T("529354"), TerritoryLevel::region), T("CZ020"));
  EXPECT_EQ(tree.ancestor_at(T("2110"), TerritoryLevel::orp), T("2110"));
  EXPECT_FALSE(tree.ancestor_at(T("2110"), TerritoryLevel::municipality));
  EXPECT_FALSE(tree.ancestor_at(T("599999"), TerritoryLevel::orp));
  // A district's code tells its region even when the tree does not hold it.
  EXPECT_EQ(tree.ancestor_at(T("CZ0642"), TerritoryLevel::region), T("CZ064"));
  EXPECT_TRUE(tree.within(T("530824"), T("CZ020")));
  EXPECT_FALSE(tree.within(T("530824"), T("2101")));
  EXPECT_EQ(tree.population(T("2101")), 20000);
  EXPECT_EQ(tree.population(T("CZ020")), 32000);
  EXPECT_EQ(tree.children(T("2101")), (std::vector{T("529303"), T("529354")}));
  EXPECT_EQ(tree.at_level(TerritoryLevel::orp), (std::vector{T("2101"), T("2110")}));
}

TEST(TerritoryTree, RejectsInconsistentParents) {
  auto tree = kpss::test::benesov_tree();
  EXPECT_THROW(tree.add(T("529303"), T("2110")), kpss::ConflictError);
  EXPECT_THROW(tree.add(T("2101"), T("529303")), kpss::InvalidArgument);
  EXPECT_THROW(tree.add(T("529303"), {}, -1), kpss::InvalidArgument);
  tree.add(T("529303"), T("2101"), 16100);  // a repeated add completes the node
  EXPECT_EQ(tree.population(T("2101")), 20100);
}

}  // namespace
