// Code lists, money, dates and territory codes through the C API.
#include <algorithm>

#include <gsl/narrow>

#include "capi_internal.hpp"
#include "money.hpp"
#include "kpss/core/catalog.hpp"
#include "kpss/core/date.hpp"
#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"

using kpss::capi::guard;
using kpss::capi::require;

namespace {

kpss::CodeList to_list(int list) {
  if (list < 0 || list >= KPSS_CODE_LIST_COUNT)
    throw kpss::InvalidArgument("unknown code list " + std::to_string(list));
  return kpss::code_lists()[static_cast<std::size_t>(list)];
}

void fill(kpss_code_entry* out, const kpss::CodeEntry& e) {
  kpss_code_entry full{sizeof(kpss_code_entry), e.key, e.section, e.name_cs, e.name_en, e.group,
                       e.rest_id, e.registry_code, e.min_age, e.max_age};
  kpss::capi::copy_versioned(out, full);
}

using kpss::capi::from_money;
using kpss::capi::to_money;

}  // namespace

extern "C" {

const char* kpss_code_list_name(int list) {
  if (list < 0 || list >= KPSS_CODE_LIST_COUNT) return nullptr;
  return kpss::to_string(kpss::code_lists()[static_cast<std::size_t>(list)]);
}

int kpss_code_list_count(size_t* out_count, int list) {
  return guard([&] { *require(out_count, "out_count") = kpss::entries(to_list(list)).size(); });
}

int kpss_code_list_get(kpss_code_entry* out, int list, size_t index) {
  return guard([&] {
    require(out, "out");
    const auto all = kpss::entries(to_list(list));
    if (index >= all.size())
      throw kpss::InvalidArgument("index " + std::to_string(index) + " is past the " +
                                  std::to_string(all.size()) + " entries of " +
                                  kpss::to_string(to_list(list)));
    fill(out, all[index]);
  });
}

int kpss_code_list_find(kpss_code_entry* out, int list, const char* key) {
  return guard([&] {
    require(out, "out");
    fill(out, kpss::code(to_list(list), require(key, "key")));
  });
}

int kpss_money_parse(kpss_money* out, const char* text, const char* default_currency) {
  return guard([&] {
    require(out, "out");
    std::optional<kpss::Currency> fallback;
    if (default_currency != nullptr) fallback = kpss::Currency::of(default_currency);
    *out = from_money(kpss::parse_money(require(text, "text"), fallback));
  });
}

int kpss_money_format(char** out, const kpss_money* amount, int style) {
  return guard([&] {
    require(out, "out");
    if (style != KPSS_MONEY_PLAIN && style != KPSS_MONEY_CZECH)
      throw kpss::InvalidArgument("unknown money style " + std::to_string(style));
    *out = kpss::capi::dup_string(kpss::format_money(
        to_money(amount), style == KPSS_MONEY_CZECH ? kpss::MoneyStyle::czech : kpss::MoneyStyle::plain));
  });
}

int kpss_money_add(kpss_money* out, const kpss_money* a, const kpss_money* b) {
  return guard([&] { *require(out, "out") = from_money(to_money(a, "a") + to_money(b, "b")); });
}

int kpss_date_parse(kpss_date* out, const char* text) {
  return guard([&] {
    require(out, "out");
    const kpss::Date d = kpss::parse_date(require(text, "text"));
    out->year = static_cast<int>(d.year());
    out->month = gsl::narrow<int32_t>(static_cast<unsigned>(d.month()));
    out->day = gsl::narrow<int32_t>(static_cast<unsigned>(d.day()));
  });
}

int kpss_date_format(char out[11], const kpss_date* date) {
  return guard([&] {
    require(out, "out");
    require(date, "date");
    if (date->year < 1000 || date->year > 9999 || date->month < 1 || date->month > 12 ||
        date->day < 1 || date->day > 31)
      throw kpss::InvalidArgument("not a valid calendar date");
    const kpss::Date d{std::chrono::year{date->year},
                       std::chrono::month{static_cast<unsigned>(date->month)},
                       std::chrono::day{static_cast<unsigned>(date->day)}};
    const std::string text = kpss::format_date(d);
    std::memcpy(out, text.c_str(), 11);
  });
}

int kpss_territory_parse(int* out_level, const char* code) {
  return guard([&] {
    require(out_level, "out_level");
    *out_level = static_cast<int>(kpss::TerritoryCode::parse(require(code, "code")).level());
  });
}

}  // extern "C"
