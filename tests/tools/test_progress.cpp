// The tool's progress bar: drawn in place on a terminal, redrawn only when the percentage
// changes, cleared at the end, and silent when not visible.
#include "progress.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

using kpss::cli::Progress;
using kpss::cli::ProgressReader;

namespace {

std::size_t count(const std::string& s, const std::string& needle) {
  std::size_t n = 0;
  for (auto p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
  return n;
}

}  // namespace

TEST(ToolProgress, DrawsInPlaceOnlyWhenThePercentageChanges) {
  std::ostringstream out;
  {
    Progress p(out, "work", 1000, true);
    for (int i = 0; i < 1000; ++i) p.advance();
    p.update(5000);  // clamped to the total
  }
  const std::string s = out.str();
  EXPECT_EQ(count(s, "work ["), 101u);  // 0 % … 100 %, once each
  EXPECT_NE(s.find("work [###############---------------]  50 %"), std::string::npos);
  EXPECT_NE(s.find("work [##############################] 100 %"), std::string::npos);
  EXPECT_EQ(s.back(), '\r');  // cleared: the next line starts at the left margin
  EXPECT_EQ(s.find('\n'), std::string::npos);
}

TEST(ToolProgress, InvisibleBarWritesNothing) {
  std::ostringstream out;
  {
    Progress p(out, "work", 10, false);
    p.advance(5);
    p.finish();
  }
  EXPECT_TRUE(out.str().empty());
}

TEST(ToolProgress, ReaderPassesTheBytesThroughAndCountsThem) {
  const std::string text(200000, 'x');
  std::istringstream source(text);
  std::ostringstream out;
  Progress p(out, "reading", text.size(), true);
  ProgressReader reader(*source.rdbuf(), p);
  std::istream in(&reader);
  std::string copy((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(copy, text);
  EXPECT_NE(out.str().find("reading [##############################] 100 %"), std::string::npos);
}
