// The stakeholder graph of a plan.
#pragma once

#include <map>
#include <string>

#include "kpss/graph/stakeholder_graph.hpp"
#include "kpss/model/plan.hpp"

namespace kpss {

struct StakeholderGraphOptions {
  /// Municipality code → its ORP code, for pooling. Municipalities not listed belong to the
  /// plan's own area (the plan's territory code): a plan covers its municipalities together.
  std::map<std::string, std::string> orp_of;
};

/// Builds the stakeholder graph of `plan` (graf aktérů plánu):
/// - a person or organisation vertex per stakeholder (roles as in the plan; the plan's
///   coordinator and commissioner also get that role), a working group vertex per working
///   group, a steering group vertex (id "steering_group") when it has members;
/// - member_of and chairs ties from group members and chairs; represents ties from the
///   memberships of persons;
/// - a service vertex per service, provides from its provider, serves to every
///   municipality-level territory it names (wider territories — ORP, district, region —
///   name no municipality and give no tie);
/// - a measure vertex per measure, responsible_for from its responsible parties and from
///   the parties responsible for its activities, funds from its named funders;
/// - a municipality vertex per municipality code of the plan's territory, its
///   municipalities, its services and its needs; each carries the service types of the
///   needs found there (a need without a territory is the plan territory's);
/// - informs ties from the coordinator to the steering group and every working group: the
///   coordinator runs the groups and circulates their minutes. Other channels of the
///   information strategy and cooperates_with ties are not in the plan model; add them to
///   the result with StakeholderGraph::add_edge.
/// Throws: ValidationError naming the JSON pointer of a reference to an unknown stakeholder,
/// of an organisation's membership in another organisation, or of a repeated id.
/// Complexity: O(size of the plan · log).
StakeholderGraph build_stakeholder_graph(const Plan& plan, const StakeholderGraphOptions& options = {});

/// Model id of the steering group's vertex.
inline constexpr std::string_view steering_group_id = "steering_group";

}  // namespace kpss
