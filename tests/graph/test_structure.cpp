// Brokers and fragility, checked against slow, obviously correct implementations on random
// graphs and by hand on small ones.
#include <gtest/gtest.h>

#include <random>
#include <set>

#include "graph_fixtures.hpp"
#include "kpss/graph/structure.hpp"

namespace kpss {
namespace {

using test::ids;
using test::person;

using Adjacency = std::vector<std::set<std::size_t>>;

Adjacency undirected(const StakeholderGraph& g) {
  Adjacency adj(g.vertex_count());
  for (const EdgeRecord& e : g.edges()) {
    adj[e.source].insert(e.target);
    adj[e.target].insert(e.source);
  }
  return adj;
}

/// Shortest-path distances and path counts from `s` by plain BFS; -1 = unreachable.
void bfs(const Adjacency& adj, std::size_t s, std::vector<long>& dist, std::vector<double>& paths) {
  dist.assign(adj.size(), -1);
  paths.assign(adj.size(), 0.0);
  dist[s] = 0;
  paths[s] = 1.0;
  std::vector<std::size_t> queue{s};
  for (std::size_t i = 0; i < queue.size(); ++i)
    for (std::size_t w : adj[queue[i]]) {
      if (dist[w] < 0) {
        dist[w] = dist[queue[i]] + 1;
        queue.push_back(w);
      }
      if (dist[w] == dist[queue[i]] + 1) paths[w] += paths[queue[i]];
    }
}

/// Betweenness by its definition: for every pair s < t and every other v, the fraction of
/// shortest s–t paths through v.
std::vector<double> slow_betweenness(const Adjacency& adj) {
  const std::size_t n = adj.size();
  std::vector<std::vector<long>> dist(n);
  std::vector<std::vector<double>> paths(n);
  for (std::size_t s = 0; s < n; ++s) bfs(adj, s, dist[s], paths[s]);
  std::vector<double> c(n, 0.0);
  for (std::size_t s = 0; s < n; ++s)
    for (std::size_t t = s + 1; t < n; ++t) {
      if (dist[s][t] < 0) continue;
      for (std::size_t v = 0; v < n; ++v)
        if (v != s && v != t && dist[s][v] >= 0 && dist[s][v] + dist[v][t] == dist[s][t])
          c[v] += paths[s][v] * paths[v][t] / paths[s][t];
    }
  if (n >= 3)
    for (double& x : c) x /= static_cast<double>((n - 1) * (n - 2)) / 2.0;
  return c;
}

/// Components of the graph without vertex `skip` and without the tie `cut`.
std::size_t components(const Adjacency& adj, std::size_t skip = SIZE_MAX,
                       std::pair<std::size_t, std::size_t> cut = {SIZE_MAX, SIZE_MAX}) {
  std::vector<bool> seen(adj.size(), false);
  std::size_t count = 0;
  for (std::size_t s = 0; s < adj.size(); ++s) {
    if (s == skip || seen[s]) continue;
    ++count;
    std::vector<std::size_t> stack{s};
    seen[s] = true;
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      for (std::size_t w : adj[v]) {
        if (w == skip || seen[w] || std::minmax(v, w) == std::minmax(cut.first, cut.second)) continue;
        seen[w] = true;
        stack.push_back(w);
      }
    }
  }
  return count;
}

/// A random partnership: persons and organisations cooperating and representing, working
/// groups with members — several kinds and both directions between the same pairs.
StakeholderGraph random_graph(std::mt19937& rng, std::size_t n, double p) {
  StakeholderGraph g;
  std::bernoulli_distribution tie(p);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string id = "v" + std::to_string(i);
    if (i % 5 == 4) test::vertex(g, VertexKind::working_group, id);
    else if (i % 3 == 0) test::organisation(g, id);
    else person(g, id);
  }
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = 0; b < n; ++b) {
      if (a == b || !tie(rng)) continue;
      const VertexKind ka = g.vertex(a).kind;
      const VertexKind kb = g.vertex(b).kind;
      if (edge_allowed(EdgeKind::represents, ka, kb)) g.add_edge(a, b, EdgeKind::represents);
      else if (edge_allowed(EdgeKind::member_of, ka, kb)) g.add_edge(a, b, EdgeKind::member_of);
      else if (edge_allowed(EdgeKind::cooperates_with, ka, kb))
        g.add_edge(a, b, EdgeKind::cooperates_with);
      else if (edge_allowed(EdgeKind::informs, ka, kb)) g.add_edge(a, b, EdgeKind::informs);
    }
  return g;
}

TEST(Structure, BetweennessMatchesAllPairsDefinitionOnRandomGraphs) {
  std::mt19937 rng(20261122);
  for (int round = 0; round < 40; ++round) {
    const std::size_t n = 2 + static_cast<std::size_t>(round % 23);
    const StakeholderGraph g = random_graph(rng, n, 0.05 + 0.01 * (round % 9));
    const auto fast = betweenness(g);
    const auto slow = slow_betweenness(undirected(g));
    ASSERT_EQ(fast.size(), slow.size());
    for (std::size_t v = 0; v < n; ++v) EXPECT_NEAR(fast[v], slow[v], 1e-12) << "round " << round;
  }
}

