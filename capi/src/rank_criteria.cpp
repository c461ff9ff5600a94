// Multi-criteria scoring through the C API: AHP weights, weighted sum and TOPSIS, and the
// combined score of support and evidence.
#include <algorithm>

#include "kpss/rank/multi_criteria.hpp"
#include "kpss/rank/ranking_json.hpp"
#include "rank_internal.hpp"

struct kpss_mcda {
  kpss::MultiCriteriaRanking result;
};

using kpss::capi::guard;
using kpss::capi::read_versioned;
using kpss::capi::require;

namespace {

kpss::MultiCriteriaOptions to_options(const kpss_mcda_options* options) {
  kpss::MultiCriteriaOptions out;
  if (options == nullptr) return out;
  const kpss_mcda_options o = read_versioned(options, kpss_mcda_options KPSS_MCDA_OPTIONS_INIT, "kpss_mcda_options");
  if (o.method < 0 || o.method > 1) throw kpss::InvalidArgument("unknown multi-criteria method " + std::to_string(o.method));
  if (o.normalisation < 0 || o.normalisation > 1)
    throw kpss::InvalidArgument("unknown normalisation " + std::to_string(o.normalisation));
  out.method = static_cast<kpss::MultiCriteriaMethod>(o.method);
  out.normalisation = static_cast<kpss::Normalisation>(o.normalisation);
  return out;
}

kpss_criteria checked(const kpss_criteria* criteria) {
  const kpss_criteria c = read_versioned(require(criteria, "criteria"), kpss_criteria KPSS_CRITERIA_INIT, "kpss_criteria");
  if (c.criterion_count > 0) require(c.names, "criteria.names");
  if (c.item_count > 0 && c.criterion_count > 0) require(c.values, "criteria.values");
  return c;
}

std::vector<kpss::Criterion> criteria_of(const kpss_criteria& c) {
  std::vector<kpss::Criterion> out;
  for (size_t j = 0; j < c.criterion_count; ++j)
    out.push_back({require(c.names[j], "criterion name"), c.benefit == nullptr || c.benefit[j] != 0});
  return out;
}

kpss::MultiCriteriaRanking run(const kpss::CriteriaMatrix& x, const double* weights, const double* ahp_matrix,
                               const kpss_mcda_options* options) {
  const size_t n = x.criterion_count();
  if (weights != nullptr) return kpss::rank_criteria(x, std::span<const double>(weights, n), to_options(options));
  require(ahp_matrix, "weights or ahp_matrix");
  return kpss::rank_criteria(x, kpss::ahp_weights(n, std::span<const double>(ahp_matrix, n * n)), to_options(options));
}

}  // namespace

extern "C" {

int kpss_ahp_weights(double* weights, double* lambda_max, double* consistency_index, double* consistency_ratio,
                     const double* matrix, size_t n) {
  return guard([&] {
    kpss::saaty_random_index(n);  // rejects n = 0 and n > 15 before the matrix is read
    const auto w = kpss::ahp_weights(n, std::span<const double>(require(matrix, "matrix"), n * n));
    if (weights != nullptr) std::copy(w.weights.begin(), w.weights.end(), weights);
    if (lambda_max != nullptr) *lambda_max = w.lambda_max;
    if (consistency_index != nullptr) *consistency_index = w.consistency_index;
    if (consistency_ratio != nullptr) *consistency_ratio = w.consistency_ratio;
  });
}

int kpss_mcda_rank(kpss_mcda** out, const kpss_criteria* criteria, const double* weights, const double* ahp_matrix,
                   const kpss_mcda_options* options) {
  return guard([&] {
    require(out, "out");
    const kpss_criteria c = checked(criteria);
    if (c.item_count > 0) require(c.items, "criteria.items");
    std::vector<std::string> items;
    for (size_t i = 0; i < c.item_count; ++i) items.emplace_back(require(c.items[i], "item id"));
    const size_t cells = c.item_count * c.criterion_count;
    const kpss::CriteriaMatrix x(std::move(items), criteria_of(c),
                                 cells > 0 ? std::vector<double>(c.values, c.values + cells) : std::vector<double>{});
    *out = new kpss_mcda{run(x, weights, ahp_matrix, options)};
  });
}

int kpss_mcda_combine(kpss_mcda** out, const kpss_ranking* support, const kpss_criteria* evidence,
                      const double* weights, const double* ahp_matrix, const kpss_mcda_options* options) {
  return guard([&] {
    require(out, "out");
    const kpss::Ranking& r = require(support, "support")->ranking;
    const kpss_criteria c = checked(evidence);
    if (c.item_count != r.items.size())
      throw kpss::InvalidArgument("the ranking has " + std::to_string(r.items.size()) + " items; evidence has " +
                                  std::to_string(c.item_count) + " rows");
    if (c.items != nullptr)
      for (size_t i = 0; i < c.item_count; ++i)
        if (r.items[i] != require(c.items[i], "item id"))
          throw kpss::InvalidArgument("evidence row " + std::to_string(i) + " is item '" + c.items[i] +
                                      "'; the ranking's item there is '" + r.items[i] + "'");
    const auto names = criteria_of(c);
    std::vector<std::vector<kpss::CandidateCriterion>> rows(c.item_count);
    for (size_t i = 0; i < c.item_count; ++i)
      for (size_t j = 0; j < names.size(); ++j)
        rows[i].push_back({names[j].name, c.values[i * names.size() + j], names[j].benefit});
    *out = new kpss_mcda{run(kpss::combine_support(r, rows), weights, ahp_matrix, options)};
  });
}

void kpss_mcda_free(kpss_mcda* mcda) { delete mcda; }

int kpss_mcda_results(double* score, uint32_t* group, uint32_t* rank, uint32_t* order, const kpss_mcda* mcda,
                      size_t n) {
  return guard([&] {
    const auto& r = require(mcda, "mcda")->result;
    kpss::capi::check_item_count(n, r.items.size(), "result");
    kpss::capi::copy_places(r, score, group, rank, order);
  });
}

int kpss_mcda_weights(double* out, const kpss_mcda* mcda, size_t n) {
  return guard([&] {
    const auto& r = require(mcda, "mcda")->result;
    if (n != r.weights.size())
      throw kpss::InvalidArgument("the array holds " + std::to_string(n) + " weights; the result has " +
                                  std::to_string(r.weights.size()) + " criteria");
    std::copy(r.weights.begin(), r.weights.end(), require(out, "out"));
  });
}

int kpss_mcda_to_json(char** out, const kpss_mcda* mcda) {
  return guard([&] {
    *require(out, "out") = kpss::capi::dup_string(kpss::multi_criteria_to_json(require(mcda, "mcda")->result));
  });
}

}  // extern "C"
