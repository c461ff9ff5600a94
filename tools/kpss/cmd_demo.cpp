// kpss demo — the whole method on the bundled town of Dolní Habrov, step by step, ending with
// the public report.
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "bundled_data.hpp"
#include "commands.hpp"
#include "input_files.hpp"
#include "gaps_output.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/audit.hpp"
#include "kpss/gaps/plan_gaps.hpp"
#include "kpss/graph/build.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/model/validate.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/ranking.hpp"
#include "kpss/rank/stability.hpp"
#include "kpss/report/public_report.hpp"
#include "kpss/report/render.hpp"
#include "kpss/report/text.hpp"
#include "kpss/select/election.hpp"

namespace kpss::cli {

namespace {

using report::clip;
using report::fixed;
using report::pad;

void heading(std::ostream& out, int step, const std::string& title) {
  out << '\n' << step << ". " << title << '\n' << std::string(title.size() + 3, '-') << '\n';
}

nlohmann::ordered_json show_plan(std::ostream& out, const Plan& plan) {
  const PlanCounts c = count_elements(plan);
  out << plan.title << '\n'
      << "  " << c.stakeholders << " stakeholders, " << c.working_groups << " working groups, "
      << c.services << " services, " << c.needs << " needs, " << c.priorities << " priorities, "
      << c.goals << " goals, " << c.measures << " measures, " << c.indicators << " indicators, "
      << c.comments << " comments\n";
  const auto diagnostics = validate(plan);
  std::size_t errors = 0;
  for (const Diagnostic& d : diagnostics) errors += d.severity == Severity::error ? 1 : 0;
  out << "  validation: " << errors << " errors, " << diagnostics.size() - errors << " warnings\n";
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const Diagnostic& d : diagnostics) {
    out << "    " << to_string(d.severity) << ' ' << d.code << ' ' << d.path << ": " << d.message << '\n';
    j.push_back({{"code", d.code}, {"severity", to_string(d.severity)}, {"path", d.path}, {"message", d.message}});
  }
  return j;
}

nlohmann::ordered_json show_stakeholders(std::ostream& out, const Plan& plan) {
  const StakeholderGraph g = build_stakeholder_graph(plan);
  out << "The triad (commissioner / provider / user) and the public in every group:\n\n"
      << "  " << pad("group", 18) << "members  comm.  prov.  user  public  missing\n";
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const TriadCoverage& c : triad_coverage(g)) {
    const std::string group = c.is_plan ? "whole plan" : c.group.id;
    std::string missing;
    nlohmann::ordered_json roles = nlohmann::ordered_json::array();
    for (Role r : c.missing) {
      missing += (missing.empty() ? "" : ", ") + std::string(to_string(r));
      roles.push_back(to_string(r));
    }
    out << "  " << pad(clip(group, 16), 18) << pad(std::to_string(c.members), 9);
    for (std::size_t k = 0; k < c.counts.size(); ++k) out << pad(std::to_string(c.counts[k]), k == 3 ? 8 : 7);
    out << missing << '\n';
    j.push_back({{"group", group}, {"members", c.members}, {"missing", roles}});
  }
  const Periphery edge = periphery(g);
  out << "\n  isolated actors:";
  if (edge.isolated.empty()) out << " none";
  for (const VertexRef& r : edge.isolated) out << ' ' << r.id;
  out << '\n';
  return j;
}

nlohmann::ordered_json show_gaps(std::ostream& out, const Plan& plan) {
  const GapTable table = plan_gaps(plan);
  out << "Demand from the needs found against the capacity of the town's services:\n";
  print_gaps(out, table, false);
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const GapRow& r : table.rows)
    if (r.gap > 0)
      j.push_back({{"type", r.key.type}, {"target_group", r.key.target_group}, {"territory", r.key.territory.code()},
                   {"gap", r.gap}, {"unit", r.unit}});
  return j;
}

