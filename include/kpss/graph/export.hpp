// The stakeholder graph as GraphML and Graphviz DOT, to look at the partnership.
#pragma once

#include <string>
#include <string_view>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {

/// Fill colour of a vertex: stakeholders by their first role in the order coordinator,
/// commissioner, provider, user, public (grey without a role); other kinds by kind.
/// Returns "#rrggbb".
std::string_view vertex_colour(const Vertex& vertex) noexcept;

/// GraphML (http://graphml.graphdrawing.org) with data keys kind, label, roles,
/// service_type, area and colour on vertices and kind on edges; vertex ids are
/// "<kind>:<model id>". Directed. Complexity: O(V + E).
std::string to_graphml(const StakeholderGraph& graph);

/// Graphviz DOT: stakeholders as filled ellipses in role colours, groups as boxes, services
/// as hexagons, measures as notes, municipalities as houses; edges labelled by kind.
/// Renders with `dot -Tsvg`. Complexity: O(V + E).
std::string to_dot(const StakeholderGraph& graph);

}  // namespace kpss
