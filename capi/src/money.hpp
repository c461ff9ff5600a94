// Conversions between kpss_money and kpss::Money, for every module of the C API.
#pragma once

#include <algorithm>
#include <cstring>
#include <string_view>

#include "capi_internal.hpp"
#include "kpss/core/money.hpp"
#include "kpss/kpss.h"

namespace kpss::capi {

/// The amount behind `m`. Throws InvalidArgument naming `what` for NULL or an unknown currency.
inline kpss::Money to_money(const kpss_money* m, const char* what = "amount") {
  require(m, what);
  return kpss::Money(m->minor_units, kpss::Currency::of(std::string_view(m->currency, strnlen(m->currency, 4))));
}

/// `m` as a kpss_money, its currency code NUL-padded.
inline kpss_money from_money(const kpss::Money& m) {
  kpss_money out{};
  out.minor_units = m.minor_units();
  std::copy_n(m.currency().code().data(), 3, out.currency);
  return out;
}

}  // namespace kpss::capi
