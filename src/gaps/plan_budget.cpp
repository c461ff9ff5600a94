#include "kpss/gaps/plan_budget.hpp"

#include <map>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

using std::chrono::sys_days;

// Days of [start, end] in each calendar year, as ratios for Money::allocate.
std::vector<std::pair<int, std::int64_t>> days_by_year(const Date& start, const Date& end) {
  std::vector<std::pair<int, std::int64_t>> out;
  for (int y = static_cast<int>(start.year()); y <= static_cast<int>(end.year()); ++y) {
    const sys_days from = std::max(sys_days(start), sys_days(std::chrono::year(y) / 1 / 1));
    const sys_days to = std::min(sys_days(end), sys_days(std::chrono::year(y) / 12 / 31));
    out.emplace_back(y, (to - from).count() + 1);
  }
  return out;
}

}  // namespace

PlanBudget plan_budget(const Plan& plan) {
  const Money zero = Money::zero(plan.currency);
  PlanBudget out{.years = {}, .total_cost = zero, .total_funded = zero, .total_shortfall = zero,
                 .shortfalls = {}, .uncosted = {}};
  std::map<int, Money> cost;
  std::map<int, std::map<FundingKind, Money>> funding;
  auto spread = [](const Money& amount, const std::vector<std::pair<int, std::int64_t>>& days,
                   auto&& add) {
    std::vector<std::int64_t> ratios;
    for (const auto& [y, d] : days) ratios.push_back(d);
    const std::vector<Money> parts = amount.allocate(ratios);
    for (std::size_t i = 0; i < parts.size(); ++i) add(days[i].first, parts[i]);
  };
  for_each_measure(plan, [&](const Priority&, const Goal&, const Measure& m) {
    const std::string where = "measure " + m.id.str();
    const Date start = m.start ? *m.start : plan.period.start;
    const Date end = m.end ? *m.end : plan.period.end;
    if (!start.ok() || !end.ok()) throw ValidationError("has no timeline and the plan no period", where);
    if (sys_days(end) < sys_days(start)) throw ValidationError("ends before it starts", where);
    const auto days = days_by_year(start, end);
    Money funded = zero;
    for (const Funding& f : m.funding) {
      funded += f.amount;
      spread(f.amount, days, [&](int y, const Money& part) {
        auto [it, inserted] = funding[y].try_emplace(f.kind, zero);
        it->second += part;
      });
    }
    out.total_funded += funded;
    if (!m.cost) {
      out.uncosted.push_back(m.id);
      return;
    }
    out.total_cost += *m.cost;
    spread(*m.cost, days, [&](int y, const Money& part) {
      auto [it, inserted] = cost.try_emplace(y, zero);
      it->second += part;
    });
    if (funded < *m.cost) {
      const Money gap = *m.cost - funded;
      out.total_shortfall += gap;
      out.shortfalls.push_back({m.id, m.title, *m.cost, funded, gap});
    }
  });
  std::map<int, bool> years;
  for (const auto& [y, c] : cost) years[y] = true;
  for (const auto& [y, f] : funding) years[y] = true;
  for (const auto& [y, unused] : years) {
    BudgetYear b{.year = y, .cost = cost.contains(y) ? cost.at(y) : zero, .funding = {},
                 .funded = zero, .shortfall = zero};
    if (funding.contains(y))
      for (const auto& [kind, amount] : funding.at(y))
        if (amount.minor_units() != 0) {
          b.funding.push_back({kind, amount});
          b.funded += amount;
        }
    if (b.funded < b.cost) b.shortfall = b.cost - b.funded;
    out.years.push_back(std::move(b));
  }
  return out;
}

}  // namespace kpss
