// Plan persistence at scale: JSON and archive load/save of a generated plan with 10 000
// stakeholders and 50 000 measures. Reports throughput (bytes/s of the serialised form) and
// the process's peak resident memory ("peak_rss_MiB"; run one benchmark per process with
// --benchmark_filter for a per-operation figure).
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <random>
#include <string>

#include "kpss/io/plan_archive.hpp"
#include "kpss/io/plan_json.hpp"

namespace {

using namespace kpss;

Plan generate(std::size_t stakeholders, std::size_t measures) {
  std::mt19937_64 rng(42);
  const auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  const Currency czk = Currency::czk();
  Plan p;
  p.id = PlanId("generated");
  p.title = "Generovaný plán pro měření výkonu";
  p.period = {parse_date("2026-01-01"), parse_date("2029-12-31")};
  p.territory = TerritoryCode::parse("CZ053");
  static constexpr Role roles[] = {Role::commissioner, Role::provider, Role::user, Role::public_};
  for (std::size_t i = 0; i < stakeholders; ++i) {
    Stakeholder s;
    s.id = StakeholderId("st-" + std::to_string(i));
    s.kind = i % 3 == 0 ? StakeholderKind::organisation : StakeholderKind::person;
    s.name = "Aktér číslo " + std::to_string(i);
    s.roles = {i == 0 ? Role::coordinator : roles[i % 4]};
    if (s.roles[0] == Role::provider) s.legal_form = LegalForm::ngo;
    s.target_groups = {"seniors", "families_with_children"};
    p.stakeholders.push_back(std::move(s));
  }
  p.coordinator = StakeholderId("st-0");
  p.commissioner = StakeholderId("st-4");
  const std::size_t services = measures / 20, needs = measures / 25, indicators = measures / 10;
  for (std::size_t i = 0; i < services; ++i) {
    Service s;
    s.id = ServiceId("sv-" + std::to_string(i));
    s.name = "Služba " + std::to_string(i);
    s.type = "home_care";
    s.form = "field";
    s.capacity = {static_cast<double>(10 + pick(200)), "clients"};
    s.provider = StakeholderId("st-" + std::to_string(1 + 4 * pick(stakeholders / 4 - 1)));
    s.unit_cost = Money::from_major(static_cast<std::int64_t>(20000 + pick(100000)), czk);
    p.services.push_back(std::move(s));
  }
  for (std::size_t i = 0; i < needs; ++i) {
    Need n;
    n.id = NeedId("n-" + std::to_string(i));
    n.title = "Potřeba " + std::to_string(i);
    n.target_group = "seniors";
    n.type = NeedType::expressed;
    n.evidence = {{"Šetření 2025", "popis zjištění", parse_date("2025-06-30"), "", {}}};
    n.demand = Capacity{static_cast<double>(pick(50)), "clients"};
    p.needs.push_back(std::move(n));
  }
  for (std::size_t i = 0; i < indicators; ++i) {
    Indicator ind;
    ind.id = IndicatorId("i-" + std::to_string(i));
    ind.name = "Indikátor " + std::to_string(i);
    ind.unit = "klienti";
    ind.baseline = {static_cast<double>(pick(100)), parse_date("2025-12-31"), "", {}};
    ind.target = {static_cast<double>(100 + pick(100)), parse_date("2029-12-31"), "", {}};
    ind.measurements = {{static_cast<double>(pick(150)), parse_date("2026-12-31"), "", {}}};
    p.indicators.push_back(std::move(ind));
  }
  const std::size_t per_goal = 50, goals_per_priority = 100;
  std::size_t m = 0;
  for (std::size_t pi = 0; m < measures; ++pi) {
    Priority pr;
    pr.id = PriorityId("p" + std::to_string(pi));
    pr.title = "Priorita " + std::to_string(pi);
    for (std::size_t gi = 0; gi < goals_per_priority && m < measures; ++gi) {
      Goal g;
      g.id = GoalId("g" + std::to_string(pi) + "-" + std::to_string(gi));
      g.title = "Cíl";
      g.horizon = gi % 2 ? Horizon::long_term : Horizon::short_term;
      for (std::size_t k = 0; k < per_goal && m < measures; ++k, ++m) {
        Measure me;
        me.id = MeasureId("m-" + std::to_string(m));
        me.title = "Opatření " + std::to_string(m);
        me.description = "Popis opatření s odpovědnými stranami, termíny a financováním.";
        me.responsible = {{StakeholderId("st-" + std::to_string(pick(stakeholders))), "zajistí", true, {}},
                          {StakeholderId("st-" + std::to_string(pick(stakeholders))), "spolupracuje", false, {}}};
        me.start = parse_date("2026-01-01");
        me.end = parse_date("2027-12-31");
        const auto cost = static_cast<std::int64_t>(100000 + pick(5000000));
        me.cost = Money::from_major(cost, czk);
        me.funding = {{FundingKind::municipal_budget, std::nullopt, Money::from_major(cost / 2, czk), "", {}},
                      {FundingKind::regional_budget, std::nullopt, Money::from_major(cost / 3, czk), "", {}}};
        me.needs = {NeedId("n-" + std::to_string(pick(needs)))};
        me.services = {ServiceId("sv-" + std::to_string(pick(services)))};
        me.indicators = {IndicatorId("i-" + std::to_string(pick(indicators)))};
        g.measures.push_back(std::move(me));
      }
      pr.goals.push_back(std::move(g));
    }
    p.strategy.priorities.push_back(std::move(pr));
  }
  return p;
}

const Plan& large_plan() {
  static const Plan plan = generate(10'000, 50'000);
  return plan;
}

void report(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<std::int64_t>(bytes) * static_cast<std::int64_t>(state.iterations()));
  state.counters["size_MB"] = static_cast<double>(bytes) / 1e6;
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MiB"] = static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_WritePlanJson(benchmark::State& state) {
  const Plan& plan = large_plan();
  std::size_t bytes = 0;
  for (auto _ : state) bytes = write_plan_json(plan).size();
  report(state, bytes);
}

void BM_ReadPlanJson(benchmark::State& state) {
  const std::string text = write_plan_json(large_plan());
  for (auto _ : state) benchmark::DoNotOptimize(read_plan_json(text));
  report(state, text.size());
}

void BM_WritePlanArchive(benchmark::State& state) {
  const auto kind = static_cast<ArchiveKind>(state.range(0));
  const Plan& plan = large_plan();
  std::size_t bytes = 0;
  for (auto _ : state) bytes = write_plan_archive(plan, kind).size();
  state.SetLabel(std::string(to_string(kind)));
  report(state, bytes);
}

void BM_ReadPlanArchive(benchmark::State& state) {
  const auto kind = static_cast<ArchiveKind>(state.range(0));
  const std::string bytes = write_plan_archive(large_plan(), kind);
  for (auto _ : state) benchmark::DoNotOptimize(read_plan_archive(bytes));
  state.SetLabel(std::string(to_string(kind)));
  report(state, bytes.size());
}

BENCHMARK(BM_WritePlanJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadPlanJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_WritePlanArchive)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_ReadPlanArchive)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

}  // namespace
