// Money: integer minor units plus an ISO 4217 currency. Never floating point.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kpss {

/// An ISO 4217 currency known to kpss, with its number of minor-unit digits.
class Currency {
 public:
  /// Requires: `code` is a known ISO 4217 code (case-sensitive, "CZK").
  /// Throws: NotFound for an unknown code, InvalidArgument for a malformed one.
  static Currency of(std::string_view code);
  /// The Czech koruna, kpss's default currency.
  static Currency czk() { return of("CZK"); }

  std::string_view code() const noexcept { return {code_, 3}; }
  /// Digits after the decimal separator: 2 for CZK and EUR, 0 for JPY.
  int exponent() const noexcept { return exponent_; }
  /// 10^exponent: minor units per major unit.
  std::int64_t minor_per_major() const noexcept;
  /// The symbol Czech texts use ("Kč", "€"); the code when there is none.
  std::string_view symbol() const noexcept { return symbol_; }

  friend bool operator==(const Currency& a, const Currency& b) noexcept {
    return a.code() == b.code();
  }

 private:
  Currency(const char* code, int exponent, const char* symbol) noexcept;
  char code_[4];
  int exponent_;
  const char* symbol_;
};

/// How `format` writes an amount.
enum class MoneyStyle {
  plain,  ///< "-1234567.50 CZK": '.' decimal, no grouping, ISO code; what `parse` reads back
  czech,  ///< "-1 234 567,50 Kč": ',' decimal, no-break-space grouping, Czech symbol
};

/// An amount of money: a signed 64-bit count of minor units (haléře, cents) in a currency.
///
/// Arithmetic is checked: a result outside int64 throws OverflowError, and mixing
/// currencies throws InvalidArgument. Comparison across currencies is a programmer error.
class Money {
 public:
  Money(std::int64_t minor_units, Currency currency) noexcept
      : minor_(minor_units), currency_(currency) {}
  static Money zero(Currency currency) noexcept { return {0, currency}; }
  /// Whole major units (crowns, euros). Throws OverflowError when they do not fit.
  static Money from_major(std::int64_t major_units, Currency currency);

  std::int64_t minor_units() const noexcept { return minor_; }
  const Currency& currency() const noexcept { return currency_; }
  bool is_negative() const noexcept { return minor_ < 0; }

  Money operator+(const Money& other) const;
  Money operator-(const Money& other) const;
  Money operator-() const;
  Money operator*(std::int64_t factor) const;
  Money& operator+=(const Money& other) { return *this = *this + other; }
  Money& operator-=(const Money& other) { return *this = *this - other; }

  /// Splits the amount in proportion to `ratios` (non-negative, not all zero), exactly:
  /// the parts add up to the whole; the remainder minor units go one each to the parts with
  /// the largest fractional remainders, earlier parts first on ties (largest remainder
  /// method). Used for cost-sharing keys. Complexity: O(n log n).
  /// Throws: InvalidArgument for empty, negative or all-zero ratios.
  std::vector<Money> allocate(std::span<const std::int64_t> ratios) const;

  /// Requires: same currency (else InvalidArgument).
  std::strong_ordering operator<=>(const Money& other) const;
  bool operator==(const Money& other) const noexcept {
    return minor_ == other.minor_ && currency_ == other.currency_;
  }

 private:
  std::int64_t minor_;
  Currency currency_;
};

/// Reads an amount written the plain way ("1234.50 CZK", "CZK 1234.5", "-12 EUR") or the
/// Czech way ("1 234,50 Kč", "1 500,- Kč", "12,5 €"): optional sign, digits grouped by
/// spaces or no-break spaces, '.' or ',' decimal separator, ",-" for no minor units, and a
/// currency code or symbol before or after. Without a currency, `default_currency` is used.
/// Throws: InvalidArgument naming the offending character position when the text is not an
/// amount, has more decimals than the currency allows, or has no currency and no default;
/// NotFound for an unknown currency; OverflowError when the amount does not fit.
/// Complexity: linear in the text length.
Money parse_money(std::string_view text, std::optional<Currency> default_currency = {});

/// Writes `amount` in `style`. Complexity: O(digits).
std::string format_money(const Money& amount, MoneyStyle style = MoneyStyle::plain);

}  // namespace kpss
