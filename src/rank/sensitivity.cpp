#include "kpss/rank/sensitivity.hpp"

#include <algorithm>
#include <cmath>

#include "aggregate.hpp"
#include "kpss/core/error.hpp"

namespace kpss {

namespace {

// The sums of the roles present with their groups weighted as if each role had the whole
// normalised share 1: the sums at shares p are then Σ_r p_r · part_r exactly.
class RoleParts {
 public:
  RoleParts(const Tally& tally, const WeightingPolicy& policy, const RankOptions& options, std::span<const Role> roles)
      : options_(options), m_(tally.item_count()) {
    const auto census = tally.census();
    for (Role r : roles) {
      WeightingPolicy only = policy;
      for (Role other : all_roles) only.share(other, other == r ? 1.0 : 0.0);
      parts_.push_back(detail::aggregate(tally, only.group_weights(census), r, options));
    }
  }

  /// Items ranked ≤ k at shares p, ascending.
  std::vector<std::size_t> top(std::span<const double> p, std::size_t k) const {
    detail::Weighted x = parts_[0];
    scale(x, p[0]);
    for (std::size_t r = 1; r < parts_.size(); ++r) add(x, parts_[r], p[r]);
    const auto score = detail::score_items(x, options_, m_).score;
    std::vector<std::size_t> out;
    std::size_t above = 0;
    for (const auto& g : groups_by_score(score)) {
      if (above + 1 > k) break;
      out.insert(out.end(), g.begin(), g.end());
      above += g.size();
    }
    std::sort(out.begin(), out.end());
    return out;
  }

 private:
  static void scale(std::vector<double>& v, double f) {
    for (double& x : v) x *= f;
  }
  static void add(std::vector<double>& v, const std::vector<double>& y, double f) {
    for (std::size_t i = 0; i < v.size(); ++i) v[i] += f * y[i];
  }
  static void scale(detail::Weighted& x, double f) {
    x.total *= f;
    scale(x.sums, f);
    scale(x.answered, f);
    scale(x.supporters, f);
    scale(x.compared, f);
    if (x.d)
      for (std::size_t a = 0; a < x.d->size(); ++a)
        for (std::size_t b = 0; b < x.d->size(); ++b) x.d->at(a, b) *= f;
  }
  static void add(detail::Weighted& x, const detail::Weighted& y, double f) {
    x.total += f * y.total;
    add(x.sums, y.sums, f);
    add(x.answered, y.answered, f);
    add(x.supporters, y.supporters, f);
    add(x.compared, y.compared, f);
    if (x.d)
      for (std::size_t a = 0; a < x.d->size(); ++a)
        for (std::size_t b = 0; b < x.d->size(); ++b) x.d->at(a, b) += f * y.d->at(a, b);
  }

  RankOptions options_;
  std::size_t m_;
  std::vector<detail::Weighted> parts_;
};

// Directions of L1 length 1 on the simplex's plane: +1/(2|P|) on the roles of P, −1/(2|N|)
// on those of N, for every pair of disjoint non-empty sets P, N, in a fixed order.
std::vector<std::vector<double>> directions(std::size_t roles) {
  std::vector<std::vector<double>> out;
  std::size_t codes = 1;
  for (std::size_t r = 0; r < roles; ++r) codes *= 3;
  for (std::size_t code = 0; code < codes; ++code) {
    std::vector<int> sign(roles);
    std::size_t c = code, plus = 0, minus = 0;
    for (std::size_t r = 0; r < roles; ++r, c /= 3) {
      sign[r] = static_cast<int>(c % 3) - 1;
      plus += sign[r] > 0 ? 1 : 0;
      minus += sign[r] < 0 ? 1 : 0;
    }
    if (plus == 0 || minus == 0) continue;
    std::vector<double> d(roles, 0.0);
    for (std::size_t r = 0; r < roles; ++r)
      d[r] = sign[r] > 0 ? 0.5 / static_cast<double>(plus) : sign[r] < 0 ? -0.5 / static_cast<double>(minus) : 0.0;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace

ShareSensitivity share_sensitivity(const Tally& tally, const WeightingPolicy& policy, const RankOptions& options,
                                   const SensitivityOptions& s) {
  if (policy.is_custom() || !policy.balances_roles())
    throw InvalidArgument("sensitivity to role shares needs a policy that balances roles");
  if (s.top_k == 0 || s.scan_steps == 0 || !(s.precision > 0))
    throw InvalidArgument("sensitivity needs top_k ≥ 1, scan_steps ≥ 1 and a positive precision");
  const Ranking now = rank(tally, policy, options);  // checks the options and the weights
  ShareSensitivity out;
  out.roles = now.roles;
  if (out.roles.size() < 2) throw InvalidArgument("sensitivity to role shares needs at least two roles taking part");
  double sum = 0;
  for (Role r : out.roles) sum += policy.share(r);
  for (Role r : out.roles) out.shares.push_back(policy.share(r) / sum);
  const RoleParts parts(tally, policy, options, out.roles);
  out.top = parts.top(out.shares, s.top_k);

  const std::size_t R = out.roles.size();
  std::vector<double> p(R);
  auto at = [&](const std::vector<double>& d, double t) {
    for (std::size_t r = 0; r < R; ++r) p[r] = std::max(0.0, out.shares[r] + t * d[r]);
    return parts.top(p, s.top_k);
  };
  double best = INFINITY;
  for (const auto& d : directions(R)) {
    double reach = INFINITY;
    for (std::size_t r = 0; r < R; ++r)
      if (d[r] < 0) reach = std::min(reach, out.shares[r] / -d[r]);
    const double limit = std::min(reach, best);
    if (!(limit > 0)) continue;
    double lo = 0, hi = -1;
    for (std::size_t k = 1; k <= s.scan_steps; ++k) {
      const double t = limit * static_cast<double>(k) / static_cast<double>(s.scan_steps);
      if (at(d, t) != out.top) {
        hi = t;
        break;
      }
      lo = t;
    }
    if (hi < 0) continue;
    while (hi - lo > s.precision) {
      const double mid = lo + (hi - lo) / 2;
      if (at(d, mid) != out.top) hi = mid;
      else lo = mid;
    }
    if (hi < best) {
      best = hi;
      out.found = true;
      out.distance = hi;
      out.changed_top = at(d, hi);
      out.changed_shares = p;
    }
  }
  return out;
}

}  // namespace kpss
