// A process killed while saving (SIGKILL: no handler, no cleanup) never leaves a damaged
// plan behind: the file holds either the previous save or the new one, complete. The
// temporary file of the interrupted save may stay ("NAME.tmp-XXXXXX"); nothing reads it.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <thread>

#include "kpss/io/plan_archive.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/model/plan.hpp"
#include "work_dir.hpp"

namespace kpss {
namespace {

// The sample plan grown by `extra` stakeholders, so that one save takes long enough to be
// interrupted in the middle of writing.
Plan grown_sample(std::size_t extra, const std::string& tag) {
  Plan plan = load_plan_json(KPSS_SOURCE_DIR "/examples/data/sample_plan.json");
  const Stakeholder model = plan.stakeholders.front();
  for (std::size_t i = 0; i < extra; ++i) {
    Stakeholder s = model;
    s.id = StakeholderId(tag + "-" + std::to_string(i));
    s.name = "Organizace " + tag + " č. " + std::to_string(i);
    plan.stakeholders.push_back(std::move(s));
  }
  return plan;
}

enum class Format { json, archive };

void save(const Plan& plan, const std::filesystem::path& path, Format format) {
  if (format == Format::json)
    save_plan_json(plan, path);
  else
    save_plan_archive(plan, path);
}

Plan load(const std::filesystem::path& path, Format format) {
  return format == Format::json ? load_plan_json(path) : load_plan_archive(path);
}

// Is a save's temporary file there?
bool writing(const std::filesystem::path& dir, const std::string& name) {
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    if (entry.path().filename().string().rfind(name + ".tmp-", 0) == 0) return true;
  return false;
}

void killed_while_saving(Format format, const std::string& name) {
  const auto dir = test::fresh_work_dir();
  const auto path = dir / name;
  const Plan a = grown_sample(1500, "a");
  const Plan b = grown_sample(2500, "b");
  save(a, path, format);

  // Most of a save is serialising; the write is a short window. The parent watches for the
  // saver's temporary file (it exists from the start of the write until the rename) and then
  // kills after a varied delay of up to a millisecond: inside the write, or just after it.
  std::mt19937 rng(11);
  int interrupted = 0;
  for (int round = 0; round < 8; ++round) {
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      for (bool next_a = false;; next_a = !next_a) save(next_a ? a : b, path, format);
    }
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (!writing(dir, name) && std::chrono::steady_clock::now() < give_up) {
    }
    std::this_thread::sleep_for(std::chrono::microseconds(rng() % 1000));
    ASSERT_EQ(kill(child, SIGKILL), 0);
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the saver ended by itself";

    Plan got;
    ASSERT_NO_THROW(got = load(path, format)) << "round " << round;
    EXPECT_TRUE(got == a || got == b) << "round " << round << ": neither the old nor the new plan";
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
      const std::string file = entry.path().filename().string();
      if (file == name) continue;
      EXPECT_EQ(file.rfind(name + ".tmp-", 0), 0u) << "unexpected file " << file;
      ++interrupted;
      std::filesystem::remove(entry.path());
    }
  }
  ::testing::Test::RecordProperty("kills_inside_a_write", interrupted);
  EXPECT_GT(interrupted, 0) << "no kill landed inside a write: the interesting case never ran";
  std::filesystem::remove_all(dir);
}

TEST(KilledSave, JsonPlanIsOldOrNewNeverDamaged) { killed_while_saving(Format::json, "plan.json"); }

TEST(KilledSave, ArchivePlanIsOldOrNewNeverDamaged) {
  killed_while_saving(Format::archive, "plan.kpss");
}

}  // namespace
}  // namespace kpss
