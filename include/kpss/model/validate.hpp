// Validation of a plan (kontrola plánu): every problem at once, as diagnostics with stable
// codes (docs/formats/plan.md lists them).
#pragma once

#include <vector>

#include "kpss/model/diagnostic.hpp"
#include "kpss/model/plan.hpp"

namespace kpss {

/// Checks `plan` and returns every problem found, in document order (the order of the
/// JSON members), errors and warnings mixed. An empty result means the plan is clean.
///
/// Errors: ids missing or not unique within their kind (P101, P126), references that do not
/// resolve (P102) or point at a stakeholder without the needed role (P103 — a service's
/// provider must hold Role::provider), code-list keys that are not canonical keys of the
/// catalogue (P104), dates out of order (P105), negative or non-finite amounts (P106),
/// funding above cost unless `overfunding_allowed` (P107), amounts in another currency
/// than the plan's (P108), empty required texts (P109), memberships in a person (P110),
/// chairs who are not members (P111), stakeholders without roles (P117), no coordinator,
/// commissioner or territory (P123, P124), malformed extensions (P122).
/// Warnings: repeated list entries (P112), timelines outside the plan period (P113), a
/// period other than 2–5 years (P114), legal forms missing for providers or given to
/// non-providers (P115), a role nobody holds (P116), unsettled comments (P118), no short-
/// or no long-term goal (P120), measurements without a date or out of date order (P125).
///
/// Throws: nothing but std::bad_alloc. Complexity: O(n log n) in the number of elements.
std::vector<Diagnostic> validate(const Plan& plan);

/// True when `diagnostics` holds no error (warnings allowed).
bool is_valid(const std::vector<Diagnostic>& diagnostics) noexcept;

}  // namespace kpss
