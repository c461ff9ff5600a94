#include <gtest/gtest.h>

#include "fixture.hpp"
#include "kpss/core/error.hpp"
#include "kpss/gaps/norms.hpp"

namespace {

using kpss::test::T;

TEST(Norms, DemandIsPopulationOfTheAgeBandsTimesTheRate) {
  const std::vector<kpss::PopulationFigure> pop = {
      {T("529303"), "older_seniors", 500}, {T("529303"), "younger_seniors", 2000},
      {T("529354"), "older_seniors", 150}, {T("529303"), "adults", 9000}};
  const std::vector<kpss::PrevalenceNorm> norms = {
      {"§40", "", "seniors", {"older_seniors"}, 120, "clients", "KÚ SK standard 2024"},
      {"home_elderly", "residential", "", {"younger_seniors", "older seniors (80+)"}, 20, "beds", "MPSV"},
  };
  const auto d = kpss::demand_from_norms(norms, pop);
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].key, (kpss::GapKey{"home_care", "", "seniors", T("529303")}));
  EXPECT_DOUBLE_EQ(d[0].amount, 60);  // 500 × 120 / 1000
  EXPECT_EQ(d[0].evidence, "KÚ SK standard 2024");
  EXPECT_NE(d[0].origin.find("500 inhabitants"), std::string::npos);
  EXPECT_DOUBLE_EQ(d[1].amount, 18);  // 150 × 120 / 1000
  EXPECT_DOUBLE_EQ(d[2].amount, 50);  // (2000 + 500) × 20 / 1000
  EXPECT_EQ(d[2].unit, "beds");
  EXPECT_DOUBLE_EQ(d[3].amount, 3);   // 150 × 20 / 1000
}

TEST(Norms, RejectsUnknownCodesAndBadRates) {
  const std::vector<kpss::PopulationFigure> pop = {{T("529303"), "older_seniors", 500}};
  std::vector<kpss::PrevalenceNorm> n = {{"home_care", "", "", {"older_seniors"}, -1, "clients", ""}};
  EXPECT_THROW(kpss::demand_from_norms(n, pop), kpss::InvalidArgument);
  n[0].per_thousand = 1;
  n[0].age_bands.clear();
  EXPECT_THROW(kpss::demand_from_norms(n, pop), kpss::InvalidArgument);
  n[0].age_bands = {"ancients"};
  EXPECT_THROW(kpss::demand_from_norms(n, pop), kpss::NotFound);
}

}  // namespace
