// Reach of the information strategy (informační strategie): who hears from the coordinator,
// and after how many hand-overs.
#pragma once

#include <cstddef>
#include <vector>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {

/// A reached vertex and its distance in hand-overs from the source.
struct ReachedVertex {
  VertexRef vertex;
  std::size_t hops = 0;
  bool operator==(const ReachedVertex&) const = default;
};

struct InformationReach {
  VertexRef source;
  std::vector<ReachedVertex> reached;  ///< every reached vertex, by hops then index
  std::vector<VertexRef> unreached;    ///< stakeholders not reached, in index order
  std::size_t stakeholders = 0;        ///< stakeholders in the graph
  std::size_t stakeholders_reached = 0;
  std::size_t public_total = 0;    ///< stakeholders holding Role::public_
  std::size_t public_reached = 0;
  std::size_t max_hops = 0;
  /// public_reached / public_total; 1 when the graph has no public stakeholder.
  double public_coverage() const noexcept;
  bool operator==(const InformationReach&) const = default;
};

/// Breadth-first search from `source` along "informs" ties (in their direction) and along
/// membership — member_of, chairs and represents ties, both ways, since a group passes news
/// to its members and a representative to its organisation.
/// Requires: source < vertex_count(). Complexity: O(V + E).
InformationReach information_reach(const StakeholderGraph& graph, VertexIndex source);

/// The same from the plan's coordinator: the one stakeholder holding Role::coordinator.
/// Throws: NotFound (no coordinator), ConflictError (more than one — the method wants
/// exactly one coordinating body).
InformationReach information_reach(const StakeholderGraph& graph);

}  // namespace kpss
