// Exact rationals, values affine in the add-one step, and the record of every comparison
// that lets the add-one loop jump to the next step where an outcome can change.
#pragma once

#include <cstdint>
#include <optional>

#include <boost/multiprecision/cpp_int.hpp>

namespace kpss::select::detail {

using Q = boost::multiprecision::cpp_rational;
using Z = boost::multiprecision::cpp_int;

/// a + b·k, k being the add-one step.
struct Aff {
  Q a;
  Q b;
  Q at(std::int64_t k) const { return b.is_zero() ? a : a + b * k; }
  Aff operator-(const Aff& o) const { return {a - o.a, b - o.b}; }
  Aff operator+(const Aff& o) const { return {a + o.a, b + o.b}; }
  Aff& operator+=(const Aff& o) { a += o.a; b += o.b; return *this; }
  Aff times(const Q& f) const { return {a * f, b * f}; }
};

/// Compares values at step k and, when tracking, remembers the smallest later step at which
/// some comparison made so far could come out differently. Between the current step and
/// that one every comparison keeps its sign, so a deterministic computation made only of
/// these comparisons has the same outcome there.
class Tracker {
 public:
  Tracker(std::int64_t k, bool tracking) : k_(k), tracking_(tracking) {}
  std::int64_t k() const { return k_; }
  std::optional<std::int64_t> next() const { return next_; }

  /// Sign of f(k) − g(k), given both values at k (fk, gk).
  int compare(const Aff& f, const Q& fk, const Aff& g, const Q& gk) {
    const int s = fk < gk ? -1 : (gk < fk ? 1 : 0);
    if (tracking_) note(f.a - g.a, f.b - g.b, s);
    return s;
  }

 private:
  void note(const Q& da, const Q& db, int sign) {
    if (db.is_zero()) return;
    if (sign == 0) return earliest(k_ + 1);
    // A double estimate settles most roots: far behind the step, or beyond the earliest
    // change already known. Only the close ones are computed exactly.
    const double estimate = -da.convert_to<double>() / db.convert_to<double>();
    if (estimate < static_cast<double>(k_) - 1.0) return;
    if (next_ && estimate > static_cast<double>(*next_) + 1.0) return;
    const Q root = -da / db;
    if (root <= k_) return;
    const Z num = boost::multiprecision::numerator(root);
    const Z den = boost::multiprecision::denominator(root);
    const Z ceil = (num + den - 1) / den;
    if (ceil > INT64_MAX) return;
    earliest(static_cast<std::int64_t>(ceil));
  }
  void earliest(std::int64_t step) {
    if (!next_ || step < *next_) next_ = step;
  }

  std::int64_t k_;
  bool tracking_;
  std::optional<std::int64_t> next_;
};

}  // namespace kpss::select::detail
