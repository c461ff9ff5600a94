// kpss gaps — needs against resources of one plan, with its measures' budget.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "gaps_output.hpp"
#include "kpss/core/error.hpp"
#include "kpss/gaps/json.hpp"
#include "kpss/gaps/plan_budget.hpp"
#include "kpss/gaps/plan_gaps.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json", "--all"};
  const Args args(argv, flags, {});
  if (args.positional().size() != 1) throw InvalidArgument("expected one PLAN file (see kpss gaps --help)");
  const Plan plan = plan_json_file(args.positional()[0]);
  const GapTable table = plan_gaps(plan);
  const PlanBudget budget = plan_budget(plan);
  if (args.flag("--json")) {
    auto j = nlohmann::ordered_json::parse(gap_table_json(table));
    j["budget"] = nlohmann::ordered_json::parse(plan_budget_json(budget));
    out << j.dump(2) << '\n';
  } else {
    out << "gaps of " << plan.id.str() << " (" << plan.title << ")\n";
    print_gaps(out, table, args.flag("--all"));
    out << "measures: " << format_money(budget.total_cost, MoneyStyle::czech) << ", funded "
        << format_money(budget.total_funded, MoneyStyle::czech) << ", short "
        << format_money(budget.total_shortfall, MoneyStyle::czech) << '\n';
    for (const BudgetYear& y : budget.years)
      out << "  " << y.year << ": cost " << format_money(y.cost, MoneyStyle::czech) << ", funded "
          << format_money(y.funded, MoneyStyle::czech) << ", short "
          << format_money(y.shortfall, MoneyStyle::czech) << '\n';
  }
  return has_gaps(table) ? findings : ok;
}

}  // namespace

Command gaps_command() {
  return {"gaps", "needs against resources of a plan: gaps, costs, the measures' budget",
          "usage: kpss gaps PLAN [--all] [--json]\n\n"
          "Compares the plan's quantified needs with its services' capacity per service type,\n"
          "form, target group and territory; prices each gap with the services' unit costs;\n"
          "and sums the measures' costs and funding by year and source. --all lists surpluses\n"
          "too.\n\n"
          "example:\n"
          "  kpss gaps examples/data/sample_plan.json\n\n"
          "exit codes: 0 no gap, 1 gaps found, 2 unreadable plan\n",
          run};
}

}  // namespace kpss::cli
