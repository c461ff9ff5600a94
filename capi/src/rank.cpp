// The ranking core through the C API: ballots, weighting policy, tallies, rankings.
#include <algorithm>

#include <gsl/narrow>

#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/ranking.hpp"
#include "kpss/rank/ranking_json.hpp"
#include "rank_internal.hpp"

using kpss::capi::guard;
using kpss::capi::read_versioned;
using kpss::capi::require;
using kpss::capi::to_options;
using kpss::capi::to_policy;
using kpss::capi::to_role;

namespace {

kpss::BallotKind to_kind(int32_t kind) {
  if (kind < 0 || kind > 3) throw kpss::InvalidArgument("unknown ballot kind " + std::to_string(kind));
  return static_cast<kpss::BallotKind>(kind);
}

kpss::BallotSet make_set(kpss::BallotKind kind, std::vector<std::string> items, int32_t lo, int32_t hi) {
  switch (kind) {
    case kpss::BallotKind::score: return kpss::BallotSet::scores(std::move(items), lo, hi);
    case kpss::BallotKind::points: return kpss::BallotSet::points(std::move(items), hi);
    case kpss::BallotKind::ranking: return kpss::BallotSet::rankings(std::move(items));
    case kpss::BallotKind::approval: break;
  }
  return kpss::BallotSet::approvals(std::move(items));
}

kpss::Participant participant(const kpss_participants& who, size_t i) {
  kpss::Participant p;
  p.id = require(who.ids[i], "participant id");
  p.role = to_role(who.roles[i]);
  if (who.organisations != nullptr && who.organisations[i] != nullptr) p.organisation = who.organisations[i];
  if (who.territories != nullptr && who.territories[i] != nullptr) p.territory = who.territories[i];
  return p;
}

template <class Add>
void add_all(kpss_ballots* ballots, const kpss_participants* participants, Add&& add) {
  require(ballots, "ballots");
  const kpss_participants who = read_versioned(require(participants, "participants"),
                                               kpss_participants KPSS_PARTICIPANTS_INIT, "kpss_participants");
  if (who.count > 0) {
    require(who.ids, "participants.ids");
    require(who.roles, "participants.roles");
  }
  for (size_t i = 0; i < who.count; ++i) add(participant(who, i), i);
}

}  // namespace

namespace kpss::capi {

kpss::Role to_role(int32_t role) {
  if (role < 0 || role >= KPSS_ROLE_COUNT) throw kpss::InvalidArgument("unknown role " + std::to_string(role));
  return static_cast<kpss::Role>(role);
}

kpss::WeightingPolicy to_policy(const kpss_weighting_policy* policy) {
  if (policy == nullptr) return kpss::WeightingPolicy::roles_equal();
  const kpss_weighting_policy p =
      read_versioned(policy, kpss_weighting_policy KPSS_POLICY_ROLES_EQUAL_INIT, "kpss_weighting_policy");
  if (p.custom_count > 0) {
    require(p.custom_ids, "policy.custom_ids");
    require(p.custom_weights, "policy.custom_weights");
    std::vector<std::pair<std::string, double>> w;
    for (size_t i = 0; i < p.custom_count; ++i)
      w.emplace_back(require(p.custom_ids[i], "custom id"), p.custom_weights[i]);
    return kpss::WeightingPolicy::custom(std::move(w));
  }
  kpss::WeightingPolicy out = kpss::WeightingPolicy::roles_equal();
  const double defaults[] = {1, 1, 1, 1, 0};
  for (kpss::Role r : kpss::all_roles) {
    const auto k = static_cast<size_t>(r);
    if (p.shares[k] != defaults[k]) out.share(r, p.shares[k]);
  }
  out.balance_roles(p.balance_roles != 0).balance_organisations(p.balance_organisations != 0);
  return out;
}

kpss::RankOptions to_options(const kpss_rank_options* options) {
  kpss::RankOptions out;
  if (options == nullptr) return out;
  const kpss_rank_options o = read_versioned(options, kpss_rank_options KPSS_RANK_OPTIONS_INIT, "kpss_rank_options");
  if (o.method < 0 || o.method > 4) throw kpss::InvalidArgument("unknown method " + std::to_string(o.method));
  if (o.aggregate < 0 || o.aggregate > 1 || o.strength < 0 || o.strength > 1 || o.unranked < 0 ||
      o.unranked > 1)
    throw kpss::InvalidArgument("unknown aggregate, strength or unranked option");
  out.method = static_cast<kpss::Method>(o.method);
  out.aggregate = static_cast<kpss::ScoreAggregate>(o.aggregate);
  out.strength = static_cast<kpss::SchulzeStrength>(o.strength);
  out.unranked = static_cast<kpss::Unranked>(o.unranked);
  out.majority_threshold = o.majority_threshold;
  out.support_top = o.support_top;
  return out;
}

}  // namespace kpss::capi

