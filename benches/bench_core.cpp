// Core hot paths: reading amounts as ballot and budget files carry them, and code lookups
// as importers map every registry record.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "kpss/core/catalog.hpp"
#include "kpss/core/money.hpp"

namespace {

std::vector<std::string> amounts(std::size_t n, kpss::MoneyStyle style) {
  std::mt19937_64 rng(1);
  std::vector<std::string> out;
  out.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    out.push_back(kpss::format_money(
        kpss::Money(static_cast<std::int64_t>(rng() % 1'000'000'000'00), kpss::Currency::czk()), style));
  return out;
}

void BM_ParseMoney(benchmark::State& state) {
  const auto texts = amounts(10'000, static_cast<kpss::MoneyStyle>(state.range(0)));
  std::int64_t bytes = 0;
  for (const auto& t : texts) bytes += static_cast<std::int64_t>(t.size());
  for (auto _ : state) {
    std::int64_t sum = 0;
    for (const auto& t : texts) sum += kpss::parse_money(t).minor_units();
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(texts.size()));
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ParseMoney)->Arg(0)->Arg(1)->ArgNames({"czech"});

void BM_FindServiceType(benchmark::State& state) {
  const char* keys[] = {"home_care", "§70", "3866", "Domovy pro seniory", "mental_health_centre"};
  for (auto _ : state)
    for (const char* k : keys) benchmark::DoNotOptimize(kpss::find_code(kpss::CodeList::service_type, k));
  state.SetItemsProcessed(state.iterations() * 5);
}
BENCHMARK(BM_FindServiceType);

}  // namespace
