#include "kpss/core/date.hpp"

#include <gtest/gtest.h>

#include "kpss/core/error.hpp"

using namespace std::chrono;

TEST(Date, ParsesExtendedAndBasicIso8601) {
  EXPECT_EQ(kpss::parse_date("2025-01-31"), (year{2025} / January / 31));
  EXPECT_EQ(kpss::parse_date("20240229"), (year{2024} / February / 29));
}

TEST(Date, RejectsImpossibleAndMalformedDates) {
  try {
    kpss::parse_date("2025-02-30");
    FAIL();
  } catch (const kpss::InvalidArgument& e) {
    EXPECT_STREQ(e.what(), "2025-02-30 is not a day of February 2025");
  }
  EXPECT_THROW(kpss::parse_date("2025-13-01"), kpss::InvalidArgument);
  EXPECT_THROW(kpss::parse_date("2025/01/01"), kpss::InvalidArgument);
  EXPECT_THROW(kpss::parse_date("25-01-01"), kpss::InvalidArgument);
  EXPECT_THROW(kpss::parse_date("2025-1-01x"), kpss::InvalidArgument);
  EXPECT_THROW(kpss::parse_date(""), kpss::InvalidArgument);
  EXPECT_THROW(kpss::parse_date("0999-01-01"), kpss::InvalidArgument);
}

TEST(Date, FormatsAndRoundTripsEveryDayOfAYear) {
  for (sys_days d = sys_days{year{2024} / January / 1}; d < sys_days{year{2025} / January / 1}; d += days{1}) {
    const year_month_day ymd{d};
    EXPECT_EQ(kpss::parse_date(kpss::format_date(ymd)), ymd);
  }
  EXPECT_EQ(kpss::format_date(year{2030} / December / 1), "2030-12-01");
  EXPECT_EQ(kpss::days_between(year{2025} / January / 1, year{2025} / March / 1), 59);
}
