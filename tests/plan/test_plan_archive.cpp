// Native persistence: Boost archives in the kpss envelope, golden files, corruption, atomic save.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/resource.h>

#include <filesystem>
#include <random>

#include "kpss/core/error.hpp"
#include "kpss/io/plan_archive.hpp"
#include "plan_fixtures.hpp"
#include "work_dir.hpp"

namespace kpss {
namespace {

std::filesystem::path golden_dir() {
  return std::filesystem::path(KPSS_SOURCE_DIR) / "tests" / "data" / "plan" / "v1";
}

TEST(PlanArchive, SamplePlanRoundTripsInTextAndXml) {
  for (ArchiveKind kind : {ArchiveKind::text, ArchiveKind::xml}) {
    SCOPED_TRACE(std::string(to_string(kind)));
    const std::string bytes = write_plan_archive(test::sample_plan(), kind);
    EXPECT_EQ(bytes.rfind("kpss-archive 1 kpss.Plan " + std::string(to_string(kind)) + " ", 0), 0u)
        << bytes.substr(0, 80);
    const Plan back = read_plan_archive(bytes);
    EXPECT_EQ(back, test::sample_plan());
    EXPECT_EQ(write_plan_json(back), test::read_text(test::sample_plan_path()));
  }
  EXPECT_EQ(read_plan_archive(write_plan_archive(test::small_plan())), test::small_plan());
}

// Golden archives of format version 1, written once by kpss 0.1 from the sample plan. Every
// later version of kpss must still load them to the same plan.
TEST(PlanArchive, LoadsGoldenArchivesOfVersion1) {
  for (const char* name : {"sample_plan.kpss", "sample_plan.xml", "small_plan.kpss"}) {
    SCOPED_TRACE(name);
    const Plan plan = load_plan_archive(golden_dir() / name);
    if (std::string(name).rfind("small", 0) == 0) EXPECT_EQ(plan, test::small_plan());
    else EXPECT_EQ(plan, test::sample_plan());
  }
}

template <class F>
void expect_rejected(F&& read, const std::string& what) {
  try {
    (void)read();
    ADD_FAILURE() << what << " was accepted";
  } catch (const Error& e) {
    EXPECT_FALSE(e.message().empty()) << what;
  }
}

TEST(PlanArchive, RejectsEveryTruncation) {
  const std::string text = write_plan_archive(test::small_plan(), ArchiveKind::text);
  for (std::size_t n = 0; n < text.size(); ++n)
    expect_rejected([&] { return read_plan_archive(std::string_view(text).substr(0, n)); },
                    "text archive truncated to " + std::to_string(n));
  const std::string xml = write_plan_archive(test::small_plan(), ArchiveKind::xml);
  for (std::size_t n = 0; n < xml.size(); n += 7)
    expect_rejected([&] { return read_plan_archive(std::string_view(xml).substr(0, n)); },
                    "xml archive truncated to " + std::to_string(n));
}

TEST(PlanArchive, RejectsRandomByteFlipsAnywhere) {
  std::mt19937_64 rng(20261122);
  for (ArchiveKind kind : {ArchiveKind::text, ArchiveKind::xml}) {
    const std::string good = write_plan_archive(test::small_plan(), kind);
    std::uniform_int_distribution<std::size_t> pos(0, good.size() - 1);
    std::uniform_int_distribution<int> bit(0, 7);
    for (int trial = 0; trial < 1500; ++trial) {
      std::string bad = good;
      const std::size_t at = trial < 120 ? static_cast<std::size_t>(trial) : pos(rng);  // all of the header
      bad[at] = static_cast<char>(bad[at] ^ (1 << bit(rng)));
      expect_rejected([&] { return read_plan_archive(bad); }, "flip at byte " + std::to_string(at));
    }
  }
}

TEST(PlanArchive, ExplainsWhatIsWrong) {
  const std::string good = write_plan_archive(test::small_plan());
  EXPECT_THROW((void)read_plan_archive("{\"format\": \"kpss-plan\"}"), CorruptData);
  try {
    (void)read_plan_archive(std::string_view(good).substr(0, good.size() - 10));
    ADD_FAILURE();
  } catch (const CorruptData& e) {
    EXPECT_NE(e.message().find("truncated"), std::string::npos) << e.message();
  }
  std::string newer = good;
  newer.replace(newer.find(" 1 kpss.Plan"), 12, " 9 kpss.Plan");
  EXPECT_THROW((void)read_plan_archive(newer), Error);
  EXPECT_THROW((void)read_plan_archive(good, 100), LimitExceeded);
}

std::vector<std::string> files_in(const std::filesystem::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

// A save that fails midway — here the file-size limit stops the write after 4 KiB, as a
// full disk would — leaves the previous file byte-identical and no temporary file behind.
TEST(PlanArchive, FailedSaveLeavesThePreviousFileIntact) {
  const auto dir = test::fresh_work_dir();
  const auto path = dir / "plan.kpss";
  save_plan_archive(test::small_plan(), path);
  const std::string before = test::read_text(path);
  ASSERT_LT(before.size(), 4096u);

  rlimit old{};
  ASSERT_EQ(getrlimit(RLIMIT_FSIZE, &old), 0);
  rlimit small = old;
  small.rlim_cur = 4096;
  const auto old_handler = signal(SIGXFSZ, SIG_IGN);
  ASSERT_EQ(setrlimit(RLIMIT_FSIZE, &small), 0);
  bool failed = false;
  try {
    save_plan_archive(test::sample_plan(), path, ArchiveKind::xml);
  } catch (const IoError& e) {
    failed = true;
    EXPECT_NE(std::string(e.what()).find("cannot write"), std::string::npos) << e.what();
  }
  setrlimit(RLIMIT_FSIZE, &old);
  signal(SIGXFSZ, old_handler);

  EXPECT_TRUE(failed);
  EXPECT_EQ(test::read_text(path), before);
  EXPECT_EQ(files_in(dir), std::vector<std::string>{"plan.kpss"});
  save_plan_archive(test::sample_plan(), path, ArchiveKind::xml);
  EXPECT_EQ(load_plan_archive(path), test::sample_plan());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kpss
