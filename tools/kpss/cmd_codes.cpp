// kpss codes — list the code lists, list one, or look a key up.
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "kpss/core/catalog.hpp"
#include "kpss/core/error.hpp"

namespace kpss::cli {

namespace {

nlohmann::ordered_json to_json(const CodeEntry& e) {
  nlohmann::ordered_json j;
  j["key"] = e.key;
  if (*e.section) j["section"] = e.section;
  j["name_cs"] = e.name_cs;
  j["name_en"] = e.name_en;
  if (*e.group) j["group"] = e.group;
  if (e.rest_id) j["rest_id"] = e.rest_id;
  if (*e.registry_code) j["registry_code"] = e.registry_code;
  if (e.min_age || e.max_age) {
    j["min_age"] = e.min_age;
    j["max_age"] = e.max_age < 0 ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.max_age);
  }
  return j;
}

void print_entry(std::ostream& out, const CodeEntry& e) {
  out << "  " << e.key;
  if (*e.section) out << "  \xC2\xA7" << e.section;
  out << "  " << e.name_cs << " — " << e.name_en;
  if (*e.group) out << "  [" << e.group << "]";
  if (e.rest_id) out << "  rest_id " << e.rest_id;
  if (*e.registry_code) out << "  registry " << e.registry_code;
  out << '\n';
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json"};
  const Args args(argv, flags, {});
  const auto& pos = args.positional();
  const bool json = args.flag("--json");
  if (pos.size() > 2) throw InvalidArgument("too many arguments (see kpss codes --help)");

  if (pos.empty()) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (CodeList l : code_lists()) {
      if (json) j[to_string(l)] = entries(l).size();
      else out << to_string(l) << ": " << entries(l).size() << " entries\n";
    }
    if (json) out << j.dump(2) << '\n';
    return ok;
  }
  const CodeList list = parse_code_list(pos[0]);
  if (pos.size() == 2) {
    const CodeEntry& e = code(list, pos[1]);
    if (json) out << to_json(e).dump(2) << '\n';
    else print_entry(out, e);
    return ok;
  }
  if (json) {
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const CodeEntry& e : entries(list)) j.push_back(to_json(e));
    out << j.dump(2) << '\n';
  } else {
    out << to_string(list) << " (" << entries(list).size() << " entries)\n";
    for (const CodeEntry& e : entries(list)) print_entry(out, e);
  }
  return ok;
}

}  // namespace

Command codes_command() {
  return {"codes", "list the code lists (číselníky) or look a code up",
          "usage: kpss codes [LIST [KEY]] [--json]\n\n"
          "Without LIST, counts the entries of every code list. With LIST (service_type, form,\n"
          "capacity_unit, target_group, age_band, region), lists its entries. With KEY, finds\n"
          "one entry by its kpss key, Czech or English name, § of Act 108/2006, REST id or\n"
          "registry code.\n\n"
          "examples:\n"
          "  kpss codes service_type \"§40\"\n"
          "  kpss codes region CZ064 --json\n\n"
          "exit codes: 0 found, 2 unknown list or key\n",
          run};
}

}  // namespace kpss::cli
