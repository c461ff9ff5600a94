// Small helpers for writing stakeholder graphs in tests.
#pragma once

#include <string>
#include <vector>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss::test {

inline VertexIndex person(StakeholderGraph& g, std::string id, std::vector<Role> roles = {}) {
  return g.add_vertex({VertexKind::person, std::move(id), {}, std::move(roles), {}, {}, {}});
}
inline VertexIndex organisation(StakeholderGraph& g, std::string id, std::vector<Role> roles = {}) {
  return g.add_vertex({VertexKind::organisation, std::move(id), {}, std::move(roles), {}, {}, {}});
}
inline VertexIndex vertex(StakeholderGraph& g, VertexKind kind, std::string id) {
  return g.add_vertex({kind, std::move(id), {}, {}, {}, {}, {}});
}
inline std::vector<std::string> ids(const std::vector<VertexRef>& refs) {
  std::vector<std::string> out;
  for (const VertexRef& r : refs) out.push_back(r.id);
  return out;
}

}  // namespace kpss::test
