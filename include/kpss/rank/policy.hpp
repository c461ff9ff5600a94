// The weighting policy (pravidla vážení): how much each participant's ballot counts.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kpss/rank/participant.hpp"

namespace kpss {

class BallotSet;

/// One group of a tally as a policy sees it: a role, an organisation ("" = none) and, for
/// tallies counted per participant, the participant's id; and how many ballots it holds.
struct GroupCensus {
  Role role;
  std::string_view organisation;
  std::string_view participant;
  std::int64_t participants;
};

/// Turns the method's rules — "users, providers and commissioners carry equal weight",
/// "all providers have equal standing" — into a weight per participant.
///
/// Balanced policies (the default, `roles_equal()`): the total weight, which equals the number
/// of participants N, is split among the roles present in proportion to their shares; a role's
/// part is split equally among its organisations, a participant without an organisation
/// counting as an organisation of one; an organisation's part is split equally among its
/// participants. So a participant in role r and organisation o (n_o participants; the role
/// has u_r such units) weighs  N · share_r / (Σ shares of roles present) / u_r / n_o.
/// A role with share 0 takes part but weighs nothing. Without role balancing a role keeps its
/// headcount N_r as its part; without organisation balancing a role's part is split equally
/// among its participants. `unweighted()` gives everyone weight 1. `custom()` sets every
/// participant's weight explicitly (the escape hatch; weights are used as given).
class WeightingPolicy {
 public:
  /// Default role shares: commissioner, provider, user and public 1 each; coordinator 0
  /// (the coordinator runs the process and does not weigh in) — change with share().
  static WeightingPolicy roles_equal();
  /// Every participant weighs 1: plain counting.
  static WeightingPolicy unweighted();
  /// Explicit weights by participant id. Throws: InvalidArgument (negative or non-finite
  /// weight, repeated id).
  static WeightingPolicy custom(std::vector<std::pair<std::string, double>> weights);
  /// "roles-equal" or "unweighted". Throws: InvalidArgument.
  static WeightingPolicy parse(std::string_view name);

  /// Sets a role's share (any non-negative number; only ratios matter).
  /// Throws: InvalidArgument for a negative or non-finite share.
  WeightingPolicy& share(Role role, double value);
  double share(Role role) const noexcept { return shares_[static_cast<std::size_t>(role)]; }
  WeightingPolicy& balance_roles(bool on) noexcept { balance_roles_ = on; return *this; }
  WeightingPolicy& balance_organisations(bool on) noexcept { balance_organisations_ = on; return *this; }
  bool balances_roles() const noexcept { return balance_roles_; }
  bool balances_organisations() const noexcept { return balance_organisations_; }
  bool is_custom() const noexcept { return custom_; }
  /// "roles-equal", "unweighted", "custom" or "roles-weighted" (shares changed), for reports.
  std::string name() const;

  /// The weight of one participant of each group. Does not depend on the groups' order.
  /// Throws: InvalidArgument (every weight would be 0), ConflictError (custom weights need
  /// groups counted per participant), NotFound (custom: a participant has no weight).
  /// Complexity: O(G log G).
  std::vector<double> group_weights(std::span<const GroupCensus> groups) const;
  /// Effective weight of every participant, in ballot order (one per ballot). This is the
  /// list that explains the policy, and the participants' shares for budget selection.
  /// Throws: as group_weights. Complexity: O(N log N).
  std::vector<double> participant_weights(const BallotSet& ballots) const;

 private:
  std::array<double, role_count> shares_{1.0, 1.0, 1.0, 1.0, 0.0};
  bool balance_roles_ = true;
  bool balance_organisations_ = true;
  bool custom_ = false;
  bool shares_changed_ = false;
  std::vector<std::pair<std::string, double>> custom_weights_;  // sorted by id
};

}  // namespace kpss
