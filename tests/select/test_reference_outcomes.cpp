// Every rule against the outcomes pabutools 1.2.3 computed on real participatory budgets
// (tests/data/pabulib, copied from ../shared/data/pabulib), and the independent exact
// equal-shares variants of *.ref_mes.jsonl, including the official result of Assen 2024.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
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

void check_outcomes(const fs::path& pb) {
  SCOPED_TRACE(pb.filename().string());
  const Election e = election_from_pabulib(kpss::read_pabulib(pb));
  const auto ref = read_json(fs::path(pb).replace_extension(".outcomes.json"));
  std::size_t checked = 0;
  for (const auto& [name, outcome] : ref["rules"].items()) {
    SCOPED_TRACE(name);
    const auto r = kpss_test::run_named(e, name);
    ASSERT_TRUE(r.has_value()) << "unknown rule name " << name;
    EXPECT_EQ(kpss_test::sorted_ids(e, *r), strings(outcome["selected"]));
    EXPECT_EQ(std::to_string(r->total_cost().minor_units() / 100), outcome["total_cost"].get<std::string>());
    ++checked;
  }
  EXPECT_GE(checked, 5u);
}

Add1 variant_stop(const nlohmann::json& variant) {
  if (!variant.contains("add1")) return Add1::none;
  return variant.value("stop", "") == "infeasible" ? Add1::infeasible : Add1::exhaustive;
}

EqualSharesOptions options_of(const nlohmann::json& variant) {
  EqualSharesOptions o;
  o.add1 = variant_stop(variant);
  if (o.add1 != Add1::none) {
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
    // The reference counts the raises it made, including the one to the first outcome over
    // budget when that is what stopped it; add1_steps is the step of the returned outcome.
    const bool stopped_by_budget = std::any_of(r.rejected.begin(), r.rejected.end(), [](const auto& rej) {
      return rej.second == Rejection::not_enough_support;
    }) || variant_stop(ref["variant"]) == Add1::infeasible;
    if (variant_stop(ref["variant"]) != Add1::none) {
      EXPECT_EQ(r.add1_steps + (stopped_by_budget ? 1 : 0), ref["add1_steps"].get<std::int64_t>());
    }
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
  for (const auto& entry : fs::directory_iterator(kData))
    if (entry.path().extension() == ".pb") {
      check_outcomes(entry.path());
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
  check_outcomes(lodz);
  check_outcomes(czest);
}

TEST(ReferenceOutcomes, LargeSharedInstancesMatchWithAddOne) {
  const fs::path lodz = kShared / "Poland_Lodz_2022.ref_mes.jsonl";
  if (!fs::exists(lodz)) GTEST_SKIP() << "optional check skipped: " << lodz << " is absent";
#ifndef NDEBUG
  GTEST_SKIP() << "optional check skipped: too slow in an unoptimised (sanitizer) build";
#endif
  check_ref_mes(lodz);
}

TEST(ReferenceOutcomes, AddOneRunsDependOnOutcomesNotOnTheCurrencyUnit) {
  // Assen 2024 as if priced in a currency worth a thousandth of a euro: the per-participant
  // share is ~1 190 000 units instead of ~1 190, so unit raises would take ~850 000 runs.
  Election e = election_from_pabulib(kpss::read_pabulib(kData / "Netherlands_Assen_2024.pb"));
  const Election euros = e;
  for (auto& c : e.candidates) c.cost = c.cost * 1000;
  for (auto& p : e.pots) p.budget = p.budget * 1000;
  for (const Add1 stop : {Add1::exhaustive, Add1::infeasible}) {
    EqualSharesOptions o;
    o.add1 = stop;
    const Result fine = equal_shares(e, o);
    EXPECT_GT(fine.add1_steps, 800'000);
    EXPECT_LT(fine.runs, 2'000);
    // Raising by a thousand units at a time is add-one in euros: the same outcome.
    o.increment = kpss::Money(100'000, e.pots[0].budget.currency());
    EqualSharesOptions in_euros;
    in_euros.add1 = stop;
    EXPECT_EQ(equal_shares(e, o).selected(), equal_shares(euros, in_euros).selected());
  }
}
