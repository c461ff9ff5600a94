// Who takes part: the triad in every group, the equal standing of providers, and the actors
// left outside (zapojení aktérů).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "kpss/graph/stakeholder_graph.hpp"
#include "kpss/rank/policy.hpp"

namespace kpss {

/// The roles a group's coverage is judged by, in report order: the triad (zadavatel,
/// poskytovatel, uživatel) and the public (veřejnost).
inline constexpr std::array<Role, 4> coverage_roles = {Role::commissioner, Role::provider,
                                                       Role::user, Role::public_};

/// The roles a member brings to a group: its own, or — for a person who holds none — those
/// of the organisations it represents.
std::vector<Role> effective_roles(const StakeholderGraph& graph, VertexIndex stakeholder);

/// Coverage of the triad in one group (pokrytí triády).
struct TriadCoverage {
  VertexRef group;      ///< the working or steering group; an empty id for the whole plan
  bool is_plan = false;  ///< the row of the whole plan
  std::size_t members = 0;  ///< distinct stakeholders (members and chairs)
  /// Members holding each role of `coverage_roles` (a member may count under several).
  std::array<std::size_t, coverage_roles.size()> counts{};
  std::vector<Role> missing;  ///< roles of `coverage_roles` no member holds, in that order

  /// Are commissioner, provider and user all present?
  bool triad_complete() const noexcept;
  bool operator==(const TriadCoverage&) const = default;
};

/// Triad coverage of every working group (index order), then the steering group (when the
/// graph has one), then the whole plan: every stakeholder who is a member or chair of at
/// least one group. Complexity: O(V + E).
std::vector<TriadCoverage> triad_coverage(const StakeholderGraph& graph);

/// One provider as the weighting policy sees it (rovnocennost poskytovatelů).
struct ProviderWeight {
  VertexRef provider;  ///< an organisation, or a person providing on their own account
  std::size_t voting_members = 0;  ///< distinct seat holders in any group speaking for it
  double headcount_share = 0.0;    ///< voting_members / all providers' voting members
  double weight = 0.0;         ///< the provider's share of the providers' weight under the policy
  double member_weight = 0.0;  ///< weight / voting_members (0 without members)
  bool operator==(const ProviderWeight&) const = default;
};

/// Every provider with its voting members and effective weight. Providers are the
/// organisations holding Role::provider and the persons holding it who represent no provider
/// organisation (an organisation of one). A provider's voting members are the seat holders
/// (members or chairs of a working or steering group) among itself and the persons who
/// represent it. The weights are those `policy` gives the providers' voting members as
/// groups (Role::provider, provider id) of a census, summed per provider and normalised to
/// a total of 1: under the default roles-equal policy every provider with members weighs
/// 1 / their number however many members it sends; unweighted gives the headcount share.
/// Providers without members weigh 0. Sorted by model id.
/// Throws: as WeightingPolicy::group_weights (ConflictError for a custom policy, which needs
/// named participants). Complexity: O(V + E + P log P).
std::vector<ProviderWeight> provider_equality(
    const StakeholderGraph& graph, const WeightingPolicy& policy = WeightingPolicy::roles_equal());

/// Actors on the edge of the partnership (aktéři mimo pracovní skupiny).
struct Periphery {
  std::vector<VertexRef> outside_working_groups;  ///< stakeholders in no working group
  std::vector<VertexRef> isolated;                ///< vertices of any kind without a tie
  bool operator==(const Periphery&) const = default;
};

/// Stakeholders that are neither member nor chair of any working group, and vertices of
/// degree 0, each in index order. Complexity: O(V + E).
Periphery periphery(const StakeholderGraph& graph);

}  // namespace kpss
