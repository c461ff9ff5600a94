// Building blocks every element of the plan model shares: extension members and quantities.
#pragma once

#include <map>
#include <string>

namespace kpss {

/// Members of a JSON object whose names start with "x-" (other systems' extensions, e.g.
/// "x-ginis-ref"), kept verbatim through a read–write round trip: name → the member's value
/// as compact JSON text. kpss never interprets them. Ordered by name, so output is stable.
using Extensions = std::map<std::string, std::string>;

/// An amount of service capacity or demand in a capacity unit of the code list
/// (kapacita: "clients", "beds", "fte", ...). Fractional amounts are allowed because
/// capacity is often counted in full-time equivalents (přepočtené úvazky).
struct Capacity {
  double amount = 0.0;  ///< finite and non-negative in a valid plan
  std::string unit;     ///< key of CodeList::capacity_unit

  bool operator==(const Capacity&) const = default;
};

}  // namespace kpss
