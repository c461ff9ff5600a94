// The shape of the partnership: who brokers between others (zprostředkovatelé) and which
// actors and ties hold it together (křehkost).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {

/// Every structural analysis works on the undirected simple view of the graph: two vertices
/// are tied when any edge of any kind joins them in either direction.

/// Betweenness centrality of every vertex (Brandes' algorithm for unweighted graphs: a
/// breadth-first search from every vertex), normalised to [0, 1] by the (V-1)(V-2)/2 pairs
/// a vertex could lie between; 0 when V < 3. In index order. Deterministic.
/// Throws: LimitExceeded from 2^32 vertices. Complexity: O(V·E) time, O(V + E) space
/// (about 16 s for 10 000 vertices and 100 000 ties; see betweenness_sampled for more).
std::vector<double> betweenness(const StakeholderGraph& graph);

/// Betweenness estimated from `pivots` sources drawn uniformly without replacement with a
/// seeded generator (Brandes & Pich 2007): each vertex's dependencies on the pivots, scaled
/// by V / pivots. Unbiased; with probability at least 1 − δ every vertex's estimate is
/// within betweenness_error_bound(V, pivots, δ) of the exact value. The same graph, pivots
/// and seed give the same result bit for bit; pivots ≥ V gives the exact betweenness.
/// Throws: InvalidArgument for 0 pivots. Complexity: O(pivots·E) time, O(V + E) space.
std::vector<double> betweenness_sampled(const StakeholderGraph& graph, std::size_t pivots,
                                        std::uint64_t seed);

/// The absolute error ε that betweenness_sampled stays within for all `vertices` at once
/// with probability at least 1 − `delta`: by Hoeffding's inequality (which holds for
/// sampling without replacement) and a union bound over the vertices,
/// ε = V/(V−1) · √(ln(2V/δ) / (2·pivots)). For 10 000 vertices, 1 000 pivots and δ = 0.05
/// that is 0.080; the typical error is far smaller.
/// Requires: vertices ≥ 2, pivots ≥ 1, 0 < delta < 1.
double betweenness_error_bound(std::size_t vertices, std::size_t pivots, double delta);

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
/// As above from given centralities (one per vertex, e.g. betweenness_sampled's).
std::vector<Broker> brokers(const StakeholderGraph& graph, std::span<const double> centrality, std::size_t k,
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
