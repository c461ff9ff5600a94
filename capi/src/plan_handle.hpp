// The kpss_plan handle's definition, for the modules whose C functions take a plan, and the
// conversions of kpss_money.
#pragma once

#include <algorithm>
#include <cstring>
#include <iterator>

#include "capi_internal.hpp"
#include "kpss/core/money.hpp"
#include "kpss/kpss_plan.h"
#include "kpss/model/plan.hpp"

struct kpss_plan {
  kpss::Plan plan;
};

namespace kpss::capi {

/// The plan behind a handle. Throws InvalidArgument naming `what` for NULL.
inline const kpss::Plan& plan_of(const kpss_plan* handle, const char* what = "plan") {
  return require(handle, what)->plan;
}

inline kpss::Money to_money(const kpss_money* m, const char* what) {
  require(m, what);
  return kpss::Money(m->minor_units, kpss::Currency::of(std::string_view(m->currency, strnlen(m->currency, 4))));
}

inline kpss_money from_money(const kpss::Money& m) {
  kpss_money out{};
  out.minor_units = m.minor_units();
  std::copy_n(m.currency().code().data(), 3, out.currency);
  return out;
}

}  // namespace kpss::capi
