// The next cycle (další cyklus): a new plan from an evaluated one.
#pragma once

#include <string>

#include "kpss/model/plan.hpp"

namespace kpss::cycle {

struct NextCycleOptions {
  PlanId id;        ///< the new plan's id; must differ from the previous one
  Period period;    ///< the new period
  std::string title;  ///< empty: the previous title
};

/// The extension member linking a plan to its predecessor: "x-kpss-previous".
inline constexpr std::string_view previous_member = "x-kpss-previous";
/// The extension member of a carried-over measure with its history: "x-kpss-history".
inline constexpr std::string_view history_member = "x-kpss-history";

/// Starts the next cycle. Requires: the plan's log records a published evaluation
/// ("evaluation_published"). Does: copies the plan with the new id, period and title;
/// keeps unfinished measures (neither completed nor cancelled) with a history entry
/// {"plan","status","progress","start","end"} appended to "x-kpss-history", their
/// timelines clipped into the new period; drops goals and priorities left without measures;
/// rebases every indicator kept (the last measurement becomes the baseline, measurements
/// are cleared) and drops indicators nothing refers to; clears the comments, the mandate's
/// resolution and the event log; links the previous plan in "x-kpss-previous".
/// Throws: ConflictError (not evaluated), InvalidArgument (same id, bad period).
Plan next_cycle(const Plan& evaluated, const NextCycleOptions& options);

}  // namespace kpss::cycle
