// Aggregation methods on weighted statistics: Schulze strongest paths, Copeland, Borda.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace kpss {

/// The ranking method (metoda stanovení pořadí).
enum class Method : std::uint8_t {
  score = 0,     ///< weighted score: mean or sum of values (hodnocení)
  borda = 1,     ///< Borda count with ties and partial rankings
  schulze = 2,   ///< Schulze (beat-path) Condorcet method
  copeland = 3,  ///< Copeland: pairwise wins + ½ pairwise ties
  approval = 4,  ///< weighted number of supporters
};
/// "score", "borda", "schulze", "copeland", "approval".
std::string_view to_string(Method method) noexcept;
/// Throws: InvalidArgument.
Method parse_method(std::string_view text);

/// Link strength for Schulze.
enum class SchulzeStrength : std::uint8_t {
  winning_votes = 0,  ///< d[a][b] when d[a][b] > d[b][a], else 0
  margins = 1,        ///< d[a][b] − d[b][a] when positive, else 0
};

/// Two weighted totals are equal when they differ by at most 10⁻¹⁰ of the larger: weights
/// like 1/3 are inexact in binary, and rounding must never decide between items.
bool nearly_equal(double x, double y) noexcept;

/// A square matrix of weighted pairwise preferences: at(a, b) is the weight of the
/// participants who prefer a to b.
class PairwiseMatrix {
 public:
  PairwiseMatrix() = default;
  explicit PairwiseMatrix(std::size_t items) : n_(items), d_(items * items, 0.0) {}
  PairwiseMatrix(std::size_t items, std::vector<double> values);
  std::size_t size() const noexcept { return n_; }
  double at(std::size_t a, std::size_t b) const { return d_[a * n_ + b]; }
  double& at(std::size_t a, std::size_t b) { return d_[a * n_ + b]; }
  std::span<const double> values() const noexcept { return d_; }

 private:
  std::size_t n_ = 0;
  std::vector<double> d_;
};

/// Schulze's strongest paths p[a][b] (widest paths over the links chosen by `strength`;
/// p[a][a] = 0). Complexity: O(n³) time, blocked so that 1 000 items take well under a second.
PairwiseMatrix strongest_paths(const PairwiseMatrix& d, SchulzeStrength strength);

/// Copeland score per item: pairwise wins + ½ pairwise ties (d[a][b] vs d[b][a]).
std::vector<double> copeland_scores(const PairwiseMatrix& d);

/// Items grouped by equal score (nearly_equal to the group's first), highest first; items in
/// a group keep index order.
std::vector<std::vector<std::size_t>> groups_by_score(std::span<const double> scores);

}  // namespace kpss
