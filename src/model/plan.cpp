#include "kpss/model/plan.hpp"

#include <algorithm>

#include "kpss/core/error.hpp"

namespace kpss {

bool Stakeholder::has_role(Role role) const noexcept {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

namespace {

template <class T, class IdT>
const T* find_in(const std::vector<T>& items, const IdT& id) noexcept {
  for (const T& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

const Stakeholder* find(const Plan& plan, const StakeholderId& id) noexcept {
  return find_in(plan.stakeholders, id);
}
const WorkingGroup* find(const Plan& plan, const WorkingGroupId& id) noexcept {
  return find_in(plan.working_groups, id);
}
const Service* find(const Plan& plan, const ServiceId& id) noexcept {
  return find_in(plan.services, id);
}
const Need* find(const Plan& plan, const NeedId& id) noexcept { return find_in(plan.needs, id); }
const Indicator* find(const Plan& plan, const IndicatorId& id) noexcept {
  return find_in(plan.indicators, id);
}
const Comment* find(const Plan& plan, const CommentId& id) noexcept {
  return find_in(plan.comments, id);
}
const Priority* find(const Plan& plan, const PriorityId& id) noexcept {
  return find_in(plan.strategy.priorities, id);
}
const Goal* find(const Plan& plan, const GoalId& id) noexcept {
  for (const Priority& p : plan.strategy.priorities)
    if (const Goal* g = find_in(p.goals, id)) return g;
  return nullptr;
}
const Measure* find(const Plan& plan, const MeasureId& id) noexcept {
  for (const Priority& p : plan.strategy.priorities)
    for (const Goal& g : p.goals)
      if (const Measure* m = find_in(g.measures, id)) return m;
  return nullptr;
}
const Activity* find(const Plan& plan, const ActivityId& id) noexcept {
  for (const Priority& p : plan.strategy.priorities)
    for (const Goal& g : p.goals)
      for (const Measure& m : g.measures)
        if (const Activity* a = find_in(m.activities, id)) return a;
  return nullptr;
}

std::vector<std::string> element_ids(const Plan& plan, std::string_view kind) {
  std::vector<std::string> out;
  const auto add = [&](const auto& items) {
    for (const auto& item : items) out.push_back(item.id.str());
  };
  if (kind == "plan") out.push_back(plan.id.str());
  else if (kind == "stakeholder") add(plan.stakeholders);
  else if (kind == "working_group") add(plan.working_groups);
  else if (kind == "service") add(plan.services);
  else if (kind == "need") add(plan.needs);
  else if (kind == "indicator") add(plan.indicators);
  else if (kind == "comment") add(plan.comments);
  else if (kind == "priority") add(plan.strategy.priorities);
  else if (kind == "goal")
    for (const Priority& p : plan.strategy.priorities) add(p.goals);
  else if (kind == "measure")
    for_each_measure(plan, [&](const Priority&, const Goal&, const Measure& m) { out.push_back(m.id.str()); });
  else if (kind == "activity")
    for_each_measure(plan, [&](const Priority&, const Goal&, const Measure& m) { add(m.activities); });
  else
    throw InvalidArgument("unknown element kind '" + std::string(kind) +
                          "'; expected plan, stakeholder, working_group, service, need, priority, goal, "
                          "measure, activity, indicator or comment");
  return out;
}

PlanCounts count_elements(const Plan& plan) noexcept {
  PlanCounts c;
  c.stakeholders = plan.stakeholders.size();
  c.working_groups = plan.working_groups.size();
  c.services = plan.services.size();
  c.needs = plan.needs.size();
  c.indicators = plan.indicators.size();
  c.comments = plan.comments.size();
  c.priorities = plan.strategy.priorities.size();
  for (const Priority& p : plan.strategy.priorities) {
    c.goals += p.goals.size();
    for (const Goal& g : p.goals) {
      c.measures += g.measures.size();
      for (const Measure& m : g.measures) c.activities += m.activities.size();
    }
  }
  return c;
}

bool brings_role(const Plan& plan, const StakeholderId& id, Role role) noexcept {
  const Stakeholder* s = find(plan, id);
  if (!s) return false;
  // A person who takes part in a role of their own (the coordinator, a user) brings that role
  // alone, even when employed by an organisation of another role: the coordinator employed by
  // the town is not the town's commissioner seat.
  if (!s->roles.empty() || s->kind != StakeholderKind::person) return s->has_role(role);
  return std::any_of(s->memberships.begin(), s->memberships.end(), [&](const Membership& m) {
    const Stakeholder* o = find(plan, m.organisation);
    return o && o->has_role(role);
  });
}

}  // namespace kpss
