// The stakeholder graph of a plan.
#include "kpss/graph/build.hpp"

#include <algorithm>
#include <map>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

std::string at(std::string_view list, std::size_t i) {
  return "/" + std::string(list) + "/" + std::to_string(i);
}

class Builder {
 public:
  Builder(const Plan& plan, const StakeholderGraphOptions& options) : plan_(plan), options_(options) {
    if (plan.territory) default_area_ = plan.territory->code();
  }

  StakeholderGraph run() {
    stakeholders();
    groups();
    municipalities();
    services();
    measures();
    information();
    return std::move(graph_);
  }

 private:
  VertexIndex stakeholder(const StakeholderId& id, const std::string& where) const {
    const Stakeholder* s = find(plan_, id);
    if (s == nullptr) throw ValidationError("unknown stakeholder '" + id.str() + "'", where);
    return *graph_.find(s->kind == StakeholderKind::person ? VertexKind::person : VertexKind::organisation,
                        id.str());
  }

  VertexIndex add(Vertex v, const std::string& where) {
    if (graph_.find(v.kind, v.id))
      throw ValidationError("repeated " + std::string(to_string(v.kind)) + " id '" + v.id + "'", where);
    return graph_.add_vertex(std::move(v));
  }

  /// The municipality vertex of a code; the vertices are added by municipalities().
  VertexIndex municipality(const TerritoryCode& code) const {
    return *graph_.find(VertexKind::municipality, code.code());
  }

  void stakeholders() {
    for (std::size_t i = 0; i < plan_.stakeholders.size(); ++i) {
      const Stakeholder& s = plan_.stakeholders[i];
      Vertex v{s.kind == StakeholderKind::person ? VertexKind::person : VertexKind::organisation,
               s.id.str(), s.name, s.roles, {}, {}, {}};
      const auto grant = [&](const std::optional<StakeholderId>& holder, Role role) {
        if (holder == s.id && !v.has_role(role)) v.roles.push_back(role);
      };
      grant(plan_.coordinator, Role::coordinator);
      grant(plan_.commissioner, Role::commissioner);
      add(std::move(v), at("stakeholders", i));
    }
    for (const auto& [holder, name] : {std::pair{plan_.coordinator, "/coordinator"},
                                       std::pair{plan_.commissioner, "/commissioner"}})
      if (holder) static_cast<void>(stakeholder(*holder, name));
    for (std::size_t i = 0; i < plan_.stakeholders.size(); ++i) {
      const Stakeholder& s = plan_.stakeholders[i];
      for (std::size_t j = 0; j < s.memberships.size(); ++j) {
        const std::string where = at("stakeholders", i) + at("memberships", j) + "/organisation";
        const VertexIndex org = stakeholder(s.memberships[j].organisation, where);
        if (s.kind != StakeholderKind::person || graph_.vertex(org).kind != VertexKind::organisation)
          throw ValidationError("only a person can be a member of an organisation", where);
        graph_.add_edge(stakeholder(s.id, at("stakeholders", i)), org, EdgeKind::represents);
      }
    }
  }

  void seats(VertexIndex group, const std::vector<StakeholderId>& members,
             const std::optional<StakeholderId>& chair, const std::string& where) {
    for (std::size_t j = 0; j < members.size(); ++j)
      graph_.add_edge(stakeholder(members[j], where + at("members", j)), group, EdgeKind::member_of);
    if (chair) graph_.add_edge(stakeholder(*chair, where + "/chair"), group, EdgeKind::chairs);
  }

  void groups() {
    for (std::size_t i = 0; i < plan_.working_groups.size(); ++i) {
      const WorkingGroup& w = plan_.working_groups[i];
      const VertexIndex g =
          add({VertexKind::working_group, w.id.str(), w.name, {}, {}, {}, {}}, at("working_groups", i));
      seats(g, w.members, w.chair, at("working_groups", i));
    }
    const SteeringGroup& s = plan_.steering_group;
    if (s.members.empty() && !s.chair) return;
    const VertexIndex g = graph_.add_vertex(
        {VertexKind::steering_group, std::string(steering_group_id), "Řídící skupina", {}, {}, {}, {}});
    seats(g, s.members, s.chair, "/steering_group");
  }

