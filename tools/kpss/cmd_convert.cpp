// kpss convert — JSON ⇄ native archive, by file extension.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/plan_file.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json"};
  const Args args(argv, flags, {});
  if (args.positional().size() != 2) throw InvalidArgument("expected IN and OUT (see kpss convert --help)");
  const std::string in = args.positional()[0];
  const std::string to = args.positional()[1];
  const auto format = plan_format_for(to);
  if (!format) throw InvalidArgument("OUT must end in .json, .kpss or .xml", to);
  const Plan plan = plan_file(in);
  save_plan(plan, to);
  const char* name = *format == PlanFileFormat::json ? "json"
                     : *format == PlanFileFormat::archive_text ? "archive_text"
                                                               : "archive_xml";
  if (args.flag("--json")) {
    nlohmann::ordered_json j;
    j["in"] = in;
    j["out"] = to;
    j["format"] = name;
    out << j.dump(2) << '\n';
  } else {
    out << in << " -> " << to << " (" << name << ")\n";
  }
  return ok;
}

}  // namespace

Command convert_command() {
  return {"convert", "convert a plan between JSON and the native archive",
          "usage: kpss convert IN OUT [--json]\n\n"
          "Reads IN (JSON or a kpss archive, told apart by content) and writes OUT in the format\n"
          "its extension names: .json (interchange, docs/formats/plan.md), .kpss (Boost text\n"
          "archive) or .xml (Boost XML archive). OUT is replaced atomically. The plan is not\n"
          "validated (use kpss validate).\n\n"
          "examples:\n"
          "  kpss convert examples/data/sample_plan.json plan.kpss\n"
          "  kpss convert plan.kpss plan.json --json\n\n"
          "exit codes: 0 converted, 2 unreadable input, unknown extension or write failure\n",
          run};
}

}  // namespace kpss::cli
