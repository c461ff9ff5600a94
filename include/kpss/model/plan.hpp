// The community plan of social services (komunitní plán sociálních služeb) — the root of
// the model. It holds every item of a plan named by the method and by Act 108/2006 Sb.
// §3 h): resources (services), data (demography), needs, the vision with priorities and
// goals, the timeline, principles, involvement, responsibilities, monitoring, changes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kpss/core/date.hpp"
#include "kpss/core/id.hpp"
#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/model/comment.hpp"
#include "kpss/model/common.hpp"
#include "kpss/model/demography.hpp"
#include "kpss/model/indicator.hpp"
#include "kpss/model/need.hpp"
#include "kpss/model/service.hpp"
#include "kpss/model/stakeholder.hpp"
#include "kpss/model/strategy.hpp"

namespace kpss {

struct PlanTag;
using PlanId = Id<PlanTag>;

/// The commissioner's mandate: the council resolution (usnesení zastupitelstva) that
/// declares the will to develop services and opens the process to the public.
struct Mandate {
  std::string body;        ///< "Zastupitelstvo města Horní Lhota"
  std::string resolution;  ///< "ZM/2024/05/12"; empty while not yet adopted
  std::optional<Date> date;
  std::string text;
  Extensions extensions;

  bool operator==(const Mandate&) const = default;
};

/// A milestone of the timeline of the work (harmonogram).
struct Milestone {
  std::string title;
  Date date{};
  std::string phase;  ///< a cycle phase name ("analytical"); free text, may be empty
  Extensions extensions;

  bool operator==(const Milestone&) const = default;
};

/// The plan period (období platnosti); a mid-term plan covers 2–5 years.
struct Period {
  Date start{};
  Date end{};  ///< inclusive

  bool operator==(const Period&) const = default;
};

/// A community plan of social services.
struct Plan {
  PlanId id;
  std::string title;
  std::string description;
  Period period;
  std::optional<TerritoryCode> territory;  ///< the planning territory; required when valid
  std::vector<TerritoryCode> municipalities;  ///< further municipalities covered (pooling)
  Currency currency = Currency::czk();        ///< every amount of the plan is in it

  std::optional<StakeholderId> coordinator;   ///< the one coordinating body (zpracovatel)
  std::optional<StakeholderId> commissioner;  ///< the municipality or region (zadavatel)
  Mandate mandate;

  std::string preparation;          ///< how the plan was prepared (§3 h)
  std::vector<std::string> principles;
  std::string involvement;          ///< how participants are involved (zapojení)
  std::string information_strategy; ///< how the public is informed
  std::string monitoring;           ///< how progress is monitored and evaluated
  std::string change_procedure;     ///< how changes are made (aktualizace)
  std::string economic_evaluation;  ///< economic evaluation of resources and needs (§3 h)
  std::vector<Milestone> timeline;

  std::vector<Stakeholder> stakeholders;
  std::vector<WorkingGroup> working_groups;
  SteeringGroup steering_group;
  std::vector<Service> services;
  Demography demography;
  std::vector<Need> needs;
  Strategy strategy;
  std::vector<Indicator> indicators;
  std::vector<Comment> comments;
  Extensions extensions;

  bool operator==(const Plan&) const = default;
};

/// Lookup of elements by id, anywhere in the plan (the strategy tree included).
/// Returns: a pointer into `plan` valid until the plan changes, or nullptr when absent.
/// Complexity: linear in the number of elements of that kind.
const Stakeholder* find(const Plan& plan, const StakeholderId& id) noexcept;
const WorkingGroup* find(const Plan& plan, const WorkingGroupId& id) noexcept;
const Service* find(const Plan& plan, const ServiceId& id) noexcept;
const Need* find(const Plan& plan, const NeedId& id) noexcept;
const Indicator* find(const Plan& plan, const IndicatorId& id) noexcept;
const Priority* find(const Plan& plan, const PriorityId& id) noexcept;
const Goal* find(const Plan& plan, const GoalId& id) noexcept;
const Measure* find(const Plan& plan, const MeasureId& id) noexcept;
const Activity* find(const Plan& plan, const ActivityId& id) noexcept;
const Comment* find(const Plan& plan, const CommentId& id) noexcept;

/// Whether the member `id` brings `role` into a group (working group, steering group): its own
/// roles; for a person who holds none, those of the organisations it is a member of — a
/// social worker of the town represents the commissioner (zadavatel), while the coordinator
/// employed by the town sits as coordinator. False for an unknown id. The stakeholder graph's
/// effective_roles applies the same rule.
/// Complexity: linear in the number of stakeholders.
bool brings_role(const Plan& plan, const StakeholderId& id, Role role) noexcept;

/// The ids of every element of `kind` (a name of ElementKind, or "comment") in document
/// order; for "plan", the plan's own id. Throws: InvalidArgument for an unknown kind.
std::vector<std::string> element_ids(const Plan& plan, std::string_view kind);

/// Counts of the plan's elements (for summaries, the C API and reports).
struct PlanCounts {
  std::size_t stakeholders = 0, working_groups = 0, services = 0, needs = 0, priorities = 0,
              goals = 0, measures = 0, activities = 0, indicators = 0, comments = 0;
  bool operator==(const PlanCounts&) const = default;
};
/// Complexity: linear in the size of the strategy tree.
PlanCounts count_elements(const Plan& plan) noexcept;

/// Calls `f` with every measure of the strategy tree in document order (priority, goal,
/// measure), together with its goal and priority.
template <class F>
void for_each_measure(const Plan& plan, F&& f) {
  for (const Priority& p : plan.strategy.priorities)
    for (const Goal& g : p.goals)
      for (const Measure& m : g.measures) f(p, g, m);
}

}  // namespace kpss
