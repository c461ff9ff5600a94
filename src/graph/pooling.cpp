// Pooling candidates: shared services and needs a neighbouring municipality's service meets.
#include "kpss/graph/pooling.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kpss {

PoolingCandidates pooling_candidates(const StakeholderGraph& graph) {
  PoolingCandidates out;
  // municipality → service type → services of that type serving it (ordered by id)
  std::map<VertexIndex, std::map<std::string, std::set<std::string>>> served;
  for (VertexIndex s : graph.vertices_of(VertexKind::service)) {
    std::vector<std::string> municipalities;
    for (const EdgeRecord& e : graph.out_edges(s)) {
      if (e.kind != EdgeKind::serves) continue;
      municipalities.push_back(graph.vertex(e.target).id);
      served[e.target][graph.vertex(s).service_type].insert(graph.vertex(s).id);
    }
    if (municipalities.size() < 2) continue;
    std::sort(municipalities.begin(), municipalities.end());
    out.shared.push_back({graph.vertex(s).id, std::move(municipalities)});
  }
  std::sort(out.shared.begin(), out.shared.end(),
            [](const SharedService& a, const SharedService& b) { return a.service < b.service; });

  const auto municipalities = graph.vertices_of(VertexKind::municipality);
  for (VertexIndex m : municipalities) {
    const Vertex& here = graph.vertex(m);
    const std::set<std::string> needed(here.needed_service_types.begin(),
                                       here.needed_service_types.end());
    for (const std::string& type : needed) {
      if (served[m].contains(type)) continue;
      PoolingGap gap{here.id, type, {}, {}};
      std::set<std::string> services;
      for (VertexIndex n : municipalities) {
        const Vertex& there = graph.vertex(n);
        if (n == m || here.area.empty() || there.area != here.area) continue;
        const auto it = served[n].find(type);
        if (it == served[n].end()) continue;
        gap.neighbours.push_back(there.id);
        services.insert(it->second.begin(), it->second.end());
      }
      if (gap.neighbours.empty()) continue;
      std::sort(gap.neighbours.begin(), gap.neighbours.end());
      gap.services.assign(services.begin(), services.end());
      out.gaps.push_back(std::move(gap));
    }
  }
  std::sort(out.gaps.begin(), out.gaps.end(), [](const PoolingGap& a, const PoolingGap& b) {
    return std::tie(a.municipality, a.service_type) < std::tie(b.municipality, b.service_type);
  });
  return out;
}

}  // namespace kpss
