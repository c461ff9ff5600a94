// Every analysis of the stakeholder graph as JSON.
#include "kpss/graph/report.hpp"

#include <array>

#include <nlohmann/json.hpp>

#include "kpss/core/error.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/graph/pooling.hpp"
#include "kpss/graph/reach.hpp"
#include "kpss/graph/structure.hpp"

namespace kpss {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::array<std::string_view, graph_analysis_count> analysis_names = {
    "triad_coverage", "provider_equality", "information_reach", "periphery",
    "brokers",        "fragility",         "pooling",           "all"};

Json ref(const VertexRef& r) { return Json{{"kind", to_string(r.kind)}, {"id", r.id}}; }

Json refs(const std::vector<VertexRef>& list) {
  Json out = Json::array();
  for (const VertexRef& r : list) out.push_back(ref(r));
  return out;
}

Json roles(const std::vector<Role>& list) {
  Json out = Json::array();
  for (Role r : list) out.push_back(to_string(r));
  return out;
}

Json triad_json(const StakeholderGraph& g) {
  Json out = Json::array();
  for (const TriadCoverage& c : triad_coverage(g)) {
    Json counts = Json::object();
    for (std::size_t r = 0; r < coverage_roles.size(); ++r)
      counts[std::string(to_string(coverage_roles[r]))] = c.counts[r];
    Json row;
    row["group"] = c.is_plan ? Json(nullptr) : ref(c.group);
    row["scope"] = c.is_plan ? "plan" : std::string(to_string(c.group.kind));
    row["members"] = c.members;
    row["counts"] = std::move(counts);
    row["missing"] = roles(c.missing);
    row["triad_complete"] = c.triad_complete();
    out.push_back(std::move(row));
  }
  return out;
}

Json providers_json(const StakeholderGraph& g) {
  Json out = Json::array();
  for (const ProviderWeight& w : provider_equality(g))
    out.push_back({{"provider", ref(w.provider)},
                   {"voting_members", w.voting_members},
                   {"headcount_share", w.headcount_share},
                   {"weight", w.weight},
                   {"member_weight", w.member_weight}});
  return out;
}

Json reach_json(const StakeholderGraph& g) {
  InformationReach r;
  try {
    r = information_reach(g);
  } catch (const NotFound& e) {
    return {{"error", e.message()}};
  } catch (const ConflictError& e) {
    return {{"error", e.message()}};
  }
  Json reached = Json::array();
  for (const ReachedVertex& v : r.reached) {
    Json row = ref(v.vertex);
    row["hops"] = v.hops;
    reached.push_back(std::move(row));
  }
  return {{"source", ref(r.source)},
          {"stakeholders", r.stakeholders},
          {"stakeholders_reached", r.stakeholders_reached},
          {"public_total", r.public_total},
          {"public_reached", r.public_reached},
          {"public_coverage", r.public_coverage()},
          {"max_hops", r.max_hops},
          {"unreached", refs(r.unreached)},
          {"reached", std::move(reached)}};
}

Json periphery_json(const StakeholderGraph& g) {
  const Periphery p = periphery(g);
  return {{"outside_working_groups", refs(p.outside_working_groups)}, {"isolated", refs(p.isolated)}};
}

Json brokers_json(const StakeholderGraph& g, std::size_t k) {
  Json out = Json::array();
  for (const Broker& b : brokers(g, k)) {
    Json row = ref(b.vertex);
    row["betweenness"] = b.centrality;
    out.push_back(std::move(row));
  }
  return out;
}

Json fragility_json(const StakeholderGraph& g) {
  const Fragility f = fragility(g);
  Json components = Json::array();
  for (const auto& c : f.components) components.push_back(refs(c));
  Json bridges = Json::array();
  for (const Tie& t : f.bridges) bridges.push_back(Json::array({ref(t.a), ref(t.b)}));
  return {{"components", std::move(components)},
          {"articulation_points", refs(f.articulation_points)},
          {"bridges", std::move(bridges)}};
}

Json pooling_json(const StakeholderGraph& g) {
  const PoolingCandidates p = pooling_candidates(g);
  Json shared = Json::array();
  for (const SharedService& s : p.shared)
    shared.push_back({{"service", s.service}, {"municipalities", s.municipalities}});
  Json gaps = Json::array();
  for (const PoolingGap& gap : p.gaps)
    gaps.push_back({{"municipality", gap.municipality},
                    {"service_type", gap.service_type},
                    {"neighbours", gap.neighbours},
                    {"services", gap.services}});
  return {{"shared_services", std::move(shared)}, {"gaps", std::move(gaps)}};
}

Json analysis(const StakeholderGraph& g, GraphAnalysis which, std::size_t k) {
  switch (which) {
    case GraphAnalysis::triad_coverage: return triad_json(g);
    case GraphAnalysis::provider_equality: return providers_json(g);
    case GraphAnalysis::information_reach: return reach_json(g);
    case GraphAnalysis::periphery: return periphery_json(g);
    case GraphAnalysis::brokers: return brokers_json(g, k);
    case GraphAnalysis::fragility: return fragility_json(g);
    case GraphAnalysis::pooling: return pooling_json(g);
    case GraphAnalysis::all: break;
  }
  Json all = Json::object();
  all["vertices"] = g.vertex_count();
  all["edges"] = g.edge_count();
  for (std::size_t i = 0; i + 1 < graph_analysis_count; ++i)
    all[std::string(analysis_names[i])] = analysis(g, static_cast<GraphAnalysis>(i), k);
  return all;
}

}  // namespace

std::string_view to_string(GraphAnalysis value) noexcept {
  return analysis_names[static_cast<std::size_t>(value)];
}

bool from_string(std::string_view text, GraphAnalysis& out) noexcept {
  for (std::size_t i = 0; i < analysis_names.size(); ++i)
    if (analysis_names[i] == text) {
      out = static_cast<GraphAnalysis>(i);
      return true;
    }
  return false;
}

std::string analysis_json(const StakeholderGraph& graph, GraphAnalysis which, std::size_t top_k) {
  return analysis(graph, which, top_k).dump(2);
}

}  // namespace kpss
