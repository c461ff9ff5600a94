// Ballot sets: validation, one ballot per participant, columnar views.
#include <gtest/gtest.h>

#include "kpss/core/error.hpp"
#include "kpss/rank/ballots.hpp"

namespace {

using kpss::BallotSet;
using kpss::Participant;
using kpss::Role;

TEST(Ballots, ScoresKeepMissingAnswersAndRejectOffScale) {
  auto b = BallotSet::scores({"a", "b", "c"}, 0, 5);
  const std::int32_t v[] = {5, BallotSet::missing, 0};
  b.add_scores({"p1", Role::provider, "Charita", "554782"}, v);
  EXPECT_EQ(b.size(), 1U);
  EXPECT_EQ(b.values(0)[1], BallotSet::missing);
  EXPECT_EQ(b.organisation(0), "Charita");
  EXPECT_EQ(b.territory(0), "554782");
  EXPECT_EQ(b.role(0), Role::provider);
  const std::int32_t bad[] = {6, 0, 0};
  EXPECT_THROW(b.add_scores({"p2", Role::user, {}, {}}, bad), kpss::InvalidArgument);
  EXPECT_EQ(b.size(), 1U);  // nothing half-added
}

TEST(Ballots, DuplicateParticipantIsAnErrorNeverCountedTwice) {
  auto b = BallotSet::approvals({"a", "b"});
  const std::uint32_t a[] = {0};
  b.add_approvals({"same", Role::user, {}, {}}, a);
  try {
    b.add_approvals({"same", Role::provider, {}, {}}, a);
    FAIL() << "a duplicate was accepted";
  } catch (const kpss::ConflictError& e) {
    EXPECT_NE(std::string(e.what()).find("same"), std::string::npos);
  }
  EXPECT_EQ(b.size(), 1U);
}

TEST(Ballots, PointsRespectTheCap) {
  auto b = BallotSet::points({"a", "b", "c"}, 10);
  const std::int32_t ok[] = {4, 6, BallotSet::missing};
  b.add_scores({"p1", Role::user, {}, {}}, ok);
  const std::int32_t over[] = {5, 6, 0};
  EXPECT_THROW(b.add_scores({"p2", Role::user, {}, {}}, over), kpss::InvalidArgument);
  const std::int32_t negative[] = {-1, 0, 0};
  EXPECT_THROW(b.add_scores({"p3", Role::user, {}, {}}, negative), kpss::InvalidArgument);
}

TEST(Ballots, RankingsStoreCompetitionPositionsBestFirst) {
  auto b = BallotSet::rankings({"a", "b", "c", "d"});
  const std::uint32_t r[] = {2, 1, 2, 0};  // b first, a and c tied second, d unranked
  b.add_ranking({"p1", Role::user, {}, {}}, r);
  const auto items = b.ranked_items(0);
  const auto pos = b.ranks(0);
  ASSERT_EQ(items.size(), 3U);
  EXPECT_EQ(items[0], 1U);
  EXPECT_EQ(pos[0], 1U);
  EXPECT_EQ(pos[1], 2U);
  EXPECT_EQ(pos[2], 2U);
  const std::uint32_t sparse[] = {1, 1, 7, 0};  // ranks need not be dense
  b.add_ranking({"p2", Role::user, {}, {}}, sparse);
  EXPECT_EQ(b.ranks(1)[2], 3U);
}

TEST(Ballots, ApprovalsRejectRepeatsAndUnknownItems) {
  auto b = BallotSet::approvals({"a", "b"});
  const std::uint32_t twice[] = {1, 1};
  EXPECT_THROW(b.add_approvals({"p1", Role::user, {}, {}}, twice), kpss::InvalidArgument);
  const std::uint32_t unknown[] = {2};
  EXPECT_THROW(b.add_approvals({"p1", Role::user, {}, {}}, unknown), kpss::InvalidArgument);
  const std::uint32_t fine[] = {1, 0};
  b.add_approvals({"p1", Role::user, {}, {}}, fine);
  EXPECT_EQ(b.approved(0)[0], 0U);
}

TEST(Ballots, ItemsMustBeDistinctAndKindsChecked) {
  EXPECT_THROW(BallotSet::rankings({"a", "a"}), kpss::InvalidArgument);
  EXPECT_THROW(BallotSet::rankings({}), kpss::InvalidArgument);
  EXPECT_THROW(BallotSet::scores({"a"}, 5, 1), kpss::InvalidArgument);
  auto b = BallotSet::rankings({"a"});
  const std::int32_t v[] = {1};
  EXPECT_THROW(b.add_scores({"p", Role::user, {}, {}}, v), kpss::InvalidArgument);
  EXPECT_THROW(b.item_index("zz"), kpss::NotFound);
}

TEST(Roles, ParseEnglishCzechAndNumbers) {
  EXPECT_EQ(kpss::parse_role("Provider"), Role::provider);
  EXPECT_EQ(kpss::parse_role("uživatel"), Role::user);
  EXPECT_EQ(kpss::parse_role("verejnost"), Role::public_);
  EXPECT_EQ(kpss::parse_role("0"), Role::commissioner);
  EXPECT_THROW(kpss::parse_role("mayor"), kpss::InvalidArgument);
  EXPECT_EQ(kpss::czech_name(Role::coordinator), "zpracovatel");
}

}  // namespace
