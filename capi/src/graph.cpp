// The stakeholder graph through the C API.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include <gsl/narrow>

#include "capi_internal.hpp"
#include "plan_handle.hpp"
#include "kpss/graph/build.hpp"
#include "kpss/graph/export.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/graph/report.hpp"
#include "kpss/graph/structure.hpp"
#include "kpss/io/plan_json.hpp"

struct kpss_graph {
  kpss::StakeholderGraph graph;
};

using kpss::capi::guard;
using kpss::capi::read_versioned;
using kpss::capi::require;

namespace {

constexpr std::array<std::pair<kpss::Role, std::uint32_t>, 5> role_bits = {{
    {kpss::Role::commissioner, KPSS_ROLE_BIT_COMMISSIONER},
    {kpss::Role::provider, KPSS_ROLE_BIT_PROVIDER},
    {kpss::Role::user, KPSS_ROLE_BIT_USER},
    {kpss::Role::public_, KPSS_ROLE_BIT_PUBLIC},
    {kpss::Role::coordinator, KPSS_ROLE_BIT_COORDINATOR},
}};

std::uint32_t bit_of(kpss::Role role) {
  for (const auto& [r, bit] : role_bits)
    if (r == role) return bit;
  return 0;
}

template <class Enum>
Enum checked(int value, std::size_t count, const char* what) {
  if (value < 0 || static_cast<std::size_t>(value) >= count)
    throw kpss::InvalidArgument("unknown " + std::string(what) + " " + std::to_string(value));
  return static_cast<Enum>(value);
}

std::string text(const char* s) { return s == nullptr ? std::string() : std::string(s); }

std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= list.size() && !list.empty()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

/// A malloc'd array of `n` zeroed elements the caller frees with our _free function.
template <class T>
T* allocate(std::size_t n) {
  if (n == 0) return nullptr;
  auto* p = static_cast<T*>(std::calloc(n, sizeof(T)));
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

/// Frees the strings of the first `n` elements, then the array.
template <class T, class Member>
void free_array(T* array, std::size_t n, Member member) {
  if (array == nullptr) return;
  for (std::size_t i = 0; i < n; ++i) std::free(array[i].*member);
  std::free(array);
}

}  // namespace

namespace {

template <class Rows, class Fill>
void scored(kpss_scored_vertex** out, size_t* out_count, const Rows& rows, Fill fill) {
  auto* array = allocate<kpss_scored_vertex>(rows.size());
  try {
    for (std::size_t i = 0; i < rows.size(); ++i) fill(array[i], rows[i]);
  } catch (...) {
    kpss_scored_vertices_free(array, rows.size());
    throw;
  }
  *out = array;
  *out_count = rows.size();
}

void fill_broker(kpss_scored_vertex& r, const kpss::Broker& b) {
  r.id = kpss::capi::dup_string(b.vertex.id);
  r.kind = static_cast<int32_t>(b.vertex.kind);
  r.score = b.centrality;
}

}  // namespace

extern "C" {

int kpss_graph_from_plan_json(kpss_graph** out, const char* json, size_t length) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    const kpss::Plan plan = kpss::read_plan_json(std::string_view(require(json, "json"), length));
    *out = new kpss_graph{kpss::build_stakeholder_graph(plan)};
  });
}

int kpss_graph_from_plan(kpss_graph** out, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_graph{kpss::build_stakeholder_graph(kpss::capi::plan_of(plan))};
  });
}

int kpss_graph_new(kpss_graph** out) {
  return guard([&] { *require(out, "out") = new kpss_graph{}; });
}

void kpss_graph_free(kpss_graph* graph) { delete graph; }

int kpss_graph_add_vertex(size_t* out_index, kpss_graph* graph, const kpss_vertex_spec* spec) {
  return guard([&] {
    require(out_index, "out_index");
    require(graph, "graph");
    const kpss_vertex_spec s =
        read_versioned(require(spec, "spec"), kpss_vertex_spec KPSS_VERTEX_SPEC_INIT, "kpss_vertex_spec");
    kpss::Vertex v;
    v.kind = checked<kpss::VertexKind>(s.kind, kpss::vertex_kind_count, "vertex kind");
    v.id = text(s.id);
    v.label = text(s.label);
    if ((s.roles & ~std::uint32_t{0x1f}) != 0)
      throw kpss::InvalidArgument("unknown role bits " + std::to_string(s.roles));
    for (const auto& [role, bit] : role_bits)
      if ((s.roles & bit) != 0) v.roles.push_back(role);
    v.service_type = text(s.service_type);
    v.needed_service_types = split_commas(text(s.needed_service_types));
    v.area = text(s.area);
    *out_index = graph->graph.add_vertex(std::move(v));
  });
}

int kpss_graph_add_edge(int* out_added, kpss_graph* graph, size_t source, size_t target, int kind) {
  return guard([&] {
    require(graph, "graph");
    const bool added = graph->graph.add_edge(
        source, target, checked<kpss::EdgeKind>(kind, kpss::edge_kind_count, "edge kind"));
    if (out_added != nullptr) *out_added = added ? 1 : 0;
  });
}