extern "C" {

int kpss_ballots_new(kpss_ballots** out, int32_t kind, const char* const* items, size_t item_count,
                     int32_t scale_min, int32_t scale_max) {
  return guard([&] {
    require(out, "out");
    if (item_count > 0) require(items, "items");
    std::vector<std::string> ids;
    for (size_t i = 0; i < item_count; ++i) ids.emplace_back(require(items[i], "item id"));
    *out = new kpss_ballots{make_set(to_kind(kind), std::move(ids), scale_min, scale_max)};
  });
}

int kpss_ballots_read(kpss_ballots** out, const char* path) {
  return guard([&] {
    require(out, "out");
    *out = new kpss_ballots{kpss::read_ballots(require(path, "path"))};
  });
}

int kpss_ballots_parse_json(kpss_ballots** out, const char* text, size_t length) {
  return guard([&] {
    require(out, "out");
    *out = new kpss_ballots{kpss::parse_ballots_json(std::string_view(require(text, "text"), length))};
  });
}

int kpss_ballots_parse_csv(kpss_ballots** out, const char* text, size_t length, int32_t kind,
                           int32_t scale_min, int32_t scale_max, char delimiter) {
  return guard([&] {
    require(out, "out");
    kpss::CsvBallotOptions o;
    o.kind = to_kind(kind);
    o.scale_min = scale_min;
    o.scale_max = scale_max;
    o.delimiter = delimiter;
    *out = new kpss_ballots{kpss::parse_ballots_csv(std::string_view(require(text, "text"), length), o)};
  });
}

void kpss_ballots_free(kpss_ballots* ballots) { delete ballots; }

int kpss_ballots_to_json(char** out, const kpss_ballots* ballots) {
  return guard([&] {
    *require(out, "out") = kpss::capi::dup_string(kpss::format_ballots_json(require(ballots, "ballots")->set));
  });
}

int kpss_ballots_count(size_t* out, const kpss_ballots* ballots) {
  return guard([&] { *require(out, "out") = require(ballots, "ballots")->set.size(); });
}

int kpss_ballots_item_count(size_t* out, const kpss_ballots* ballots) {
  return guard([&] { *require(out, "out") = require(ballots, "ballots")->set.item_count(); });
}

int kpss_ballots_item(const char** out, const kpss_ballots* ballots, size_t index) {
  return guard([&] {
    require(out, "out");
    const auto items = require(ballots, "ballots")->set.items();
    if (index >= items.size()) throw kpss::InvalidArgument("item index " + std::to_string(index) + " is out of range");
    *out = items[index].c_str();
  });
}

int kpss_ballots_add_scores(kpss_ballots* ballots, const kpss_participants* who, const int32_t* values) {
  return guard([&] {
    if (who != nullptr && who->count > 0) require(values, "values");
    add_all(ballots, who, [&](const kpss::Participant& p, size_t i) {
      const size_t m = ballots->set.item_count();
      ballots->set.add_scores(p, std::span<const int32_t>(values + i * m, m));
    });
  });
}

int kpss_ballots_add_rankings(kpss_ballots* ballots, const kpss_participants* who, const uint32_t* ranks) {
  return guard([&] {
    if (who != nullptr && who->count > 0) require(ranks, "ranks");
    add_all(ballots, who, [&](const kpss::Participant& p, size_t i) {
      const size_t m = ballots->set.item_count();
      ballots->set.add_ranking(p, std::span<const uint32_t>(ranks + i * m, m));
    });
  });
}

int kpss_ballots_add_approvals(kpss_ballots* ballots, const kpss_participants* who, const uint64_t* offsets,
                               const uint32_t* items) {
  return guard([&] {
    if (who != nullptr && who->count > 0) require(offsets, "offsets");
    add_all(ballots, who, [&](const kpss::Participant& p, size_t i) {
      if (offsets[i + 1] < offsets[i]) throw kpss::InvalidArgument("offsets must not decrease");
      const auto n = gsl::narrow<size_t>(offsets[i + 1] - offsets[i]);
      if (n > 0) require(items, "items");
      ballots->set.add_approvals(p, std::span<const uint32_t>(items + offsets[i], n));
    });
  });
}

int kpss_ballots_weights(double* out, size_t capacity, const kpss_ballots* ballots,
                         const kpss_weighting_policy* policy) {
  return guard([&] {
    require(ballots, "ballots");
    if (capacity < ballots->set.size())
      throw kpss::InvalidArgument("the output has room for " + std::to_string(capacity) + " weights; " +
                                  std::to_string(ballots->set.size()) + " are needed");
    if (ballots->set.size() > 0) require(out, "out");
    const auto w = to_policy(policy).participant_weights(ballots->set);
    std::copy(w.begin(), w.end(), out);
  });
}

int kpss_tally_count(kpss_tally** out, const kpss_ballots* ballots, const kpss_tally_options* options) {
  return guard([&] {
    require(out, "out");
    const kpss_tally_options in = read_versioned(options, kpss_tally_options KPSS_TALLY_OPTIONS_INIT, "kpss_tally_options");
    kpss::TallyOptions o;
    o.per_participant = in.per_participant != 0;
    o.pairwise = in.pairwise != 0;
    if (in.has_support_threshold != 0) o.support_threshold = in.support_threshold;
    o.first = in.first;
    o.last = in.last;
    *out = new kpss_tally{kpss::Tally::count(require(ballots, "ballots")->set, o)};
  });
}

int kpss_tally_merge(kpss_tally* into, const kpss_tally* other) {
  return guard([&] { require(into, "into")->tally.merge(require(other, "other")->tally); });
}

int kpss_tally_serialise(char** out, size_t* out_length, const kpss_tally* tally) {
  return guard([&] {
    require(out, "out");
    require(out_length, "out_length");
    const std::string bytes = require(tally, "tally")->tally.serialise();
    *out = kpss::capi::dup_string(bytes);
    *out_length = bytes.size();
  });
}

int kpss_tally_deserialise(kpss_tally** out, const void* bytes, size_t length) {
  return guard([&] {
    require(out, "out");
    *out = new kpss_tally{kpss::Tally::deserialise(
        std::string_view(static_cast<const char*>(require(bytes, "bytes")), length))};
  });
}

int kpss_tally_participants(int64_t* out, const kpss_tally* tally) {
  return guard([&] { *require(out, "out") = require(tally, "tally")->tally.total_participants(); });
}

void kpss_tally_free(kpss_tally* tally) { delete tally; }

int kpss_rank_tally(kpss_ranking** out, const kpss_tally* tally, const kpss_weighting_policy* policy,
                    const kpss_rank_options* options) {
  return guard([&] {
    require(out, "out");
    *out = new kpss_ranking{kpss::rank(require(tally, "tally")->tally, to_policy(policy), to_options(options))};
  });
}

int kpss_rank_ballots(kpss_ranking** out, const kpss_ballots* ballots, const kpss_weighting_policy* policy,
                      const kpss_rank_options* options) {
  return guard([&] {
    require(out, "out");
    *out = new kpss_ranking{kpss::rank(require(ballots, "ballots")->set, to_policy(policy), to_options(options))};
  });
}

void kpss_ranking_free(kpss_ranking* ranking) { delete ranking; }

int kpss_ranking_item_count(size_t* out, const kpss_ranking* ranking) {
  return guard([&] { *require(out, "out") = require(ranking, "ranking")->ranking.items.size(); });
}

int kpss_ranking_item(const char** out, const kpss_ranking* ranking, size_t index) {
  return guard([&] {
    require(out, "out");
    const auto& items = require(ranking, "ranking")->ranking.items;
    if (index >= items.size()) throw kpss::InvalidArgument("item index " + std::to_string(index) + " is out of range");
    *out = items[index].c_str();
  });
}

namespace {
void check_n(const kpss::Ranking& r, size_t n) { kpss::capi::check_item_count(n, r.items.size(), "ranking"); }
}  // namespace

int kpss_ranking_results(double* score, double* support, int32_t* majority, uint32_t* group, uint32_t* rank,
                         uint32_t* order, const kpss_ranking* ranking, size_t n) {
  return guard([&] {
    const auto& r = require(ranking, "ranking")->ranking;
    check_n(r, n);
    kpss::capi::copy_places(r, score, group, rank, order);
    for (size_t i = 0; i < n; ++i) {
      if (support != nullptr) support[i] = r.support[i];
      if (majority != nullptr) majority[i] = r.majority[i] ? 1 : 0;
    }
  });
}

int kpss_ranking_role_results(double* score, double* support, int32_t* majority, double* weight,
                              const kpss_ranking* ranking, int32_t role, size_t n) {
  return guard([&] {
    const auto& r = require(ranking, "ranking")->ranking;
    check_n(r, n);
    const kpss::Role want = to_role(role);
    const auto it = std::find(r.roles.begin(), r.roles.end(), want);
    if (it == r.roles.end())
      throw kpss::NotFound("no participant has the role " + std::string(kpss::to_string(want)));
    const auto k = static_cast<size_t>(it - r.roles.begin());
    if (weight != nullptr) *weight = r.role_weight[k];
    for (size_t i = 0; i < n; ++i) {
      if (score != nullptr) score[i] = r.role_score[k][i];
      if (support != nullptr) support[i] = r.role_support[k][i];
      if (majority != nullptr) majority[i] = r.role_majority[k][i] ? 1 : 0;
    }
  });
}

int kpss_ranking_pairwise(double* out, const kpss_ranking* ranking, size_t n, int32_t paths) {
  return guard([&] {
    const auto& r = require(ranking, "ranking")->ranking;
    check_n(r, n);
    const auto& m = paths != 0 ? r.paths : r.pairwise;
    if (!m) throw kpss::NotFound(paths != 0 ? "only Schulze has strongest paths" : "the method has no pairwise matrix");
    require(out, "out");
    std::copy(m->values().begin(), m->values().end(), out);
  });
}

int kpss_ranking_explain(char** out, const kpss_ranking* ranking, size_t a, size_t b) {
  return guard([&] {
    *require(out, "out") = kpss::capi::dup_string(require(ranking, "ranking")->ranking.explain(a, b).text);
  });
}

int kpss_ranking_to_json(char** out, const kpss_ranking* ranking) {
  return guard([&] {
    *require(out, "out") = kpss::capi::dup_string(kpss::ranking_to_json(require(ranking, "ranking")->ranking));
  });
}

}  // extern "C"
