// The cycle's whole-plan passes on a large generated plan: the audit, the progress roll-up
// and the structural diff (a regional plan with many priorities, measures and indicators).
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "kpss/cycle/audit.hpp"
#include "kpss/cycle/monitoring.hpp"
#include "kpss/cycle/versions.hpp"
#include "kpss/model/plan.hpp"

namespace {

using kpss::Date;

// `priorities` × 8 goals × 8 measures, one indicator per measure with 4 measurements.
kpss::Plan generated_plan(int priorities) {
  std::mt19937_64 rng(7);
  kpss::Plan p;
  p.id = kpss::PlanId("generated");
  p.title = "Generated";
  p.period = {kpss::parse_date("2026-01-01"), kpss::parse_date("2028-12-31")};
  kpss::Stakeholder s;
  s.id = kpss::StakeholderId("st");
  s.roles = {kpss::Role::commissioner, kpss::Role::provider, kpss::Role::user};
  p.stakeholders = {s};
  for (int i = 0; i < priorities; ++i) {
    kpss::Priority pr;
    pr.id = kpss::PriorityId("p" + std::to_string(i));
    for (int j = 0; j < 8; ++j) {
      kpss::Goal g;
      g.id = kpss::GoalId(pr.id.str() + "-g" + std::to_string(j));
      g.horizon = j % 2 ? kpss::Horizon::long_term : kpss::Horizon::short_term;
      for (int k = 0; k < 8; ++k) {
        kpss::Measure m;
        m.id = kpss::MeasureId(g.id.str() + "-m" + std::to_string(k));
        m.start = p.period.start;
        m.end = p.period.end;
        m.responsible.push_back({s.id, "", true, {}});
        m.cost = kpss::Money::from_major(static_cast<std::int64_t>(rng() % 1'000'000), kpss::Currency::czk());
        kpss::Indicator ind;
        ind.id = kpss::IndicatorId(m.id.str() + "-i");
        ind.baseline.value = static_cast<double>(rng() % 100);
        ind.target.value = ind.baseline.value + 1 + static_cast<double>(rng() % 100);
        for (int q = 0; q < 4; ++q)
          ind.measurements.push_back({static_cast<double>(rng() % 200), kpss::parse_date("2026-0" + std::to_string(q + 1) + "-15"), "", {}});
        m.indicators.push_back(ind.id);
        p.indicators.push_back(std::move(ind));
        g.measures.push_back(std::move(m));
      }
      pr.goals.push_back(std::move(g));
    }
    p.strategy.priorities.push_back(std::move(pr));
  }
  return p;
}

std::int64_t measures(int priorities) { return static_cast<std::int64_t>(priorities) * 64; }

void BM_Audit(benchmark::State& state) {
  const kpss::Plan plan = generated_plan(static_cast<int>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(kpss::cycle::audit(plan).score);
  state.SetItemsProcessed(state.iterations() * measures(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_Audit)->Arg(16)->Arg(64)->ArgNames({"priorities"})->Unit(benchmark::kMillisecond);

void BM_Rollup(benchmark::State& state) {
  const kpss::Plan plan = generated_plan(static_cast<int>(state.range(0)));
  const Date as_of = kpss::parse_date("2026-12-31");
  for (auto _ : state) benchmark::DoNotOptimize(kpss::cycle::rollup(plan, as_of).front().progress);
  state.SetItemsProcessed(state.iterations() * measures(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_Rollup)->Arg(16)->Arg(64)->ArgNames({"priorities"})->Unit(benchmark::kMillisecond);

void BM_Diff(benchmark::State& state) {
  const kpss::Plan before = generated_plan(static_cast<int>(state.range(0)));
  kpss::Plan after = before;
  for (std::size_t i = 0; i < after.indicators.size(); i += 10) after.indicators[i].target.value += 1;
  after.strategy.priorities.front().goals.front().measures.pop_back();
  for (auto _ : state) benchmark::DoNotOptimize(kpss::cycle::diff(before, after).size());
  state.SetItemsProcessed(state.iterations() * measures(static_cast<int>(state.range(0))));
}
BENCHMARK(BM_Diff)->Arg(16)->Arg(64)->ArgNames({"priorities"})->Unit(benchmark::kMillisecond);

}  // namespace
