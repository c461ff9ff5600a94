// The C API of the selection rules (kpss_select.h).
#include <algorithm>
#include <cstring>
#include <memory>

#include "capi_internal.hpp"
#include "plan_handle.hpp"
#include "rank_internal.hpp"
#include "kpss/io/pabulib.hpp"
#include "kpss/kpss.h"
#include "kpss/select/equal_shares.hpp"
#include "kpss/select/from_ballots.hpp"
#include "kpss/select/greedy.hpp"
#include "kpss/select/knapsack.hpp"
#include "kpss/select/pabulib.hpp"
#include "kpss/select/phragmen.hpp"

struct kpss_election {
  kpss::select::Election election;
};

struct kpss_select_result {
  kpss::select::Result result;
};

namespace {

using kpss::capi::require;
namespace sel = kpss::select;

using kpss::capi::from_money;
using kpss::capi::to_money;

void copy_money(kpss_money* out, std::size_t capacity, const std::vector<kpss::Money>& from) {
  if (capacity < from.size())
    throw kpss::InvalidArgument("capacity " + std::to_string(capacity) + " is below " + std::to_string(from.size()));
  if (!from.empty()) require(out, "out");
  for (std::size_t i = 0; i < from.size(); ++i) out[i] = from_money(from[i]);
}

template <class E>
E checked_enum(int32_t value, int32_t last, const char* what) {
  if (value < 0 || value > last) throw kpss::InvalidArgument("unknown value " + std::to_string(value), what);
  return static_cast<E>(value);
}

sel::Result run(const sel::Election& e, const kpss_select_options& o, std::span<const std::int64_t> weights,
                std::span<const std::uint32_t> groups) {
  const auto sat = checked_enum<sel::Satisfaction>(o.satisfaction, 2, "satisfaction");
  const auto tie = checked_enum<sel::TieBreak>(o.tie, 1, "tie");
  switch (checked_enum<kpss_select_rule>(o.rule, 3, "rule")) {
    case KPSS_RULE_GREEDY: return sel::greedy_utilitarian(e, sat, tie, weights);
    case KPSS_RULE_PHRAGMEN: return sel::sequential_phragmen(e, tie, weights);
    case KPSS_RULE_KNAPSACK: {
      sel::KnapsackOptions k;
      k.satisfaction = sat;
      if (o.max_nodes > 0) k.max_nodes = o.max_nodes;
      return sel::knapsack(e, k, weights);
    }
    case KPSS_RULE_EQUAL_SHARES: break;
  }
  sel::EqualSharesOptions m;
  m.satisfaction = sat;
  m.tie = tie;
  m.add1 = checked_enum<sel::Add1>(o.add1, 2, "add1");
  m.start_from_whole_units = o.start_from_whole_units != 0;
  m.comparison = o.comparison != 0;
  if (o.then_greedy >= 0) m.then_greedy = checked_enum<sel::Satisfaction>(o.then_greedy, 2, "then_greedy");
  if (o.increment_minor_units != 0)
    m.increment = kpss::Money(o.increment_minor_units, e.pots.front().budget.currency());
  return sel::equal_shares(e, m, weights, groups);
}

const sel::Funded& funded_at(const kpss_select_result* r, std::size_t i) {
  require(r, "result");
  if (i >= r->result.funded.size()) throw kpss::InvalidArgument("no funded candidate " + std::to_string(i), "i");
  return r->result.funded[i];
}

}  // namespace

