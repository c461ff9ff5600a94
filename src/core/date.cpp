#include "kpss/core/date.hpp"

#include <cstdio>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {
const char* const kMonthNames[] = {"January", "February", "March",     "April",
                                   "May",     "June",     "July",      "August",
                                   "September", "October", "November", "December"};
}

Date parse_date(std::string_view text) {
  const bool extended = text.size() == 10;
  if (!extended && text.size() != 8)
    throw InvalidArgument("a date is written YYYY-MM-DD, got '" + std::string(text) + "'");
  int fields[3] = {0, 0, 0};
  const int widths[3] = {4, 2, 2};
  std::size_t pos = 0;
  for (int f = 0; f < 3; ++f) {
    if (f > 0 && extended) {
      if (text[pos] != '-')
        throw InvalidArgument("expected '-' at position " + std::to_string(pos + 1) +
                              " of date '" + std::string(text) + "'");
      ++pos;
    }
    for (int d = 0; d < widths[f]; ++d, ++pos) {
      const char c = text[pos];
      if (c < '0' || c > '9')
        throw InvalidArgument("expected a digit at position " + std::to_string(pos + 1) +
                              " of date '" + std::string(text) + "'");
      fields[f] = fields[f] * 10 + (c - '0');
    }
  }
  if (fields[0] < 1000) throw InvalidArgument("year out of range in date '" + std::string(text) + "'");
  if (fields[1] < 1 || fields[1] > 12)
    throw InvalidArgument("month " + std::to_string(fields[1]) + " out of range in date '" +
                          std::string(text) + "'");
  const Date date{std::chrono::year{fields[0]}, std::chrono::month{static_cast<unsigned>(fields[1])},
                  std::chrono::day{static_cast<unsigned>(fields[2])}};
  if (!date.ok())
    throw InvalidArgument(std::string(text) + " is not a day of " + kMonthNames[fields[1] - 1] +
                          " " + std::to_string(fields[0]));
  return date;
}

std::string format_date(const Date& date) {
  if (!date.ok()) throw InvalidArgument("not a valid calendar date");
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return buf;
}

int days_between(const Date& from, const Date& to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

}  // namespace kpss
