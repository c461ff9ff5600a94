#include "kpss/gaps/units.hpp"

#include <cmath>

#include "kpss/core/catalog.hpp"
#include "kpss/core/error.hpp"

namespace kpss {

UnitConversions UnitConversions::defaults() {
  UnitConversions c;
  c.add({"interventions", "contacts", 3.0, ""});  // 30 min = 3 × 10 min
  c.add({"beds", "clients", 1.0, ""});
  return c;
}

void UnitConversions::add(UnitConversion conversion) {
  conversion.from = code(CodeList::capacity_unit, conversion.from).key;
  conversion.to = code(CodeList::capacity_unit, conversion.to).key;
  if (!conversion.service_type.empty())
    conversion.service_type = code(CodeList::service_type, conversion.service_type).key;
  if (!std::isfinite(conversion.factor) || conversion.factor <= 0)
    throw InvalidArgument("a unit conversion factor must be finite and positive");
  UnitConversion inverse{conversion.to, conversion.from, 1.0 / conversion.factor,
                         conversion.service_type};
  list_.push_back(std::move(conversion));
  list_.push_back(std::move(inverse));
}

std::optional<double> UnitConversions::factor(std::string_view service_type, std::string_view from,
                                              std::string_view to) const {
  if (from == to) return 1.0;
  std::optional<double> general;
  for (const UnitConversion& c : list_) {
    if (c.from != from || c.to != to) continue;
    if (c.service_type == service_type) return c.factor;
    if (c.service_type.empty() && !general) general = c.factor;
  }
  return general;
}

}  // namespace kpss
