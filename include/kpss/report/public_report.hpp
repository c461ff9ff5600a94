// The public report of a community plan (zpráva pro veřejnost): what the plan holds, who takes
// part and who is missing, the needs against the services, how the priorities were ranked —
// with role-balanced weights beside a head count, so that the difference the method makes is
// visible — how stable that ranking is, what the budget funds, how the indicators progress
// and how the plan fares in the audit.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>

#include "kpss/core/date.hpp"
#include "kpss/core/money.hpp"
#include "kpss/model/plan.hpp"
#include "kpss/rank/ballots.hpp"
#include "kpss/rank/policy.hpp"
#include "kpss/rank/stability.hpp"
#include "kpss/report/document.hpp"
#include "kpss/select/election.hpp"

namespace kpss::report {

/// What the public report is made of. Only the plan is required; each further input adds
/// its sections.
struct PublicReportInputs {
  const Plan* plan = nullptr;
  /// Ballots of the priority round: items are measure or priority ids of the plan.
  const BallotSet* ballots = nullptr;
  /// The weighting policy the ranking uses (shown beside an unweighted count).
  WeightingPolicy policy = WeightingPolicy::roles_equal();
  /// With ballots on measures: the budget to fund them from (the plan's currency). Adds the
  /// selection by greedy-by-rank beside the Method of Equal Shares.
  std::optional<Money> budget;
  /// With ballots: the bootstrap behind the stability of the ranking (rank intervals and the
  /// chance of each item to make the top k). Seeded, so the report is reproducible.
  BootstrapOptions bootstrap{.replicates = 500, .seed = 1, .threads = 0, .top_k = 3, .progress = {}};
  /// The date the indicators' progress is shown for; default: the date of the plan's latest
  /// measurement (the start of the plan period when nothing was measured yet).
  std::optional<Date> as_of;
  Language language = Language::cs;
  /// Groups smaller than k participants are not broken down.
  Suppression suppression;
  /// Called with the units of work done and their total, e.g. to draw a progress bar: a unit
  /// is a section, or (with ballots) one replicate of the stability section's bootstrap, the
  /// long part; so it is called after each section and after each replicate, `done` rising
  /// by one each time up to `total`. Replicates report from the bootstrap's worker threads,
  /// never two calls at once (see BootstrapOptions::progress, which is still called too).
  /// May be empty.
  std::function<void(std::size_t done, std::size_t total)> progress;
};

/// The two selections the report shows side by side: greedy by the role-balanced ranking,
/// and the Method of Equal Shares (cardinal satisfaction, each participant's endowment the
/// budget × their policy weight, add-one completion, then utilitarian greedy) with the roles
/// as groups, so `Result::group_paid` says how much of each role's share paid.
struct BudgetSelections {
  select::Election election;
  select::Result greedy;
  select::Result equal_shares;
};
/// Requires: ballots whose items are measures of `plan` with costs.
BudgetSelections select_budget(const Plan& plan, const BallotSet& ballots,
                               const WeightingPolicy& policy, const Money& budget);

/// Composes the report: sections "plan", "participants", "stakeholders" (triad coverage of
/// every group, missing roles, actors outside the working groups and isolated), "gaps",
/// with ballots "priorities" and "stability", with a budget "budget", then "monitoring"
/// (indicator progress and the strategy roll-up) and "audit" (the plan audit checklist).
/// Requires: inputs.plan (else InvalidArgument).
/// Throws: whatever the analyses throw for inconsistent input (e.g. a ballot item that is
/// not in the plan: NotFound). Complexity: that of the analyses it runs.
Document compose_public_report(const PublicReportInputs& inputs);

}  // namespace kpss::report
