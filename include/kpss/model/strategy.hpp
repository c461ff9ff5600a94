// The strategy tree of the plan: vision → priority → goal → measure → activity
// (vize → priorita → cíl → opatření → aktivita).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/core/date.hpp"
#include "kpss/core/id.hpp"
#include "kpss/core/money.hpp"
#include "kpss/model/common.hpp"
#include "kpss/model/indicator.hpp"
#include "kpss/model/need.hpp"
#include "kpss/model/service.hpp"
#include "kpss/model/stakeholder.hpp"

namespace kpss {

struct PriorityTag;
struct GoalTag;
struct MeasureTag;
struct ActivityTag;
using PriorityId = Id<PriorityTag>;
using GoalId = Id<GoalTag>;
using MeasureId = Id<MeasureTag>;
using ActivityId = Id<ActivityTag>;

/// The typical classes of priorities.
enum class PriorityClass {
  sustain,      ///< zachování stávajícího systému
  quality,      ///< zvyšování kvality
  development,  ///< rozvoj nových služeb
  supporting,   ///< podpůrné oblasti (information, transport, housing)
};

/// Goal horizon: within the plan's first year or two, or over the whole period.
enum class Horizon {
  short_term,  ///< krátkodobý cíl; written "short"
  long_term,   ///< dlouhodobý cíl; written "long"
};

/// Implementation state, updated in monitoring (monitoring plnění).
enum class Status { planned, in_progress, completed, cancelled };

/// Kind of a funding source (zdroj financování).
enum class FundingKind {
  municipal_budget,  ///< rozpočet obce
  regional_budget,   ///< rozpočet kraje (dotace kraje, vyrovnávací platba)
  state_subsidy,     ///< dotace MPSV
  eu_funds,          ///< ESF+, IROP
  health_insurance,  ///< zdravotní pojišťovny
  user_payments,     ///< úhrady uživatelů
  care_allowance,    ///< příspěvek na péči
  donations,         ///< dary, nadace
  other,
};

/// A party responsible for a measure and what it commits to (podíl odpovědnosti, závazek).
struct Responsibility {
  StakeholderId party;
  std::string commitment;
  bool lead = false;  ///< the guarantor (garant) of the measure
  Extensions extensions;

  bool operator==(const Responsibility&) const = default;
};

/// Money from one source towards a measure.
struct Funding {
  FundingKind kind = FundingKind::other;
  std::optional<StakeholderId> funder;  ///< the paying stakeholder, when it is one
  Money amount = Money::zero(Currency::czk());
  std::string note;
  Extensions extensions;

  bool operator==(const Funding&) const = default;
};

/// A concrete step of a measure (aktivita).
struct Activity {
  ActivityId id;
  std::string title;
  std::string description;
  std::optional<StakeholderId> responsible;
  std::optional<Date> start;
  std::optional<Date> end;
  std::optional<Money> cost;
  Status status = Status::planned;
  Extensions extensions;

  bool operator==(const Activity&) const = default;
};

/// A measure (opatření): who does what, when, for how much, paid by whom, measured how.
struct Measure {
  MeasureId id;
  std::string title;
  std::string description;
  std::vector<Responsibility> responsible;
  std::optional<Date> start;
  std::optional<Date> end;
  std::optional<Money> cost;  ///< total cost over the measure's timeline
  std::vector<Funding> funding;
  /// Funding may exceed the cost (e.g. a reserve); otherwise validation reports it.
  bool overfunding_allowed = false;
  std::vector<NeedId> needs;        ///< needs the measure answers
  std::vector<ServiceId> services;  ///< services it sustains, changes or creates
  std::vector<IndicatorId> indicators;
  Status status = Status::planned;
  std::vector<Activity> activities;
  Extensions extensions;

  bool operator==(const Measure&) const = default;
};

/// A goal (cíl) of a priority.
struct Goal {
  GoalId id;
  std::string title;
  std::string description;
  Horizon horizon = Horizon::long_term;
  std::vector<IndicatorId> indicators;
  std::vector<Measure> measures;
  Extensions extensions;

  bool operator==(const Goal&) const = default;
};

/// A priority (priorita) of the plan.
struct Priority {
  PriorityId id;
  std::string title;
  std::string description;
  PriorityClass priority_class = PriorityClass::development;
  std::vector<WorkingGroupId> working_groups;  ///< groups that proposed or own it
  std::vector<Goal> goals;
  Extensions extensions;

  bool operator==(const Priority&) const = default;
};

/// The strategic part: the vision of future services and the tree under it.
struct Strategy {
  std::string vision;  ///< vize
  std::vector<Priority> priorities;
  Extensions extensions;

  bool operator==(const Strategy&) const = default;
};

std::string_view to_string(PriorityClass value) noexcept;
std::string_view to_string(Horizon value) noexcept;
std::string_view to_string(Status value) noexcept;
std::string_view to_string(FundingKind value) noexcept;
bool from_string(std::string_view text, PriorityClass& out) noexcept;
bool from_string(std::string_view text, Horizon& out) noexcept;
bool from_string(std::string_view text, Status& out) noexcept;
bool from_string(std::string_view text, FundingKind& out) noexcept;

}  // namespace kpss
