// kpss region — many municipal plans rolled up into a regional view with pooling proposals.
#include <fstream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <sstream>

#include "commands.hpp"
#include "input_files.hpp"
#include "gaps_output.hpp"
#include "progress.hpp"
#include "kpss/core/error.hpp"
#include "kpss/gaps/json.hpp"
#include "kpss/gaps/region.hpp"

namespace kpss::cli {

namespace {

// The territorial register: CSV lines "code,parent,population[,name]"; a first line
// starting with "code" is a header. Populations may be empty.
TerritoryTree read_register(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw IoError("cannot open the territorial register", path);
  TerritoryTree tree;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || (n == 1 && line.rfind("code", 0) == 0)) continue;
    std::vector<std::string> f;
    std::stringstream s(line);
    for (std::string cell; std::getline(s, cell, ',');) f.push_back(cell);
    const std::string where = path + ": " + text_position(n, 1);
    if (f.size() < 2) throw ParseError("expected code,parent,population[,name]", where);
    std::int64_t population = 0;
    if (f.size() > 2 && !f[2].empty()) {
      try {
        std::size_t used = 0;
        population = std::stoll(f[2], &used);
        if (used != f[2].size()) throw InvalidArgument("");
      } catch (const std::exception&) {
        throw ParseError("population '" + f[2] + "' is not a whole number", where);
      }
    }
    try {
      tree.add(TerritoryCode::parse(f[0]),
               f[1].empty() ? std::nullopt : std::optional(TerritoryCode::parse(f[1])), population,
               f.size() > 3 ? f[3] : "");
    } catch (const Error& e) {
      throw ParseError(e.message(), where);
    }
  }
  return tree;
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream& err) {
  static constexpr std::string_view flags[] = {"--json"};
  static constexpr std::string_view options[] = {"--territories", "--key", "--min-viable"};
  const Args args(argv, flags, options);
  if (args.positional().empty()) throw InvalidArgument("expected at least one PLAN file (see kpss region --help)");
  const auto reg = args.option("--territories");
  if (!reg) throw InvalidArgument("--territories FILE is required: plans do not say which ORP a municipality is in");
  const TerritoryTree tree = read_register(*reg);
  // Reading the plans is most of the work for a region's many municipalities; the roll-up
  // itself is the last step.
  Progress progress(err, "reading the plans", args.positional().size() + 1);
  std::vector<Plan> plans;
  for (const std::string& p : args.positional()) {
    plans.push_back(plan_json_file(p));
    progress.advance();
  }
  RegionalOptions o;
  if (auto k = args.option("--key")) o.pooling.key = parse_cost_sharing(*k);
  if (auto m = args.option("--min-viable")) {
    try {
      o.pooling.default_min_viable = std::stod(*m);
    } catch (const std::exception&) {
      throw InvalidArgument("--min-viable needs a number");
    }
  }
  const RegionalView v = regional_view(plans, tree, o);
  progress.finish();
  if (args.flag("--json")) {
    out << nlohmann::ordered_json::parse(regional_view_json(v)).dump(2) << '\n';
  } else {
    out << "gaps by ORP (" << plans.size() << " plans)\n";
    print_gaps(out, v.orp, false);
    out << "gaps by region\n";
    print_gaps(out, v.region, false);
    out << "recurring gaps\n";
    for (const RecurringGap& g : v.recurring)
      out << "  " << g.type << " / " << (g.target_group.empty() ? "*" : g.target_group) << ": "
          << g.plans.size() << " plans, " << g.population << " inhabitants ("
          << g.population_share * 100 << " %)\n";
    out << "services listed by several plans (counted once)\n";
    for (const DoubleCountedService& s : v.shared) {
      out << "  " << s.registry_id << ":";
      for (const auto& p : s.plans) out << ' ' << p;
      out << '\n';
    }
    out << "pooling proposals\n";
    for (const PoolingProposal& p : v.pooling) print_pooling(out, p);
  }
  return v.pooling.empty() && v.recurring.empty() ? ok : findings;
}

}  // namespace

Command region_command() {
  return {"region", "roll municipal plans up into a regional view with pooling proposals",
          "usage: kpss region PLAN... --territories FILE [--key per_capita|per_use] [--min-viable N] [--json]\n\n"
          "Merges the plans' needs and services (a registered service listed by two plans counts\n"
          "once), rolls gaps up to ORPs and regions, lists gaps recurring in several plans\n"
          "(population-weighted) and proposes pooling for neighbouring municipalities of one ORP\n"
          "whose gaps are each below the viable size (--min-viable, default 10 units) but not\n"
          "together. FILE is CSV: code,parent,population[,name] (municipality → ORP → district).\n\n"
          "example:\n"
          "  kpss region a.json b.json c.json --territories register.csv --key per_capita\n\n"
          "exit codes: 0 nothing to propose, 1 recurring gaps or pooling proposals, 2 bad input\n",
          run};
}

}  // namespace kpss::cli
