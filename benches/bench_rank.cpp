// Benchmarks of the ranking core, at the sizes issue 4 names. Single thread unless said.
#include <benchmark/benchmark.h>

#include <numeric>
#include <random>
#include <sstream>

#include "kpss/io/pabulib.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/ranking.hpp"
#include "kpss/rank/sensitivity.hpp"
#include "kpss/rank/stability.hpp"

namespace {

std::string label(const char* prefix, std::size_t n) {
  std::string s = prefix;
  s += std::to_string(n);
  return s;
}

std::vector<std::string> items(std::size_t m) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < m; ++i) out.push_back(label("i", i));
  return out;
}

// n score ballots (0–5, ~5 % missing) over m items from 4 roles × `orgs` organisations.
kpss::BallotSet scores(std::size_t n, std::size_t m, std::size_t orgs, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto b = kpss::BallotSet::scores(items(m), 0, 5);
  b.reserve(n);
  std::vector<std::int32_t> v(m);
  for (std::size_t i = 0; i < n; ++i) {
    kpss::Participant p{label("p", i), static_cast<kpss::Role>(i % 4), label("o", (i / 4) % orgs), {}};
    for (auto& x : v) {
      const auto r = rng();
      x = r % 20 == 0 ? kpss::BallotSet::missing : static_cast<std::int32_t>((r >> 8) % 6);
    }
    b.add_scores(p, v);
  }
  return b;
}

// n rankings of the first k of a random permutation of m items.
kpss::BallotSet rankings(std::size_t n, std::size_t m, std::size_t k, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto b = kpss::BallotSet::rankings(items(m));
  b.reserve(n);
  std::vector<std::uint32_t> perm(m), r(m);
  std::iota(perm.begin(), perm.end(), 0U);
  for (std::size_t i = 0; i < n; ++i) {
    std::shuffle(perm.begin(), perm.end(), rng);
    std::fill(r.begin(), r.end(), 0U);
    for (std::size_t j = 0; j < k; ++j) r[perm[j]] = static_cast<std::uint32_t>(j + 1);
    b.add_ranking({label("p", i), kpss::Role::user, {}, {}}, r);
  }
  return b;
}

const kpss::BallotSet& million_scores() {
  static const kpss::BallotSet b = scores(1'000'000, 50, 250, 1);
  return b;
}

// The baseline: one pass over the same bytes the tally reads.
void BM_StreamingRead_1Mx50(benchmark::State& state) {
  const auto values = million_scores().value_matrix();
  for (auto _ : state) {
    std::int64_t sum = 0;
    for (std::int32_t v : values) sum += v;
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * values.size_bytes()));
}
BENCHMARK(BM_StreamingRead_1Mx50)->Unit(benchmark::kMillisecond);

void BM_TallyScores_1Mx50_4roles_x_250orgs(benchmark::State& state) {
  const auto& b = million_scores();
  for (auto _ : state) benchmark::DoNotOptimize(kpss::Tally::count(b));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * b.value_matrix().size_bytes()));
}
BENCHMARK(BM_TallyScores_1Mx50_4roles_x_250orgs)->Unit(benchmark::kMillisecond);

void BM_Pairwise_100k_complete_x30(benchmark::State& state) {
  static const auto b = rankings(100'000, 30, 30, 2);
  for (auto _ : state) benchmark::DoNotOptimize(kpss::Tally::count(b));
}
BENCHMARK(BM_Pairwise_100k_complete_x30)->Unit(benchmark::kMillisecond);

void BM_Pairwise_1M_top5_of100(benchmark::State& state) {
  static const auto b = rankings(1'000'000, 100, 5, 3);
  for (auto _ : state) benchmark::DoNotOptimize(kpss::Tally::count(b));
}
BENCHMARK(BM_Pairwise_1M_top5_of100)->Unit(benchmark::kMillisecond);

void BM_SchulzeStrongestPaths(benchmark::State& state) {
  const auto n = static_cast<std::size_t>(state.range(0));
  std::mt19937_64 rng(4);
  kpss::PairwiseMatrix d(n);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t b = a + 1; b < n; ++b) {
      const double x = static_cast<double>(rng() % 1000);
      d.at(a, b) = x;
      d.at(b, a) = 1000 - x;
    }
  for (auto _ : state) benchmark::DoNotOptimize(kpss::strongest_paths(d, kpss::SchulzeStrength::winning_votes));
}
BENCHMARK(BM_SchulzeStrongestPaths)->Arg(100)->Arg(1000)->Unit(benchmark::kMillisecond);

