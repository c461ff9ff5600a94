// What the ranking core's C API sources share: the handles and the conversions of option
// structs.
#pragma once

#include <string>

#include <gsl/narrow>

#include "capi_internal.hpp"
#include "kpss/rank/ranking.hpp"

struct kpss_ballots {
  kpss::BallotSet set;
};
struct kpss_tally {
  kpss::Tally tally;
};
struct kpss_ranking {
  kpss::Ranking ranking;
};

namespace kpss::capi {

kpss::Role to_role(int32_t role);
/// NULL = roles equal. Throws: InvalidArgument.
kpss::WeightingPolicy to_policy(const kpss_weighting_policy* policy);
/// NULL = defaults. Throws: InvalidArgument.
kpss::RankOptions to_options(const kpss_rank_options* options);

/// Throws InvalidArgument unless the caller's arrays of n items match the `what`'s `items`
/// items.
inline void check_item_count(size_t n, size_t items, const char* what) {
  if (n != items)
    throw kpss::InvalidArgument("the arrays hold " + std::to_string(n) + " items; the " + what + " has " +
                                std::to_string(items));
}

/// Requires: each non-NULL array holds r.items.size() elements (see check_item_count).
/// Does: writes each item's tie group, rank (1 + the items in better groups: shared within a
/// tie), score and place in r.order() — the same for a Ranking and a MultiCriteriaRanking,
/// whose tie groups and order mean the same. Complexity: linear in the items.
template <class Result>
void copy_places(const Result& r, double* score, uint32_t* group, uint32_t* rank, uint32_t* order) {
  size_t above = 0;
  for (size_t g = 0; g < r.groups.size(); ++g) {
    for (size_t i : r.groups[g]) {
      if (group != nullptr) group[i] = gsl::narrow<uint32_t>(g);
      if (rank != nullptr) rank[i] = gsl::narrow<uint32_t>(above + 1);
    }
    above += r.groups[g].size();
  }
  const auto ord = r.order();
  for (size_t i = 0; i < r.items.size(); ++i) {
    if (score != nullptr) score[i] = r.score[i];
    if (order != nullptr) order[i] = gsl::narrow<uint32_t>(ord[i]);
  }
}

}  // namespace kpss::capi
