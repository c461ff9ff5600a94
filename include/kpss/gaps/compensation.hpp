// The compensation payment (vyrovnávací platba) of a service of general economic interest
// in a regional network: the usual costs of the service not covered by its revenues.
#pragma once

#include "kpss/core/money.hpp"

namespace kpss {

/// The payment for a year and per capacity unit.
struct CompensationPayment {
  Money total;     ///< max(0, usual costs + reasonable profit − revenues)
  Money per_unit;  ///< total / units, rounded half away from zero to minor units
};

/// The compensation formula: usual (justified) costs plus a reasonable profit, less the
/// revenues the service has from other sources (users' payments, health insurance, other
/// subsidies), never below zero; and that amount per unit of capacity.
/// Throws: InvalidArgument when units are not finite and positive, for negative costs or
/// revenues, or mixed currencies; OverflowError.
CompensationPayment compensation_payment(const Money& usual_costs, const Money& revenues,
                                         double units, const Money& reasonable_profit);

}  // namespace kpss
