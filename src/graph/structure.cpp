// Brokers (betweenness is in betweenness.cpp) and fragility (components, articulation
// points, bridges).
#include "kpss/graph/structure.hpp"

#include <algorithm>

#include <gsl/assert>

#include <boost/graph/biconnected_components.hpp>
#include <boost/graph/connected_components.hpp>

#include "boost_graph.hpp"

namespace kpss {

std::vector<Broker> brokers(const StakeholderGraph& graph, std::size_t k, bool stakeholders_only) {
  return brokers(graph, betweenness(graph), k, stakeholders_only);
}

std::vector<Broker> brokers(const StakeholderGraph& graph, std::span<const double> centrality, std::size_t k,
                            bool stakeholders_only) {
  Expects(centrality.size() == graph.vertex_count());
  std::vector<VertexIndex> candidates;
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v)
    if (!stakeholders_only || is_stakeholder(graph.vertex(v).kind)) candidates.push_back(v);
  std::stable_sort(candidates.begin(), candidates.end(),
                   [&](VertexIndex a, VertexIndex b) { return centrality[a] > centrality[b]; });
  candidates.resize(std::min(k, candidates.size()));
  std::vector<Broker> out;
  for (VertexIndex v : candidates) out.push_back({graph.ref(v), centrality[v]});
  return out;
}

Fragility fragility(const StakeholderGraph& graph) {
  const auto g = detail::undirected_view(detail::GraphAccess::graph(graph));
  const std::size_t n = boost::num_vertices(g);
  const auto index = boost::get(boost::vertex_index, g);
  Fragility f;

  std::vector<std::size_t> component(n, 0);
  const std::size_t count =
      n == 0 ? 0
             : static_cast<std::size_t>(boost::connected_components(
                   g, boost::make_iterator_property_map(component.begin(), index)));
  // Boost numbers components in order of their first vertex, which is the order we report.
  f.components.resize(count);
  for (VertexIndex v = 0; v < n; ++v) f.components[component[v]].push_back(graph.ref(v));

  // Each edge gets the number of its biconnected component; a component of one edge is a
  // bridge, because in a simple graph any tie on a cycle shares its component with others.
  const auto edge_index = boost::get(boost::edge_index, g);
  std::vector<std::size_t> edge_component(boost::num_edges(g), 0);
  std::vector<VertexIndex> points;
  const std::size_t bicomponents =
      boost::biconnected_components(
          g, boost::make_iterator_property_map(edge_component.begin(), edge_index),
          std::back_inserter(points))
          .first;
  std::sort(points.begin(), points.end());
  for (VertexIndex v : points) f.articulation_points.push_back(graph.ref(v));

  std::vector<std::size_t> edges_in(bicomponents, 0);
  for (std::size_t c : edge_component) ++edges_in[c];
  std::vector<std::pair<VertexIndex, VertexIndex>> bridges;
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const std::size_t c = edge_component[boost::get(edge_index, *it)];
    if (edges_in[c] == 1) {
      const auto s = boost::source(*it, g);
      const auto t = boost::target(*it, g);
      bridges.emplace_back(std::min(s, t), std::max(s, t));
    }
  }
  std::sort(bridges.begin(), bridges.end());
  for (const auto& [a, b] : bridges) f.bridges.push_back({graph.ref(a), graph.ref(b)});
  return f;
}

}  // namespace kpss