extern "C" {

int kpss_election_from_pabulib(kpss_election** out, const char* path) {
  return kpss::capi::guard([&] {
    require(out, "out");
    *out = nullptr;
    auto e = std::make_unique<kpss_election>();
    e->election = sel::election_from_pabulib(kpss::read_pabulib(require(path, "path")));
    *out = e.release();
  });
}

int kpss_election_new(kpss_election** out, const kpss_money* budgets, size_t num_pots) {
  return kpss::capi::guard([&] {
    require(out, "out");
    *out = nullptr;
    if (num_pots == 0) throw kpss::InvalidArgument("an election needs at least one pot", "num_pots");
    require(budgets, "budgets");
    auto e = std::make_unique<kpss_election>();
    for (std::size_t p = 0; p < num_pots; ++p)
      e->election.pots.push_back({"pot " + std::to_string(p), to_money(&budgets[p])});
    e->election.validate();
    *out = e.release();
  });
}

int kpss_election_add_candidate(kpss_election* election, const char* id, const kpss_money* cost,
                                const int64_t* shares) {
  return kpss::capi::guard([&] {
    auto& e = require(election, "election")->election;
    sel::Candidate c{require(id, "id"), to_money(cost), {}};
    if (shares) c.shares.assign(shares, shares + e.pots.size());
    e.candidates.push_back(std::move(c));
    try {
      e.validate();
    } catch (...) {
      e.candidates.pop_back();
      throw;
    }
  });
}

int kpss_election_add_ballots(kpss_election* election, const size_t* offsets, size_t num_ballots,
                              const uint32_t* candidates, const int64_t* scores) {
  return kpss::capi::guard([&] {
    auto& e = require(election, "election")->election;
    if (num_ballots == 0) return;
    require(offsets, "offsets");
    if (offsets[num_ballots] > offsets[0]) require(candidates, "candidates");
    // Validate everything first so a bad ballot leaves the election unchanged.
    for (std::size_t b = 0; b < num_ballots; ++b) {
      if (offsets[b + 1] < offsets[b]) throw kpss::InvalidArgument("offsets must not decrease", "offsets");
      for (std::size_t k = offsets[b]; k < offsets[b + 1]; ++k) {
        if (candidates[k] >= e.candidates.size())
          throw kpss::InvalidArgument("unknown candidate " + std::to_string(candidates[k]), "candidates");
        if (scores && scores[k] < 0) throw kpss::InvalidArgument("negative score", "scores");
        for (std::size_t l = offsets[b]; l < k; ++l)
          if (candidates[l] == candidates[k]) throw kpss::InvalidArgument("candidate listed twice", "candidates");
      }
    }
    for (std::size_t b = 0; b < num_ballots; ++b) {
      const std::size_t n = offsets[b + 1] - offsets[b];
      const std::span<const std::uint32_t> items(candidates + offsets[b], n);
      if (scores) e.ballots.add(items, std::span<const std::int64_t>(scores + offsets[b], n));
      else e.ballots.add(items);
    }
  });
}

int kpss_election_counts(size_t* out_candidates, size_t* out_ballots, const kpss_election* election) {
  return kpss::capi::guard([&] {
    const auto& e = require(election, "election")->election;
    if (out_candidates) *out_candidates = e.candidates.size();
    if (out_ballots) *out_ballots = e.ballots.size();
  });
}

int kpss_election_candidate_id(char** out, const kpss_election* election, size_t index) {
  return kpss::capi::guard([&] {
    require(out, "out");
    const auto& e = require(election, "election")->election;
    if (index >= e.candidates.size()) throw kpss::InvalidArgument("no candidate " + std::to_string(index), "index");
    *out = kpss::capi::dup_string(e.candidates[index].id);
  });
}

void kpss_election_free(kpss_election* election) { delete election; }

int kpss_select_run(kpss_select_result** out, const kpss_election* election, const kpss_select_options* options,
                    const int64_t* weights, const uint32_t* groups, size_t num_ballots) {
  return kpss::capi::guard([&] {
    require(out, "out");
    *out = nullptr;
    const auto& e = require(election, "election")->election;
    const kpss_select_options o =
        kpss::capi::read_versioned(options, kpss_select_options KPSS_SELECT_OPTIONS_INIT, "kpss_select_options");
    if ((weights || groups) && num_ballots != e.ballots.size())
      throw kpss::InvalidArgument("num_ballots must equal the election's ballot count", "num_ballots");
    const std::span<const std::int64_t> w = weights ? std::span(weights, num_ballots) : std::span<const std::int64_t>();
    const std::span<const std::uint32_t> g = groups ? std::span(groups, num_ballots) : std::span<const std::uint32_t>();
    auto r = std::make_unique<kpss_select_result>();
    r->result = run(e, o, w, g);
    *out = r.release();
  });
}

int kpss_select_result_info(kpss_select_info* out, const kpss_select_result* result) {
  return kpss::capi::guard([&] {
    require(out, "out");
    const auto& r = require(result, "result")->result;
    kpss_select_info info = KPSS_SELECT_INFO_INIT;
    info.num_funded = r.funded.size();
    info.num_rejected = r.rejected.size();
    info.num_pots = r.left_per_pot.size();
    info.num_groups = r.group_endowment.size();
    info.total_cost = from_money(r.total_cost());
    info.add1_steps = r.add1_steps;
    info.runs = r.runs;
    info.proven_optimal = r.proven_optimal ? 1 : 0;
    info.comparison_chose_greedy = r.comparison_chose_greedy ? 1 : 0;
    kpss::capi::copy_versioned(out, info);
  });
}

int kpss_select_result_funded(size_t* out, size_t capacity, const kpss_select_result* result) {
  return kpss::capi::guard([&] {
    const auto selected = require(result, "result")->result.selected();
    if (capacity < selected.size()) throw kpss::InvalidArgument("capacity below the funded count", "capacity");
    if (!selected.empty()) require(out, "out");
    std::copy(selected.begin(), selected.end(), out);
  });
}

int kpss_select_result_rejected(size_t* out_candidates, int32_t* out_reasons, size_t capacity,
                                const kpss_select_result* result) {
  return kpss::capi::guard([&] {
    const auto& rejected = require(result, "result")->result.rejected;
    if (capacity < rejected.size()) throw kpss::InvalidArgument("capacity below the rejected count", "capacity");
    for (std::size_t i = 0; i < rejected.size(); ++i) {
      if (out_candidates) out_candidates[i] = rejected[i].first;
      if (out_reasons) out_reasons[i] = static_cast<int32_t>(rejected[i].second);
    }
  });
}

int kpss_select_result_cost_per_pot(kpss_money* out, size_t capacity, const kpss_select_result* result, size_t i) {
  return kpss::capi::guard([&] { copy_money(out, capacity, funded_at(result, i).cost_per_pot); });
}

int kpss_select_result_paid_by_group(kpss_money* out, size_t capacity, const kpss_select_result* result,
                                     size_t i) {
  return kpss::capi::guard([&] { copy_money(out, capacity, funded_at(result, i).paid_by_group); });
}

int kpss_select_result_left(kpss_money* out, size_t capacity, const kpss_select_result* result) {
  return kpss::capi::guard([&] { copy_money(out, capacity, require(result, "result")->result.left_per_pot); });
}

int kpss_select_result_groups(kpss_money* out_endowment, kpss_money* out_paid, size_t capacity,
                              const kpss_select_result* result) {
  return kpss::capi::guard([&] {
    const auto& r = require(result, "result")->result;
    copy_money(out_endowment, capacity, r.group_endowment);
    copy_money(out_paid, capacity, r.group_paid);
  });
}

const char* kpss_rejection_name(int reason) {
  if (reason < 0 || reason > KPSS_REJECTED_NOT_IN_OPTIMUM) return nullptr;
  return sel::to_string(static_cast<sel::Rejection>(reason));
}

void kpss_select_result_free(kpss_select_result* result) { delete result; }

int kpss_election_from_plan_ballots(kpss_election** out, const kpss_plan* plan, const kpss_ballots* ballots,
                                    const kpss_money* budget) {
  return kpss::capi::guard([&] {
    require(out, "out");
    *out = nullptr;
    const auto& p = kpss::capi::plan_of(plan);
    const auto& b = require(ballots, "ballots")->set;
    auto e = sel::election_from_ballots(b, sel::candidates_from_plan(p, b), {{p.title, to_money(budget)}});
    *out = new kpss_election{std::move(e)};
  });
}

int kpss_select_policy_weights(int64_t* out_weights, uint32_t* out_groups, size_t capacity,
                               const kpss_ballots* ballots, const kpss_weighting_policy* policy) {
  return kpss::capi::guard([&] {
    const auto& b = require(ballots, "ballots")->set;
    if (capacity < b.size())
      throw kpss::InvalidArgument("capacity " + std::to_string(capacity) + " is below " + std::to_string(b.size()));
    const auto groups = sel::role_groups(b);
    const auto weights = sel::integer_weights(kpss::capi::to_policy(policy).participant_weights(b), groups);
    if (out_weights) std::copy(weights.begin(), weights.end(), out_weights);
    if (out_groups) std::copy(groups.begin(), groups.end(), out_groups);
  });
}

}  // extern "C"
