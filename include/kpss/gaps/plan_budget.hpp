// Economic evaluation of a plan's measures (ekonomické vyhodnocení): the total cost by year
// and funding source, and where funding falls short.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kpss/core/money.hpp"
#include "kpss/model/plan.hpp"

namespace kpss {

/// Money of one funding source in one year.
struct SourceAmount {
  FundingKind source = FundingKind::other;
  Money amount;
};

/// One calendar year of the plan's measures.
struct BudgetYear {
  int year = 0;
  Money cost;                          ///< náklady
  std::vector<SourceAmount> funding;   ///< by source, in FundingKind order; none are zero
  Money funded;                        ///< Σ funding
  Money shortfall;                     ///< max(0, cost − funded)
};

/// A measure whose funding does not cover its cost.
struct MeasureShortfall {
  MeasureId measure;
  std::string title;
  Money cost;
  Money funded;
  Money shortfall;
};

struct PlanBudget {
  std::vector<BudgetYear> years;  ///< ascending
  Money total_cost;
  Money total_funded;
  Money total_shortfall;  ///< Σ of the measures' shortfalls
  std::vector<MeasureShortfall> shortfalls;  ///< in document order
  std::vector<MeasureId> uncosted;  ///< measures without a cost
};

/// The budget of the plan's measures.
/// Does: spreads each measure's cost and each of its funding amounts over the calendar
/// years of its timeline (its start and end, else the plan period) in proportion to the
/// days in each year, exactly (Money::allocate); sums by year and source.
/// Throws: ValidationError when a measure ends before it starts or has no timeline and
/// the plan no period; InvalidArgument for amounts in another currency than the plan's.
/// Complexity: O(measures × years).
PlanBudget plan_budget(const Plan& plan);

}  // namespace kpss
