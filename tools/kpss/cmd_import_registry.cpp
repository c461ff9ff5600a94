// kpss import-registry — read the registry's open-data export, optionally for one territory.
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "commands.hpp"
#include "input_files.hpp"
#include "progress.hpp"
#include "kpss/core/error.hpp"
#include "kpss/gaps/json.hpp"
#include "kpss/io/registry.hpp"

namespace kpss::cli {

namespace {

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream& err) {
  static constexpr std::string_view flags[] = {"--json"};
  static constexpr std::string_view options[] = {"--territory", "--codes", "--on"};
  const Args args(argv, flags, options);
  if (args.positional().size() != 1) throw InvalidArgument("expected one FILE (see kpss import-registry --help)");
  RegistryOptions o;
  if (auto t = args.option("--territory")) o.territory = TerritoryCode::parse(*t);
  if (auto d = args.option("--on")) o.provided_on = parse_date(*d);
  RegistryCodeLists codes;
  if (auto c = args.option("--codes")) {
    std::ifstream in(*c, std::ios::binary);
    if (!in) throw IoError("cannot open the code lists", *c);
    std::ostringstream s;
    s << in.rdbuf();
    codes = in_file(*c, [&] { return RegistryCodeLists::parse(s.str()); });
    o.codes = &codes;
  }
  const std::string& path = args.positional()[0];
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError("cannot open the registry export", path);
  std::error_code size_error;
  const auto size = std::filesystem::file_size(path, size_error);
  Progress progress(err, "reading the registry", size_error ? 0 : size);
  ProgressReader reader(*file.rdbuf(), progress);
  std::istream in(&reader);
  const RegistryImport r = in_file(path, [&] { return read_registry(in, o); });
  progress.finish();
  if (args.flag("--json")) {
    out << nlohmann::ordered_json::parse(registry_import_json(r)).dump(2) << '\n';
  } else {
    out << r.items << " items: " << r.services.size() << " imported, " << r.skipped << " skipped, "
        << r.filtered << " filtered out\n";
    for (const RegistryService& s : r.services) {
      out << "  " << s.identifier << "  " << s.type << "  " << s.provider_name;
      for (const RegistryForm& f : s.forms)
        for (const RegistryCapacity& c : f.capacities) out << "  [" << f.form << ' ' << c.amount << ' ' << c.unit << ']';
      out << '\n';
    }
    for (const RegistryDiagnostic& d : r.diagnostics) out << "  note: " << d.path << ": " << d.message << '\n';
  }
  return r.diagnostics.empty() ? ok : findings;
}

}  // namespace

Command import_registry_command() {
  return {"import-registry", "read the registry of social-service providers (open data)",
          "usage: kpss import-registry FILE [--codes CODELISTS] [--territory CODE] [--on DATE] [--json]\n\n"
          "Streams the MPSV open-data export (root \"polozky\") item by item, maps its codes\n"
          "through the registry's code lists (--codes, the číselníky file) and keeps the\n"
          "services reaching --territory (an ORP, municipality, district or region code) and\n"
          "provided on --on. Unknown codes are reported with their JSON pointer; the rest is\n"
          "imported. A truncated file imports nothing.\n\n"
          "example:\n"
          "  kpss import-registry registr.json --codes ciselniky.json --territory CZ064 --json\n\n"
          "exit codes: 0 imported cleanly, 1 imported with diagnostics, 2 unreadable file\n",
          run};
}

}  // namespace kpss::cli
