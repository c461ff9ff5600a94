// kpss select — choose what to fund in a participatory budget (.pb) by a selection rule.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/pabulib.hpp"
#include "kpss/select/equal_shares.hpp"
#include "kpss/select/greedy.hpp"
#include "kpss/select/knapsack.hpp"
#include "kpss/select/pabulib.hpp"
#include "kpss/select/phragmen.hpp"

namespace kpss::cli {

namespace {

using namespace kpss::select;

Satisfaction satisfaction_of(std::string_view suffix) {
  if (suffix == "cost") return Satisfaction::cost;
  if (suffix == "card") return Satisfaction::cardinality;
  if (suffix == "cardinal") return Satisfaction::cardinal;
  throw InvalidArgument("unknown satisfaction '" + std::string(suffix) + "'", "--rule");
}

Result run_rule(const Election& e, const std::string& rule, const Args& args) {
  const auto add1 = args.option("--add1");
  const auto then = args.option("--then");
  const bool comparison = args.flag("--comparison");
  const bool mes = rule.rfind("mes-", 0) == 0;
  if (!mes && (add1 || then || comparison))
    throw InvalidArgument("--add1, --comparison and --then apply to the mes-* rules only");
  if (rule.rfind("greedy-", 0) == 0) return greedy_utilitarian(e, satisfaction_of(rule.substr(7)));
  if (rule == "phragmen") return sequential_phragmen(e);
  if (rule == "knapsack") return knapsack(e);
  if (!mes) throw InvalidArgument("unknown rule '" + rule + "'", "--rule");
  EqualSharesOptions o;
  o.satisfaction = satisfaction_of(rule.substr(4));
  if (add1) {
    if (*add1 == "exhaustive") {
      o.add1 = Add1::exhaustive;
    } else if (*add1 == "infeasible") {
      o.add1 = Add1::infeasible;
      o.tie = TieBreak::checker;
      o.start_from_whole_units = true;
    } else {
      throw InvalidArgument("expected exhaustive or infeasible", "--add1");
    }
  }
  o.comparison = comparison;
  if (then) {
    if (then->rfind("greedy-", 0) != 0) throw InvalidArgument("expected greedy-cost|card|cardinal", "--then");
    o.then_greedy = satisfaction_of(then->substr(7));
  }
  return equal_shares(e, o);
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json", "--comparison"};
  static constexpr std::string_view options[] = {"--rule", "--add1", "--then"};
  const Args args(argv, flags, options);
  if (args.positional().size() != 1) throw InvalidArgument("expected one FILE.pb (see kpss select --help)");
  const auto rule = args.option("--rule");
  if (!rule) throw InvalidArgument("--rule is required (see kpss select --help)");
  const PabulibInstance in = read_pabulib(args.positional()[0]);
  const Election e = election_from_pabulib(in);
  const Result r = run_rule(e, *rule, args);
  // pabulib amounts are whole currency units; Money holds minor units.
  const std::int64_t per_unit = e.pots.front().budget.currency().minor_per_major();
  if (args.flag("--json")) {
    nlohmann::ordered_json j;
    j["rule"] = *rule;
    j["selected"] = nlohmann::ordered_json::array();
    for (const auto c : r.selected()) j["selected"].push_back(e.candidates[c].id);
    j["total_cost"] = r.total_cost().minor_units() / per_unit;
    j["budget"] = in.budget();
    j["left"] = r.left_per_pot.front().minor_units() / per_unit;
    j["rejected"] = nlohmann::ordered_json::object();
    for (const auto& [c, why] : r.rejected) j["rejected"][e.candidates[c].id] = to_string(why);
    if (r.add1_steps > 0 || r.runs > 1) {
      j["add1_steps"] = r.add1_steps;
      j["runs"] = r.runs;
    }
    if (!r.proven_optimal) j["proven_optimal"] = false;
    if (r.comparison_chose_greedy) j["comparison_chose_greedy"] = true;
    out << j.dump(2) << '\n';
    return ok;
  }
  out << *rule << ": " << r.funded.size() << " of " << e.candidates.size() << " projects, total "
      << r.total_cost().minor_units() / per_unit << " of " << in.budget() << ' ' << in.currency() << '\n';
  for (const auto c : r.selected()) {
    const auto name = in.project_field(c, "name");
    out << "  " << e.candidates[c].id << "  " << in.projects[c].cost;
    if (name) out << "  " << *name;
    out << '\n';
  }
  return ok;
}

}  // namespace

Command select_command() {
  return {"select", "choose what to fund in a participatory budget (.pb) by a selection rule",
          "usage: kpss select FILE.pb --rule RULE [--add1 exhaustive|infeasible] [--comparison]\n"
          "                   [--then greedy-cost] [--json]\n\n"
          "RULE: greedy-cost (greedy by supporters), greedy-card (supporters per cost),\n"
          "greedy-cardinal (points per cost), mes-cost, mes-card, mes-cardinal (the Method of\n"
          "Equal Shares with cost, cardinality or points satisfaction), phragmen (sequential\n"
          "Phragmén), knapsack (maximal total cost satisfaction).\n"
          "--add1 exhaustive completes equal shares as pabutools does (voter_budget_increment=1);\n"
          "--add1 infeasible as the cities' result checker does (raise until over budget; ties by\n"
          "lower cost, more supporters, smaller id). --comparison takes greedy's outcome when\n"
          "more voters prefer it. --then greedy-cost funds what still fits.\n"
          "--json prints {\"selected\": [ids in selection order], \"total_cost\": ..., \"rejected\": {id: why}}.\n\n"
          "example: kpss select Netherlands_Assen_2024.pb --rule mes-cost --add1 infeasible --json\n",
          run};
}

}  // namespace kpss::cli
