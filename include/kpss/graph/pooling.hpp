// Pooling between municipalities (sdružování prostředků obcí): services several
// municipalities already share, and needs a neighbour's service could meet.
#pragma once

#include <string>
#include <vector>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {

/// A service serving two or more municipalities.
struct SharedService {
  std::string service;                      ///< service id
  std::vector<std::string> municipalities;  ///< territory codes, sorted
  bool operator==(const SharedService&) const = default;
};

/// A municipality whose needs call for a service type that no service of that type serves
/// there, while a service of that type serves a municipality of the same area.
struct PoolingGap {
  std::string municipality;
  std::string service_type;
  std::vector<std::string> neighbours;  ///< municipalities of the area served by that type
  std::vector<std::string> services;    ///< the services of that type serving them
  bool operator==(const PoolingGap&) const = default;
};

struct PoolingCandidates {
  std::vector<SharedService> shared;  ///< sorted by service id
  std::vector<PoolingGap> gaps;       ///< sorted by municipality, then service type
  bool operator==(const PoolingCandidates&) const = default;
};

/// Municipalities are neighbours when their vertices have the same non-empty `area`.
/// Complexity: O(V + E + M² T) for M municipalities with T needed types.
PoolingCandidates pooling_candidates(const StakeholderGraph& graph);

}  // namespace kpss