nlohmann::ordered_json show_stability(std::ostream& out, const Plan& plan, const BallotSet& ballots,
                                      const BootstrapOptions& options) {
  const Ranking ranking = rank(ballots, WeightingPolicy::roles_equal());
  const Stability st = bootstrap(ballots, WeightingPolicy::roles_equal(), ranking.options, options);
  out << "Ballots resampled " << st.replicates << " times within roles and organisations; where each\n"
      << "measure placed in 90 % of the resamples, and its chance of the top " << st.top_k << ":\n\n"
      << "  rank  " << pad("measure", 52) << "interval  top " << st.top_k << '\n';
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (std::size_t item : ranking.order()) {
    const ItemStability& is = st.item[item];
    const Measure* m = find(plan, MeasureId(ranking.items[item]));
    out << "  " << pad(std::to_string(ranking.rank_of(item)), 6)
        << pad(clip(m ? m->title : ranking.items[item], 50), 52)
        << pad(is.rank_p05 == is.rank_p95 ? std::to_string(is.rank_p05)
                                          : std::to_string(is.rank_p05) + "–" + std::to_string(is.rank_p95),
               10)
        << report::percent(is.p_top_k)
        << '\n';
    j.push_back({{"item", ranking.items[item]}, {"rank_p05", is.rank_p05}, {"rank_p95", is.rank_p95},
                 {"p_top_k", is.p_top_k}});
  }
  return j;
}

nlohmann::ordered_json show_audit(std::ostream& out, const Plan& plan) {
  const cycle::AuditReport a = cycle::audit(plan);
  out << "Score " << a.score << "/100: " << a.passed << " pass, " << a.warned << " warn, " << a.failed
      << " fail\n";
  for (const cycle::AuditCheck& c : a.checks)
    if (c.verdict != cycle::Verdict::pass)
      out << "  " << to_string(c.verdict) << ' ' << c.code << ' ' << c.title_en << ": " << c.finding << '\n';
  return {{"score", a.score}, {"passed", a.passed}, {"warned", a.warned}, {"failed", a.failed}};
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

  const Plan plan = plan_json_file(data / "sample_plan.json");
  const BallotSet ballots = ballots_file(data / "sample_ballots.csv");
  report::PublicReportInputs inputs;
  inputs.plan = &plan;
  inputs.ballots = &ballots;
  inputs.budget = parse_money(args.option("--budget").value_or("10 000 000 Kč"), plan.currency);
  inputs.language = report::parse_language(args.option("--lang").value_or("cs"));

  int step = 0;
  nlohmann::ordered_json result;
  result["plan"] = plan.id.str();
  heading(text, ++step, "The plan and its validation");
  result["validation"] = show_plan(text, plan);

  heading(text, ++step, "Who takes part: the stakeholder analysis");
  result["stakeholders"] = show_stakeholders(text, plan);

  heading(text, ++step, "Needs against resources: the gaps");
  result["gaps"] = show_gaps(text, plan);

  heading(text, ++step, "Ranking the development measures");
  result["ranking"] = show_rankings(text, plan, ballots);

  heading(text, ++step, "How stable the ranking is");
  result["stability"] = show_stability(text, plan, ballots, inputs.bootstrap);

  heading(text, ++step, "Choosing what to fund");
  result["selection"] = show_selection(text, plan, ballots, *inputs.budget);

  heading(text, ++step, "The plan audit");
  result["audit"] = show_audit(text, plan);

  heading(text, ++step, "The public report");
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
          "Runs kpss on the bundled sample town (examples/data): validates the plan, analyses\n"
          "its stakeholders (the triad in every working group, isolated actors), sets the needs\n"
          "against the services (gaps), ranks the development measures with role-balanced\n"
          "weights beside a plain head count, shows how stable that ranking is (bootstrap rank\n"
          "intervals), selects under the budget (default 10 000 000 Kč) by greedy and by equal\n"
          "shares side by side, audits the plan and writes the public report to DIR (default\n"
          "kpss-demo-report), printing its path last.\n\n"
          "example:\n"
          "  kpss demo --lang en --out /tmp/habrov\n\n"
          "exit codes: 0 done, 2 the bundled data is missing or unreadable\n",
          run};
}

}  // namespace kpss::cli
