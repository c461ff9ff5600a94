// What the ranking core's C API sources share: the handles and the conversions of option
// structs.
#pragma once

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

}  // namespace kpss::capi
