#include "kpss/model/plan.hpp"

#include <algorithm>

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

}  // namespace kpss
