// kpss validate — read a plan and print every problem with its code and path.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/plan_archive.hpp"
#include "kpss/io/plan_file.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/model/validate.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream& err) {
  static constexpr std::string_view flags[] = {"--json"};
  const Args args(argv, flags, {});
  if (args.positional().size() != 1) throw InvalidArgument("expected one PLAN file (see kpss validate --help)");
  const std::string file = args.positional()[0];
  const bool json = args.flag("--json");

  PlanCheck check;
  if (plan_format_for(file) == PlanFileFormat::json) {
    check = check_plan_json_file(file);
  } else {
    check.plan = plan_file(file);
    check.diagnostics = validate(*check.plan);
  }
  const bool readable = check.plan.has_value();
  std::size_t errors = 0, warnings = 0;
  for (const Diagnostic& d : check.diagnostics) (d.severity == Severity::error ? errors : warnings)++;
  if (json) {
    nlohmann::ordered_json j;
    j["file"] = file;
    j["readable"] = readable;
    j["valid"] = check.ok();
    j["errors"] = errors;
    j["warnings"] = warnings;
    j["diagnostics"] = nlohmann::ordered_json::parse(write_diagnostics_json(check.diagnostics));
    out << j.dump(2) << '\n';
  } else {
    for (const Diagnostic& d : check.diagnostics)
      (readable ? out : err) << file << ": " << to_string(d.severity) << ' ' << d.code << ' '
                             << (d.path.empty() ? "/" : d.path) << ": " << d.message << '\n';
    if (readable)
      out << file << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
          << (warnings == 1 ? " warning" : " warnings") << '\n';
  }
  if (!readable) return bad_input;
  return errors > 0 ? findings : ok;
}

}  // namespace

Command validate_command() {
  return {"validate", "check a plan and print every problem with its code and path",
          "usage: kpss validate PLAN [--json]\n\n"
          "Reads PLAN (JSON, or a .kpss/.xml archive) and checks it: ids, references, code-list\n"
          "keys, roles, dates, amounts and funding (diagnostic codes in docs/formats/plan.md).\n"
          "Each problem is printed as 'FILE: SEVERITY CODE PATH: MESSAGE'; --json prints\n"
          "{file, readable, valid, errors, warnings, diagnostics: [{code, severity, path, message}]}.\n\n"
          "examples:\n"
          "  kpss validate examples/data/sample_plan.json\n"
          "  kpss validate plan.kpss --json\n\n"
          "exit codes: 0 no errors (warnings allowed), 1 errors found, 2 unreadable input (the\n"
          "message says where: line and column, or the JSON pointer)\n",
          run};
}

}  // namespace kpss::cli
