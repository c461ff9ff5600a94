// Every analysis of the stakeholder graph as one JSON document, for the tool, the C API and
// reports.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "kpss/graph/stakeholder_graph.hpp"

namespace kpss {

/// The analyses of the stakeholder graph, for choosing one in a report.
enum class GraphAnalysis : std::uint8_t {
  triad_coverage,
  provider_equality,
  information_reach,
  periphery,
  brokers,
  fragility,
  pooling,
  all,  ///< an object with each of the above under its name
};
inline constexpr std::size_t graph_analysis_count = 8;

/// Stable names: "triad_coverage", ..., "all".
std::string_view to_string(GraphAnalysis value) noexcept;
bool from_string(std::string_view text, GraphAnalysis& out) noexcept;

/// One analysis (or all) as JSON, with model ids; `top_k` limits the brokers. The format is
/// described in docs/graph.md. When the graph has not exactly one coordinator, the
/// information reach is {"error": message}. Complexity: as the analyses.
std::string analysis_json(const StakeholderGraph& graph, GraphAnalysis which, std::size_t top_k = 10);

}  // namespace kpss
