// 128-bit integers for exact intermediate products of money and weights (GCC and Clang).
#pragma once

namespace kpss::detail {
__extension__ typedef __int128 int128;
__extension__ typedef unsigned __int128 uint128;
}  // namespace kpss::detail
