// The gap table on a hand-computed example (values worked out in the comments), the
// roll-up, pricing, and conservation of demand and capacity on random inputs.
#include <gtest/gtest.h>

#include <random>

#include "fixture.hpp"
#include "kpss/core/error.hpp"
#include "kpss/gaps/gap_table.hpp"

namespace {

using kpss::CapacityRecord;
using kpss::DemandRecord;
using kpss::GapKey;
using kpss::test::row;
using kpss::test::T;

std::vector<DemandRecord> demand() {
  return {
      {{"home_care", "", "seniors", T("529303")}, 60, "clients", "need N1", "survey 2024"},
      {{"home_care", "", "seniors", T("529354")}, 15, "clients", "need N2", ""},
      {{"home_elderly", "residential", "seniors", T("2101")}, 40, "beds", "need N3", "waiting list"},
      {{"professional_counselling", "", "", T("529303")}, 30, "interventions", "need N4", ""},
  };
}

std::vector<CapacityRecord> capacity() {
  return {
      // 50 clients split 16 000 : 4 000 → 40 and 10.
      {"service S1", "home_care", "field", {"seniors", "physical_disability"}, {T("529303"), T("529354")}, {}, 50, "clients"},
      {"service S2", "home_elderly", "residential", {"seniors"}, {T("2101")}, {}, 30, "beds"},
      // 60 contacts (10 min) = 20 interventions (30 min).
      {"service S3", "professional_counselling", "outpatient", {"families_with_children"}, {T("529303")}, {}, 60, "contacts"},
      // FTE cannot be turned into clients without a staffing norm.
      {"service S4", "home_care", "field", {"seniors"}, {T("529303")}, {}, 2, "fte"},
      {"service S5", "home_care", "field", {"seniors"}, {T("530824")}, {}, 20, "clients"},
  };
}

TEST(GapTable, MatchesTheHandComputedTable) {
  const auto tree = kpss::test::benesov_tree();
  kpss::GapOptions o;
  o.tree = &tree;
  const auto d = demand();
  const auto c = capacity();
  const kpss::GapTable t = kpss::compute_gaps(d, c, o);
  ASSERT_EQ(t.rows.size(), 5u);
  struct Expected { GapKey key; double demand, capacity, gap; std::optional<double> coverage; };
  const Expected expected[] = {
      {{"home_care", "", "seniors", T("529303")}, 60, 40, 20, 40.0 / 60},
      {{"home_elderly", "residential", "seniors", T("2101")}, 40, 30, 10, 0.75},
      {{"professional_counselling", "", "", T("529303")}, 30, 20, 10, 20.0 / 30},
      {{"home_care", "", "seniors", T("529354")}, 15, 10, 5, 10.0 / 15},
      {{"home_care", "field", "", T("530824")}, 0, 20, -20, std::nullopt},
  };
  for (std::size_t i = 0; i < 5; ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(t.rows[i].key, expected[i].key);
    EXPECT_DOUBLE_EQ(t.rows[i].demand, expected[i].demand);
    EXPECT_DOUBLE_EQ(t.rows[i].capacity, expected[i].capacity);
    EXPECT_DOUBLE_EQ(t.rows[i].gap, expected[i].gap);
    ASSERT_EQ(t.rows[i].coverage.has_value(), expected[i].coverage.has_value());
    if (expected[i].coverage) {
      EXPECT_DOUBLE_EQ(*t.rows[i].coverage, *expected[i].coverage);
    }
  }
  EXPECT_EQ(t.rows[2].unit, "interventions");
  EXPECT_EQ(t.rows[0].origins, (std::vector<std::string>{"need N1 (survey 2024)"}));
  EXPECT_EQ(t.rows[0].sources, (std::vector<std::string>{"service S1"}));
  ASSERT_EQ(t.diagnostics.size(), 1u);
  EXPECT_EQ(t.diagnostics[0].where, "service S4");
  EXPECT_NE(t.diagnostics[0].message.find("fte"), std::string::npos);
}


TEST(GapTable, SplitKeysFallBackToEqualWithADiagnostic) {
  const GapKey benesov{"home_care", "", "seniors", T("529303")};
  const auto d = demand();
  auto c = capacity();
  c.resize(1);
  kpss::GapOptions o;  // no tree: populations unknown
  auto t = kpss::compute_gaps(d, c, o);
  ASSERT_EQ(t.diagnostics.size(), 1u);
  EXPECT_DOUBLE_EQ(row(t, benesov).capacity, 25);  // 50 split equally
  o.split = kpss::SplitKey::explicit_shares;
  c[0].shares = {3, 1};
  t = kpss::compute_gaps(d, c, o);
  EXPECT_TRUE(t.diagnostics.empty());
  EXPECT_DOUBLE_EQ(row(t, benesov).capacity, 37.5);
  c[0].shares = {1};
  EXPECT_THROW(kpss::compute_gaps(d, c, o), kpss::InvalidArgument);
  c[0].shares = {0, 0};
  EXPECT_THROW(kpss::compute_gaps(d, c, o), kpss::InvalidArgument);
}

TEST(GapTable, CapacityServingSeveralDemandedGroupsIsSharedNotCountedTwice) {
  const std::vector<DemandRecord> d = {
      {{"personal_assistance", "", "physical_disability", T("529303")}, 10, "clients", "need A", ""},
      {{"personal_assistance", "", "seniors", T("529303")}, 10, "clients", "need B", ""},
  };
  const std::vector<CapacityRecord> c = {
      {"service P", "personal_assistance", "field", {"seniors", "physical_disability"}, {T("529303")}, {}, 8, "clients"}};
  const auto t = kpss::compute_gaps(d, c);
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_DOUBLE_EQ(t.rows[0].capacity + t.rows[1].capacity, 8);
  EXPECT_DOUBLE_EQ(t.rows[0].capacity, 4);
}

TEST(GapTable, RollsUpToOrpDistrictAndRegion) {
  const auto tree = kpss::test::benesov_tree();
  kpss::GapOptions o;
  o.tree = &tree;
  const auto d = demand();
  const auto c = capacity();
  const auto table = kpss::compute_gaps(d, c, o);
  const auto orp = kpss::roll_up(table, tree, kpss::TerritoryLevel::orp);
  ASSERT_EQ(orp.rows.size(), 4u);
  EXPECT_EQ(orp.rows[0].key, (GapKey{"home_care", "", "seniors", T("2101")}));
  EXPECT_DOUBLE_EQ(orp.rows[0].demand, 75);
  EXPECT_DOUBLE_EQ(orp.rows[0].capacity, 50);
  EXPECT_DOUBLE_EQ(orp.rows[0].gap, 25);
  EXPECT_EQ(orp.rows[0].origins.size(), 2u);
  const auto region = kpss::roll_up(table, tree, kpss::TerritoryLevel::region);
  ASSERT_EQ(region.rows.size(), 4u);
  for (const auto& r : region.rows) EXPECT_EQ(r.key.territory, T("CZ020"));
  // No municipality level above an ORP: the ORP-level row is reported, not guessed.
  const auto muni = kpss::roll_up(table, tree, kpss::TerritoryLevel::municipality);
  EXPECT_EQ(muni.rows.size(), 4u);
  EXPECT_EQ(muni.diagnostics.size(), 1u);
}

TEST(GapTable, PricesTheGaps) {
  const auto tree = kpss::test::benesov_tree();
  kpss::GapOptions o;
  o.tree = &tree;
  const auto d = demand();
  const auto c = capacity();
  auto t = kpss::compute_gaps(d, c, o);
  const auto czk = kpss::Currency::czk();
  kpss::price_gaps(t, {{"home_care", kpss::Money::from_major(25000, czk)},
                       {"home_elderly", kpss::Money::from_major(400000, czk)}});
  EXPECT_EQ(*t.rows[0].cost_to_close, kpss::Money::from_major(500000, czk));   // 20 × 25 000
  EXPECT_EQ(*t.rows[1].cost_to_close, kpss::Money::from_major(4000000, czk));  // 10 × 400 000
  EXPECT_FALSE(t.rows[2].cost_to_close);  // no unit cost for counselling
  EXPECT_EQ(*t.rows[3].cost_to_close, kpss::Money::from_major(125000, czk));   // 5 × 25 000
  EXPECT_FALSE(t.rows[4].cost_to_close);  // a surplus costs nothing
  EXPECT_EQ(kpss::cost_of_units(kpss::Money(100, czk), 0.3335), kpss::Money(33, czk));
  EXPECT_EQ(kpss::cost_of_units(kpss::Money(1000, czk), 0.0005), kpss::Money(1, czk));
  EXPECT_THROW(kpss::cost_of_units(kpss::Money(100, czk), -1), kpss::InvalidArgument);
}

TEST(GapTable, ConservesDemandAndCapacityOnRandomInputs) {
  const auto tree = kpss::test::benesov_tree();
  const std::vector<kpss::TerritoryCode> places = {T("529303"), T("529354"), T("530824"), T("2101")};
  const char* types[] = {"home_care", "day_care_centre"};
  const char* forms[] = {"", "field", "outpatient"};
  const char* groups[] = {"", "seniors", "dementia"};
  std::mt19937 rng(8);
  for (int round = 0; round < 50; ++round) {
    std::vector<DemandRecord> d;
    std::vector<CapacityRecord> c;
    double demand_sum = 0, capacity_sum = 0;
    for (int i = 0; i < 8; ++i) {
      DemandRecord r{{types[rng() % 2], forms[rng() % 3], groups[rng() % 3], places[rng() % 4]},
                     static_cast<double>(rng() % 50), "clients", "need", ""};
      demand_sum += r.amount;
      d.push_back(r);
      CapacityRecord k{"s", types[rng() % 2], forms[1 + rng() % 2], {}, {places[rng() % 4]}, {},
                       static_cast<double>(rng() % 50), "clients"};
      if (rng() % 2) k.territories.push_back(places[rng() % 3]);
      if (k.territories.size() == 2 && k.territories[0] == k.territories[1]) k.territories.pop_back();
      for (const char* g : groups)
        if (*g && rng() % 2) k.target_groups.emplace_back(g);
      capacity_sum += k.amount;
      c.push_back(k);
    }
    kpss::GapOptions o;
    o.tree = &tree;
    const auto t = kpss::compute_gaps(d, c, o);
    double ds = 0, cs = 0;
    for (const auto& r : t.rows) {
      ds += r.demand;
      cs += r.capacity;
    }
    EXPECT_NEAR(ds, demand_sum, 1e-9);
    EXPECT_NEAR(cs, capacity_sum, 1e-9);
    for (std::size_t i = 1; i < t.rows.size(); ++i) EXPECT_GE(t.rows[i - 1].gap, t.rows[i].gap);
    // Deterministic: the same input gives the same table.
    const auto again = kpss::compute_gaps(d, c, o);
    ASSERT_EQ(again.rows.size(), t.rows.size());
    for (std::size_t i = 0; i < t.rows.size(); ++i) EXPECT_EQ(again.rows[i].capacity, t.rows[i].capacity);
  }
}

}  // namespace
