// Pooling on a constructed region: exactly the expected groups and shares.
#include <gtest/gtest.h>

#include "kpss/core/error.hpp"
#include "kpss/gaps/pooling.hpp"
#include "fixture.hpp"

namespace {

using kpss::test::T;

kpss::TerritoryTree region() {
  kpss::TerritoryTree t;
  t.add(T("1111"), T("CZ0631"));
  t.add(T("2222"), T("CZ0631"));
  t.add(T("500001"), T("1111"), 1000);
  t.add(T("500002"), T("1111"), 3000);
  t.add(T("500003"), T("1111"), 2000);
  t.add(T("500004"), T("1111"), 500);
  t.add(T("500005"), T("2222"), 800);
  t.add(T("500006"), T("2222"), 1200);
  return t;
}

kpss::GapTable gaps() {
  std::vector<kpss::DemandRecord> d;
  auto need = [&](const char* type, const char* m, double units) {
    d.push_back({{type, "", "seniors", T(m)}, units, "clients", "need", ""});
  };
  need("home_care", "500001", 4);   // small
  need("home_care", "500002", 7);   // small; with 500001: 11 ≥ 10
  need("home_care", "500003", 12);  // viable alone: not pooled
  need("home_care", "500005", 3);   // ORP 2222: 3 + 2 < 10
  need("home_care", "500006", 2);
  need("day_care_centre", "500001", 1);  // alone below its minimum: no partner
  need("day_care_centre", "500002", 2);  // at its minimum: viable alone
  std::vector<kpss::CapacityRecord> c = {
      {"s", "home_care", "field", {"seniors"}, {T("500004")}, {}, 5, "clients"}};  // a surplus
  return kpss::compute_gaps(d, c);
}

TEST(Pooling, ProposesExactlyTheExpectedGroupAndPerCapitaShares) {
  const auto tree = region();
  kpss::PoolingOptions o;
  o.min_viable = {{"home_care", 10}, {"day_care_centre", 2}};
  o.unit_costs = {{"home_care", kpss::Money::from_major(25000, kpss::Currency::czk())}};
  const auto p = kpss::propose_pooling(gaps(), tree, o);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].orp, T("1111"));
  EXPECT_EQ(p[0].type, "home_care");
  EXPECT_EQ(p[0].target_group, "seniors");
  EXPECT_DOUBLE_EQ(p[0].units, 11);
  EXPECT_EQ(*p[0].cost, kpss::Money::from_major(275000, kpss::Currency::czk()));
  ASSERT_EQ(p[0].shares.size(), 2u);
  EXPECT_EQ(p[0].shares[0].municipality, T("500001"));
  EXPECT_EQ(p[0].shares[1].municipality, T("500002"));
  EXPECT_DOUBLE_EQ(p[0].shares[0].fraction, 0.25);  // 1 000 : 3 000 inhabitants
  EXPECT_EQ(*p[0].shares[0].cost, kpss::Money::from_major(68750, kpss::Currency::czk()));
  EXPECT_EQ(*p[0].shares[1].cost, kpss::Money::from_major(206250, kpss::Currency::czk()));
}

TEST(Pooling, PerUseAndExplicitKeys) {
  const auto tree = region();
  kpss::PoolingOptions o;
  o.min_viable = {{"home_care", 10}, {"day_care_centre", 2}};
  o.unit_costs = {{"home_care", kpss::Money::from_major(25000, kpss::Currency::czk())}};
  o.key = kpss::CostSharing::per_use;
  auto p = kpss::propose_pooling(gaps(), tree, o);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(*p[0].shares[0].cost, kpss::Money::from_major(100000, kpss::Currency::czk()));  // 4/11
  EXPECT_EQ(*p[0].shares[1].cost, kpss::Money::from_major(175000, kpss::Currency::czk()));  // 7/11
  o.key = kpss::CostSharing::explicit_weights;
  EXPECT_THROW(kpss::propose_pooling(gaps(), tree, o), kpss::InvalidArgument);
  o.weights = {{T("500001"), 1}, {T("500002"), 1}};
  p = kpss::propose_pooling(gaps(), tree, o);
  EXPECT_EQ(*p[0].shares[0].cost, kpss::Money::from_major(137500, kpss::Currency::czk()));
  EXPECT_EQ(kpss::parse_cost_sharing("explicit"), kpss::CostSharing::explicit_weights);
  EXPECT_THROW(kpss::parse_cost_sharing("by_mood"), kpss::InvalidArgument);
}

TEST(Pooling, ALowerMinimumMakesEachViableAlone) {
  kpss::PoolingOptions o;
  o.default_min_viable = 3;
  // home_care: 500001 (4) and 500002 (7) and 500003 are viable alone; in ORP 2222 only
  // 500006 (2) is small. day_care_centre: 500001 (1) and 500002 (2) pool to 3.
  const auto p = kpss::propose_pooling(gaps(), region(), o);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].type, "day_care_centre");
  EXPECT_FALSE(p[0].cost);
  EXPECT_NEAR(p[0].shares[1].fraction, 0.75, 1e-12);
}

}  // namespace
