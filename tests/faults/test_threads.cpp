// Many threads, each with its own handles, using the C API at once. Run in every build and,
// in CI, under ThreadSanitizer (the tsan preset), which fails on any data race — shared
// state inside the library (code lists, caches, the last-error slot) must be safe.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "kpss/kpss.h"

namespace {

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The plan's JSON after load → save, and the ranking's JSON, computed on one thread.
struct Expected {
  std::string plan_json;
  size_t diagnostics = 0;
  std::string ranking_json;
};

std::string take(char* s, size_t n) {
  std::string out(s, n);
  kpss_string_free(s);
  return out;
}

Expected work_once(const std::string& plan_text, const std::string& ballots_text) {
  Expected e;
  kpss_plan* plan = nullptr;
  if (kpss_plan_from_json(&plan, plan_text.data(), plan_text.size()) != KPSS_OK) return e;
  kpss_diagnostics* diagnostics = nullptr;
  if (kpss_plan_validate(&diagnostics, plan) == KPSS_OK) {
    kpss_diagnostics_count(&e.diagnostics, diagnostics);
    kpss_diagnostics_free(diagnostics);
  }
  char* json = nullptr;
  size_t length = 0;
  if (kpss_plan_to_json(&json, &length, plan) == KPSS_OK) e.plan_json = take(json, length);
  kpss_plan_free(plan);

  kpss_ballots* ballots = nullptr;
  if (kpss_ballots_parse_csv(&ballots, ballots_text.data(), ballots_text.size(), KPSS_BALLOT_SCORE,
                             0, 5, '\0') != KPSS_OK)
    return e;
  const kpss_weighting_policy policy = KPSS_POLICY_ROLES_EQUAL_INIT;
  kpss_rank_options options = KPSS_RANK_OPTIONS_INIT;
  options.method = KPSS_METHOD_SCHULZE;
  kpss_ranking* ranking = nullptr;
  if (kpss_rank_ballots(&ranking, ballots, &policy, &options) == KPSS_OK) {
    char* r = nullptr;
    if (kpss_ranking_to_json(&r, ranking) == KPSS_OK) e.ranking_json = take(r, std::strlen(r));
    kpss_ranking_free(ranking);
  }
  kpss_ballots_free(ballots);
  return e;
}

TEST(Threads, SeparateHandlesOnManyThreadsGiveTheSingleThreadResults) {
  const std::string plan_text = read_text(KPSS_SOURCE_DIR "/examples/data/sample_plan.json");
  const std::string ballots_text = read_text(KPSS_SOURCE_DIR "/examples/data/sample_ballots.csv");
  ASSERT_FALSE(plan_text.empty());
  ASSERT_FALSE(ballots_text.empty());
  const Expected expected = work_once(plan_text, ballots_text);
  ASSERT_FALSE(expected.plan_json.empty()) << kpss_last_error_message();
  ASSERT_FALSE(expected.ranking_json.empty()) << kpss_last_error_message();

  constexpr int threads = 8;
  constexpr int rounds = 3;
  std::vector<std::string> bad, bad_where;
  for (int t = 0; t < threads; ++t) {
    bad.push_back(std::string(static_cast<size_t>(t), '\n') + "{\"format\": }");
    kpss_plan* plan = nullptr;
    ASSERT_NE(kpss_plan_from_json(&plan, bad[t].data(), bad[t].size()), KPSS_OK);
    bad_where.emplace_back(kpss_last_error_where());
  }
  ASSERT_NE(bad_where[0], bad_where[1]);
  std::vector<int> agreed(threads, 0);
  std::vector<int> own_error(threads, 0);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) {
    pool.emplace_back([&, t] {
      for (int r = 0; r < rounds; ++r) {
        const Expected got = work_once(plan_text, ballots_text);
        if (got.plan_json == expected.plan_json && got.ranking_json == expected.ranking_json &&
            got.diagnostics == expected.diagnostics)
          ++agreed[t];
        // Each thread fails in its own place; the location it reads back is its own.
        kpss_plan* plan = nullptr;
        if (kpss_plan_from_json(&plan, bad[t].data(), bad[t].size()) != KPSS_OK &&
            kpss_last_error_where() == bad_where[t])
          ++own_error[t];
        kpss_clear_error();
      }
    });
  }
  for (auto& th : pool) th.join();
  for (int t = 0; t < threads; ++t) {
    EXPECT_EQ(agreed[t], rounds) << "thread " << t;
    EXPECT_EQ(own_error[t], rounds) << "thread " << t;
  }
}

}  // namespace
