// Indicators (indikátory) measure whether goals and measures are met.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/core/date.hpp"
#include "kpss/core/id.hpp"
#include "kpss/model/common.hpp"

namespace kpss {

struct IndicatorTag;
/// Id of an indicator.
using IndicatorId = Id<IndicatorTag>;

/// Which way is better.
enum class Direction {
  increase,  ///< more is better (clients served)
  decrease,  ///< less is better (waiting list)
  maintain,  ///< keep the target level (capacity kept)
};

/// A value of an indicator on a date (baseline, target or a measurement).
struct IndicatorValue {
  double value = 0.0;
  std::optional<Date> date;
  std::string note;
  Extensions extensions;

  bool operator==(const IndicatorValue&) const = default;
};

/// An indicator with its baseline (výchozí hodnota), target (cílová hodnota) and
/// measurements (naměřené hodnoty) in date order.
struct Indicator {
  IndicatorId id;
  std::string name;
  std::string unit;  ///< "clients", "%", "hours"; free text
  Direction direction = Direction::increase;
  IndicatorValue baseline;
  IndicatorValue target;
  std::vector<IndicatorValue> measurements;  ///< each with a date
  std::string source;  ///< where values come from (zdroj dat)
  Extensions extensions;

  bool operator==(const Indicator&) const = default;
};

std::string_view to_string(Direction value) noexcept;
bool from_string(std::string_view text, Direction& out) noexcept;

}  // namespace kpss
