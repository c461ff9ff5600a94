// Pooling proposals (společné zajištění služby): neighbouring municipalities of one ORP
// whose gaps of one service type are each too small for a viable service but together are,
// with a cost-sharing key and each municipality's share.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/territory_tree.hpp"

namespace kpss {

/// How the pooled service's cost is shared (klíč sdílení nákladů).
enum class CostSharing {
  per_capita,  ///< by population (podle počtu obyvatel)
  per_use,     ///< by each municipality's gap, the use it will make (podle využití)
  explicit_weights,  ///< by weights agreed in the public-law contract
};

/// Stable lower-case names ("per_capita", "per_use", "explicit"), and the inverse.
const char* to_string(CostSharing key) noexcept;
/// Throws InvalidArgument naming the accepted names.
CostSharing parse_cost_sharing(std::string_view name);

struct PoolingOptions {
  /// The smallest viable capacity of a service of each type, in the type's unit; a type
  /// not listed uses `default_min_viable`.
  std::map<std::string, double> min_viable;
  double default_min_viable = 10.0;
  CostSharing key = CostSharing::per_capita;
  /// For CostSharing::explicit_weights: every member's weight (positive).
  std::map<TerritoryCode, std::int64_t> weights;
  /// Yearly cost per unit by type; a proposal for a type without one has no money shares.
  UnitCosts unit_costs;
};

/// One municipality's part of a proposal.
struct PoolingShare {
  TerritoryCode municipality;
  double units = 0.0;            ///< its gap
  std::int64_t population = 0;
  double fraction = 0.0;         ///< its share of the cost, 0–1
  std::optional<Money> cost{};     ///< its part of `PoolingProposal::cost`
};

/// A group of municipalities that together could secure one service.
struct PoolingProposal {
  TerritoryCode orp;
  std::string type{};
  std::string form{};
  std::string target_group{};
  std::string unit{};
  double units = 0.0;  ///< the members' gaps together
  double min_viable = 0.0;
  CostSharing key = CostSharing::per_capita;
  std::optional<Money> cost{};  ///< yearly cost of the pooled capacity
  std::vector<PoolingShare> shares{};  ///< members in code order
};

/// Proposals from a municipal-level gap table.
/// Does: for each ORP, type, form and target group, gathers the municipalities whose gap is
/// positive but below the type's minimum viable size; when there are at least two and their
/// gaps together reach the minimum, proposes them as one group. Money shares are exact
/// (Money::allocate, largest remainders); fractions follow the same key.
/// Throws: InvalidArgument for explicit weights missing for a member or not positive.
/// Complexity: O(r log r) for r rows.
std::vector<PoolingProposal> propose_pooling(const GapTable& municipal_gaps,
                                             const TerritoryTree& tree,
                                             const PoolingOptions& options);

}  // namespace kpss
