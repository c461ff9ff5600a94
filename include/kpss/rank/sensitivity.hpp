// How robust the priorities are to the role shares (citlivost na podíly rolí).
#pragma once

#include <cstddef>
#include <vector>

#include "kpss/rank/ranking.hpp"

namespace kpss {

struct SensitivityOptions {
  /// The top k whose change is sought: the set of items ranked ≤ k (rank = 1 + items
  /// strictly above, so a tie across position k enlarges the set).
  std::size_t top_k = 3;
  /// Steps of the coarse scan along each direction before bisection.
  std::size_t scan_steps = 64;
  /// Bisection stops when the bracket is this narrow (in L1 distance).
  double precision = 1e-9;
};

/// The smallest change of role shares found that changes the top k.
///
/// Shares live on the simplex of the roles present: p_r = share_r / Σ shares, as the policy
/// weighs them. The distance is the L1 distance Σ_r |p'_r − p_r| (a transfer of t from one
/// role to another is 2t). Because a tally re-weights exactly from per-role aggregates, each
/// trial costs O(R·m) (+ O(R·m²) and the method's own cost for pairwise methods).
struct ShareSensitivity {
  std::vector<Role> roles;           ///< the roles present, in Role order
  std::vector<double> shares;        ///< their normalised shares now
  std::vector<std::size_t> top;      ///< the top k now (item indices, ascending)
  bool found = false;                ///< false: no shares on the simplex change the top k
  double distance = 0;               ///< L1 distance of the change found
  std::vector<double> changed_shares;  ///< shares just past the threshold
  std::vector<std::size_t> changed_top;  ///< the top k there (ascending)
};

/// Searches the directions of the share simplex that move equal amounts out of one set of
/// roles into another, disjoint set (every transfer from one role to another among them; for R
/// roles 3^R − 2^(R+1) + 1 directions, 180 for five) by a coarse scan of `scan_steps` steps to
/// the simplex's edge, then bisects the first step where the top k changes down to
/// `precision`. The result is the smallest such distance over the directions: exact along
/// them, an upper bound in general, and a change hidden between two scan steps can be missed.
/// Requires a role-balancing policy (not custom, balance_roles on) and at least two roles with
/// participants. Throws: InvalidArgument (otherwise, top_k = 0, scan_steps = 0, precision ≤ 0),
/// and as rank(). Complexity: O(D · (scan_steps + log(1/precision)) · trial), D directions.
ShareSensitivity share_sensitivity(const Tally& tally, const WeightingPolicy& policy, const RankOptions& options,
                                   const SensitivityOptions& sensitivity = {});

}  // namespace kpss
