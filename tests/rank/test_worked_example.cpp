// The worked example of docs/ranking.md: in the town of Lipov 400 providers' staff outvote 60
// users when every ballot counts the same; role balancing gives the users their equal say.
#include <gtest/gtest.h>

#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/ranking.hpp"

namespace {

TEST(WorkedExample, RoleBalancingRestoresTheUsersEqualSay) {
  const auto b = kpss::read_ballots(KPSS_SOURCE_DIR "/examples/data/town_ballots.csv");
  ASSERT_EQ(b.size(), 466U);
  const auto plain = kpss::rank(b, kpss::WeightingPolicy::unweighted());
  const auto fair = kpss::rank(b, kpss::WeightingPolicy::roles_equal());
  EXPECT_EQ(plain.items[plain.order().front()], "day_centre");   // the providers' favourite
  EXPECT_EQ(fair.items[fair.order().front()], "respite_care");   // the users' favourite
  EXPECT_FALSE(plain.majority[plain.index_of("respite_care")]);
  EXPECT_TRUE(fair.majority[fair.index_of("respite_care")]);
  ASSERT_EQ(fair.roles.size(), 3U);
  for (double w : fair.role_weight) EXPECT_NEAR(w, 466.0 / 3, 1e-9);
  // Within the providers, every organisation has equal standing: Charita's 150 staff weigh
  // as much together as Krok's 5.
  const auto w = kpss::WeightingPolicy::roles_equal().participant_weights(b);
  double charita = 0, krok = 0;
  for (std::size_t i = 0; i < b.size(); ++i) {
    if (b.organisation(i) == "Charita") charita += w[i];
    if (b.organisation(i) == "Krok") krok += w[i];
  }
  EXPECT_NEAR(charita, krok, 1e-9);
}

}  // namespace
