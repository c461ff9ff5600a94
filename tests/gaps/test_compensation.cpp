#include <gtest/gtest.h>

#include "kpss/core/error.hpp"
#include "kpss/gaps/compensation.hpp"

namespace {

TEST(Compensation, IsUsualCostsPlusProfitLessRevenuesPerUnit) {
  const auto czk = kpss::Currency::czk();
  auto m = [&](std::int64_t major) { return kpss::Money::from_major(major, czk); };
  auto p = kpss::compensation_payment(m(3000000), m(1800000), 40, m(0));
  EXPECT_EQ(p.total, m(1200000));
  EXPECT_EQ(p.per_unit, m(30000));
  p = kpss::compensation_payment(m(1000000), m(0), 3, m(0));
  EXPECT_EQ(p.per_unit, kpss::Money(33333333, czk));  // 333 333,33 Kč
  p = kpss::compensation_payment(m(1000000), m(900000), 2.5, m(50000));
  EXPECT_EQ(p.total, m(150000));
  EXPECT_EQ(p.per_unit, m(60000));
  // Revenues above costs: no payment, never a negative one.
  p = kpss::compensation_payment(m(100), m(500), 1, m(0));
  EXPECT_EQ(p.total, m(0));
  EXPECT_THROW(kpss::compensation_payment(m(1), m(0), 0, m(0)), kpss::InvalidArgument);
  EXPECT_THROW(kpss::compensation_payment(m(-1), m(0), 1, m(0)), kpss::InvalidArgument);
}

}  // namespace
