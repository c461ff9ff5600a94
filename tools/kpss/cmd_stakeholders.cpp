// kpss stakeholders — the stakeholder graph of a plan: every analysis, or the graph itself.
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "kpss/core/error.hpp"
#include "kpss/graph/build.hpp"
#include "kpss/graph/export.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/graph/pooling.hpp"
#include "kpss/graph/reach.hpp"
#include "kpss/graph/report.hpp"
#include "kpss/graph/structure.hpp"
#include "kpss/report/text.hpp"

namespace kpss::cli {

namespace {

using report::fixed;

std::string name(const VertexRef& r) { return std::string(to_string(r.kind)) + " " + r.id; }

std::string list(const std::vector<VertexRef>& refs) {
  if (refs.empty()) return "none";
  std::string out;
  for (const VertexRef& r : refs) out += (out.empty() ? "" : ", ") + r.id;
  return out;
}

/// Does any working or steering group lack a member of the triad?
bool triad_gaps(const std::vector<TriadCoverage>& rows) {
  for (const TriadCoverage& c : rows)
    if (!c.is_plan && !c.triad_complete()) return true;
  return false;
}

void print_text(std::ostream& out, const StakeholderGraph& g, std::size_t top_k) {
  out << "stakeholder graph: " << g.vertex_count() << " vertices, " << g.edge_count() << " ties\n\n";
  out << "triad coverage (commissioner / provider / user / public):\n";
  for (const TriadCoverage& c : triad_coverage(g)) {
    out << "  " << (c.is_plan ? std::string("whole plan") : name(c.group)) << ": " << c.members
        << " members; " << c.counts[0] << " / " << c.counts[1] << " / " << c.counts[2] << " / "
        << c.counts[3];
    if (!c.missing.empty()) {
      out << "; missing:";
      for (Role r : c.missing) out << ' ' << to_string(r);
    }
    out << '\n';
  }
  out << "\nprovider equality (voting members, headcount share, weight):\n";
  for (const ProviderWeight& w : provider_equality(g))
    out << "  " << w.provider.id << ": " << w.voting_members << ", " << fixed(w.headcount_share, 3)
        << ", " << fixed(w.weight, 3) << '\n';
  out << "\ninformation reach: ";
  try {
    const InformationReach r = information_reach(g);
    out << "from " << r.source.id << ", " << r.stakeholders_reached << " of " << r.stakeholders
        << " stakeholders within " << r.max_hops << " hops; public " << r.public_reached << " of "
        << r.public_total << " (" << fixed(100.0 * r.public_coverage(), 1) << " %)\n"
        << "  unreached: " << list(r.unreached) << '\n';
  } catch (const Error& e) {
    out << e.message() << '\n';
  }
  const Periphery p = periphery(g);
  out << "\noutside every working group: " << list(p.outside_working_groups) << '\n'
      << "isolated: " << list(p.isolated) << '\n';
  out << "\nbrokers (normalised betweenness):\n";
  for (const Broker& b : brokers(g, top_k)) out << "  " << b.vertex.id << ": " << fixed(b.centrality, 4) << '\n';
  const Fragility f = fragility(g);
  out << "\nconnected components: " << f.components.size() << '\n'
      << "articulation points: " << list(f.articulation_points) << '\n'
      << "bridges:";
  if (f.bridges.empty()) out << " none";
  for (const Tie& t : f.bridges) out << ' ' << t.a.id << "–" << t.b.id;
  const PoolingCandidates pool = pooling_candidates(g);
  out << "\n\nservices shared by municipalities:\n";
  for (const SharedService& s : pool.shared) {
    out << "  " << s.service << ":";
    for (const auto& m : s.municipalities) out << ' ' << m;
    out << '\n';
  }
  out << "pooling candidates (need without a local service, neighbour has one):\n";
  if (pool.gaps.empty()) out << "  none\n";
  for (const PoolingGap& gap : pool.gaps) {
    out << "  " << gap.municipality << " needs " << gap.service_type << "; served in";
    for (const auto& m : gap.neighbours) out << ' ' << m;
    out << " by";
    for (const auto& s : gap.services) out << ' ' << s;
    out << '\n';
  }
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream&) {
  static constexpr std::string_view flags[] = {"--json", "--dot", "--graphml"};
  static constexpr std::string_view valued[] = {"--top"};
  const Args args(argv, flags, valued);
  const auto& pos = args.positional();
  if (pos.size() != 1) throw InvalidArgument("expected one PLAN file (see kpss stakeholders --help)");
  const int formats = int{args.flag("--json")} + int{args.flag("--dot")} + int{args.flag("--graphml")};
  if (formats > 1) throw InvalidArgument("--json, --dot and --graphml exclude each other");
  std::size_t top_k = 10;
  if (const auto top = args.option("--top")) {
    const std::string& t = *top;
    if (t.empty() || t.size() > 6 || t.find_first_not_of("0123456789") != std::string::npos)
      throw InvalidArgument("--top takes a whole number, not '" + t + "'");
    top_k = std::stoul(t);
  }
  const StakeholderGraph g = build_stakeholder_graph(plan_json_file(pos[0]));
  if (args.flag("--dot")) {
    out << to_dot(g);
    return ok;
  }
  if (args.flag("--graphml")) {
    out << to_graphml(g);
    return ok;
  }
  if (args.flag("--json")) out << analysis_json(g, GraphAnalysis::all, top_k) << '\n';
  else print_text(out, g, top_k);
  return triad_gaps(triad_coverage(g)) ? findings : ok;
}

}  // namespace

Command stakeholders_command() {
  return {"stakeholders", "the stakeholder graph of a plan: who takes part, who is missing",
          "usage: kpss stakeholders PLAN [--json | --dot | --graphml] [--top K]\n\n"
          "Builds the stakeholder graph (graf aktérů) of a plan in kpss plan JSON and prints\n"
          "every analysis: triad coverage per working group, the steering group and the plan;\n"
          "provider equality; reach of the information strategy from the coordinator; actors\n"
          "outside the working groups; the K brokers of highest betweenness (default 10);\n"
          "articulation points, bridges and components; services shared by municipalities and\n"
          "pooling candidates. --json prints the same as JSON (docs/graph.md); --dot and\n"
          "--graphml print the graph itself.\n\n"
          "examples:\n"
          "  kpss stakeholders examples/data/sample_plan.json\n"
          "  kpss stakeholders plan.json --dot | dot -Tsvg > partnership.svg\n\n"
          "exit codes: 0 every group has the triad, 1 a working or steering group lacks a\n"
          "commissioner, provider or user, 2 unreadable or invalid plan\n",
          run};
}

}  // namespace kpss::cli