  void services() {
    for (std::size_t i = 0; i < plan_.services.size(); ++i) {
      const Service& s = plan_.services[i];
      const VertexIndex v =
          add({VertexKind::service, s.id.str(), s.name, {}, s.type, {}, {}}, at("services", i));
      graph_.add_edge(stakeholder(s.provider, at("services", i) + "/provider"), v, EdgeKind::provides);
      for (const TerritoryCode& t : s.territories)
        if (t.level() == TerritoryLevel::municipality)
          graph_.add_edge(v, municipality(t), EdgeKind::serves);
    }
  }

  void measures() {
    for (std::size_t p = 0; p < plan_.strategy.priorities.size(); ++p) {
      const Priority& priority = plan_.strategy.priorities[p];
      for (std::size_t g = 0; g < priority.goals.size(); ++g) {
        const Goal& goal = priority.goals[g];
        for (std::size_t m = 0; m < goal.measures.size(); ++m) {
          const Measure& measure = goal.measures[m];
          const std::string where =
              "/strategy" + at("priorities", p) + at("goals", g) + at("measures", m);
          const VertexIndex v =
              add({VertexKind::measure, measure.id.str(), measure.title, {}, {}, {}, {}}, where);
          for (std::size_t r = 0; r < measure.responsible.size(); ++r)
            graph_.add_edge(stakeholder(measure.responsible[r].party, where + at("responsible", r) + "/party"),
                            v, EdgeKind::responsible_for);
          for (std::size_t f = 0; f < measure.funding.size(); ++f)
            if (measure.funding[f].funder)
              graph_.add_edge(stakeholder(*measure.funding[f].funder, where + at("funding", f) + "/funder"),
                              v, EdgeKind::funds);
          for (std::size_t a = 0; a < measure.activities.size(); ++a)
            if (measure.activities[a].responsible)
              graph_.add_edge(
                  stakeholder(*measure.activities[a].responsible, where + at("activities", a) + "/responsible"),
                  v, EdgeKind::responsible_for);
        }
      }
    }
  }

  /// Adds a vertex for every municipality the plan names, in order of first mention, with
  /// the service types of the needs found there.
  void municipalities() {
    std::vector<std::string> order;
    std::map<std::string, std::vector<std::string>> needed;
    const auto mention = [&](const std::optional<TerritoryCode>& t) {
      if (!t || t->level() != TerritoryLevel::municipality) return false;
      if (needed.try_emplace(t->code()).second) order.push_back(t->code());
      return true;
    };
    mention(plan_.territory);
    for (const TerritoryCode& t : plan_.municipalities) mention(t);
    for (const Service& s : plan_.services)
      for (const TerritoryCode& t : s.territories) mention(t);
    for (const Need& n : plan_.needs) {
      const std::optional<TerritoryCode>& t = n.territory ? n.territory : plan_.territory;
      if (!mention(t)) continue;
      auto& types = needed[t->code()];
      for (const std::string& type : n.service_types)
        if (std::find(types.begin(), types.end(), type) == types.end()) types.push_back(type);
    }
    for (const std::string& code : order) {
      const auto orp = options_.orp_of.find(code);
      graph_.add_vertex({VertexKind::municipality, code, {}, {}, {}, std::move(needed[code]),
                         orp != options_.orp_of.end() ? orp->second : default_area_});
    }
  }

  void information() {
    if (!plan_.coordinator) return;
    const VertexIndex c = stakeholder(*plan_.coordinator, "/coordinator");
    for (VertexKind kind : {VertexKind::steering_group, VertexKind::working_group})
      for (VertexIndex g : graph_.vertices_of(kind)) graph_.add_edge(c, g, EdgeKind::informs);
  }

  const Plan& plan_;
  const StakeholderGraphOptions& options_;
  std::string default_area_;
  StakeholderGraph graph_;
};

}  // namespace

StakeholderGraph build_stakeholder_graph(const Plan& plan, const StakeholderGraphOptions& options) {
  return Builder(plan, options).run();
}

}  // namespace kpss
