// Calendar dates on std::chrono::year_month_day, written as ISO 8601 in text.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace kpss {

/// A calendar date (no time of day, no time zone): plan periods, deadlines, measurements.
using Date = std::chrono::year_month_day;

/// Reads an ISO 8601 calendar date, extended ("2025-01-31") or basic ("20250131"), years
/// 1000–9999. Throws: InvalidArgument that names the position of the first bad character,
/// or the impossible day ("2025-02-30 is not a day of February 2025"). Complexity: O(1).
Date parse_date(std::string_view text);

/// Writes `date` as "YYYY-MM-DD". Requires: date.ok() (else InvalidArgument).
std::string format_date(const Date& date);

/// Whole days from `from` to `to` (negative when `to` is earlier).
int days_between(const Date& from, const Date& to);

}  // namespace kpss
