// The plan model: lookup by id, element counts, the names of its enumerations.
#include <gtest/gtest.h>

#include <set>

#include "kpss/model/plan.hpp"
#include "plan_fixtures.hpp"

namespace kpss {
namespace {

TEST(PlanModel, FindsElementsAtEveryLevelOfTheTree) {
  const Plan p = test::small_plan();
  ASSERT_NE(find(p, StakeholderId("ngo")), nullptr);
  EXPECT_EQ(find(p, StakeholderId("ngo"))->name, "Spolek");
  EXPECT_EQ(find(p, GoalId("g2"))->title, "Dlouhodobý cíl");
  EXPECT_EQ(find(p, MeasureId("m1"))->title, "Rozšíření");
  EXPECT_EQ(find(p, ActivityId("a1"))->title, "Nábor");
  EXPECT_EQ(find(p, StakeholderId("nobody")), nullptr);
  EXPECT_EQ(find(p, MeasureId("g1")), nullptr);
}

TEST(PlanModel, CountsElementsOfTheSamplePlanAsTheIssueDemands) {
  const Plan& p = test::sample_plan();
  const PlanCounts c = count_elements(p);
  EXPECT_GE(c.stakeholders, 30u);
  EXPECT_GE(c.working_groups, 4u);
  EXPECT_GE(c.services, 12u);
  EXPECT_GE(c.needs, 15u);
  EXPECT_GE(c.priorities, 4u);
  EXPECT_GE(c.goals, 10u);
  EXPECT_GE(c.measures, 20u);
  EXPECT_GE(c.comments, 3u);

  std::set<Role> roles;
  for (const Stakeholder& s : p.stakeholders) roles.insert(s.roles.begin(), s.roles.end());
  EXPECT_EQ(roles.size(), 5u) << "all five roles are present";
  std::set<std::string> types;
  for (const Service& s : p.services) types.insert(s.type);
  EXPECT_GE(types.size(), 8u);
  std::set<Horizon> horizons;
  for (const Priority& pr : p.strategy.priorities)
    for (const Goal& g : pr.goals) horizons.insert(g.horizon);
  EXPECT_EQ(horizons.size(), 2u) << "short and long-term goals";
  for_each_measure(p, [](const Priority&, const Goal&, const Measure& m) {
    EXPECT_TRUE(m.cost.has_value()) << m.id.str();
    EXPECT_FALSE(m.funding.empty()) << m.id.str();
    EXPECT_FALSE(m.responsible.empty()) << m.id.str();
    EXPECT_TRUE(m.start && m.end) << m.id.str();
    EXPECT_FALSE(m.indicators.empty()) << m.id.str();
  });
  std::int64_t inhabitants = 0;
  for (const PopulationCount& pc : p.demography.population)
    if (!pc.territory) inhabitants += pc.count;
  EXPECT_GT(inhabitants, 25000);
  EXPECT_LT(inhabitants, 35000);
  std::size_t settled = 0;
  for (const Comment& cm : p.comments) settled += cm.settlement.has_value();
  EXPECT_GE(settled, 3u);
}

template <class E>
void expect_names_round_trip(std::initializer_list<E> all) {
  std::set<std::string_view> seen;
  for (E e : all) {
    const std::string_view name = to_string(e);
    EXPECT_TRUE(seen.insert(name).second) << name;
    E back{};
    ASSERT_TRUE(from_string(name, back)) << name;
    EXPECT_EQ(back, e);
  }
  E untouched = *all.begin();
  EXPECT_FALSE(from_string("no such name", untouched));
  EXPECT_EQ(untouched, *all.begin());
}

TEST(PlanModel, EnumerationNamesAreUniqueAndRoundTrip) {
  expect_names_round_trip({Role::coordinator, Role::commissioner, Role::provider, Role::user, Role::public_});
  EXPECT_EQ(to_string(Role::public_), "public");
  expect_names_round_trip({LegalForm::natural_person, LegalForm::ngo, LegalForm::municipal,
                           LegalForm::regional, LegalForm::state, LegalForm::church});
  expect_names_round_trip({NeedType::normative, NeedType::felt, NeedType::expressed, NeedType::comparative});
  expect_names_round_trip({Horizon::short_term, Horizon::long_term});
  EXPECT_EQ(to_string(Horizon::short_term), "short");
  expect_names_round_trip({FundingKind::municipal_budget, FundingKind::regional_budget,
                           FundingKind::state_subsidy, FundingKind::eu_funds,
                           FundingKind::health_insurance, FundingKind::user_payments,
                           FundingKind::care_allowance, FundingKind::donations, FundingKind::other});
  expect_names_round_trip({Outcome::accepted, Outcome::partly, Outcome::rejected});
  expect_names_round_trip({Direction::increase, Direction::decrease, Direction::maintain});
}

}  // namespace
}  // namespace kpss
