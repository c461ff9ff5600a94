// Loading a large ballot file stays within the memory bound documented in
// docs/embedding.md ("Memory"): peak growth ≤ file size + ballots × (8 × items + 256) bytes
// + 32 MiB. Measured with the kernel's peak-RSS counter, reset just before the load.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "kpss/rank/ballot_readers.hpp"
#include "work_dir.hpp"

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KPSS_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || __has_feature(memory_sanitizer)
#define KPSS_SANITIZED 1
#endif
#endif

namespace kpss {
namespace {

#ifndef KPSS_SANITIZED

// A /proc/self/status field in bytes ("VmRSS", "VmHWM"); -1 when unavailable.
long long status_bytes(const std::string& field) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(field + ":", 0) == 0) return std::stoll(line.substr(field.size() + 1)) * 1024;
  return -1;
}

bool reset_peak_rss() {
  std::ofstream out("/proc/self/clear_refs");
  out << "5";
  out.flush();
  return static_cast<bool>(out);
}

#endif

TEST(LargeBallotLoad, PeakMemoryStaysWithinTheDocumentedBound) {
#ifdef KPSS_SANITIZED
  GTEST_SKIP() << "sanitizer runtimes change the memory footprint; the bound is checked in "
                  "the plain build";
#else
  constexpr std::size_t participants = 200'000;
  constexpr std::size_t items = 50;
  const auto path = test::fresh_work_dir() / "large_ballots.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "id;role;organisation";
    for (std::size_t i = 0; i < items; ++i) out << ";item-" << i;
    out << '\n';
    static constexpr const char* roles[] = {"commissioner", "provider", "user", "public"};
    std::mt19937 rng(7);
    for (std::size_t p = 0; p < participants; ++p) {
      out << "participant-" << p << ';' << roles[p % 4] << ";org-" << rng() % 250;
      for (std::size_t i = 0; i < items; ++i) {
        const unsigned v = rng() % 7;
        out << ';';
        if (v < 6) out << v;  // 6: no answer
      }
      out << '\n';
    }
  }
  const auto file_size = static_cast<long long>(std::filesystem::file_size(path));
  if (!reset_peak_rss()) GTEST_SKIP() << "/proc/self/clear_refs is not writable here";
  const long long before = status_bytes("VmRSS");
  ASSERT_GT(before, 0);
  {
    const BallotSet ballots = read_ballots(path);
    ASSERT_EQ(ballots.size(), participants);
    ASSERT_EQ(ballots.item_count(), items);
  }
  const long long peak = status_bytes("VmHWM");
  std::filesystem::remove(path);
  const long long growth = peak - before;
  const long long bound =
      file_size + static_cast<long long>(participants * (8 * items + 256)) + (32LL << 20);
  RecordProperty("peak_growth_bytes", std::to_string(growth));
  std::printf("file %lld bytes, peak growth %lld bytes, bound %lld bytes\n", file_size, growth, bound);
  EXPECT_LE(growth, bound);
#endif
}

}  // namespace
}  // namespace kpss