int kpss_graph_find(size_t* out_index, const kpss_graph* graph, int kind, const char* id) {
  return guard([&] {
    require(out_index, "out_index");
    *out_index = require(graph, "graph")
                     ->graph.at(checked<kpss::VertexKind>(kind, kpss::vertex_kind_count, "vertex kind"),
                                require(id, "id"));
  });
}

int kpss_graph_counts(size_t* out_vertices, size_t* out_edges, const kpss_graph* graph) {
  return guard([&] {
    require(graph, "graph");
    if (out_vertices != nullptr) *out_vertices = graph->graph.vertex_count();
    if (out_edges != nullptr) *out_edges = graph->graph.edge_count();
  });
}

int kpss_graph_triad_coverage(kpss_triad_coverage** out, size_t* out_count, const kpss_graph* graph) {
  return guard([&] {
    require(out, "out");
    require(out_count, "out_count");
    *out = nullptr;
    *out_count = 0;
    const auto rows = kpss::triad_coverage(require(graph, "graph")->graph);
    auto* array = allocate<kpss_triad_coverage>(rows.size());
    try {
      for (std::size_t i = 0; i < rows.size(); ++i) {
        const kpss::TriadCoverage& c = rows[i];
        kpss_triad_coverage& r = array[i];
        r.group = kpss::capi::dup_string(c.group.id);
        r.group_kind = c.is_plan ? -1 : static_cast<int32_t>(c.group.kind);
        r.members = gsl::narrow<uint32_t>(c.members);
        r.commissioners = gsl::narrow<uint32_t>(c.counts[0]);
        r.providers = gsl::narrow<uint32_t>(c.counts[1]);
        r.users = gsl::narrow<uint32_t>(c.counts[2]);
        r.public_members = gsl::narrow<uint32_t>(c.counts[3]);
        for (kpss::Role role : c.missing) r.missing |= bit_of(role);
      }
    } catch (...) {
      kpss_triad_coverage_free(array, rows.size());
      throw;
    }
    *out = array;
    *out_count = rows.size();
  });
}

void kpss_triad_coverage_free(kpss_triad_coverage* array, size_t count) {
  free_array(array, count, &kpss_triad_coverage::group);
}

int kpss_graph_brokers(kpss_scored_vertex** out, size_t* out_count, const kpss_graph* graph, size_t k) {
  return guard([&] {
    require(out, "out");
    require(out_count, "out_count");
    *out = nullptr;
    *out_count = 0;
    scored(out, out_count, kpss::brokers(require(graph, "graph")->graph, k),
           fill_broker);
  });
}

int kpss_graph_brokers_sampled(kpss_scored_vertex** out, size_t* out_count, const kpss_graph* graph, size_t k,
                               size_t pivots, uint64_t seed) {
  return guard([&] {
    require(out, "out");
    require(out_count, "out_count");
    *out = nullptr;
    *out_count = 0;
    const kpss::StakeholderGraph& g = require(graph, "graph")->graph;
    scored(out, out_count, kpss::brokers(g, kpss::betweenness_sampled(g, pivots, seed), k),
           fill_broker);
  });
}

int kpss_betweenness_error_bound(double* out, size_t vertices, size_t pivots, double delta) {
  return guard([&] {
    require(out, "out");
    if (vertices < 2 || pivots < 1 || !(delta > 0 && delta < 1))
      throw kpss::InvalidArgument("needs vertices >= 2, pivots >= 1 and 0 < delta < 1");
    *out = kpss::betweenness_error_bound(vertices, pivots, delta);
  });
}

int kpss_graph_provider_equality(kpss_scored_vertex** out, size_t* out_count, const kpss_graph* graph) {
  return guard([&] {
    require(out, "out");
    require(out_count, "out_count");
    *out = nullptr;
    *out_count = 0;
    scored(out, out_count, kpss::provider_equality(require(graph, "graph")->graph),
           [](kpss_scored_vertex& r, const kpss::ProviderWeight& w) {
             r.id = kpss::capi::dup_string(w.provider.id);
             r.kind = static_cast<int32_t>(w.provider.kind);
             r.count = gsl::narrow<uint32_t>(w.voting_members);
             r.score = w.weight;
           });
  });
}

void kpss_scored_vertices_free(kpss_scored_vertex* array, size_t count) {
  free_array(array, count, &kpss_scored_vertex::id);
}

int kpss_graph_analysis_json(char** out, const kpss_graph* graph, int analysis, size_t top_k) {
  return guard([&] {
    require(out, "out");
    *out = kpss::capi::dup_string(kpss::analysis_json(
        require(graph, "graph")->graph,
        checked<kpss::GraphAnalysis>(analysis, kpss::graph_analysis_count, "analysis"), top_k));
  });
}

int kpss_graph_export(char** out, const kpss_graph* graph, int format) {
  return guard([&] {
    require(out, "out");
    require(graph, "graph");
    if (format != KPSS_GRAPH_GRAPHML && format != KPSS_GRAPH_DOT)
      throw kpss::InvalidArgument("unknown graph format " + std::to_string(format));
    *out = kpss::capi::dup_string(format == KPSS_GRAPH_DOT ? kpss::to_dot(graph->graph)
                                                           : kpss::to_graphml(graph->graph));
  });
}

}  // extern "C"
