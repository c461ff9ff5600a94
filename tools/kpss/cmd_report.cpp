// kpss report — the public report of a plan (and its ballots) as HTML, Markdown and JSON.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "progress.hpp"
#include "kpss/core/error.hpp"
#include "kpss/report/public_report.hpp"
#include "kpss/report/render.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream& err) {
  static constexpr std::string_view flags[] = {"--json"};
  static constexpr std::string_view options[] = {"--ballots", "--policy", "--lang", "--out", "--k", "--budget", "--as-of"};
  const Args args(argv, flags, options);
  if (args.positional().size() != 1) throw InvalidArgument("expected one PLAN (see kpss report --help)");
  const Plan plan = plan_json_file(args.positional()[0]);
  std::optional<BallotSet> ballots;
  if (const auto path = args.option("--ballots")) ballots = ballots_file(*path);

  report::PublicReportInputs inputs;
  inputs.plan = &plan;
  inputs.ballots = ballots ? &*ballots : nullptr;
  if (const auto budget = args.option("--budget")) inputs.budget = parse_money(*budget, plan.currency);
  inputs.policy = WeightingPolicy::parse(args.option("--policy").value_or("roles-equal"));
  inputs.language = report::parse_language(args.option("--lang").value_or("cs"));
  if (const auto date = args.option("--as-of")) inputs.as_of = parse_date(*date);
  if (const auto k = args.option("--k")) {
    try {
      inputs.suppression.k = std::stoi(*k);
    } catch (const std::exception&) {
      throw InvalidArgument("--k needs a whole number, got '" + *k + "'");
    }
    if (inputs.suppression.k < 1) throw InvalidArgument("--k must be at least 1");
  }
  // In percent: the sections and the bootstrap's replicates as they are composed, then
  // writing the three files.
  Progress progress(err, "composing the report", 100);
  inputs.progress = [&progress](std::size_t done, std::size_t total) {
    progress.update(static_cast<std::uint64_t>(done) * 100 / (total + 1));
  };
  const auto html = report::write_report(report::compose_public_report(inputs),
                                         args.option("--out").value_or("kpss-report"));
  progress.finish();
  if (args.flag("--json")) {
    nlohmann::ordered_json j{{"html", html.string()},
                             {"markdown", (html.parent_path() / "report.md").string()},
                             {"json", (html.parent_path() / "report.json").string()}};
    out << j.dump(2) << '\n';
  } else {
    out << "report written: " << html.string() << '\n';
  }
  return ok;
}

}  // namespace

Command report_command() {
  return {"report", "write the public report of a plan (HTML, Markdown, JSON)",
          "usage: kpss report PLAN.json [--ballots FILE] [--policy roles-equal|unweighted]\n"
          "                   [--budget AMOUNT] [--as-of DATE] [--lang cs|en] [--k N] [--out DIR]\n"
          "                   [--json]\n\n"
          "Writes DIR/report.html (one self-contained page with inline SVG charts),\n"
          "DIR/report.md and DIR/report.json (default DIR: kpss-report). With --ballots\n"
          "(CSV, JSON or .pb whose items are measure or priority ids of the plan) the report\n"
          "ranks them with the weighting policy beside a plain head count and shows how stable\n"
          "the ranking is; with --budget it also selects what to fund by greedy and by equal\n"
          "shares. Every report has the stakeholder analysis, the gaps, indicator progress as\n"
          "of DATE (default: the latest measurement) and the plan audit. Groups smaller than\n"
          "k participants (default 5) are not broken down.\n\n"
          "example:\n"
          "  kpss report examples/data/sample_plan.json --ballots examples/data/sample_ballots.csv --lang en\n\n"
          "exit codes: 0 written, 2 unreadable input or bad usage\n",
          run};
}

}  // namespace kpss::cli
