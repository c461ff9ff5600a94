// Triad coverage, provider equality and the periphery of the partnership.
#include "kpss/graph/participation.hpp"

#include <algorithm>
#include <set>

#include <gsl/narrow>

#include "boost_graph.hpp"

namespace kpss {

namespace {

bool is_seat(EdgeKind kind) { return kind == EdgeKind::member_of || kind == EdgeKind::chairs; }

/// Distinct stakeholders holding a seat (member or chair) in group `g`, in index order.
std::vector<VertexIndex> seat_holders(const StakeholderGraph& graph, VertexIndex g) {
  std::set<VertexIndex> holders;
  for (const EdgeRecord& e : graph.in_edges(g))
    if (is_seat(e.kind)) holders.insert(e.source);
  return {holders.begin(), holders.end()};
}

bool holds_seat(const StakeholderGraph& graph, VertexIndex v, bool working_groups_only) {
  const auto out = graph.out_edges(v);
  return std::any_of(out.begin(), out.end(), [&](const EdgeRecord& e) {
    return is_seat(e.kind) && (!working_groups_only ||
                               graph.vertex(e.target).kind == VertexKind::working_group);
  });
}

TriadCoverage cover(const StakeholderGraph& graph, std::span<const VertexIndex> members) {
  TriadCoverage c;
  c.members = members.size();
  for (VertexIndex m : members) {
    const auto roles = effective_roles(graph, m);
    for (std::size_t r = 0; r < coverage_roles.size(); ++r)
      if (std::find(roles.begin(), roles.end(), coverage_roles[r]) != roles.end()) ++c.counts[r];
  }
  for (std::size_t r = 0; r < coverage_roles.size(); ++r)
    if (c.counts[r] == 0) c.missing.push_back(coverage_roles[r]);
  return c;
}

}  // namespace

std::vector<Role> effective_roles(const StakeholderGraph& graph, VertexIndex stakeholder) {
  const Vertex& v = graph.vertex(stakeholder);
  if (!v.roles.empty() || v.kind != VertexKind::person) return v.roles;
  std::vector<Role> roles;
  for (const EdgeRecord& e : graph.out_edges(stakeholder))
    if (e.kind == EdgeKind::represents)
      for (Role r : graph.vertex(e.target).roles)
        if (std::find(roles.begin(), roles.end(), r) == roles.end()) roles.push_back(r);
  return roles;
}

bool TriadCoverage::triad_complete() const noexcept {
  return counts[0] > 0 && counts[1] > 0 && counts[2] > 0;
}

std::vector<TriadCoverage> triad_coverage(const StakeholderGraph& graph) {
  std::vector<TriadCoverage> out;
  std::set<VertexIndex> everyone;
  const auto add_groups = [&](VertexKind kind) {
    for (VertexIndex g : graph.vertices_of(kind)) {
      const auto members = seat_holders(graph, g);
      everyone.insert(members.begin(), members.end());
      TriadCoverage c = cover(graph, members);
      c.group = graph.ref(g);
      out.push_back(std::move(c));
    }
  };
  add_groups(VertexKind::working_group);
  add_groups(VertexKind::steering_group);
  const std::vector<VertexIndex> all(everyone.begin(), everyone.end());
  TriadCoverage plan = cover(graph, all);
  plan.is_plan = true;
  out.push_back(std::move(plan));
  return out;
}

std::vector<ProviderWeight> provider_equality(const StakeholderGraph& graph,
                                              const WeightingPolicy& policy) {
  std::vector<std::pair<VertexIndex, std::size_t>> providers;  // provider, voting members
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v) {
    const Vertex& x = graph.vertex(v);
    if (!is_stakeholder(x.kind) || !x.has_role(Role::provider)) continue;
    if (x.kind == VertexKind::person) {
      const auto out = graph.out_edges(v);
      const bool speaks_for_provider = std::any_of(out.begin(), out.end(), [&](const EdgeRecord& e) {
        return e.kind == EdgeKind::represents && graph.vertex(e.target).has_role(Role::provider);
      });
      if (speaks_for_provider) continue;
    }
    std::size_t members = holds_seat(graph, v, false) ? 1 : 0;
    for (const EdgeRecord& e : graph.in_edges(v))
      if (e.kind == EdgeKind::represents && holds_seat(graph, e.source, false)) ++members;
    providers.emplace_back(v, members);
  }
  std::sort(providers.begin(), providers.end(), [&](const auto& a, const auto& b) {
    return graph.vertex(a.first).id < graph.vertex(b.first).id;
  });

  std::vector<GroupCensus> census;
  std::size_t total_members = 0;
  for (const auto& [v, n] : providers) {
    total_members += n;
    if (n > 0)
      census.push_back({Role::provider, graph.vertex(v).id, {}, gsl::narrow<std::int64_t>(n)});
  }
  const std::vector<double> weights = census.empty() ? std::vector<double>{} : policy.group_weights(census);
  double total_weight = 0.0;
  for (std::size_t i = 0; i < census.size(); ++i)
    total_weight += weights[i] * static_cast<double>(census[i].participants);

  std::vector<ProviderWeight> out;
  std::size_t next = 0;
  for (const auto& [v, n] : providers) {
    ProviderWeight w;
    w.provider = graph.ref(v);
    w.voting_members = n;
    if (n > 0) {
      const double group = weights[next++] * static_cast<double>(n);
      w.headcount_share = static_cast<double>(n) / static_cast<double>(total_members);
      w.weight = total_weight > 0.0 ? group / total_weight : 0.0;
      w.member_weight = w.weight / static_cast<double>(n);
    }
    out.push_back(std::move(w));
  }
  return out;
}

Periphery periphery(const StakeholderGraph& graph) {
  Periphery p;
  for (VertexIndex v = 0; v < graph.vertex_count(); ++v) {
    const Vertex& x = graph.vertex(v);
    if (is_stakeholder(x.kind) && !holds_seat(graph, v, true))
      p.outside_working_groups.push_back(graph.ref(v));
    if (graph.out_edges(v).empty() && graph.in_edges(v).empty()) p.isolated.push_back(graph.ref(v));
  }
  return p;
}

}  // namespace kpss
