#include "kpss/gaps/compensation.hpp"

#include "kpss/core/error.hpp"
#include "quantity.hpp"

namespace kpss {

CompensationPayment compensation_payment(const Money& usual_costs, const Money& revenues,
                                         double units, const Money& reasonable_profit) {
  const std::int64_t milli = detail::to_milli(units, "the units of a compensation payment");
  if (milli == 0) throw InvalidArgument("the units of a compensation payment must be positive");
  if (usual_costs.minor_units() < 0 || revenues.minor_units() < 0 ||
      reasonable_profit.minor_units() < 0)
    throw InvalidArgument("costs, revenues and profit of a compensation payment must not be negative");
  Money total = usual_costs + reasonable_profit - revenues;
  if (total.minor_units() < 0) total = Money::zero(total.currency());
  const detail::int128 per_unit =
      detail::divide_rounded(detail::int128{total.minor_units()} * 1000, milli);
  return {total, detail::money_of(per_unit, total.currency())};
}

}  // namespace kpss
