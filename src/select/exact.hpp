// Exact rationals for the selection rules' exact decisions.
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

namespace kpss::select::detail {

using Q = boost::multiprecision::cpp_rational;
using Z = boost::multiprecision::cpp_int;

}  // namespace kpss::select::detail
