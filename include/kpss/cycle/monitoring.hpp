// Monitoring (monitorování plnění): indicator progress, measure status and the roll-up of
// progress up the strategy tree, and the annual monitoring report (monitorovací zpráva).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kpss/model/plan.hpp"

namespace kpss::cycle {

/// Progress of one indicator as of a date: 0 at the baseline, 1 at the target.
/// increase/decrease: (value − baseline) / (target − baseline), clamped to [0, 1] (a target
/// equal to the baseline counts as met when the value is on the good side of it);
/// maintain: 1 − |value − target| / |target| clamped to [0, 1] (1 when both are 0).
/// The value is the last measurement dated on or before `as_of`, else the baseline.
struct IndicatorProgress {
  std::string indicator;
  double progress = 0.0;
  double value = 0.0;
  bool measured = false;  ///< a measurement was used (not the baseline)
};
IndicatorProgress indicator_progress(const Indicator& indicator, const Date& as_of);

/// Measure status (stav plnění) from its timeline and progress.
enum class MeasureStatus { not_started, on_track, delayed, done, cancelled };
std::string_view to_string(MeasureStatus value) noexcept;

/// Options of the roll-up. Weights are by element id (priority, goal or measure) and
/// default to 1; a delayed measure is one whose progress trails the elapsed share of its
/// timeline by more than `tolerance`.
struct RollupOptions {
  std::map<std::string, double, std::less<>> weights;
  double tolerance = 0.25;
};

/// Progress of one node of the strategy tree.
struct NodeProgress {
  std::string id;
  std::string kind;  ///< "plan", "priority", "goal", "measure"
  double progress = 0.0;
  double weight = 1.0;
  std::optional<MeasureStatus> status;  ///< for measures
};

/// The whole tree as of a date, in document order (plan first, then each priority followed
/// by its goals, each goal by its measures).
/// Measure progress: 1 when completed, else the mean of its indicators (0 without any).
/// Goal, priority and plan: the weighted mean of their children; cancelled measures and
/// children of zero weight do not count; a node without counted children has progress 0.
/// Throws: InvalidArgument for a negative or non-finite weight.
std::vector<NodeProgress> rollup(const Plan& plan, const Date& as_of, const RollupOptions& options = {});

/// The status of a measure as of a date given its progress (see docs/cycle.md).
MeasureStatus measure_status(const Measure& measure, double progress, const Date& as_of,
                             double tolerance = 0.25);

/// The annual monitoring report for `year` (as of 31 December), as JSON or Markdown:
/// plan progress, each priority/goal/measure, indicators and which were not measured that
/// year, counts of measures by status.
std::string monitoring_report_json(const Plan& plan, int year, const RollupOptions& options = {});
std::string monitoring_report_markdown(const Plan& plan, int year, const RollupOptions& options = {});

}  // namespace kpss::cycle
