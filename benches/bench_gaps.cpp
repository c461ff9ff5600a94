// Gap analysis at national scale (generated, seeded): 14 regions, 84 districts, 206 ORPs,
// 6 250 municipalities, 6 000 registered services, 200 municipal plans.
#include <benchmark/benchmark.h>

#include <random>
#include <sstream>

#include "kpss/core/catalog.hpp"
#include "kpss/gaps/norms.hpp"
#include "kpss/gaps/region.hpp"
#include "kpss/io/registry.hpp"

namespace {

using kpss::TerritoryCode;

constexpr int kMunicipalities = 6250;
constexpr int kOrps = 206;
constexpr int kServices = 6000;
constexpr int kPlans = 200;
const char* const kTypes[] = {"home_care", "personal_assistance", "day_care_centre",
                              "home_elderly", "respite_care", "professional_counselling"};
const char* const kGroups[] = {"seniors", "physical_disability", "dementia"};

struct Country {
  kpss::TerritoryTree tree;
  std::vector<TerritoryCode> municipalities;
  std::vector<TerritoryCode> orps;
};

const Country& country() {
  static const Country c = [] {
    Country out;
    std::vector<TerritoryCode> districts;
    for (const kpss::CodeEntry& r : kpss::entries(kpss::CodeList::region))
      for (int d = 1; d <= 6; ++d) districts.push_back(TerritoryCode::parse(std::string(r.key) + std::to_string(d)));
    for (int k = 0; k < kOrps; ++k) {
      out.orps.push_back(TerritoryCode::parse(std::to_string(1000 + k)));
      out.tree.add(out.orps.back(), districts[static_cast<std::size_t>(k) % districts.size()]);
    }
    std::mt19937 rng(2026);
    for (int i = 0; i < kMunicipalities; ++i) {
      out.municipalities.push_back(TerritoryCode::parse(std::to_string(500000 + i)));
      out.tree.add(out.municipalities.back(), out.orps[static_cast<std::size_t>(i % kOrps)],
                   200 + static_cast<std::int64_t>(rng() % 20000));
    }
    return out;
  }();
  return c;
}

std::vector<kpss::CapacityRecord> national_capacity() {
  const Country& c = country();
  std::mt19937 rng(7);
  std::vector<kpss::CapacityRecord> out;
  for (int s = 0; s < kServices; ++s) {
    kpss::CapacityRecord r{.source = "registry " + std::to_string(1000000 + s), .type = kTypes[rng() % 6],
                           .form = "field", .target_groups = {kGroups[rng() % 3]}};
    const std::size_t first = rng() % kMunicipalities;
    for (std::size_t k = 0; k < 1 + rng() % 4; ++k)
      r.territories.push_back(c.municipalities[(first + k * kOrps) % kMunicipalities]);
    r.amount = 5 + rng() % 60;
    r.unit = "clients";
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<kpss::DemandRecord> national_demand() {
  const Country& c = country();
  std::vector<kpss::PopulationFigure> pop;
  std::mt19937 rng(11);
  for (const TerritoryCode& m : c.municipalities) {
    pop.push_back({m, "younger_seniors", static_cast<std::int64_t>(rng() % 3000)});
    pop.push_back({m, "older_seniors", static_cast<std::int64_t>(rng() % 800)});
  }
  const std::vector<kpss::PrevalenceNorm> norms = {
      {"home_care", "", "seniors", {"older_seniors"}, 120, "clients", "bench"},
      {"personal_assistance", "", "physical_disability", {"younger_seniors", "older_seniors"}, 6, "clients", "bench"},
      {"day_care_centre", "", "dementia", {"older_seniors"}, 15, "clients", "bench"}};
  return kpss::demand_from_norms(norms, pop);
}

void NationalGapTable(benchmark::State& state) {
  const auto demand = national_demand();
  const auto capacity = national_capacity();
  kpss::GapOptions o;
  o.tree = &country().tree;
  for (auto _ : state) {
    auto t = kpss::compute_gaps(demand, capacity, o);
    auto region = kpss::roll_up(t, country().tree, kpss::TerritoryLevel::region);
    benchmark::DoNotOptimize(region.rows.data());
  }
  state.counters["demand_records"] = static_cast<double>(demand.size());
  state.counters["capacity_records"] = static_cast<double>(capacity.size());
}
BENCHMARK(NationalGapTable)->Unit(benchmark::kMillisecond);

std::vector<kpss::Plan> municipal_plans() {
  const Country& c = country();
  std::mt19937 rng(5);
  std::vector<kpss::Plan> plans;
  for (int p = 0; p < kPlans; ++p) {
    kpss::Plan plan;
    plan.id = kpss::PlanId("plan-" + std::to_string(p));
    const std::size_t m = static_cast<std::size_t>(p) * 31 % kMunicipalities;
    plan.territory = c.municipalities[m];
    for (int n = 0; n < 5; ++n) {
      kpss::Need need;
      need.id = kpss::NeedId("n" + std::to_string(n));
      need.target_group = kGroups[rng() % 3];
      need.demand = kpss::Capacity{static_cast<double>(1 + rng() % 12), "clients"};
      need.service_types = {kTypes[rng() % 6]};
      plan.needs.push_back(need);
    }
    for (int s = 0; s < 3; ++s) {
      kpss::Service svc;
      svc.id = kpss::ServiceId("s" + std::to_string(s));
      svc.type = kTypes[rng() % 6];
      svc.form = "field";
      svc.capacity = {static_cast<double>(1 + rng() % 20), "clients"};
      svc.target_groups = {kGroups[rng() % 3]};
      svc.territories = {c.municipalities[m], c.municipalities[(m + kOrps) % kMunicipalities]};
      svc.registry_id = std::to_string(1000000 + rng() % 400);  // some listed by two plans
      svc.unit_cost = kpss::Money::from_major(30000, kpss::Currency::czk());
      plan.services.push_back(svc);
    }
    plans.push_back(std::move(plan));
  }
  return plans;
}

void RegionalRollUp(benchmark::State& state) {
  const auto plans = municipal_plans();
  kpss::RegionalOptions o;
  for (auto _ : state) {
    auto v = kpss::regional_view(plans, country().tree, o);
    benchmark::DoNotOptimize(v.pooling.data());
    state.counters["pooling_proposals"] = static_cast<double>(v.pooling.size());
  }
  state.counters["plans"] = kPlans;
}
BENCHMARK(RegionalRollUp)->Unit(benchmark::kMillisecond);

std::string registry_export() {
  std::mt19937 rng(3);
  std::string text = "{\"polozky\":[";
  for (int s = 0; s < kServices; ++s) {
    if (s) text += ',';
    text += "{\"id\":" + std::to_string(s) + ",\"identifikator\":\"" + std::to_string(1000000 + s) +
            "\",\"datumPoskytovaniOd\":\"2010-01-01T00:00:00\",\"druhSocialniSluzby\":\"" +
            std::to_string(3836 + rng() % 32) +
            "\",\"poskytovatel\":{\"ico\":\"00231215\",\"nazev\":\"Poskytovatel sociálních služeb, z. ú.\"},"
            "\"zarizeni\":[{\"nazev\":\"Zařízení\",\"adresa\":{\"obec\":\"Obec\",\"kodObce\":\"529303\"}}],"
            "\"ciloveSkupiny\":[\"24\",\"26\"],\"formy\":[{\"forma\":\"3884\",\"kapacity\":[{\"pocet\":" +
            std::to_string(5 + rng() % 60) + ",\"popis\":\"okamžitá kapacita\",\"typ\":\"klient\"}]}],"
            "\"rozsirenePusobnostiVKraji\":[{\"kod\":\"" + std::to_string(1000 + rng() % kOrps) +
            "\",\"nazev\":\"ORP\"}],\"kontakty\":{\"telefon\":\"+420 000 000 000\",\"email\":\"a@b.cz\"}}";
  }
  return text + "]}";
}

void RegistryImport(benchmark::State& state) {
  const std::string text = registry_export();
  for (auto _ : state) {
    std::istringstream in(text);
    auto r = kpss::read_registry(in);
    benchmark::DoNotOptimize(r.services.data());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
  state.counters["bytes"] = static_cast<double>(text.size());
}
BENCHMARK(RegistryImport)->Unit(benchmark::kMillisecond);

}  // namespace
