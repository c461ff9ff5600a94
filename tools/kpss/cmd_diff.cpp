// kpss diff — the structural differences between two versions of a plan.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/versions.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json"};
  const Args args(argv, flags, {});
  if (args.positional().size() != 2) throw InvalidArgument("expected OLD and NEW (see kpss diff --help)");
  const auto changes = cycle::diff(plan_json_file(args.positional()[0]), plan_json_file(args.positional()[1]));
  if (args.flag("--json")) {
    out << cycle::diff_to_json(changes) << '\n';
  } else {
    for (const cycle::Change& c : changes) {
      const char sign = c.kind == cycle::Change::Kind::added ? '+' : c.kind == cycle::Change::Kind::removed ? '-' : '~';
      out << sign << ' ' << c.path;
      if (c.kind == cycle::Change::Kind::changed) out << ": " << c.before << " → " << c.after;
      out << '\n';
    }
    out << changes.size() << " changes\n";
  }
  return changes.empty() ? ok : findings;
}

}  // namespace

Command diff_command() {
  return {"diff", "list the differences between two versions of a plan",
          "usage: kpss diff OLD NEW [--json]\n\n"
          "Compares two plan files element by element: added (+), removed (-) and changed (~)\n"
          "elements with their paths, where elements with an id are addressed by it\n"
          "(/strategy/priorities/p1/goals/g1-2/measures/m1-2-1/cost). The event log is ignored.\n\n"
          "example:\n"
          "  kpss diff plan-draft.json plan-final.json --json\n\n"
          "exit codes: 0 identical, 1 differences, 2 bad input\n",
          run};
}

}  // namespace kpss::cli
