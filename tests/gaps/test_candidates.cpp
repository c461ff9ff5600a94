#include <gtest/gtest.h>

#include "fixture.hpp"
#include "kpss/gaps/candidates.hpp"

namespace {

using kpss::test::T;

TEST(Candidates, EachPositiveGapWithItsCriteria) {
  const auto tree = kpss::test::benesov_tree();
  const std::vector<kpss::DemandRecord> d = {
      {{"home_care", "", "seniors", T("529303")}, 60, "clients", "need N1", "survey"},
      {{"home_care", "", "seniors", T("529354")}, 5, "clients", "need N2", ""}};
  const std::vector<kpss::CapacityRecord> c = {
      {"S1", "home_care", "field", {"seniors"}, {T("529303")}, {}, 45, "clients"},
      {"S2", "home_care", "field", {"seniors"}, {T("529354")}, {}, 9, "clients"}};
  auto t = kpss::compute_gaps(d, c);
  kpss::price_gaps(t, {{"home_care", kpss::Money::from_major(20000, kpss::Currency::czk())}});
  const auto cand = kpss::priority_candidates(t, &tree);
  ASSERT_EQ(cand.size(), 1u);  // the surplus is no candidate
  EXPECT_EQ(cand[0].key.territory, T("529303"));
  ASSERT_EQ(cand[0].criteria.size(), 4u);
  EXPECT_EQ(cand[0].criteria[0].name, "gap");
  EXPECT_DOUBLE_EQ(cand[0].criteria[0].value, 15);
  EXPECT_DOUBLE_EQ(cand[0].criteria[1].value, 0.25);     // 1 − 45/60
  EXPECT_DOUBLE_EQ(cand[0].criteria[2].value, 16000);
  EXPECT_DOUBLE_EQ(cand[0].criteria[3].value, 300000);  // 15 × 20 000 CZK
  EXPECT_FALSE(cand[0].criteria[3].benefit);
  EXPECT_EQ(cand[0].evidence, (std::vector<std::string>{"need N1 (survey)"}));
  EXPECT_NE(cand[0].title.find("home care service"), std::string::npos);
}

}  // namespace