TEST(Structure, SampledBetweennessIsWithinItsBoundAndReproducible) {
  std::mt19937 rng(7);
  const std::size_t n = 120;
  const StakeholderGraph g = random_graph(rng, n, 0.04);
  const auto exact = slow_betweenness(undirected(g));
  const std::size_t pivots = 40;
  const auto a = betweenness_sampled(g, pivots, 11);
  const auto b = betweenness_sampled(g, pivots, 11);
  EXPECT_EQ(a, b);  // the same seed, the same bits
  EXPECT_NE(a, betweenness_sampled(g, pivots, 12));
  const double bound = betweenness_error_bound(n, pivots, 0.05);
  double worst = 0, mean_exact = 0, mean_sampled = 0;
  for (std::size_t v = 0; v < n; ++v) {
    worst = std::max(worst, std::abs(a[v] - exact[v]));
    mean_exact += exact[v];
    mean_sampled += a[v];
  }
  EXPECT_LT(worst, bound);
  EXPECT_LT(worst, 0.25 * bound);  // the bound is loose: a real error far above it means a bug
  EXPECT_NEAR(mean_sampled, mean_exact, 0.1 * mean_exact);
  // With every vertex a pivot the estimate is the exact value.
  const auto all = betweenness_sampled(g, n, 1);
  for (std::size_t v = 0; v < n; ++v) EXPECT_NEAR(all[v], exact[v], 1e-12);
  EXPECT_THROW(betweenness_sampled(g, 0, 1), InvalidArgument);
  EXPECT_NEAR(betweenness_error_bound(10'000, 1'000, 0.05), 0.0804, 1e-4);
  // Brokers from the estimate: the stakeholder it ranks highest.
  std::size_t best = n;
  for (std::size_t v = 0; v < n; ++v)
    if (is_stakeholder(g.vertex(v).kind) && (best == n || a[v] > a[best])) best = v;
  const auto top = brokers(g, a, 1);
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0].vertex, g.ref(best));
  EXPECT_EQ(top[0].centrality, a[best]);
}

TEST(Structure, ArticulationPointsAndBridgesMatchBruteForceOnRandomGraphs) {
  std::mt19937 rng(7);
  std::size_t seen_points = 0, seen_bridges = 0;
  for (int round = 0; round < 60; ++round) {
    const std::size_t n = 1 + static_cast<std::size_t>(round % 25);
    const StakeholderGraph g = random_graph(rng, n, 0.03 + 0.01 * (round % 8));
    const Adjacency adj = undirected(g);
    const std::size_t base = components(adj);
    const Fragility f = fragility(g);
    EXPECT_EQ(f.components.size(), base);

    std::vector<VertexRef> points;
    for (std::size_t v = 0; v < n; ++v)
      if (components(adj, v) > base) points.push_back(g.ref(v));
    EXPECT_EQ(f.articulation_points, points) << "round " << round;

    std::vector<Tie> bridges;
    for (std::size_t a = 0; a < n; ++a)
      for (std::size_t b : adj[a])
        if (a < b && components(adj, SIZE_MAX, {a, b}) > base) bridges.push_back({g.ref(a), g.ref(b)});
    EXPECT_EQ(f.bridges, bridges) << "round " << round;
    seen_points += points.size();
    seen_bridges += bridges.size();

    std::size_t covered = 0;
    for (const auto& c : f.components) covered += c.size();
    EXPECT_EQ(covered, n);
  }
  EXPECT_GT(seen_points, 20u);  // the random graphs do exercise the algorithms
  EXPECT_GT(seen_bridges, 20u);
}

// a — b — c — d, and c — e — d: b and c are articulation points, a–b and b–c bridges.
TEST(Structure, HandCheckedPathWithACycle) {
  StakeholderGraph g;
  for (const char* id : {"a", "b", "c", "d", "e"}) person(g, id);
  person(g, "lonely");
  g.add_edge(0, 1, EdgeKind::cooperates_with);
  g.add_edge(1, 2, EdgeKind::cooperates_with);
  g.add_edge(2, 1, EdgeKind::informs);  // the same tie in the undirected view
  g.add_edge(2, 3, EdgeKind::cooperates_with);
  g.add_edge(2, 4, EdgeKind::cooperates_with);
  g.add_edge(4, 3, EdgeKind::cooperates_with);
  const Fragility f = fragility(g);
  ASSERT_EQ(f.components.size(), 2u);
  EXPECT_EQ(ids(f.components[0]), (std::vector<std::string>{"a", "b", "c", "d", "e"}));
  EXPECT_EQ(ids(f.components[1]), (std::vector<std::string>{"lonely"}));
  EXPECT_EQ(ids(f.articulation_points), (std::vector<std::string>{"b", "c"}));
  ASSERT_EQ(f.bridges.size(), 2u);
  EXPECT_EQ(f.bridges[0], (Tie{g.ref(0), g.ref(1)}));
  EXPECT_EQ(f.bridges[1], (Tie{g.ref(1), g.ref(2)}));

  // c lies on the shortest paths a–d, a–e, b–d, b–e; b on a–c, a–d, a–e. With 6 vertices
  // a vertex could lie between 5·4/2 = 10 pairs.
  const auto top = brokers(g, 2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].vertex.id, "c");
  EXPECT_DOUBLE_EQ(top[0].centrality, 0.4);
  EXPECT_EQ(top[1].vertex.id, "b");
  EXPECT_DOUBLE_EQ(top[1].centrality, 0.3);
}

TEST(Structure, EmptyAndTinyGraphs) {
  StakeholderGraph g;
  EXPECT_TRUE(betweenness(g).empty());
  EXPECT_EQ(fragility(g), Fragility{});
  person(g, "a");
  person(g, "b");
  g.add_edge(0, 1, EdgeKind::cooperates_with);
  EXPECT_EQ(betweenness(g), (std::vector<double>{0.0, 0.0}));
  EXPECT_EQ(fragility(g).bridges.size(), 1u);
  EXPECT_TRUE(fragility(g).articulation_points.empty());
}

}  // namespace
}  // namespace kpss
