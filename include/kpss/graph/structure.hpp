// The shape of the partnership: who brokers between others (zprostředkovatelé) and which
// actors and ties hold it together (křehkost).
#pragma once

#include <cstddef>
#include <vector>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {

/// Every structural analysis works on the undirected simple view of the graph: two vertices
/// are tied when any edge of any kind joins them in either direction.

/// Betweenness centrality of every vertex (Brandes' algorithm, Boost.Graph), normalised to
/// [0, 1] by the (V-1)(V-2)/2 pairs a vertex could lie between; 0 when V < 3. In index
/// order. Deterministic. Complexity: O(V·E) time, O(V + E) space.
std::vector<double> betweenness(const StakeholderGraph& graph);

struct Broker {
  VertexRef vertex;
  double centrality = 0.0;  ///< normalised betweenness
  bool operator==(const Broker&) const = default;
};

/// The `k` stakeholders (persons and organisations; every vertex when `stakeholders_only`
/// is false) of highest betweenness, highest first, ties by index; fewer when the graph has
/// fewer. Complexity: as betweenness, plus O(V log V).
std::vector<Broker> brokers(const StakeholderGraph& graph, std::size_t k,
                            bool stakeholders_only = true);

/// A tie of the undirected view, from the lower to the higher index.
struct Tie {
  VertexRef a;
  VertexRef b;
  bool operator==(const Tie&) const = default;
};

struct Fragility {
  /// Connected components, each in index order, ordered by their first vertex.
  std::vector<std::vector<VertexRef>> components;
  /// Vertices whose loss would split their component (artikulační body), in index order.
  std::vector<VertexRef> articulation_points;
  /// Ties whose loss would split their component (mosty), sorted by index pair.
  std::vector<Tie> bridges;
  bool operator==(const Fragility&) const = default;
};

/// Components, articulation points and bridges (Boost's connected and biconnected
/// components). Complexity: O(V + E log E).
Fragility fragility(const StakeholderGraph& graph);

}  // namespace kpss
