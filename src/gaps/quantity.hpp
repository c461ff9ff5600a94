// Exact money arithmetic on fractional quantities, shared by the gap-analysis sources:
// quantities are taken to thousandths of a unit, products and quotients are formed in
// 128 bits and rounded half away from zero.
#pragma once

#include <cmath>
#include <cstdint>
#include <string>

#include "kpss/core/error.hpp"
#include "kpss/core/money.hpp"
#include "../core/wide_int.hpp"

namespace kpss::detail {

/// `units` in thousandths. Throws InvalidArgument for negative, non-finite or huge values.
inline std::int64_t to_milli(double units, const char* what) {
  if (!std::isfinite(units) || units < 0 || units > 1e15)
    throw InvalidArgument(std::string(what) + " must be finite, non-negative and below 10^15");
  return std::llround(units * 1000.0);
}

/// num / den rounded half away from zero. Requires den > 0.
inline int128 divide_rounded(int128 num, int128 den) {
  const int128 q = num / den;
  const int128 r = num % den;
  const int128 twice = (r < 0 ? -r : r) * 2;
  if (twice >= den) return num < 0 ? q - 1 : q + 1;
  return q;
}

/// Checked conversion of a 128-bit count of minor units to Money.
inline Money money_of(int128 minor, const Currency& currency) {
  if (minor > INT64_MAX || minor < INT64_MIN)
    throw OverflowError("an amount of money leaves the representable range");
  return Money(static_cast<std::int64_t>(minor), currency);
}

}  // namespace kpss::detail
