#include "kpss/report/text.hpp"

#include <gtest/gtest.h>

namespace r = kpss::report;

TEST(ReportText, FixedAndDecimalIgnoreTheLocaleAndDropNegativeZero) {
  EXPECT_EQ(r::fixed(3.14159, 2), "3.14");
  EXPECT_EQ(r::fixed(2.5, 0), "2");  // round half to even, as printf does
  EXPECT_EQ(r::fixed(-0.001, 2), "0.00");
  EXPECT_EQ(r::fixed(-1.5, 1), "-1.5");
  EXPECT_EQ(r::decimal(2.0, 2), "2");
  EXPECT_EQ(r::decimal(0.35, 2), "0.35");
  EXPECT_EQ(r::decimal(17.40, 1), "17.4");
  EXPECT_EQ(r::decimal(-0.01, 1), "0");
  EXPECT_EQ(r::percent(0.425), "43 %");
  EXPECT_EQ(r::percent(1.0), "100 %");
}

TEST(ReportText, PadsAndClipsByCharactersNotBytes) {
  EXPECT_EQ(r::text_width("Žluťoučký kůň"), 13u);
  EXPECT_EQ(r::pad("kůň", 5), "kůň  ");
  EXPECT_EQ(r::pad("dlouhý", 3), "dlouhý");
  EXPECT_EQ(r::clip("příliš žluťoučký", 6), "příliš…");
  EXPECT_EQ(r::clip("krátký", 6), "krátký");
  EXPECT_EQ(r::text_width(r::clip("ěščřžýáíé", 4)), 5u);
}
