// Fuzzes the core text readers: money, dates, territory codes, code-list lookups.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kpss/core/catalog.hpp"
#include "kpss/core/date.hpp"
#include "kpss/core/error.hpp"
#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    const kpss::Money m = kpss::parse_money(text, kpss::Currency::czk());
    // What is read must write back to the same amount, in both styles.
    if (kpss::parse_money(kpss::format_money(m)) != m) __builtin_trap();
    if (kpss::parse_money(kpss::format_money(m, kpss::MoneyStyle::czech)) != m) __builtin_trap();
  } catch (const kpss::Error&) {
  }
  try {
    const kpss::Date d = kpss::parse_date(text);
    if (kpss::parse_date(kpss::format_date(d)) != d) __builtin_trap();
  } catch (const kpss::Error&) {
  }
  try {
    (void)kpss::TerritoryCode::parse(text);
  } catch (const kpss::Error&) {
  }
  for (kpss::CodeList list : kpss::code_lists()) (void)kpss::find_code(list, text);
  return 0;
}
