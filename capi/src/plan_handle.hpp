// The kpss_plan handle's definition, for the modules whose C functions take a plan.
#pragma once

#include "capi_internal.hpp"
#include "money.hpp"
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

}  // namespace kpss::capi
