// Breadth-first reach of the information strategy.
#include "kpss/graph/reach.hpp"

#include <algorithm>
#include <limits>

#include <boost/graph/breadth_first_search.hpp>
#include <gsl/assert>

#include "boost_graph.hpp"
#include "kpss/core/error.hpp"

namespace kpss {

namespace {

bool is_membership(EdgeKind kind) {
  return kind == EdgeKind::member_of || kind == EdgeKind::chairs || kind == EdgeKind::represents;
}

/// The information channels as a directed graph: informs ties forward, membership ties in
/// both directions.
boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> channels(
    const detail::BoostGraph& g) {
  boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS> out(boost::num_vertices(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const EdgeKind kind = g[*it].kind;
    const auto s = boost::source(*it, g);
    const auto t = boost::target(*it, g);
    if (kind == EdgeKind::informs || is_membership(kind)) boost::add_edge(s, t, out);
    if (is_membership(kind)) boost::add_edge(t, s, out);
  }
  return out;
}

}  // namespace

double InformationReach::public_coverage() const noexcept {
  if (public_total == 0) return 1.0;
  return static_cast<double>(public_reached) / static_cast<double>(public_total);
}

InformationReach information_reach(const StakeholderGraph& graph, VertexIndex source) {
  Expects(source < graph.vertex_count());
  constexpr std::size_t unseen = std::numeric_limits<std::size_t>::max();
  const auto net = channels(detail::GraphAccess::graph(graph));
  std::vector<std::size_t> hops(graph.vertex_count(), unseen);
  hops[source] = 0;
  boost::breadth_first_search(
      net, source,
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(
          boost::make_iterator_property_map(hops.begin(), boost::get(boost::vertex_index, net)),
          boost::on_tree_edge()))));

  InformationReach r;
  r.source = graph.ref(source);
  std::vector<VertexIndex> order;
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v) {
    const Vertex& x = graph.vertex(v);
    const bool reached = hops[v] != unseen;
    if (reached) order.push_back(v);
    if (!is_stakeholder(x.kind)) continue;
    ++r.stakeholders;
    if (reached) ++r.stakeholders_reached;
    else r.unreached.push_back(graph.ref(v));
    if (x.has_role(Role::public_)) {
      ++r.public_total;
      if (reached) ++r.public_reached;
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](VertexIndex a, VertexIndex b) { return hops[a] < hops[b]; });
  for (VertexIndex v : order) {
    r.reached.push_back({graph.ref(v), hops[v]});
    r.max_hops = std::max(r.max_hops, hops[v]);
  }
  return r;
}

InformationReach information_reach(const StakeholderGraph& graph) {
  std::vector<VertexIndex> coordinators;
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v)
    if (is_stakeholder(graph.vertex(v).kind) && graph.vertex(v).has_role(Role::coordinator))
      coordinators.push_back(v);
  if (coordinators.empty()) throw NotFound("no stakeholder holds the coordinator role");
  if (coordinators.size() > 1)
    throw ConflictError("more than one stakeholder holds the coordinator role (" +
                        graph.vertex(coordinators[0]).id + ", " + graph.vertex(coordinators[1]).id +
                        "); the plan has exactly one coordinating body");
  return information_reach(graph, coordinators.front());
}

}  // namespace kpss
