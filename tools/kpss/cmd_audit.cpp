// kpss audit — the checklist of a good community plan.
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/audit.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json"};
  const Args args(argv, flags, {});
  if (args.positional().size() != 1) throw InvalidArgument("expected one PLAN (see kpss audit --help)");
  const cycle::AuditReport r = cycle::audit(plan_json_file(args.positional()[0]));
  if (args.flag("--json")) {
    out << cycle::audit_to_json(r) << '\n';
  } else {
    for (const cycle::AuditCheck& c : r.checks) {
      out << to_string(c.verdict) << "  " << c.code << std::string(5 - c.code.size(), ' ') << c.title_cs << '\n';
      if (c.verdict == cycle::Verdict::pass) continue;
      out << "        " << c.finding;
      for (std::size_t i = 0; i < c.elements.size(); ++i) out << (i ? ", " : " [") << c.elements[i];
      out << (c.elements.empty() ? "" : "]") << "\n        hint: " << c.hint << '\n';
    }
    out << "score " << r.score << "/100: " << r.passed << " pass, " << r.warned << " warn, " << r.failed
        << " fail\n";
  }
  return r.failed > 0 ? findings : ok;
}

}  // namespace

Command audit_command() {
  return {"audit", "audit a plan against the indicators of a good plan, its content and quality areas",
          "usage: kpss audit PLAN [--json]\n\n"
          "Checks the plan against the six indicators of a good community plan (I1–I6), the ten\n"
          "content items of a plan (C01–C10) and the ministry's eight quality areas (Q1–Q8). Each\n"
          "check passes, warns or fails, names the elements behind it (JSON pointers) and hints\n"
          "how to fix it; the score is 0–100.\n\n"
          "example:\n"
          "  kpss audit examples/data/sample_plan.json\n\n"
          "exit codes: 0 no failing check, 1 a check fails, 2 bad input\n",
          run};
}

}  // namespace kpss::cli
