// Multi-criteria scoring (vícekriteriální hodnocení): a criteria matrix, weights given or
// derived by AHP, weighted sum and TOPSIS, and the combined score where the participants'
// support is one criterion beside the evidence of the gap analysis.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/gaps/candidates.hpp"
#include "kpss/model/diagnostic.hpp"
#include "kpss/rank/ranking.hpp"

namespace kpss {

/// One criterion (kritérium): larger values are better unless `benefit` is false (a cost).
struct Criterion {
  std::string name;
  bool benefit = true;
};

/// Items × criteria values (row-major), the input of every multi-criteria method.
class CriteriaMatrix {
 public:
  static constexpr std::size_t max_items = 100'000;
  static constexpr std::size_t max_criteria = 1'000;

  /// All values 0. Throws: InvalidArgument (no item or criterion, an empty or repeated
  /// name), LimitExceeded (over max_items or max_criteria).
  CriteriaMatrix(std::vector<std::string> items, std::vector<Criterion> criteria);
  /// `values` row-major, item i's value on criterion j at [i · criteria + j].
  /// Throws: as above, InvalidArgument (wrong size, a value not finite, naming "item, criterion").
  CriteriaMatrix(std::vector<std::string> items, std::vector<Criterion> criteria, std::vector<double> values);

  std::span<const std::string> items() const noexcept { return items_; }
  std::span<const Criterion> criteria() const noexcept { return criteria_; }
  std::size_t item_count() const noexcept { return items_.size(); }
  std::size_t criterion_count() const noexcept { return criteria_.size(); }
  double at(std::size_t item, std::size_t criterion) const { return values_[item * criteria_.size() + criterion]; }
  /// Throws: InvalidArgument (index out of range, value not finite).
  void set(std::size_t item, std::size_t criterion, double value);
  std::span<const double> values() const noexcept { return values_; }

 private:
  std::vector<std::string> items_;
  std::vector<Criterion> criteria_;
  std::vector<double> values_;
};

/// How criteria are brought to a common scale. Both give "larger is better" values: a cost
/// criterion is reflected.
enum class Normalisation : std::uint8_t {
  /// (x − min) / (max − min); a cost (max − x) / (max − min). A criterion on which all items
  /// are equal gives 1 to every item (it separates nothing).
  min_max = 0,
  /// x / ‖x‖₂ over the items (TOPSIS's classical choice); a cost 1 − x / ‖x‖₂. A column of
  /// zeros stays 0 (a cost: 1).
  vector = 1,
};

enum class MultiCriteriaMethod : std::uint8_t {
  /// Σ_j w_j · r_ij (vážený součet).
  weighted_sum = 0,
  /// Closeness to the ideal: D⁻ / (D⁺ + D⁻), the Euclidean distances of the weighted
  /// normalised row to the column-wise best (ideal) and worst (anti-ideal) values; 1 when
  /// every item is identical. Because normalised values are "larger is better", the ideal is
  /// the column maximum for benefit and cost criteria alike — the same distances as the
  /// textbook form, which takes the minimum for costs.
  topsis = 1,
};

/// Saaty's random consistency index RI(n) for n = 1..15 (0, 0, 0.58, 0.90, 1.12, 1.24,
/// 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59). Throws: InvalidArgument otherwise.
double saaty_random_index(std::size_t n);

/// Weights from an AHP pairwise-comparison matrix and how consistent the judgements are.
struct AhpWeights {
  std::vector<double> weights;     ///< the principal eigenvector, summing to 1
  double lambda_max = 0;           ///< its eigenvalue
  double consistency_index = 0;    ///< CI = (λmax − n) / (n − 1); 0 for n ≤ 2
  double consistency_ratio = 0;    ///< CR = CI / RI(n); 0 for n ≤ 2
  std::size_t iterations = 0;      ///< power iterations used
  /// One warning (code "R301") when CR > 0.1, Saaty's limit for acceptable judgements.
  std::vector<Diagnostic> diagnostics;
  bool consistent() const noexcept { return consistency_ratio <= 0.1; }
};

/// AHP (analytický hierarchický proces): the principal eigenvector of the n × n
/// pairwise-comparison matrix `a` (row-major; a[i·n+j] = how much more criterion i matters
/// than j, on Saaty's 1–9 scale or any positive ratio) by power iteration, λmax, CI and CR.
/// Requires: a.size() == n · n.
/// Throws: InvalidArgument naming the cell ("row i, column j") for a value that is not a
/// finite positive number, a diagonal other than 1, or a_ij · a_ji further than 10⁻³ from 1
/// (so 0.333 for 1/3 passes); InvalidArgument for n = 0 or n > 15.
/// Complexity: O(n²) per iteration; iterates until no weight moves by more than 10⁻¹⁴ (at
/// most 10 000 times).
AhpWeights ahp_weights(std::size_t n, std::span<const double> a);

struct MultiCriteriaOptions {
  MultiCriteriaMethod method = MultiCriteriaMethod::weighted_sum;
  Normalisation normalisation = Normalisation::min_max;
};

/// The result: an order with tie groups (as Ranking: equal scores per nearly_equal tie, a
/// group lists its items in item order), the score per item and the steps behind it.
struct MultiCriteriaRanking {
  MultiCriteriaOptions options;
  std::vector<std::string> items;
  std::vector<Criterion> criteria;
  std::vector<double> weights;     ///< per criterion, summing to 1
  std::vector<double> normalised;  ///< items × criteria, larger is better
  std::vector<std::vector<std::size_t>> groups;  ///< tie groups, best first
  std::vector<double> score;       ///< weighted sum, or TOPSIS closeness (0–1)
  std::vector<Diagnostic> diagnostics;  ///< e.g. the AHP consistency warning

  std::vector<std::size_t> order() const;
  /// 1 + the number of items strictly above `item`. Throws: InvalidArgument.
  std::size_t rank_of(std::size_t item) const;
};

/// Normalises the matrix as `how` says (see Normalisation). Complexity: O(items · criteria).
std::vector<double> normalise(const CriteriaMatrix& matrix, Normalisation how);

/// Ranks the items with weights given per criterion (any non-negative numbers, not all 0;
/// scaled to sum 1). Throws: InvalidArgument (wrong count, negative, non-finite, all 0).
/// Complexity: O(items · criteria + items log items).
MultiCriteriaRanking rank_criteria(const CriteriaMatrix& matrix, std::span<const double> weights,
                                   const MultiCriteriaOptions& options = {});
/// Ranks with AHP weights; their diagnostics (the CR warning) go into the result.
/// Throws: InvalidArgument (the AHP matrix's size differs from the criteria's count).
MultiCriteriaRanking rank_criteria(const CriteriaMatrix& matrix, const AhpWeights& weights,
                                   const MultiCriteriaOptions& options = {});

/// The combined criteria matrix (podpora a důkazy): criterion "support" (benefit) is each
/// item's weighted support share in `support` (overall, 0–1), followed by the evidence
/// criteria of item i in `evidence[i]` — the shape of PriorityCandidate::criteria. Items are
/// the ranking's, in its order; every item carries the same criteria (names and directions)
/// in the same order.
/// Throws: InvalidArgument (evidence.size() differs from the items', criteria differ between
/// items, a criterion named "support", a value not finite).
CriteriaMatrix combine_support(const Ranking& support, std::span<const std::vector<CandidateCriterion>> evidence);
/// The same with the candidates of the gap analysis: candidate i is the ranking's item i.
CriteriaMatrix combine_support(const Ranking& support, std::span<const PriorityCandidate> candidates);

}  // namespace kpss
