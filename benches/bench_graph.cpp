// The stakeholder graph at scale: a generated partnership of 10 000 vertices and 100 000
// ties — building it, betweenness (brokers) and articulation points (fragility).
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "kpss/graph/structure.hpp"

namespace {

constexpr std::size_t vertices = 10'000;
constexpr std::size_t ties = 100'000;

/// 300 organisations, 7 000 persons, 150 working groups, a steering group, 1 200 services,
/// 1 000 measures and 349 municipalities, tied at random (seeded) by every kind of tie until
/// there are 100 000: the size of a regional partnership of many municipal plans.
kpss::StakeholderGraph partnership() {
  using kpss::EdgeKind;
  using kpss::VertexKind;
  kpss::StakeholderGraph g;
  const std::pair<VertexKind, std::size_t> kinds[] = {
      {VertexKind::organisation, 300}, {VertexKind::person, 7'000}, {VertexKind::working_group, 150},
      {VertexKind::steering_group, 1}, {VertexKind::service, 1'200},   {VertexKind::measure, 1'000},
      {VertexKind::municipality, 349}};
  std::vector<std::vector<kpss::VertexIndex>> of(kpss::vertex_kind_count);
  for (const auto& [kind, n] : kinds)
    for (std::size_t i = 0; i < n; ++i)
      of[static_cast<std::size_t>(kind)].push_back(
          g.add_vertex({kind, std::string(to_string(kind)) + "-" + std::to_string(i), {}, {}, {}, {}, {}}));
  std::mt19937_64 rng(6);
  const auto pick = [&](VertexKind kind) {
    const auto& list = of[static_cast<std::size_t>(kind)];
    return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(rng)];
  };
  const auto stakeholder = [&] {
    return pick(std::bernoulli_distribution(0.1)(rng) ? VertexKind::organisation : VertexKind::person);
  };
  while (g.edge_count() < ties) {
    switch (std::uniform_int_distribution<int>(0, 9)(rng)) {
      case 0: g.add_edge(pick(VertexKind::person), pick(VertexKind::organisation), EdgeKind::represents); break;
      case 1:
      case 2: g.add_edge(stakeholder(), pick(VertexKind::working_group), EdgeKind::member_of); break;
      case 3: g.add_edge(stakeholder(), pick(VertexKind::service), EdgeKind::provides); break;
      case 4: g.add_edge(pick(VertexKind::service), pick(VertexKind::municipality), EdgeKind::serves); break;
      case 5: g.add_edge(stakeholder(), pick(VertexKind::measure), EdgeKind::responsible_for); break;
      case 6: g.add_edge(stakeholder(), pick(VertexKind::measure), EdgeKind::funds); break;
      case 7: g.add_edge(pick(VertexKind::person), pick(VertexKind::working_group), EdgeKind::informs); break;
      default: {
        const auto a = stakeholder();
        const auto b = stakeholder();
        if (a != b) g.add_edge(a, b, EdgeKind::cooperates_with);
      }
    }
  }
  return g;
}

const kpss::StakeholderGraph& shared() {
  static const kpss::StakeholderGraph g = partnership();
  return g;
}

void BM_BuildPartnership(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(partnership());
  state.counters["vertices"] = static_cast<double>(vertices);
  state.counters["ties"] = static_cast<double>(ties);
}
BENCHMARK(BM_BuildPartnership)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_Betweenness(benchmark::State& state) {
  const auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(kpss::brokers(g, 10));
}
BENCHMARK(BM_Betweenness)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_BetweennessSampled(benchmark::State& state) {
  const auto& g = shared();
  const auto pivots = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(kpss::betweenness_sampled(g, pivots, 1));
  state.counters["error_bound_95"] = kpss::betweenness_error_bound(vertices, pivots, 0.05);
}
BENCHMARK(BM_BetweennessSampled)->Arg(1'000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_ArticulationPoints(benchmark::State& state) {
  const auto& g = shared();
  for (auto _ : state) benchmark::DoNotOptimize(kpss::fragility(g));
}
BENCHMARK(BM_ArticulationPoints)->Unit(benchmark::kMillisecond)->Iterations(5);

}  // namespace
