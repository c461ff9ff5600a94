// Versions of the plan (verze): snapshots per phase and the structural diff of two versions.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kpss/cycle/event_log.hpp"
#include "kpss/model/plan.hpp"

namespace kpss::cycle {

/// A named copy of the plan ("working_draft", "final", "update-2027").
struct Snapshot {
  std::string label;
  std::uint64_t event = 0;  ///< the "snapshot" event that records it
  Plan plan;
};

/// Takes a snapshot and logs a "snapshot" event {"label"}. Requires: label not empty.
Snapshot take_snapshot(const Plan& plan, EventLog& log, std::string_view actor, std::string_view label);

/// One difference. Paths are JSON pointers in which items of arrays of elements with an id
/// are addressed by that id ("/strategy/priorities/p1/goals/g1-2/measures/m1-2-1/cost");
/// other arrays by index.
struct Change {
  enum class Kind { added, removed, changed };
  Kind kind = Kind::changed;
  std::string path;
  std::string before;  ///< compact JSON; empty when added
  std::string after;   ///< compact JSON; empty when removed
};

std::string_view to_string(Change::Kind kind) noexcept;

/// Every difference from `before` to `after`, in document order: a new or removed element
/// is one change at its path, a changed leaf one change. The event log ("x-kpss-log") is not
/// compared. Complexity: linear in the size of the plans (elements matched by id).
std::vector<Change> diff(const Plan& before, const Plan& after);

/// {"changes": [{"kind","path","before","after"}], "added": n, "removed": n, "changed": n}.
std::string diff_to_json(const std::vector<Change>& changes);

}  // namespace kpss::cycle
