// The Boost.Graph representation behind kpss::StakeholderGraph, shared by the analyses.
#pragma once

#include <map>
#include <string>
#include <utility>

#include <boost/graph/adjacency_list.hpp>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss::detail {

struct EdgeBundle {
  EdgeKind kind = EdgeKind::member_of;
};

/// Directed with in-edges, vertices in a vector so that descriptors are the public indices.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, Vertex,
                                         EdgeBundle>;

/// The undirected, simple view of the partnership that the structural analyses use: one
/// tie per pair of vertices, whatever kinds and directions connect them. Edges are numbered
/// 0 … E-1 in order of their (lower, higher) index pair.
using UndirectedGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                          boost::property<boost::edge_index_t, std::size_t>>;

struct GraphAccess {
  static const BoostGraph& graph(const StakeholderGraph& g);
};

/// Builds the undirected simple view (vertex indices are kept). Complexity: O(E log E).
UndirectedGraph undirected_view(const BoostGraph& g);

}  // namespace kpss::detail
