// Reading an order of tie groups (best first), shared by Ranking and MultiCriteriaRanking.
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

#include "kpss/core/error.hpp"

namespace kpss::detail {

/// The items of the groups, best first, each group in its own order.
inline std::vector<std::size_t> flatten(const std::vector<std::vector<std::size_t>>& groups) {
  std::vector<std::size_t> out;
  for (const auto& g : groups) out.insert(out.end(), g.begin(), g.end());
  return out;
}

/// Competition rank of `item` (1 + the number of items in better groups); throws
/// InvalidArgument when no group holds it.
inline std::size_t rank_in(const std::vector<std::vector<std::size_t>>& groups, std::size_t item) {
  std::size_t above = 0;
  for (const auto& g : groups) {
    if (std::find(g.begin(), g.end(), item) != g.end()) return above + 1;
    above += g.size();
  }
  throw InvalidArgument("item index " + std::to_string(item) + " is not ranked");
}

}  // namespace kpss::detail
