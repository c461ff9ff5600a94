// The stakeholder graph of the bundled sample plan (Dolní Habrov), with expected values
// checked by hand against examples/data/sample_plan.json.
#include <gtest/gtest.h>

#include <algorithm>

#include "graph_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/graph/build.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/graph/pooling.hpp"
#include "kpss/graph/reach.hpp"
#include "kpss/graph/structure.hpp"
#include "kpss/io/plan_json.hpp"

namespace kpss {
namespace {

using test::ids;
using Ids = std::vector<std::string>;

const Plan& sample() {
  static const Plan plan = load_plan_json(KPSS_SOURCE_DIR "/examples/data/sample_plan.json");
  return plan;
}

const StakeholderGraph& graph() {
  static const StakeholderGraph g = build_stakeholder_graph(sample());
  return g;
}

TEST(SamplePlanGraph, HasAVertexPerElementAndTheirTies) {
  const StakeholderGraph& g = graph();
  // 37 stakeholders, 5 working groups, the steering group, 3 municipalities (579999 and
  // the two pooling villages), 19 services, 23 measures.
  EXPECT_EQ(g.vertices_of(VertexKind::person).size() + g.vertices_of(VertexKind::organisation).size(), 37u);
  EXPECT_EQ(g.vertices_of(VertexKind::working_group).size(), 5u);
  EXPECT_EQ(g.vertices_of(VertexKind::steering_group).size(), 1u);
  EXPECT_EQ(g.vertices_of(VertexKind::municipality).size(), 3u);
  EXPECT_EQ(g.vertices_of(VertexKind::service).size(), 19u);
  EXPECT_EQ(g.vertices_of(VertexKind::measure).size(), 23u);
  EXPECT_EQ(g.vertex_count(), 88u);

  const auto novotna = g.at(VertexKind::person, "st-novotna");
  const auto charita = g.at(VertexKind::organisation, "st-charita");
  const auto seniors = g.at(VertexKind::working_group, "pg-seniori");
  const auto out = g.out_edges(novotna);
  const auto has = [&](VertexIndex t, EdgeKind k) {
    return std::find(out.begin(), out.end(), EdgeRecord{novotna, t, k}) != out.end();
  };
  EXPECT_TRUE(has(charita, EdgeKind::represents));
  EXPECT_TRUE(has(seniors, EdgeKind::member_of));
  EXPECT_TRUE(has(seniors, EdgeKind::chairs));
  EXPECT_EQ(g.vertex(g.at(VertexKind::service, "sv-ps")).service_type, "home_care");
  EXPECT_EQ(g.vertex(g.at(VertexKind::municipality, "579998")).needed_service_types, Ids{"home_care"});
  EXPECT_EQ(g.vertex(g.at(VertexKind::municipality, "579998")).area, "579999");
}

TEST(SamplePlanGraph, TriadCoverage) {
  const auto c = triad_coverage(graph());
  ASSERT_EQ(c.size(), 7u);
  const std::vector<std::tuple<std::string, std::size_t, std::array<std::size_t, 4>, std::vector<Role>>> expected = {
      {"pg-seniori", 8, {1, 4, 3, 1}, {}},
      {"pg-ozp", 7, {1, 4, 2, 0}, {Role::public_}},
      {"pg-rodiny", 7, {1, 3, 1, 2}, {}},
      {"pg-ohrozeni", 8, {0, 4, 1, 3}, {Role::commissioner}},
      {"pg-dusevni", 5, {0, 3, 1, 0}, {Role::commissioner, Role::public_}},
      {"steering_group", 10, {2, 4, 3, 1}, {}},
      {"", 29, {2, 15, 7, 5}, {}},
  };
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto& [id, members, counts, missing] = expected[i];
    EXPECT_EQ(c[i].group.id, id);
    EXPECT_EQ(c[i].members, members) << id;
    EXPECT_EQ(c[i].counts, counts) << id;
    EXPECT_EQ(c[i].missing, missing) << id;
    EXPECT_TRUE(c[i].triad_complete() == (id != "pg-ohrozeni" && id != "pg-dusevni")) << id;
  }
  EXPECT_TRUE(c[6].is_plan);
}

TEST(SamplePlanGraph, ProviderEquality) {
  const auto w = provider_equality(graph());
  // 12 provider organisations and Horáková, a provider on her own account; Novotná, Marek,
  // Šimková and Bartoš speak for Charita, the care home, Auxilium and the counselling centre.
  ASSERT_EQ(w.size(), 13u);
  std::size_t members = 0;
  for (const ProviderWeight& p : w) {
    members += p.voting_members;
    EXPECT_DOUBLE_EQ(p.weight, 1.0 / 13.0) << p.provider.id;
  }
  EXPECT_EQ(members, 15u);
  const auto charita = std::find_if(w.begin(), w.end(), [](auto& p) { return p.provider.id == "st-charita"; });
  ASSERT_NE(charita, w.end());
  EXPECT_EQ(charita->voting_members, 2u);  // itself and Novotná
  EXPECT_DOUBLE_EQ(charita->headcount_share, 2.0 / 15.0);
  EXPECT_DOUBLE_EQ(charita->member_weight, 1.0 / 26.0);
  const auto domov = std::find_if(w.begin(), w.end(), [](auto& p) { return p.provider.id == "st-domov"; });
  EXPECT_EQ(domov->voting_members, 1u);  // through Marek only
  EXPECT_EQ(w.back().provider.id, "st-utociste");
}

TEST(SamplePlanGraph, InformationReach) {
  const InformationReach r = information_reach(graph());
  EXPECT_EQ(r.source.id, "st-kralova");
  EXPECT_EQ(ids(r.unreached), (Ids{"st-kraj", "st-lhotka", "st-habrovec", "st-mas", "st-o01"}));
  EXPECT_EQ(r.stakeholders, 37u);
  EXPECT_EQ(r.stakeholders_reached, 32u);
  EXPECT_EQ(r.public_total, 7u);
  EXPECT_EQ(r.public_reached, 5u);
  EXPECT_DOUBLE_EQ(r.public_coverage(), 5.0 / 7.0);
  EXPECT_EQ(r.max_hops, 3u);
  const auto hops = [&](const std::string& id) {
    for (const ReachedVertex& v : r.reached)
      if (v.vertex.id == id) return v.hops;
    return std::size_t{99};
  };
  EXPECT_EQ(hops("pg-ozp"), 1u);
  EXPECT_EQ(hops("st-mesto"), 1u);  // Králová works for the town
  EXPECT_EQ(hops("st-u02"), 2u);
  EXPECT_EQ(hops("st-domov"), 3u);  // through Marek in the seniors' group
}

TEST(SamplePlanGraph, Periphery) {
  const Periphery p = periphery(graph());
  EXPECT_EQ(ids(p.outside_working_groups), (Ids{"st-mesto", "st-kraj", "st-lhotka", "st-habrovec",
                                                 "st-domov", "st-auxilium", "st-mas", "st-o01"}));
  EXPECT_EQ(ids(p.isolated), (Ids{"st-mas", "st-o01"}));
}

TEST(SamplePlanGraph, BrokersAndFragility) {
  const auto top = brokers(graph(), 3);
  ASSERT_EQ(top.size(), 3u);
  // The town answers for or funds nearly every measure; the coordinator informs every group.
  EXPECT_EQ(top[0].vertex.id, "st-mesto");
  EXPECT_EQ(top[1].vertex.id, "st-kralova");
  EXPECT_EQ(top[2].vertex.id, "st-kraj");
  EXPECT_GT(top[0].centrality, top[1].centrality);

  const Fragility f = fragility(graph());
  ASSERT_EQ(f.components.size(), 3u);
  EXPECT_EQ(f.components[0].size(), 86u);
  EXPECT_EQ(ids(f.components[1]), Ids{"st-mas"});
  EXPECT_EQ(ids(f.components[2]), Ids{"st-o01"});
  // Providers whose only tie holds a district-wide service, and groups with a user who sits
  // nowhere else.
  EXPECT_EQ(ids(f.articulation_points),
            (Ids{"st-utociste", "st-orion", "st-cdz", "st-nemocnice", "pg-seniori", "pg-ozp"}));
  std::vector<std::pair<std::string, std::string>> bridges;
  for (const Tie& t : f.bridges) bridges.emplace_back(t.a.id, t.b.id);
  EXPECT_EQ(bridges, (std::vector<std::pair<std::string, std::string>>{
                         {"st-utociste", "sv-azyl"}, {"st-orion", "sv-ranapece"}, {"st-cdz", "sv-cdz"},
                         {"st-cdz", "sv-rehab"}, {"st-nemocnice", "sv-nemocnice"},
                         {"st-u01", "pg-seniori"}, {"st-u02", "pg-ozp"}, {"st-u05", "pg-seniori"}}));
}

TEST(SamplePlanGraph, PoolingCandidates) {
  const PoolingCandidates p = pooling_candidates(graph());
  Ids shared;
  for (const SharedService& s : p.shared) {
    shared.push_back(s.service);
    EXPECT_EQ(s.municipalities, (Ids{"579997", "579998", "579999"})) << s.service;
  }
  EXPECT_EQ(shared, (Ids{"sv-oa-charita", "sv-odlehcovaci", "sv-poradna", "sv-stacionar", "sv-teren"}));
  // Lhotka (579998) needs home care; only the town's home care service (sv-ps) serves it.
  ASSERT_EQ(p.gaps.size(), 1u);
  EXPECT_EQ(p.gaps[0], (PoolingGap{"579998", "home_care", {"579999"}, {"sv-ps"}}));
}

TEST(SamplePlanGraph, AWorkingGroupLackingUsersReportsExactlyThat) {
  Plan plan = sample();
  auto& group = plan.working_groups[4];  // pg-dusevni: its only user is st-u03
  std::erase(group.members, StakeholderId("st-u03"));
  const auto c = triad_coverage(build_stakeholder_graph(plan));
  EXPECT_EQ(c[4].group.id, "pg-dusevni");
  EXPECT_EQ(c[4].missing, (std::vector<Role>{Role::commissioner, Role::user, Role::public_}));
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(c[i], triad_coverage(graph())[i]);
}

TEST(SamplePlanGraph, UnknownReferencesNameTheirPlace) {
  Plan plan = sample();
  plan.working_groups[1].members.emplace_back("st-nobody");
  try {
    build_stakeholder_graph(plan);
    FAIL() << "expected ValidationError";
  } catch (const ValidationError& e) {
    EXPECT_EQ(e.where(), "/working_groups/1/members/7");
  }
  Plan org_member = sample();
  org_member.stakeholders[0].memberships.push_back({StakeholderId("st-kraj"), {}, {}});
  EXPECT_THROW(build_stakeholder_graph(org_member), ValidationError);
}

}  // namespace
}  // namespace kpss
