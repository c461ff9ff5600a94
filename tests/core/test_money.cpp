#include "kpss/core/money.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <random>

#include "kpss/core/error.hpp"

using kpss::Currency;
using kpss::Money;
using kpss::MoneyStyle;
using kpss::parse_money;

namespace {
const Currency czk = Currency::czk();
const Currency eur = Currency::of("EUR");
}  // namespace

TEST(Money, ParsesPlainAmounts) {
  EXPECT_EQ(parse_money("1234.50 CZK"), Money(123450, czk));
  EXPECT_EQ(parse_money("CZK 1234.5"), Money(123450, czk));
  EXPECT_EQ(parse_money("-12 EUR"), Money(-1200, eur));
  EXPECT_EQ(parse_money("0.07 EUR"), Money(7, eur));
  EXPECT_EQ(parse_money("1500 JPY"), Money(1500, Currency::of("JPY")));
}

TEST(Money, ParsesCzechAmounts) {
  EXPECT_EQ(parse_money("1 234,50 Kč"), Money(123450, czk));
  EXPECT_EQ(parse_money("1\xC2\xA0" "234\xC2\xA0" "567,80\xC2\xA0Kč"), Money(123456780, czk));
  EXPECT_EQ(parse_money("1 500,- Kč"), Money(150000, czk));
  EXPECT_EQ(parse_money("12,5 €"), Money(1250, eur));
  EXPECT_EQ(parse_money("250", czk), Money(25000, czk));
}

TEST(Money, RejectsMalformedAmountsWithWhere) {
  EXPECT_THROW(parse_money(""), kpss::InvalidArgument);
  EXPECT_THROW(parse_money("12"), kpss::InvalidArgument);  // no currency
  EXPECT_THROW(parse_money("12.345 CZK"), kpss::InvalidArgument);
  EXPECT_THROW(parse_money("1 2x3 CZK"), kpss::InvalidArgument);
  EXPECT_THROW(parse_money("12 ABC"), kpss::NotFound);
  EXPECT_THROW(parse_money("12 CZK EUR"), kpss::InvalidArgument);
  EXPECT_THROW(parse_money("99999999999999999999 CZK"), kpss::OverflowError);
  try {
    parse_money("1 2x3 CZK");
    FAIL();
  } catch (const kpss::InvalidArgument& e) {
    EXPECT_NE(std::string(e.what()).find("position 4"), std::string::npos) << e.what();
  }
}

TEST(Money, FormatsPlainAndCzech) {
  const Money m(-123456780, czk);
  EXPECT_EQ(format_money(m), "-1234567.80 CZK");
  EXPECT_EQ(format_money(m, MoneyStyle::czech), "-1\xC2\xA0" "234\xC2\xA0" "567,80\xC2\xA0Kč");
  EXPECT_EQ(format_money(Money(5, eur)), "0.05 EUR");
  EXPECT_EQ(format_money(Money(INT64_MIN, czk)), "-92233720368547758.08 CZK");
  // Currencies without minor units (found by fuzzing: this once overflowed a length).
  EXPECT_EQ(format_money(Money(-163, Currency::of("JPY"))), "-163 JPY");
  EXPECT_EQ(format_money(Money(1500, Currency::of("JPY")), MoneyStyle::czech), "1\xC2\xA0" "500\xC2\xA0¥");
}

TEST(Money, FormatParseRoundTripsOnRandomAmounts) {
  std::mt19937_64 rng(42);
  for (int i = 0; i < 2000; ++i) {
    const Money m(static_cast<std::int64_t>(rng()) >> (rng() % 60), i % 2 ? czk : eur);
    EXPECT_EQ(parse_money(format_money(m)), m);
    EXPECT_EQ(parse_money(format_money(m, MoneyStyle::czech)), m);
  }
}

TEST(Money, ArithmeticIsChecked) {
  EXPECT_EQ(Money(100, czk) + Money(250, czk), Money(350, czk));
  EXPECT_EQ(Money(100, czk) * 3, Money(300, czk));
  EXPECT_THROW(Money(INT64_MAX, czk) + Money(1, czk), kpss::OverflowError);
  EXPECT_THROW(Money(INT64_MIN, czk) - Money(1, czk), kpss::OverflowError);
  EXPECT_THROW(-Money(INT64_MIN, czk), kpss::OverflowError);
  EXPECT_THROW(Money(INT64_MAX / 2 + 1, czk) * 2, kpss::OverflowError);
  EXPECT_THROW(Money(1, czk) + Money(1, eur), kpss::InvalidArgument);
  EXPECT_THROW((void)(Money(1, czk) < Money(1, eur)), kpss::InvalidArgument);
  EXPECT_THROW(Money::from_major(INT64_MAX / 10, czk), kpss::OverflowError);
}

TEST(Money, AllocateSplitsExactlyByLargestRemainder) {
  const std::int64_t thirds[] = {1, 1, 1};
  const auto parts = Money(100, czk).allocate(thirds);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], Money(34, czk));
  EXPECT_EQ(parts[1], Money(33, czk));
  EXPECT_EQ(parts[2], Money(33, czk));

  std::mt19937_64 rng(7);
  for (int i = 0; i < 500; ++i) {
    std::vector<std::int64_t> ratios(1 + rng() % 6);
    for (auto& r : ratios) r = static_cast<std::int64_t>(rng() % 1000);
    ratios[0] += 1;
    const Money total(static_cast<std::int64_t>(rng() % 2000000) - 1000000, czk);
    const auto split = total.allocate(ratios);
    std::int64_t sum = 0;
    for (const auto& p : split) sum += p.minor_units();
    EXPECT_EQ(sum, total.minor_units());
    const std::int64_t weight = std::accumulate(ratios.begin(), ratios.end(), std::int64_t{0});
    for (std::size_t k = 0; k < ratios.size(); ++k) {  // each part within one unit of exact
      const long double exact = static_cast<long double>(total.minor_units()) * ratios[k] / weight;
      EXPECT_LE(std::abs(static_cast<long double>(split[k].minor_units()) - exact), 1.0L);
    }
  }
  const std::int64_t zeros[] = {0, 0};
  EXPECT_THROW(Money(1, czk).allocate(zeros), kpss::InvalidArgument);
}

TEST(Currency, KnowsExponentsAndRejectsUnknownCodes) {
  EXPECT_EQ(czk.exponent(), 2);
  EXPECT_EQ(Currency::of("JPY").exponent(), 0);
  EXPECT_EQ(czk.symbol(), "Kč");
  EXPECT_THROW(Currency::of("QQQ"), kpss::NotFound);
  EXPECT_THROW(Currency::of("CZ"), kpss::InvalidArgument);
}
