// Selection rules on the large real participatory budgets (Łódź 2022: 160 projects, 90 494
// approval votes; Częstochowa 2024: 93 projects, 22 899 cumulative votes), read from
// ../shared/data/pabulib. Each benchmark says so and skips when the file is absent.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <map>

#include "kpss/io/pabulib.hpp"
#include "kpss/select/equal_shares.hpp"
#include "kpss/select/greedy.hpp"
#include "kpss/select/pabulib.hpp"
#include "kpss/select/phragmen.hpp"

namespace {

using namespace kpss::select;

std::filesystem::path instance_path(const char* name) {
  return std::filesystem::path(KPSS_SHARED_DIR) / "data/pabulib" / name;
}

const Election* election(benchmark::State& state, const char* name) {
  static std::map<std::string, Election> cache;
  const auto path = instance_path(name);
  if (!std::filesystem::exists(path)) {
    state.SkipWithError((path.string() + " is absent (../shared not available); skipped").c_str());
    return nullptr;
  }
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, election_from_pabulib(kpss::read_pabulib(path))).first;
  return &it->second;
}

void parse(benchmark::State& state, const char* name) {
  const auto path = instance_path(name);
  if (!std::filesystem::exists(path)) {
    state.SkipWithError((path.string() + " is absent (../shared not available); skipped").c_str());
    return;
  }
  for (auto _ : state) benchmark::DoNotOptimize(kpss::read_pabulib(path));
}

void greedy(benchmark::State& state, const char* name) {
  const Election* e = election(state, name);
  if (!e) return;
  for (auto _ : state) benchmark::DoNotOptimize(greedy_utilitarian(*e, Satisfaction::cost));
}

void mes(benchmark::State& state, const char* name, Satisfaction s, Add1 add1) {
  const Election* e = election(state, name);
  if (!e) return;
  EqualSharesOptions o;
  o.satisfaction = s;
  o.add1 = add1;
  if (add1 == Add1::infeasible) {  // the cities' result checker
    o.tie = TieBreak::checker;
    o.start_from_whole_units = true;
  }
  std::int64_t runs = 0;
  for (auto _ : state) runs = equal_shares(*e, o).runs;
  state.counters["mes_runs"] = static_cast<double>(runs);
}

void phragmen(benchmark::State& state, const char* name) {
  const Election* e = election(state, name);
  if (!e) return;
  for (auto _ : state) benchmark::DoNotOptimize(sequential_phragmen(*e));
}

constexpr const char* kLodz = "Poland_Lodz_2022.pb";
constexpr const char* kCzest = "Poland_Czestochowa_2024.pb";

}  // namespace

BENCHMARK_CAPTURE(parse, lodz, kLodz)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(parse, czestochowa, kCzest)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(greedy, lodz, kLodz)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(greedy, czestochowa, kCzest)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mes, lodz_cost, kLodz, Satisfaction::cost, Add1::none)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mes, czestochowa_cardinal, kCzest, Satisfaction::cardinal, Add1::none)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(phragmen, lodz, kLodz)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_CAPTURE(mes, lodz_cost_add1_exhaustive, kLodz, Satisfaction::cost, Add1::exhaustive)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mes, lodz_cost_add1_infeasible, kLodz, Satisfaction::cost, Add1::infeasible)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mes, czestochowa_cost, kCzest, Satisfaction::cost, Add1::none)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mes, czestochowa_cost_add1_exhaustive, kCzest, Satisfaction::cost, Add1::exhaustive)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(mes, czestochowa_cost_add1_infeasible, kCzest, Satisfaction::cost, Add1::infeasible)
    ->Unit(benchmark::kMillisecond);
