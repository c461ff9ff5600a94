// kpss select — choose what to fund: a participatory budget (.pb), or a plan's measures by its
// participants' ballots with the weighting policy.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/pabulib.hpp"
#include "kpss/io/plan_file.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/policy.hpp"
#include "kpss/select/equal_shares.hpp"
#include "kpss/select/from_ballots.hpp"
#include "kpss/select/greedy.hpp"
#include "kpss/select/knapsack.hpp"
#include "kpss/select/pabulib.hpp"
#include "kpss/select/phragmen.hpp"

namespace kpss::cli {

namespace {

using namespace kpss::select;

// What the rules run on: the election, the candidates' names, and — for a plan — the policy,
// every participant's integer weight under it and their role as the payment group.
struct Input {
  Election election;
  std::vector<std::string> names;
  std::optional<std::string> policy;
  std::vector<std::int64_t> weights;
  std::vector<std::uint32_t> groups;
};

Input from_pabulib(const std::string& path, const std::optional<std::string>& budget) {
  const PabulibInstance in = pabulib_file(path);
  Input r{election_from_pabulib(in), {}, {}, {}, {}};
  Money& pot = r.election.pots.front().budget;
  if (budget) pot = parse_money(*budget, pot.currency());
  for (std::size_t p = 0; p < in.projects.size(); ++p)
    r.names.emplace_back(in.project_field(p, "name").value_or(""));
  return r;
}

Input from_plan(const Args& args) {
  const auto ballots_path = args.option("--ballots");
  if (!ballots_path) throw InvalidArgument("--plan needs --ballots FILE (see kpss select --help)", "--ballots");
  const auto budget = args.option("--budget");
  if (!budget) throw InvalidArgument("--plan needs --budget AMOUNT, the money to choose for", "--budget");
  const Plan plan = plan_file(*args.option("--plan"));
  const BallotSet ballots = ballots_file(*ballots_path);
  const WeightingPolicy policy = WeightingPolicy::parse(args.option("--policy").value_or("roles-equal"));
  Input r;
  r.election = election_from_ballots(ballots, candidates_from_plan(plan, ballots),
                                     {{plan.title, parse_money(*budget, plan.currency)}});
  for (const auto& c : r.election.candidates) r.names.push_back(find(plan, MeasureId(c.id))->title);
  r.policy = policy.name();
  r.groups = role_groups(ballots);
  r.weights = integer_weights(policy.participant_weights(ballots), r.groups);
  return r;
}

Satisfaction satisfaction_of(std::string_view suffix) {
  if (suffix == "cost") return Satisfaction::cost;
  if (suffix == "card") return Satisfaction::cardinality;
  if (suffix == "cardinal") return Satisfaction::cardinal;
  throw InvalidArgument("unknown satisfaction '" + std::string(suffix) + "'", "--rule");
}

Result run_rule(const Input& in, const std::string& rule, const Args& args) {
  const Election& e = in.election;
  const auto add1 = args.option("--add1");
  const auto then = args.option("--then");
  const bool comparison = args.flag("--comparison");
  const bool mes = rule.rfind("mes-", 0) == 0;
  if (!mes && (add1 || then || comparison))
    throw InvalidArgument("--add1, --comparison and --then apply to the mes-* rules only");
  const auto tie = TieBreak::lexicographic;
  if (rule.rfind("greedy-", 0) == 0) return greedy_utilitarian(e, satisfaction_of(rule.substr(7)), tie, in.weights);
  if (rule == "phragmen") return sequential_phragmen(e, tie, in.weights);
  if (rule == "knapsack") return knapsack(e, {}, in.weights);
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
  return equal_shares(e, o, in.weights, in.groups);
}

// Whole currency units as a number (pabulib amounts and plan costs usually are), otherwise
// the exact amount as text.
nlohmann::ordered_json amount(const Money& m) {
  const std::int64_t per_unit = m.currency().minor_per_major();
  if (m.minor_units() % per_unit == 0) return m.minor_units() / per_unit;
  return format_money(m);
}

// Role names of the payment groups, in group order (a plan's groups are roles).
std::string group_name(const Input& in, std::size_t g) {
  if (in.policy) return std::string(to_string(static_cast<Role>(g)));
  return "all";
}

void print_json(std::ostream& out, const Input& in, const std::string& rule, const Result& r) {
  const Election& e = in.election;
  nlohmann::ordered_json j;
  j["rule"] = rule;
  if (in.policy) j["policy"] = *in.policy;
  j["selected"] = nlohmann::ordered_json::array();
  for (const auto c : r.selected()) j["selected"].push_back(e.candidates[c].id);
  j["total_cost"] = amount(r.total_cost());
  j["budget"] = amount(e.pots.front().budget);
  j["left"] = amount(r.left_per_pot.front());
  j["rejected"] = nlohmann::ordered_json::object();
  for (const auto& [c, why] : r.rejected) j["rejected"][e.candidates[c].id] = to_string(why);
  if (in.policy && !r.group_endowment.empty()) {
    j["groups"] = nlohmann::ordered_json::array();
    for (std::size_t g = 0; g < r.group_endowment.size(); ++g)
      if (r.group_endowment[g].minor_units() != 0 || r.group_paid[g].minor_units() != 0)
        j["groups"].push_back({{"role", group_name(in, g)},
                               {"endowment", format_money(r.group_endowment[g])},
                               {"paid", format_money(r.group_paid[g])}});
  }
  if (r.add1_steps > 0 || r.runs > 1) {
    j["add1_steps"] = r.add1_steps;
    j["runs"] = r.runs;
  }
  if (!r.proven_optimal) j["proven_optimal"] = false;
  if (r.comparison_chose_greedy) j["comparison_chose_greedy"] = true;
  out << j.dump(2) << '\n';
}

void print_text(std::ostream& out, const Input& in, const std::string& rule, const Result& r) {
  const Election& e = in.election;
  out << rule;
  if (in.policy) out << " (policy " << *in.policy << ")";
  out << ": " << r.funded.size() << " of " << e.candidates.size() << " funded, total "
      << format_money(r.total_cost()) << " of " << format_money(e.pots.front().budget) << '\n';
  for (const auto c : r.selected()) {
    out << "  " << e.candidates[c].id << "  " << format_money(e.candidates[c].cost);
    if (!in.names[c].empty()) out << "  " << in.names[c];
    out << '\n';
  }
  if (in.policy && !r.group_endowment.empty()) {
    out << "each role's share of the budget and what it paid:\n";
    for (std::size_t g = 0; g < r.group_endowment.size(); ++g)
      if (r.group_endowment[g].minor_units() != 0 || r.group_paid[g].minor_units() != 0)
        out << "  " << group_name(in, g) << "  " << format_money(r.group_endowment[g]) << "  paid "
            << format_money(r.group_paid[g]) << '\n';
  }
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json", "--comparison"};
  static constexpr std::string_view options[] = {"--rule",   "--add1",   "--then",  "--plan",
                                                 "--ballots", "--policy", "--budget"};
  const Args args(argv, flags, options);
  const auto rule = args.option("--rule");
  if (!rule) throw InvalidArgument("--rule is required (see kpss select --help)");
  const bool plan = args.option("--plan").has_value();
  if (plan && !args.positional().empty()) throw InvalidArgument("give either FILE.pb or --plan, not both");
  if (!plan && args.positional().size() != 1) throw InvalidArgument("expected one FILE.pb or --plan (see kpss select --help)");
  if (!plan && (args.option("--ballots") || args.option("--policy")))
    throw InvalidArgument("--ballots and --policy go with --plan (a .pb file has its own votes)");
  const Input in = plan ? from_plan(args) : from_pabulib(args.positional()[0], args.option("--budget"));
  const Result r = run_rule(in, *rule, args);
  if (args.flag("--json")) print_json(out, in, *rule, r);
  else print_text(out, in, *rule, r);
  return ok;
}

}  // namespace

Command select_command() {
  return {"select", "choose what to fund: a participatory budget (.pb) or a plan's measures by ballots",
          "usage: kpss select FILE.pb --rule RULE [--budget AMOUNT] [--add1 exhaustive|infeasible]\n"
          "                   [--comparison] [--then greedy-cost] [--json]\n"
          "       kpss select --plan PLAN --ballots BALLOTS --budget AMOUNT --rule RULE\n"
          "                   [--policy roles-equal|unweighted] [...] [--json]\n\n"
          "RULE: greedy-cost (greedy by supporters), greedy-card (supporters per cost),\n"
          "greedy-cardinal (points per cost), mes-cost, mes-card, mes-cardinal (the Method of\n"
          "Equal Shares with cost, cardinality or points satisfaction), phragmen (sequential\n"
          "Phragmén), knapsack (maximal total cost satisfaction).\n"
          "--add1 exhaustive completes equal shares as pabutools does (voter_budget_increment=1);\n"
          "--add1 infeasible as the cities' result checker does (raise until over budget; ties by\n"
          "lower cost, more supporters, smaller id). --comparison takes greedy's outcome when\n"
          "more voters prefer it. --then greedy-cost funds what still fits.\n"
          "--plan: the candidates are the plan's measures that the ballots (CSV, JSON or .pb) name,\n"
          "at their costs; every participant counts with their weight under the weighting policy\n"
          "(default roles-equal: each role the same weight, so under equal shares each role\n"
          "controls the same part of the budget; unweighted: one person, one share), and equal\n"
          "shares reports each role's share and what it paid. --budget is the money to choose for\n"
          "(e.g. \"10 000 000 Kč\"); for a .pb file it replaces the file's budget.\n"
          "--json prints {\"selected\": [ids in selection order], \"total_cost\": ..., \"rejected\": {id: why}}\n"
          "with amounts as numbers of whole currency units (as text when not whole), and for a\n"
          "plan \"groups\": [{\"role\", \"endowment\", \"paid\"}] with exact amounts as text.\n\n"
          "examples:\n"
          "  kpss select Netherlands_Assen_2024.pb --rule mes-cost --add1 infeasible --json\n"
          "  kpss select --plan sample_plan.json --ballots sample_ballots.csv --budget \"10 000 000 Kč\" \\\n"
          "              --rule mes-cardinal --add1 exhaustive --policy roles-equal\n",
          run};
}

}  // namespace kpss::cli
