// The sample plan's gap table and budget against values worked out by hand from
// examples/data/sample_plan.json (the arithmetic is in the comments).
#include <gtest/gtest.h>

#include "kpss/core/error.hpp"
#include "kpss/gaps/plan_budget.hpp"
#include "kpss/gaps/plan_gaps.hpp"
#include "kpss/io/plan_json.hpp"
#include "fixture.hpp"

namespace {

using kpss::GapKey;
using kpss::Money;

using kpss::test::czk;
using kpss::test::row;
using kpss::test::T;

const kpss::Plan& sample() {
  static const kpss::Plan plan =
      kpss::load_plan_json(std::filesystem::path(KPSS_SOURCE_DIR) / "examples/data/sample_plan.json");
  return plan;
}

TEST(PlanGaps, TheSamplePlansGapTableMatchesHandComputedValues) {
  const kpss::GapTable t = kpss::plan_gaps(sample());
  ASSERT_EQ(t.rows.size(), 38u);
  // The largest gap: respite care for caregivers, n-02 (60) + n-16 (12); the respite
  // service serves seniors and people with dementia, not caregivers. 72 × 455 000 Kč.
  EXPECT_EQ(t.rows[0].key, (GapKey{"respite_care", "", "caregivers", T("579999")}));
  EXPECT_DOUBLE_EQ(t.rows[0].demand, 72);
  EXPECT_DOUBLE_EQ(t.rows[0].capacity, 0);
  EXPECT_EQ(*t.rows[0].cost_to_close, czk(32760000));
  EXPECT_EQ(t.rows[0].origins.size(), 2u);

  // n-01: 44 beds; sv-dzr's 32 beds reach 579999 and district CZ0534, whose population the
  // plan does not give: split equally, 16 each. Gap 28 × 512 000 Kč.
  const auto& dzr = row(t, {"home_special_regime", "", "dementia", T("579999")});
  EXPECT_DOUBLE_EQ(dzr.capacity, 16);
  EXPECT_DOUBLE_EQ(dzr.gap, 28);
  EXPECT_DOUBLE_EQ(*dzr.coverage, 16.0 / 44);
  EXPECT_EQ(*dzr.cost_to_close, czk(14336000));

  // n-03: 25 clients of home care in Lhotka (579998); sv-ps reaches only the town.
  EXPECT_EQ(*row(t, {"home_care", "", "seniors", T("579998")}).cost_to_close, czk(962500));
  // n-04 (20 clients, first type home care) against sv-ps's 180 clients: a surplus.
  EXPECT_DOUBLE_EQ(row(t, {"home_care", "", "seniors", T("579999")}).gap, -160);

  // n-10: 1 FTE of debt counselling; sv-poradna's 2.5 FTE over four territories, one
  // without population: 0.625 each. 0.375 × 820 000 Kč = 307 500 Kč.
  const auto& debt = row(t, {"professional_counselling", "", "in_crisis", T("579999")});
  EXPECT_DOUBLE_EQ(debt.capacity, 0.625);
  EXPECT_EQ(*debt.cost_to_close, czk(307500));

  // n-06: 10 clients; sv-oa-charita's 35 clients split by population: the town 30 460,
  // Lhotka 948, Habrovec 734 inhabitants → 35 × 30 460 / 32 142.
  const auto& pa = row(t, {"personal_assistance", "", "combined_disability", T("579999")});
  EXPECT_DOUBLE_EQ(pa.capacity, 35.0 * 30460 / 32142);
  EXPECT_DOUBLE_EQ(row(t, {"personal_assistance", "field", "", T("579998")}).capacity, 35.0 * 948 / 32142);

  // n-17: 6 000 contacts against the contact centre's 6 000: covered exactly.
  const auto& contacts = row(t, {"contact_centre", "", "addiction", T("579999")});
  EXPECT_DOUBLE_EQ(contacts.gap, 0);
  EXPECT_DOUBLE_EQ(*contacts.coverage, 1);
  // No service of the type, so no unit cost: the gap is not priced.
  EXPECT_FALSE(row(t, {"independent_living_support", "", "intellectual_disability", T("579999")}).cost_to_close);

  // n-12 and n-13 are not quantified; three services reach the district.
  ASSERT_EQ(t.diagnostics.size(), 5u);
  EXPECT_EQ(t.diagnostics[0].where, "need n-12");
}

TEST(PlanGaps, NormsAddDemandOnlyWhereNoNeedQuantifiesIt) {
  kpss::PlanGapOptions o;
  o.norms = {{"home_care", "", "seniors", {"older_seniors"}, 100, "clients", "norm A"},
             {"emergency_care", "", "seniors", {"older_seniors"}, 50, "clients", "norm B"}};
  const auto r = kpss::plan_records(sample(), o);
  std::vector<const kpss::DemandRecord*> norm;
  for (const auto& d : r.demand)
    if (d.evidence == "norm B") norm.push_back(&d);
  ASSERT_EQ(norm.size(), 3u);  // the two villages and the town, in code order
  EXPECT_DOUBLE_EQ(norm[0]->amount, 39 * 50 / 1000.0);    // Habrovec: 39 aged 80+
  EXPECT_DOUBLE_EQ(norm[2]->amount, 1180 * 50 / 1000.0);  // the town: 1 180 aged 80+
  for (const auto& d : r.demand) EXPECT_NE(d.evidence, "norm A");  // home care has needs
}

TEST(PlanGaps, RegistryRecordsAddCapacityButNotThePlansOwnServicesAgain) {
  std::vector<kpss::RegistryService> reg(2);
  reg[0].identifier = "5738291";  // sv-ps itself
  reg[1].identifier = "7777777";
  for (auto& r : reg) {
    r.type = "home_care";
    r.target_groups = {"seniors"};
    r.territories = {T("579998")};
    r.forms = {{"field", {{"clients", 10, ""}}}};
  }
  kpss::PlanGapOptions o;
  o.registry = reg;
  const auto t = kpss::plan_gaps(sample(), o);
  EXPECT_DOUBLE_EQ(row(t, {"home_care", "", "seniors", T("579998")}).capacity, 10);
}

TEST(PlanBudget, TheSamplePlansMeasuresByYearAndSource) {
  const kpss::PlanBudget b = kpss::plan_budget(sample());
  // Σ of the 23 measures' costs and of their funding.
  EXPECT_EQ(b.total_cost, czk(321496000));
  EXPECT_EQ(b.total_funded, czk(317450000));
  EXPECT_EQ(b.total_shortfall, czk(4046000));
  ASSERT_EQ(b.shortfalls.size(), 11u);
  // m1-1-2: 13 500 000 − (1 800 000 + 6 900 000 + 3 900 000 + 150 000 + 120 000).
  EXPECT_EQ(b.shortfalls[0].measure.str(), "m1-1-2");
  EXPECT_EQ(b.shortfalls[0].shortfall, czk(630000));
  ASSERT_EQ(b.years.size(), 3u);
  Money cost = czk(0), funded = czk(0);
  for (const auto& y : b.years) {
    cost += y.cost;
    funded += y.funded;
    Money sources = czk(0);
    for (const auto& s : y.funding) sources += s.amount;
    EXPECT_EQ(sources, y.funded);
  }
  EXPECT_EQ(cost, b.total_cost);  // spreading over years is exact
  EXPECT_EQ(funded, b.total_funded);
  EXPECT_EQ(b.years[0].year, 2026);
}

TEST(PlanBudget, SpreadsByDaysInEachYear) {
  kpss::Plan plan;
  plan.period = {kpss::parse_date("2026-01-01"), kpss::parse_date("2027-12-31")};
  kpss::Measure m;
  m.id = kpss::MeasureId("m");
  m.start = kpss::parse_date("2026-07-02");  // 183 days in 2026, 365 in 2027
  m.end = kpss::parse_date("2027-12-31");
  m.cost = czk(548);
  m.funding = {{kpss::FundingKind::municipal_budget, {}, czk(274), "", {}}};
  plan.strategy.priorities.push_back({});
  plan.strategy.priorities[0].goals.push_back({});
  plan.strategy.priorities[0].goals[0].measures.push_back(m);
  const auto b = kpss::plan_budget(plan);
  ASSERT_EQ(b.years.size(), 2u);
  EXPECT_EQ(b.years[0].cost, czk(183));
  EXPECT_EQ(b.years[1].cost, czk(365));
  EXPECT_EQ(b.years[0].funded, Money(9150, kpss::Currency::czk()));  // 274 × 183/548
  EXPECT_EQ(b.years[1].shortfall, Money(18250, kpss::Currency::czk()));
  plan.strategy.priorities[0].goals[0].measures[0].end = kpss::parse_date("2026-01-01");
  EXPECT_THROW(kpss::plan_budget(plan), kpss::ValidationError);
}

}  // namespace