void BM_Reweight_1000groups_x50(benchmark::State& state) {
  static const auto tally = kpss::Tally::count(scores(20'000, 50, 250, 5));
  auto policy = kpss::WeightingPolicy::roles_equal();
  double share = 1.0;
  for (auto _ : state) {
    policy.share(kpss::Role::user, share);  // "what if users had more?"
    share += 0.001;
    benchmark::DoNotOptimize(kpss::rank(tally, policy));
  }
  state.counters["groups"] = static_cast<double>(tally.group_count());
}
BENCHMARK(BM_Reweight_1000groups_x50)->Unit(benchmark::kMicrosecond);

// The smallest change of role shares that changes the top 5 (4 roles: 50 search directions),
// from the tally of 1 000 groups × 50 items; range(0) 0 = weighted score, 1 = Schulze.
void BM_ShareSensitivity_1000groups_x50_top5(benchmark::State& state) {
  static const auto tally = kpss::Tally::count(scores(20'000, 50, 250, 5), [] {
    kpss::TallyOptions o;
    o.pairwise = true;
    return o;
  }());
  kpss::RankOptions o;
  o.method = state.range(0) == 0 ? kpss::Method::score : kpss::Method::schulze;
  kpss::SensitivityOptions s;
  s.top_k = 5;
  for (auto _ : state)
    benchmark::DoNotOptimize(kpss::share_sensitivity(tally, kpss::WeightingPolicy::roles_equal(), o, s));
}
BENCHMARK(BM_ShareSensitivity_1000groups_x50_top5)->Arg(0)->Arg(1)->ArgNames({"schulze"})->Unit(benchmark::kMillisecond);

void BM_Bootstrap_1000x10000x50_2threads(benchmark::State& state) {
  static const auto b = scores(10'000, 50, 25, 6);
  kpss::BootstrapOptions o;
  o.replicates = 1000;
  o.threads = 2;
  for (auto _ : state) benchmark::DoNotOptimize(kpss::bootstrap(b, kpss::WeightingPolicy::roles_equal(), {}, o));
}
BENCHMARK(BM_Bootstrap_1000x10000x50_2threads)->Unit(benchmark::kMillisecond)->UseRealTime();

// A large city's participatory budget: 65 000 voters ranking up to 10 of 119 projects.
const std::string& large_ordinal_pb() {
  static const std::string text = [] {
    std::mt19937_64 rng(7);
    std::ostringstream s;
    s << "META\nkey;value\ndescription;generated ordinal instance\ncountry;Poland\nunit;Bench\n"
         "num_projects;119\nnum_votes;65000\nbudget;10000000\nvote_type;ordinal\nmax_length;10\n"
         "PROJECTS\nproject_id;cost;name\n";
    for (int p = 1; p <= 119; ++p) s << p << ';' << 10000 + 1000 * p << ";project " << p << '\n';
    s << "VOTES\nvoter_id;vote\n";
    std::vector<int> perm(119);
    std::iota(perm.begin(), perm.end(), 1);
    for (int v = 0; v < 65000; ++v) {
      const int len = 1 + static_cast<int>(rng() % 10);
      for (int k = 0; k < len; ++k) std::swap(perm[static_cast<std::size_t>(k)], perm[k + rng() % (119 - static_cast<std::size_t>(k))]);
      s << 'v' << v << ';';
      for (int k = 0; k < len; ++k) s << (k ? "," : "") << perm[static_cast<std::size_t>(k)];
      s << '\n';
    }
    return s.str();
  }();
  return text;
}

void BM_EndToEnd_Pb_65000_ordinal_x119_Schulze(benchmark::State& state) {
  const std::string& text = large_ordinal_pb();
  kpss::RankOptions o;
  o.method = kpss::Method::schulze;
  for (auto _ : state) {
    const auto ballots = kpss::ballots_from_pabulib(kpss::parse_pabulib(text));
    benchmark::DoNotOptimize(kpss::rank(ballots, kpss::WeightingPolicy::unweighted(), o));
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_EndToEnd_Pb_65000_ordinal_x119_Schulze)->Unit(benchmark::kMillisecond);

}  // namespace
