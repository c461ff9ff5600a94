// A folder for the files of the running GoogleTest, inside the test program's build tree.
// Fixed names under /tmp collide when several checkouts (or builds) run their tests at once;
// a build tree is one checkout's own, and ctest runs each test once at a time.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace kpss::test {

/// Requires: called inside a test body.
/// Returns: KPSS_TEST_WORK_DIR/SUITE.TEST, created and empty.
inline std::filesystem::path fresh_work_dir() {
  const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
  const auto dir =
      std::filesystem::path(KPSS_TEST_WORK_DIR) / (std::string(info->test_suite_name()) + "." + info->name());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace kpss::test
