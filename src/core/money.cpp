#include "kpss/core/money.hpp"

#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>

#include "kpss/core/error.hpp"
#include "wide_int.hpp"

namespace kpss {

namespace {

struct CurrencyInfo {
  const char* code;
  int exponent;
  const char* symbol;
};

// ISO 4217 codes kpss accepts, with their minor-unit digits. HUF has two by the standard,
// though forint amounts are written whole in practice.
constexpr std::array<CurrencyInfo, 18> kCurrencies{{
    {"BGN", 2, "лв"}, {"CHF", 2, "CHF"}, {"CZK", 2, "Kč"}, {"DKK", 2, "kr"},
    {"EUR", 2, "€"},  {"GBP", 2, "£"},   {"HRK", 2, "kn"}, {"HUF", 2, "Ft"},
    {"ISK", 0, "kr"}, {"JPY", 0, "¥"},   {"NOK", 2, "kr"}, {"PLN", 2, "zł"},
    {"RON", 2, "lei"}, {"RSD", 2, "din"}, {"SEK", 2, "kr"}, {"UAH", 2, "₴"},
    {"USD", 2, "$"},  {"XXX", 0, "XXX"},
}};

// Symbols accepted when reading; a symbol shared by several currencies ("kr") is not.
constexpr std::array<std::pair<const char*, const char*>, 8> kSymbols{{
    {"Kč", "CZK"}, {"€", "EUR"}, {"zł", "PLN"}, {"Ft", "HUF"},
    {"£", "GBP"},  {"$", "USD"}, {"¥", "JPY"}, {"Kc", "CZK"},
}};

std::int64_t checked_add(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_add_overflow(a, b, &r)) throw OverflowError("money amount out of range");
  return r;
}
std::int64_t checked_mul(std::int64_t a, std::int64_t b) {
  std::int64_t r;
  if (__builtin_mul_overflow(a, b, &r)) throw OverflowError("money amount out of range");
  return r;
}

void require_same(const Currency& a, const Currency& b) {
  if (!(a == b))
    throw InvalidArgument("cannot combine " + std::string(a.code()) + " with " +
                          std::string(b.code()));
}

bool is_space_at(std::string_view s, std::size_t i, std::size_t& len) {
  if (s[i] == ' ' || s[i] == '\t') { len = 1; return true; }
  if (s.substr(i, 2) == "\xC2\xA0") { len = 2; return true; }      // U+00A0 no-break space
  if (s.substr(i, 3) == "\xE2\x80\xAF") { len = 3; return true; }  // U+202F narrow nbsp
  return false;
}

std::string_view trim_spaces(std::string_view s) {
  std::size_t len = 0;
  while (!s.empty() && is_space_at(s, 0, len)) s.remove_prefix(len);
  while (!s.empty()) {
    bool trimmed = false;
    for (std::size_t n : {1u, 2u, 3u}) {
      if (s.size() >= n && is_space_at(s, s.size() - n, len) && len == n) {
        s.remove_suffix(n);
        trimmed = true;
        break;
      }
    }
    if (!trimmed) break;
  }
  return s;
}

std::optional<Currency> currency_from_token(std::string_view token) {
  for (const auto& [symbol, code] : kSymbols)
    if (token == symbol) return Currency::of(code);
  if (token.size() == 3 &&
      std::all_of(token.begin(), token.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
    return Currency::of(token);
  return std::nullopt;
}

bool is_amount_char(char c) { return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-'; }

}  // namespace

Currency::Currency(const char* code, int exponent, const char* symbol) noexcept
    : exponent_(exponent), symbol_(symbol) {
  std::memcpy(code_, code, 3);
  code_[3] = '\0';
}

Currency Currency::of(std::string_view code) {
  if (code.size() != 3) throw InvalidArgument("a currency code has three letters, got '" +
                                              std::string(code) + "'");
  for (const auto& c : kCurrencies)
    if (code == c.code) return Currency(c.code, c.exponent, c.symbol);
  throw NotFound("unknown currency '" + std::string(code) + "'");
}

std::int64_t Currency::minor_per_major() const noexcept {
  std::int64_t f = 1;
  for (int i = 0; i < exponent_; ++i) f *= 10;
  return f;
}

Money Money::from_major(std::int64_t major_units, Currency currency) {
  return {checked_mul(major_units, currency.minor_per_major()), currency};
}

Money Money::operator+(const Money& o) const {
  require_same(currency_, o.currency_);
  return {checked_add(minor_, o.minor_), currency_};
}
Money Money::operator-(const Money& o) const {
  require_same(currency_, o.currency_);
  std::int64_t r;
  if (__builtin_sub_overflow(minor_, o.minor_, &r)) throw OverflowError("money amount out of range");
  return {r, currency_};
}
Money Money::operator-() const {
  if (minor_ == INT64_MIN) throw OverflowError("money amount out of range");
  return {-minor_, currency_};
}
Money Money::operator*(std::int64_t factor) const { return {checked_mul(minor_, factor), currency_}; }

std::strong_ordering Money::operator<=>(const Money& o) const {
  require_same(currency_, o.currency_);
  return minor_ <=> o.minor_;
}

std::vector<Money> Money::allocate(std::span<const std::int64_t> ratios) const {
  if (ratios.empty()) throw InvalidArgument("allocation needs at least one ratio");
  detail::int128 total = 0;
  for (std::size_t i = 0; i < ratios.size(); ++i) {
    if (ratios[i] < 0)
      throw InvalidArgument("allocation ratios must be non-negative", "ratio " + std::to_string(i));
    total += ratios[i];
  }
  if (total == 0) throw InvalidArgument("allocation ratios are all zero");
  std::vector<Money> parts;
  parts.reserve(ratios.size());
  std::vector<detail::int128> remainders(ratios.size());
  detail::int128 assigned = 0;
  for (std::size_t i = 0; i < ratios.size(); ++i) {
    const detail::int128 exact = static_cast<detail::int128>(minor_) * ratios[i];
    detail::int128 q = exact / total;
    detail::int128 r = exact % total;
    if (r < 0) { q -= 1; r += total; }  // floor division for negative amounts
    parts.emplace_back(static_cast<std::int64_t>(q), currency_);
    remainders[i] = r;
    assigned += q;
  }
  auto left = static_cast<std::int64_t>(static_cast<detail::int128>(minor_) - assigned);
  std::vector<std::size_t> order(ratios.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t k = 0; left > 0; ++k, --left)
    parts[order[k % order.size()]] = Money(parts[order[k % order.size()]].minor_units() + 1, currency_);
  return parts;
}

Money parse_money(std::string_view text, std::optional<Currency> default_currency) {
  const std::string original(text);
  auto fail = [&](const std::string& what) -> Money {
    throw InvalidArgument(what + " in money amount '" + original + "'");
  };
  std::string_view s = trim_spaces(text);
  if (s.empty()) fail("no digits");

  // The currency is a token before or after the amount.
  std::optional<Currency> currency;
  std::size_t first_amount = 0;
  while (first_amount < s.size() && !is_amount_char(s[first_amount])) ++first_amount;
  if (first_amount > 0) {
    std::string_view token = trim_spaces(s.substr(0, first_amount));
    currency = currency_from_token(token);
    if (!currency) fail("unknown currency '" + std::string(token) + "'");
    s = trim_spaces(s.substr(first_amount));
  }
  std::size_t last_amount = s.size();
  while (last_amount > 0 && !is_amount_char(s[last_amount - 1])) --last_amount;
  if (last_amount < s.size()) {
    std::string_view token = trim_spaces(s.substr(last_amount));
    if (currency) fail("two currencies");
    currency = currency_from_token(token);
    if (!currency) fail("unknown currency '" + std::string(token) + "'");
    s = trim_spaces(s.substr(0, last_amount));
  }
  if (!currency) currency = default_currency;
  if (!currency) fail("no currency");

  bool negative = false;
  if (!s.empty() && s[0] == '-') { negative = true; s.remove_prefix(1); }
  if (s.size() >= 2 && s.substr(s.size() - 2) == ",-") s.remove_suffix(2);  // "1 500,-"

  std::int64_t major = 0;
  std::int64_t minor = 0;
  int decimals = -1;  // -1: before the decimal separator
  int digits = 0;
  bool last_was_group = false;
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    std::size_t len = 1;
    if (c >= '0' && c <= '9') {
      if (decimals < 0) {
        major = checked_add(checked_mul(major, 10), c - '0');
      } else {
        if (++decimals > currency->exponent())
          fail("more than " + std::to_string(currency->exponent()) + " decimal places for " +
               std::string(currency->code()));
        minor = minor * 10 + (c - '0');
      }
      ++digits;
      last_was_group = false;
    } else if ((c == '.' || c == ',') && decimals < 0 && digits > 0 && !last_was_group) {
      decimals = 0;
    } else if (decimals < 0 && digits > 0 && !last_was_group && is_space_at(s, i, len)) {
      last_was_group = true;
    } else {
      fail("unexpected character at position " + std::to_string(i + 1 + (s.data() - text.data())));
    }
    i += len;
  }
  if (digits == 0 || last_was_group) fail("no digits");
  for (int d = std::max(decimals, 0); d < currency->exponent(); ++d) minor *= 10;
  std::int64_t total = checked_add(checked_mul(major, currency->minor_per_major()), minor);
  return Money(negative ? -total : total, *currency);
}

std::string format_money(const Money& amount, MoneyStyle style) {
  const Currency& cur = amount.currency();
  const auto magnitude = static_cast<detail::uint128>(
      amount.minor_units() < 0 ? -static_cast<detail::int128>(amount.minor_units()) : amount.minor_units());
  const auto unit = static_cast<detail::uint128>(cur.minor_per_major());
  std::string major = std::to_string(static_cast<std::uint64_t>(magnitude / unit));
  std::string minor;
  if (cur.exponent() > 0) {
    minor = std::to_string(static_cast<std::uint64_t>(magnitude % unit));
    minor.insert(0, static_cast<std::size_t>(cur.exponent()) - minor.size(), '0');
  }

  std::string out;
  if (amount.is_negative()) out += '-';
  if (style == MoneyStyle::plain) {
    out += major;
    if (cur.exponent() > 0) out += '.' + minor;
    out += ' ';
    out += cur.code();
    return out;
  }
  const std::string_view group = "\xC2\xA0";
  for (std::size_t i = 0; i < major.size(); ++i) {
    if (i > 0 && (major.size() - i) % 3 == 0) out += group;
    out += major[i];
  }
  if (cur.exponent() > 0) out += ',' + minor;
  out += group;
  out += cur.symbol();
  return out;
}

}  // namespace kpss
