// kpss demo — the whole method on the bundled town of Dolní Habrov, step by step, ending with
// the public report.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "bundled_data.hpp"
#include "commands.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/ranking.hpp"
#include "kpss/report/public_report.hpp"
#include "kpss/report/render.hpp"
#include "kpss/select/election.hpp"

namespace kpss::cli {

namespace {

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string pad(std::string s, std::size_t width) {
  std::size_t points = 0;
  for (char c : s) points += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  if (points < width) s.append(width - points, ' ');
  return s;
}

std::string clip(const std::string& s, std::size_t max_points) {
  std::size_t points = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && points++ == max_points) return s.substr(0, i) + "…";
  }
  return s;
}

void heading(std::ostream& out, int step, const std::string& title) {
  out << '\n' << step << ". " << title << '\n' << std::string(title.size() + 3, '-') << '\n';
}

void show_plan(std::ostream& out, const Plan& plan) {
  const PlanCounts c = count_elements(plan);
  out << plan.title << '\n'
      << "  " << c.stakeholders << " stakeholders, " << c.working_groups << " working groups, "
      << c.services << " services, " << c.needs << " needs, " << c.priorities << " priorities, "
      << c.goals << " goals, " << c.measures << " measures, " << c.indicators << " indicators, "
      << c.comments << " comments\n";
}

nlohmann::ordered_json show_rankings(std::ostream& out, const Plan& plan, const BallotSet& ballots) {
  const Ranking weighted = rank(ballots, WeightingPolicy::roles_equal());
  const Ranking headcount = rank(ballots, WeightingPolicy::unweighted());
  out << ballots.size() << " participants scored " << ballots.item_count()
      << " development measures (0–5). Role-balanced weights (users, providers and\n"
         "commissioners equal; every provider organisation equal) beside a plain head count:\n\n"
      << "  rank  " << pad("measure", 52) << "balanced  support  head count\n";
  const auto order = weighted.order();
  for (std::size_t item : order) {
    const Measure* m = find(plan, MeasureId(weighted.items[item]));
    const std::string title = m ? m->title : weighted.items[item];
    out << "  " << pad(std::to_string(weighted.rank_of(item)), 6) << pad(clip(title, 50), 52)
        << pad(fixed(weighted.score[item], 2), 10) << pad(fixed(weighted.support[item] * 100, 0) + " %", 9)
        << headcount.rank_of(item) << '\n';
  }
  nlohmann::ordered_json j;
  auto groups = [&](const Ranking& r) {
    nlohmann::ordered_json g = nlohmann::ordered_json::array();
    for (const auto& group : r.groups) {
      nlohmann::ordered_json ids = nlohmann::ordered_json::array();
      for (std::size_t i : group) ids.push_back(r.items[i]);
      g.push_back(std::move(ids));
    }
    return g;
  };
  j["balanced"] = groups(weighted);
  j["head_count"] = groups(headcount);
  return j;
}

nlohmann::ordered_json show_selection(std::ostream& out, const Plan& plan, const BallotSet& ballots,
                                      const Money& budget) {
  const auto sel = report::select_budget(plan, ballots, WeightingPolicy::roles_equal(), budget);
  out << "Budget " << format_money(budget, MoneyStyle::czech)
      << " for the development measures: greedy by the balanced ranking beside the Method of\n"
         "Equal Shares, where every participant's share of the budget follows their weight:\n\n"
      << "  " << pad("greedy by rank", 44) << "equal shares\n";
  const std::size_t rows = std::max(sel.greedy.funded.size(), sel.equal_shares.funded.size());
  nlohmann::ordered_json j;
  j["greedy"] = nlohmann::ordered_json::array();
  j["equal_shares"] = nlohmann::ordered_json::array();
  for (std::size_t k = 0; k < rows; ++k) {
    auto title = [&](const select::Result& r) -> std::string {
      if (k >= r.funded.size()) return "";
      const auto& c = sel.election.candidates[r.funded[k].candidate];
      const Measure* m = find(plan, MeasureId(c.id));
      return clip(m ? m->title : c.id, 40);
    };
    out << "  " << pad(title(sel.greedy), 44) << title(sel.equal_shares) << '\n';
  }
  for (const auto& f : sel.greedy.funded) j["greedy"].push_back(sel.election.candidates[f.candidate].id);
  for (const auto& f : sel.equal_shares.funded) j["equal_shares"].push_back(sel.election.candidates[f.candidate].id);
  out << "  " << pad("total " + format_money(sel.greedy.total_cost(), MoneyStyle::czech), 44)
      << "total " << format_money(sel.equal_shares.total_cost(), MoneyStyle::czech) << "\n\n"
      << "  Equal shares: what each role's share of the budget paid for\n";
  for (Role role : all_roles) {
    const auto g = static_cast<std::size_t>(role);
    if (g >= sel.equal_shares.group_endowment.size() || sel.equal_shares.group_endowment[g].minor_units() == 0) continue;
    out << "    " << pad(std::string(to_string(role)), 14)
        << pad(format_money(sel.equal_shares.group_paid[g], MoneyStyle::czech), 18) << "of "
        << format_money(sel.equal_shares.group_endowment[g], MoneyStyle::czech) << '\n';
  }
  return j;
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json"};
  static constexpr std::string_view options[] = {"--out", "--lang", "--budget"};
  const Args args(argv, flags, options);
  if (!args.positional().empty()) throw InvalidArgument("kpss demo takes no arguments (see --help)");
  const bool json = args.flag("--json");
  const auto data = bundled_data_dir();
  std::ostringstream quiet;
  std::ostream& text = json ? quiet : out;

  int step = 0;
  heading(text, ++step, "The plan");
  const Plan plan = load_plan_json(data / "sample_plan.json");
  show_plan(text, plan);

  heading(text, ++step, "Ranking the development measures");
  const BallotSet ballots = read_ballots(data / "sample_ballots.csv");
  nlohmann::ordered_json result;
  result["plan"] = plan.id.str();
  result["ranking"] = show_rankings(text, plan, ballots);

  heading(text, ++step, "Choosing what to fund");
  const Money budget = parse_money(args.option("--budget").value_or("10 000 000 Kč"), plan.currency);
  result["selection"] = show_selection(text, plan, ballots, budget);

  heading(text, ++step, "The public report");
  report::PublicReportInputs inputs;
  inputs.plan = &plan;
  inputs.ballots = &ballots;
  inputs.budget = budget;
  inputs.language = report::parse_language(args.option("--lang").value_or("cs"));
  const auto html = report::write_report(report::compose_public_report(inputs),
                                         args.option("--out").value_or("kpss-demo-report"));
  result["report"] = html.string();
  if (json) {
    out << result.dump(2) << '\n';
  } else {
    out << "Written as HTML (with charts), Markdown and JSON. Open it:\n  " << html.string() << '\n';
  }
  return ok;
}

}  // namespace

Command demo_command() {
  return {"demo", "the method on the bundled town of Dolní Habrov, ending with its public report",
          "usage: kpss demo [--out DIR] [--lang cs|en] [--budget AMOUNT] [--json]\n\n"
          "Runs kpss on the bundled sample town (examples/data): the plan, the ranking of its\n"
          "development measures with role-balanced weights beside a plain head count, the\n"
          "selection under the budget (default 10 000 000 Kč) by greedy and by equal shares, and\n"
          "the public report written to DIR (default kpss-demo-report), whose path it prints.\n\n"
          "example:\n"
          "  kpss demo --lang en --out /tmp/habrov\n\n"
          "exit codes: 0 done, 2 the bundled data is missing or unreadable\n",
          run};
}

}  // namespace kpss::cli
