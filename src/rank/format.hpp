// Numbers in the ranking's explanations and messages.
#pragma once

#include <locale>
#include <sstream>
#include <string>

namespace kpss::detail {

/// `x` with `digits` significant digits ("0.3333", "12.5"), whatever the global locale: an
/// embedding program's std::locale::global must not turn the decimal point into a comma.
inline std::string significant(double x, int digits) {
  std::ostringstream s;
  s.imbue(std::locale::classic());
  s.precision(digits);
  s << x;
  return s.str();
}

}  // namespace kpss::detail
