// The regional roll-up on constructed plans: three municipalities in two ORPs.
#include <gtest/gtest.h>

#include "kpss/gaps/region.hpp"
#include "fixture.hpp"

namespace {

using kpss::test::czk;
using kpss::test::T;

kpss::Plan municipal_plan(const char* id, const char* territory, double home_care_need, bool day_centre) {
  kpss::Plan p;
  p.id = kpss::PlanId(id);
  p.territory = T(territory);
  kpss::Need n;
  n.id = kpss::NeedId(std::string("n-") + id);
  n.target_group = "seniors";
  n.demand = kpss::Capacity{home_care_need, "clients"};
  n.service_types = {"home_care"};
  p.needs.push_back(n);
  if (day_centre) {
    kpss::Service s;
    s.id = kpss::ServiceId("dc");
    s.type = "day_care_centre";
    s.form = "outpatient";
    s.capacity = {10, "clients"};
    s.territories = {T("500001")};
    s.registry_id = "1111111";
    p.services.push_back(s);
  }
  return p;
}

kpss::TerritoryTree tree() {
  kpss::TerritoryTree t;
  t.add(T("1111"), T("CZ0631"));
  t.add(T("2222"), T("CZ0631"));
  t.add(T("500001"), T("1111"), 1000);
  t.add(T("500002"), T("1111"), 3000);
  t.add(T("500005"), T("2222"), 800);
  return t;
}

TEST(Region, RollsUpFindsRecurringGapsSharedServicesAndPooling) {
  const std::vector<kpss::Plan> plans = {municipal_plan("a", "500001", 4, true),
                                         municipal_plan("b", "500002", 7, true),
                                         municipal_plan("c", "500005", 3, false)};
  kpss::RegionalOptions o;
  o.gaps.unit_costs = {{"home_care", czk(25000)}};
  o.pooling.min_viable = {{"home_care", 10}};
  const auto t = tree();
  const kpss::RegionalView v = kpss::regional_view(plans, t, o);

  // The day centre both a and b list is counted once.
  ASSERT_EQ(v.shared.size(), 1u);
  EXPECT_EQ(v.shared[0].registry_id, "1111111");
  EXPECT_EQ(v.shared[0].plans, (std::vector<std::string>{"a", "b"}));
  double day_capacity = 0;
  for (const auto& r : v.municipal.rows)
    if (r.key.type == "day_care_centre") day_capacity += r.capacity;
  EXPECT_DOUBLE_EQ(day_capacity, 10);

  // ORP 1111: 4 + 7 clients of home care; ORP 2222: 3; the region 14.
  ASSERT_EQ(v.region.rows.size(), 2u);
  EXPECT_EQ(v.region.rows[0].key.territory, T("CZ063"));
  EXPECT_DOUBLE_EQ(v.region.rows[0].gap, 14);
  EXPECT_DOUBLE_EQ(v.orp.rows[0].gap, 11);

  ASSERT_EQ(v.recurring.size(), 1u);
  EXPECT_EQ(v.recurring[0].type, "home_care");
  EXPECT_EQ(v.recurring[0].plans.size(), 3u);
  EXPECT_EQ(v.recurring[0].population, 4800);
  EXPECT_DOUBLE_EQ(v.recurring[0].population_share, 1.0);
  EXPECT_DOUBLE_EQ(v.recurring[0].units, 14);

  // a and b together reach the 10 clients a home-care service needs; c alone does not.
  ASSERT_EQ(v.pooling.size(), 1u);
  EXPECT_EQ(v.pooling[0].orp, T("1111"));
  EXPECT_EQ(*v.pooling[0].cost, czk(275000));
  EXPECT_EQ(*v.pooling[0].shares[0].cost, czk(68750));   // 1 000 of 4 000 inhabitants
  EXPECT_EQ(*v.pooling[0].shares[1].cost, czk(206250));
}

}  // namespace
