// The stakeholder graph: vertices, typed ties and the index of model ids.
#include "kpss/graph/stakeholder_graph.hpp"

#include <algorithm>
#include <array>
#include <map>

#include <gsl/assert>

#include "boost_graph.hpp"
#include "kpss/core/error.hpp"
#include "kpss/core/id.hpp"

namespace kpss {

namespace {

constexpr std::array<std::string_view, vertex_kind_count> vertex_kind_names = {
    "person", "organisation", "working_group", "steering_group", "service", "measure",
    "municipality"};
constexpr std::array<std::string_view, edge_kind_count> edge_kind_names = {
    "member_of", "chairs",          "represents", "provides", "funds",
    "responsible_for", "cooperates_with", "informs", "serves"};

template <class Enum, std::size_t N>
bool parse_name(const std::array<std::string_view, N>& names, std::string_view text, Enum& out) {
  const auto it = std::find(names.begin(), names.end(), text);
  if (it == names.end()) return false;
  out = static_cast<Enum>(it - names.begin());
  return true;
}

}  // namespace

std::string_view to_string(VertexKind value) noexcept {
  return vertex_kind_names[static_cast<std::size_t>(value)];
}
std::string_view to_string(EdgeKind value) noexcept {
  return edge_kind_names[static_cast<std::size_t>(value)];
}
bool from_string(std::string_view text, VertexKind& out) noexcept {
  return parse_name(vertex_kind_names, text, out);
}
bool from_string(std::string_view text, EdgeKind& out) noexcept {
  return parse_name(edge_kind_names, text, out);
}

bool Vertex::has_role(Role role) const noexcept {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool edge_allowed(EdgeKind kind, VertexKind source, VertexKind target) noexcept {
  const bool from_stakeholder = is_stakeholder(source);
  switch (kind) {
    case EdgeKind::member_of:
    case EdgeKind::chairs: return from_stakeholder && is_group(target);
    case EdgeKind::represents:
      return source == VertexKind::person && target == VertexKind::organisation;
    case EdgeKind::provides: return from_stakeholder && target == VertexKind::service;
    case EdgeKind::funds:
      return from_stakeholder && (target == VertexKind::service || target == VertexKind::measure);
    case EdgeKind::responsible_for: return from_stakeholder && target == VertexKind::measure;
    case EdgeKind::cooperates_with: return from_stakeholder && is_stakeholder(target);
    case EdgeKind::informs:
      return (from_stakeholder || is_group(source)) && (is_stakeholder(target) || is_group(target));
    case EdgeKind::serves:
      return source == VertexKind::service && target == VertexKind::municipality;
  }
  return false;
}

struct StakeholderGraph::Impl {
  detail::BoostGraph graph;
  std::map<VertexRef, VertexIndex, std::less<>> index;

  void check(VertexIndex v) const {
    if (v >= boost::num_vertices(graph))
      throw InvalidArgument("vertex index " + std::to_string(v) + " is past the " +
                            std::to_string(boost::num_vertices(graph)) + " vertices");
  }
  std::optional<detail::BoostGraph::edge_descriptor> edge(VertexIndex s, VertexIndex t,
                                                          EdgeKind kind) const {
    for (auto [it, end] = boost::out_edges(s, graph); it != end; ++it)
      if (boost::target(*it, graph) == t && graph[*it].kind == kind) return *it;
    return std::nullopt;
  }
};

const detail::BoostGraph& detail::GraphAccess::graph(const StakeholderGraph& g) {
  return g.impl_->graph;
}

StakeholderGraph::StakeholderGraph() : impl_(std::make_unique<Impl>()) {}
StakeholderGraph::StakeholderGraph(const StakeholderGraph& other)
    : impl_(std::make_unique<Impl>(*other.impl_)) {}
StakeholderGraph::StakeholderGraph(StakeholderGraph&&) noexcept = default;
StakeholderGraph& StakeholderGraph::operator=(const StakeholderGraph& other) {
  if (this != &other) impl_ = std::make_unique<Impl>(*other.impl_);
  return *this;
}
StakeholderGraph& StakeholderGraph::operator=(StakeholderGraph&&) noexcept = default;
StakeholderGraph::~StakeholderGraph() = default;

VertexIndex StakeholderGraph::add_vertex(Vertex vertex) {
  validate_id(vertex.id);
  if (!is_stakeholder(vertex.kind) && !vertex.roles.empty())
    throw InvalidArgument("only stakeholders hold roles", vertex.id);
  VertexRef key{vertex.kind, vertex.id};
  if (impl_->index.contains(key))
    throw ConflictError("a " + std::string(to_string(vertex.kind)) + " vertex with this id exists",
                        vertex.id);
  const VertexIndex v = boost::add_vertex(std::move(vertex), impl_->graph);
  impl_->index.emplace(std::move(key), v);
  return v;
}

bool StakeholderGraph::add_edge(VertexIndex source, VertexIndex target, EdgeKind kind) {
  impl_->check(source);
  impl_->check(target);
  if (source == target) throw InvalidArgument("a tie needs two different vertices", vertex(source).id);
  const Vertex& s = vertex(source);
  const Vertex& t = vertex(target);
  if (!edge_allowed(kind, s.kind, t.kind))
    throw InvalidArgument("a " + std::string(to_string(kind)) + " tie cannot lead from a " +
                              std::string(to_string(s.kind)) + " to a " +
                              std::string(to_string(t.kind)),
                          s.id + " -> " + t.id);
  if (impl_->edge(source, target, kind)) return false;
  boost::add_edge(source, target, detail::EdgeBundle{kind}, impl_->graph);
  return true;
}

bool StakeholderGraph::remove_edge(VertexIndex source, VertexIndex target, EdgeKind kind) {
  impl_->check(source);
  impl_->check(target);
  const auto e = impl_->edge(source, target, kind);
  if (!e) return false;
  boost::remove_edge(*e, impl_->graph);
  return true;
}

void StakeholderGraph::remove_vertex(VertexIndex v) {
  impl_->check(v);
  impl_->index.erase(ref(v));
  boost::clear_vertex(v, impl_->graph);
  boost::remove_vertex(v, impl_->graph);
  for (auto& [key, index] : impl_->index)
    if (index > v) --index;
}

std::size_t StakeholderGraph::vertex_count() const noexcept { return boost::num_vertices(impl_->graph); }
std::size_t StakeholderGraph::edge_count() const noexcept { return boost::num_edges(impl_->graph); }

const Vertex& StakeholderGraph::vertex(VertexIndex v) const {
  Expects(v < vertex_count());
  return impl_->graph[v];
}

VertexRef StakeholderGraph::ref(VertexIndex v) const {
  const Vertex& x = vertex(v);
  return {x.kind, x.id};
}

std::optional<VertexIndex> StakeholderGraph::find(VertexKind kind, std::string_view id) const {
  const auto it = impl_->index.find(VertexRef{kind, std::string(id)});
  if (it == impl_->index.end()) return std::nullopt;
  return it->second;
}

VertexIndex StakeholderGraph::at(VertexKind kind, std::string_view id) const {
  if (const auto v = find(kind, id)) return *v;
  throw NotFound("no " + std::string(to_string(kind)) + " vertex with this id", std::string(id));
}

std::vector<VertexIndex> StakeholderGraph::vertices_of(VertexKind kind) const {
  std::vector<VertexIndex> out;
  for (VertexIndex v = 0; v < vertex_count(); ++v)
    if (impl_->graph[v].kind == kind) out.push_back(v);
  return out;
}

std::vector<EdgeRecord> StakeholderGraph::out_edges(VertexIndex v) const {
  Expects(v < vertex_count());
  std::vector<EdgeRecord> out;
  for (auto [it, end] = boost::out_edges(v, impl_->graph); it != end; ++it)
    out.push_back({v, boost::target(*it, impl_->graph), impl_->graph[*it].kind});
  return out;
}

std::vector<EdgeRecord> StakeholderGraph::in_edges(VertexIndex v) const {
  Expects(v < vertex_count());
  std::vector<EdgeRecord> out;
  for (auto [it, end] = boost::in_edges(v, impl_->graph); it != end; ++it)
    out.push_back({boost::source(*it, impl_->graph), v, impl_->graph[*it].kind});
  return out;
}

std::vector<EdgeRecord> StakeholderGraph::edges() const {
  std::vector<EdgeRecord> out;
  out.reserve(edge_count());
  for (VertexIndex v = 0; v < vertex_count(); ++v) {
    auto part = out_edges(v);
    out.insert(out.end(), part.begin(), part.end());
  }
  return out;
}

detail::UndirectedGraph detail::undirected_view(const BoostGraph& g) {
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  pairs.reserve(boost::num_edges(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto s = boost::source(*it, g);
    const auto t = boost::target(*it, g);
    pairs.emplace_back(std::min(s, t), std::max(s, t));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  UndirectedGraph out(boost::num_vertices(g));
  for (std::size_t i = 0; i < pairs.size(); ++i) boost::add_edge(pairs[i].first, pairs[i].second, i, out);
  return out;
}

}  // namespace kpss
