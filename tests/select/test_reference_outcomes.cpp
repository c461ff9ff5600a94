// Every rule against the outcomes pabutools 1.2.3 computed on real participatory budgets
// (tests/data/pabulib, copied from ../shared/data/pabulib), and the independent exact
// equal-shares variants of *.ref_mes.jsonl, including the official result of Assen 2024.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <cstdlib>
#include <fstream>

#include "kpss/io/pabulib.hpp"
#include "reference.hpp"

namespace fs = std::filesystem;
using namespace kpss::select;

namespace {

const fs::path kData = fs::path(KPSS_SOURCE_DIR) / "tests/data/pabulib";
const fs::path kShared = fs::path(KPSS_SHARED_DIR) / "data/pabulib";

nlohmann::json read_json(const fs::path& p) {
  std::ifstream in(p);
  return nlohmann::json::parse(in);
}

// The ids of a reference outcome as a sorted set (the files sort them numerically).
std::vector<std::string> strings(const nlohmann::json& j) {
  auto ids = j.get<std::vector<std::string>>();
  std::sort(ids.begin(), ids.end());
  return ids;
}

// Add-one completion on the large instances takes tens of seconds; it runs only on request.
bool slow_checks_requested() {
  const char* v = std::getenv("KPSS_SLOW_CHECKS");
  return v != nullptr && std::string(v) == "1";
}

void check_outcomes(const fs::path& pb, bool with_add1 = true) {
  SCOPED_TRACE(pb.filename().string());
  const Election e = election_from_pabulib(kpss::read_pabulib(pb));
  const auto ref = read_json(fs::path(pb).replace_extension(".outcomes.json"));
  std::size_t checked = 0;
  for (const auto& [name, outcome] : ref["rules"].items()) {
    SCOPED_TRACE(name);
    if (!with_add1 && name.find("add1") != std::string::npos) continue;
    const auto r = kpss_test::run_named(e, name);
    ASSERT_TRUE(r.has_value()) << "unknown rule name " << name;
    EXPECT_EQ(kpss_test::sorted_ids(e, *r), strings(outcome["selected"]));
    EXPECT_EQ(std::to_string(r->total_cost().minor_units() / 100), outcome["total_cost"].get<std::string>());
    ++checked;
  }
  EXPECT_GE(checked, 5u);
}

EqualSharesOptions options_of(const nlohmann::json& variant) {
  EqualSharesOptions o;
  if (variant.contains("add1")) {
    o.add1 = variant.value("stop", "") == "infeasible" ? Add1::infeasible : Add1::exhaustive;
    if (o.add1 == Add1::infeasible) {
      o.tie = TieBreak::checker;
      o.start_from_whole_units = true;
    }
  }
  o.comparison = variant.value("comparison", "") == "1";
  return o;
}

void check_ref_mes(const fs::path& jsonl) {
  SCOPED_TRACE(jsonl.filename().string());
  std::string pb = jsonl.string();
  pb.replace(pb.size() - std::string(".ref_mes.jsonl").size(), std::string::npos, ".pb");
  const Election e = election_from_pabulib(kpss::read_pabulib(pb));
  std::ifstream in(jsonl);
  std::string line;
  std::size_t checked = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto ref = nlohmann::json::parse(line);
    SCOPED_TRACE(ref["variant"].dump());
    const Result r = equal_shares(e, options_of(ref["variant"]));
    EXPECT_EQ(kpss_test::sorted_ids(e, r), strings(ref["selected"]));
    EXPECT_EQ(r.total_cost().minor_units() / 100, ref["total_cost"].get<std::int64_t>());
    if (ref.contains("matches_official") && ref["matches_official"].get<bool>()) {
      EXPECT_EQ(kpss_test::sorted_ids(e, r), strings(ref["official_selected"]));
    }
    ++checked;
  }
  EXPECT_GE(checked, 3u);
}

}  // namespace

TEST(ReferenceOutcomes, SmallInstancesMatchPabutoolsForEveryRule) {
  std::size_t files = 0;
  // Add-one on Toulouse (1 494 voters) takes seconds optimised and many minutes in the
  // unoptimised sanitizer build; there the smaller instances cover add-one.
#ifdef NDEBUG
  constexpr bool optimised = true;
#else
  constexpr bool optimised = false;
#endif
  for (const auto& entry : fs::directory_iterator(kData))
    if (entry.path().extension() == ".pb") {
      const bool large = entry.path().filename() == "France_Toulouse_2019.pb";
      check_outcomes(entry.path(), optimised || !large);
      ++files;
    }
  EXPECT_EQ(files, 5u);
}

TEST(ReferenceOutcomes, SmallInstancesMatchExactEqualSharesVariants) {
  check_ref_mes(kData / "Netherlands_Assen_2024.ref_mes.jsonl");
  check_ref_mes(kData / "Switzerland_Zurich_S5.ref_mes.jsonl");
}

TEST(ReferenceOutcomes, AddOneWithTheCheckersStopReproducesAssen2024OfficialResult) {
  const auto in = kpss::read_pabulib(kData / "Netherlands_Assen_2024.pb");
  const Election e = election_from_pabulib(in);
  EqualSharesOptions o;
  o.add1 = Add1::infeasible;
  o.tie = TieBreak::checker;
  o.start_from_whole_units = true;
  const Result r = equal_shares(e, o);
  std::vector<std::string> official;
  for (std::size_t p = 0; p < in.projects.size(); ++p)
    if (in.project_field(p, "selected") == "1") official.push_back(in.projects[p].id);
  std::sort(official.begin(), official.end());
  EXPECT_EQ(kpss_test::sorted_ids(e, r), official);
}

TEST(ReferenceOutcomes, LargeSharedInstancesMatch) {
  const fs::path lodz = kShared / "Poland_Lodz_2022.pb";
  const fs::path czest = kShared / "Poland_Czestochowa_2024.pb";
  if (!fs::exists(lodz) || !fs::exists(czest))
    GTEST_SKIP() << "optional check skipped: " << kShared << " has no Łódź/Częstochowa instances";
#ifndef NDEBUG
  GTEST_SKIP() << "optional check skipped: too slow in an unoptimised (sanitizer) build";
#endif
  check_outcomes(lodz, false);
  check_outcomes(czest, false);
}

TEST(ReferenceOutcomes, LargeSharedInstancesMatchWithAddOne) {
  const fs::path lodz = kShared / "Poland_Lodz_2022.pb";
  if (!fs::exists(lodz)) GTEST_SKIP() << "optional check skipped: " << lodz << " is absent";
  if (!slow_checks_requested())
    GTEST_SKIP() << "optional slow check skipped: set KPSS_SLOW_CHECKS=1 to run add-one on Łódź and Częstochowa";
  check_outcomes(lodz);
  check_outcomes(kShared / "Poland_Czestochowa_2024.pb");
  check_ref_mes(kShared / "Poland_Lodz_2022.ref_mes.jsonl");
}
