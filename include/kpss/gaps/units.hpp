// Conversions between capacity units (jednotky kapacity) where they are defined: demand and
// capacity are compared in one unit per service type.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kpss {

/// `1 from = factor × to`, for one service type or ("" ) for every type.
struct UnitConversion {
  std::string from;  ///< key of CodeList::capacity_unit
  std::string to;
  double factor = 1.0;
  std::string service_type;  ///< key of CodeList::service_type, or "" for all
};

/// The conversions known to an analysis. Anything not listed is undefined: clients and FTE
/// of direct-care staff, for example, need a staffing norm per type that only the user can
/// give.
class UnitConversions {
 public:
  /// The conversions that follow from the units' definitions: 1 intervention (30 min) =
  /// 3 contacts (10 min); 1 bed = 1 client (one bed holds one client at a time).
  static UnitConversions defaults();

  /// Adds a conversion and its inverse. Throws InvalidArgument for an unknown unit or
  /// service type, or a factor that is not finite and positive.
  void add(UnitConversion conversion);
  /// The factor turning `from` into `to` for `service_type`: 1 for equal units; a
  /// type-specific conversion before a general one; nothing when undefined.
  std::optional<double> factor(std::string_view service_type, std::string_view from,
                               std::string_view to) const;

 private:
  std::vector<UnitConversion> list_;
};

}  // namespace kpss
