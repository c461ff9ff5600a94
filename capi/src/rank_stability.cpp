// Stability (bootstrap) and sensitivity to role shares through the C API.
#include <algorithm>

#include <gsl/narrow>

#include "kpss/rank/sensitivity.hpp"
#include "kpss/rank/stability.hpp"
#include "rank_internal.hpp"

using kpss::capi::guard;
using kpss::capi::read_versioned;
using kpss::capi::require;

namespace {

void check_n(std::size_t n, std::size_t items) {
  if (n != items)
    throw kpss::InvalidArgument("the arrays hold " + std::to_string(n) + " items; there are " + std::to_string(items));
}

}  // namespace

extern "C" {

int kpss_rank_bootstrap(double* median_rank, uint32_t* rank_p05, uint32_t* rank_p95, double* p_top_k,
                        const kpss_ballots* ballots, const kpss_weighting_policy* policy,
                        const kpss_rank_options* options, const kpss_bootstrap_options* bootstrap, size_t n) {
  return guard([&] {
    const kpss::BallotSet& set = require(ballots, "ballots")->set;
    check_n(n, set.item_count());
    const kpss_bootstrap_options in =
        read_versioned(bootstrap, kpss_bootstrap_options KPSS_BOOTSTRAP_OPTIONS_INIT, "kpss_bootstrap_options");
    kpss::BootstrapOptions b;
    b.replicates = in.replicates;
    b.seed = in.seed;
    b.threads = in.threads;
    b.top_k = in.top_k;
    const auto s = kpss::bootstrap(set, kpss::capi::to_policy(policy), kpss::capi::to_options(options), b);
    for (size_t i = 0; i < n; ++i) {
      if (median_rank != nullptr) median_rank[i] = s.item[i].median_rank;
      if (rank_p05 != nullptr) rank_p05[i] = gsl::narrow<uint32_t>(s.item[i].rank_p05);
      if (rank_p95 != nullptr) rank_p95[i] = gsl::narrow<uint32_t>(s.item[i].rank_p95);
      if (p_top_k != nullptr) p_top_k[i] = s.item[i].p_top_k;
    }
  });
}

int kpss_rank_sensitivity(kpss_sensitivity* out, int32_t* in_top, int32_t* in_changed_top, const kpss_tally* tally,
                          const kpss_weighting_policy* policy, const kpss_rank_options* options,
                          const kpss_sensitivity_options* sensitivity, size_t n) {
  return guard([&] {
    require(out, "out");
    const kpss::Tally& t = require(tally, "tally")->tally;
    check_n(n, t.item_count());
    const kpss_sensitivity_options in =
        read_versioned(sensitivity, kpss_sensitivity_options KPSS_SENSITIVITY_OPTIONS_INIT, "kpss_sensitivity_options");
    kpss::SensitivityOptions o;
    o.top_k = in.top_k;
    o.scan_steps = in.scan_steps;
    o.precision = in.precision;
    const auto s = kpss::share_sensitivity(t, kpss::capi::to_policy(policy), kpss::capi::to_options(options), o);
    kpss_sensitivity full = KPSS_SENSITIVITY_INIT;
    full.found = s.found ? 1 : 0;
    full.distance = s.distance;
    for (size_t k = 0; k < s.roles.size(); ++k) {
      const auto r = static_cast<size_t>(s.roles[k]);
      full.present[r] = 1;
      full.shares[r] = s.shares[k];
      if (s.found) full.changed_shares[r] = s.changed_shares[k];
    }
    kpss::capi::copy_versioned(out, full);
    auto flags = [n](int32_t* dest, const std::vector<std::size_t>& items) {
      if (dest == nullptr) return;
      std::fill(dest, dest + n, 0);
      for (std::size_t i : items) dest[i] = 1;
    };
    flags(in_top, s.top);
    flags(in_changed_top, s.changed_top);
  });
}

}  // extern "C"
