// kpss cycle — the plan's current phase of the default cycle, its unmet gates and its log.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/phases.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json"};
  static constexpr std::string_view options[] = {"--date"};
  const Args args(argv, flags, options);
  if (args.positional().size() != 1) throw InvalidArgument("expected one PLAN (see kpss cycle --help)");
  const Plan plan = plan_json_file(args.positional()[0]);
  cycle::Clock clock = cycle::system_today;
  if (const auto d = args.option("--date")) clock = [today = parse_date(*d)] { return today; };
  const cycle::EventLog log = cycle::load_log(plan, clock);
  const cycle::Cycle c = cycle::default_cycle();
  const auto status = nlohmann::ordered_json::parse(cycle::status_to_json(c, plan, log));
  const bool blocked = !status["unmet"].empty();
  if (args.flag("--json")) {
    out << status.dump(2) << '\n';
    return blocked ? findings : ok;
  }
  const auto& phase = c.phases[status["phase_index"].get<std::size_t>()];
  out << "phase: " << phase.name << " (" << phase.title_cs << ")\n";
  if (status["next"].is_null()) out << "the cycle is complete; start the next cycle\n";
  else if (!blocked) out << "ready to advance to " << status["next"].get<std::string>() << '\n';
  else out << "unmet gates before " << status["next"].get<std::string>() << ":\n";
  for (const auto& g : status["unmet"]) {
    out << "  " << g["code"].get<std::string>() << "  " << g["description_cs"].get<std::string>() << "\n        "
        << g["detail"].get<std::string>();
    if (!g["elements"].empty()) {
      out << " [";
      for (std::size_t i = 0; i < g["elements"].size(); ++i)
        out << (i ? ", " : "") << g["elements"][i].get<std::string>();
      out << ']';
    }
    out << '\n';
  }
  out << "log: " << status["log"].size() << " events\n";
  for (const auto& e : status["log"])
    out << "  #" << e["seq"].get<std::uint64_t>() << ' ' << e["date"].get<std::string>() << ' '
        << e["actor"].get<std::string>() << ' ' << e["action"].get<std::string>() << ' ' << e["payload"].dump()
        << '\n';
  return blocked ? findings : ok;
}

}  // namespace

Command cycle_command() {
  return {"cycle", "the plan's phase of the planning cycle, its unmet gates and its event log",
          "usage: kpss cycle PLAN [--date YYYY-MM-DD] [--json]\n\n"
          "Replays the event log stored in the plan (member \"x-kpss-log\") over the default cycle\n"
          "(preparatory → analytical → proposal → public_comment → approval → implementation →\n"
          "monitoring → update → next_cycle) and lists the gates not yet met for moving on, with\n"
          "the elements behind them, and the log. --date sets today (default: the system date).\n\n"
          "example:\n"
          "  kpss cycle examples/data/sample_plan.json --json\n\n"
          "exit codes: 0 ready to advance (or complete), 1 unmet gates, 2 bad input\n",
          run};
}

}  // namespace kpss::cli
