#include "kpss/select/equal_shares.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include <gsl/gsl>

#include "../core/wide_int.hpp"
#include "common.hpp"
#include "exact.hpp"
#include "kpss/core/error.hpp"
#include "kpss/select/greedy.hpp"

namespace kpss::select {

namespace {

using detail::Aff;
using detail::Q;
using detail::Tracker;

// Ballots that are alike (same supported candidates and satisfactions, weight and group)
// behave alike throughout, so the method works on such "atoms" with a multiplicity.
struct Atom {
  std::vector<std::pair<std::uint32_t, std::int64_t>> items;  // (candidate, satisfaction > 0)
  std::int64_t count = 0;
  std::int64_t weight = 0;
  std::uint32_t group = 0;
  std::uint32_t initial_class = 0;
};

// Participants with the same remaining share (a class, affine in the add-one step) and the
// same satisfaction from a candidate, with how many there are among its supporters.
struct Entry {
  std::uint32_t cls;
  std::int64_t u;
  std::int64_t count;
};

struct Outcome {
  std::vector<std::size_t> funded;
  std::vector<std::vector<Q>> paid;  // per funded, per group
  std::optional<std::int64_t> next;  // next step at which the outcome could change
  std::int64_t k = 0;
};

class EqualShares {
 public:
  EqualShares(const detail::Frame& frame, const EqualSharesOptions& o,
              std::span<const std::int64_t> weights, std::span<const std::uint32_t> groups)
      : f_(frame), o_(o), rank_(frame.tie_rank(o.tie)) {
    const Ballots& b = frame.election.ballots;
    num_voters_ = b.size();
    weights_ = detail::weights_or_ones(weights, num_voters_);
    if (!groups.empty() && groups.size() != num_voters_)
      throw InvalidArgument("groups must have one label per ballot", "groups");
    num_groups_ = groups.empty() ? 1 : static_cast<std::size_t>(*std::max_element(groups.begin(), groups.end())) + 1;
    if (num_groups_ > 1'000'000) throw InvalidArgument("group labels must be below 1000000", "groups");
    groups_ = groups;
    total_weight_ = std::accumulate(weights_.begin(), weights_.end(), std::int64_t{0});
    if (total_weight_ == 0 && num_voters_ > 0) throw InvalidArgument("the weights are all zero", "weights");
    build_atoms(groups);
  }

  Result run() {
    const std::int64_t n = gsl::narrow<std::int64_t>(num_voters_);
    const std::int64_t increment =
        o_.increment ? o_.increment->minor_units() : f_.election.pots.front().budget.currency().minor_per_major();
    if (increment <= 0) throw InvalidArgument("the add-one increment must be positive", "increment");
    Q start(f_.total_budget);
    if (o_.add1 != Add1::none && o_.start_from_whole_units)
      start = Q(f_.total_budget / (n * increment) * (n * increment));
    const Q slope(detail::Z(n) * increment);
    if (o_.add1 == Add1::none) {
      runs_ = 1;
      return finish(solve(0, start, Q(0), false), 0);
    }

    std::optional<Outcome> previous;
    std::int64_t k = 0;
    for (;;) {
      Outcome out = solve(k, start, slope, true);
      ++runs_;
      if (!feasible(out.funded)) {
        if (previous) return finish(std::move(*previous), increment);
        return finish(std::move(out), increment);
      }
      if (o_.add1 == Add1::exhaustive && exhaustive(out.funded)) return finish(std::move(out), increment);
      if (!out.next) return finish(std::move(out), increment);
      k = *out.next;
      previous = std::move(out);
    }
  }

 private:
  void build_atoms(std::span<const std::uint32_t> groups) {
    const Ballots& b = f_.election.ballots;
    total_sat_.assign(f_.num_candidates, 0);
    std::map<std::vector<std::int64_t>, std::size_t> index;
    std::map<std::pair<std::int64_t, std::uint32_t>, std::uint32_t> initial;
    std::vector<std::int64_t> key;
    for (std::size_t v = 0; v < num_voters_; ++v) {
      const std::uint32_t g = groups.empty() ? 0 : groups[v];
      key.assign({weights_[v], static_cast<std::int64_t>(g)});
      const auto items = b.candidates(v);
      const auto scores = b.scores(v);
      std::vector<std::pair<std::uint32_t, std::int64_t>> sat;
      for (std::size_t i = 0; i < items.size(); ++i) {
        const std::int64_t u = f_.utility(o_.satisfaction, items[i], scores[i]);
        if (u <= 0) continue;
        sat.emplace_back(items[i], u);
        total_sat_[items[i]] += u;
      }
      std::sort(sat.begin(), sat.end());
      for (const auto& [j, u] : sat) key.insert(key.end(), {static_cast<std::int64_t>(j), u});
      const auto [it, added] = index.emplace(key, atoms_.size());
      if (added) {
        Atom a;
        a.items = std::move(sat);
        a.weight = weights_[v];
        a.group = g;
        const auto [c, fresh] = initial.emplace(std::pair{weights_[v], g}, gsl::narrow<std::uint32_t>(initial.size()));
        a.initial_class = c->second;
        if (fresh) initial_classes_.emplace_back(weights_[v], g);
        atoms_.push_back(std::move(a));
      }
      ++atoms_[it->second].count;
    }
    supporters_of_.assign(f_.num_candidates, {});
    for (std::size_t a = 0; a < atoms_.size(); ++a)
      for (const auto& [j, u] : atoms_[a].items) supporters_of_[j].emplace_back(gsl::narrow<std::uint32_t>(a), u);
  }

  bool feasible(const std::vector<std::size_t>& funded) const {
    std::vector<std::int64_t> left = f_.budget;
    for (const std::size_t j : funded) f_.pay(j, left);
    return std::all_of(left.begin(), left.end(), [](std::int64_t x) { return x >= 0; });
  }

  bool exhaustive(const std::vector<std::size_t>& funded) const {
    std::vector<std::int64_t> left = f_.budget;
    std::vector<char> in(f_.num_candidates, 0);
    for (const std::size_t j : funded) { f_.pay(j, left); in[j] = 1; }
    for (std::size_t j = 0; j < f_.num_candidates; ++j)
      if (!in[j] && total_sat_[j] > 0 && f_.cost[j] > 0 && f_.fits(j, left)) return false;
    return true;
  }

  // One run of equal shares with endowments (start + slope·k)·weight/Σweights.
  Outcome solve(std::int64_t k, const Q& start, const Q& slope, bool tracking) {
    Tracker t(k, tracking);
    Outcome out;
    out.k = k;
    // Class values and their groups; classes of the initial endowments come first.
    values_.clear();
    value_at_.clear();
    class_group_.clear();
    for (const auto& [w, g] : initial_classes_) {
      const Q share = Q(w) / total_weight_;
      values_.push_back({start * share, slope * share});
      value_at_.push_back(values_.back().at(k));
      class_group_.push_back(g);
    }
    std::vector<std::uint32_t> zero_class(num_groups_, UINT32_MAX);
    auto zero_of = [&](std::uint32_t g) {
      if (zero_class[g] == UINT32_MAX) {
        zero_class[g] = gsl::narrow<std::uint32_t>(values_.size());
        values_.push_back({});
        value_at_.emplace_back();
        class_group_.push_back(g);
      }
      return zero_class[g];
    };
    entries_.assign(f_.num_candidates, {});
    atom_class_.resize(atoms_.size());
    for (std::size_t a = 0; a < atoms_.size(); ++a) atom_class_[a] = atoms_[a].initial_class;

    std::vector<std::size_t> pool;
    std::vector<char> active(f_.num_candidates, 0);
    std::vector<Aff> afford(f_.num_candidates);
    std::vector<Q> afford_at(f_.num_candidates);
    std::vector<std::int64_t> left = f_.budget;
    for (std::size_t j = 0; j < f_.num_candidates; ++j) {
      if (total_sat_[j] <= 0) continue;
      if (f_.cost[j] == 0) {  // free and wanted: funded up front, as pabutools does
        out.funded.push_back(j);
        out.paid.emplace_back(num_groups_);
        continue;
      }
      pool.push_back(j);
      active[j] = 1;
      afford[j] = {Q(f_.cost[j]) / total_sat_[j], Q(0)};
      afford_at[j] = afford[j].a;
    }

    for (;;) {
      std::sort(pool.begin(), pool.end(), [&](std::size_t a, std::size_t b) {
        if (afford_at[a] != afford_at[b]) return afford_at[a] < afford_at[b];
        return rank_[a] < rank_[b];
      });
      std::optional<Aff> best;
      Q best_at;
      std::vector<std::size_t> tied;
      std::vector<std::size_t> kept;
      kept.reserve(pool.size());
      std::size_t i = 0;
      for (; i < pool.size(); ++i) {
        const std::size_t j = pool[i];
        build_entries(j);
        Aff available;
        for (const Entry& e : entries_[j]) available += values_[e.cls].times(Q(e.count));
        const Aff cost{Q(f_.cost[j]), Q(0)};
        if (t.compare(available, available.at(k), cost, cost.a) < 0 ||
            (f_.num_pots > 1 && !f_.fits(j, left))) {
          active[j] = 0;
          continue;
        }
        if (best && t.compare(afford[j], afford_at[j], *best, best_at) > 0) break;
        const Aff rho = price(j, t);
        afford[j] = rho;
        afford_at[j] = rho.at(k);
        kept.push_back(j);
        const int s = best ? t.compare(rho, afford_at[j], *best, best_at) : -1;
        if (s < 0) {
          best = rho;
          best_at = afford_at[j];
          tied.assign({j});
        } else if (s == 0) {
          tied.push_back(j);
        }
      }
      for (; i < pool.size(); ++i) kept.push_back(pool[i]);
      pool = std::move(kept);
      if (tied.empty()) break;
      const std::size_t chosen = *std::min_element(tied.begin(), tied.end(),
                                                   [&](std::size_t a, std::size_t b) { return rank_[a] < rank_[b]; });
      active[chosen] = 0;
      fund(chosen, *best, best_at, zero_of, out);
      f_.pay(chosen, left);
      pool.erase(std::find(pool.begin(), pool.end(), chosen));
    }
    out.next = t.next();
    return out;
  }

  // The smallest price per unit of satisfaction ρ at which j's supporters can pay its
  // cost, each paying min(share, ρ·u) (pabutools' affordability), as an affine value.
  Aff price(std::size_t j, Tracker& t) {
    const std::int64_t k = t.k();
    std::vector<Entry>& es = entries_[j];
    order_.resize(es.size());
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    keys_.resize(es.size());
    for (std::size_t x = 0; x < es.size(); ++x)
      keys_[x] = value_at_[es[x].cls].convert_to<double>() / static_cast<double>(es[x].u);
    // Doubles order the clearly different ratios; near-equal ones are compared exactly.
    std::sort(order_.begin(), order_.end(), [&](std::size_t x, std::size_t y) {
      const double gap = keys_[x] - keys_[y];
      if (std::abs(gap) > 1e-9 * (std::abs(keys_[x]) + std::abs(keys_[y]))) return gap < 0;
      return value_at_[es[x].cls] * es[y].u < value_at_[es[y].cls] * es[x].u;
    });
    Aff paid_fully;
    Q denominator(0);
    for (const Entry& e : es) denominator += Q(e.u) * e.count;
    const Q cost(f_.cost[j]);
    for (const std::size_t x : order_) {
      const Entry& e = es[x];
      const Q rho_k = (cost - paid_fully.at(k)) / denominator;
      if (rho_k * e.u <= value_at_[e.cls]) break;
      paid_fully += values_[e.cls].times(Q(e.count));
      denominator -= Q(e.u) * e.count;
    }
    const Aff rho{(cost - paid_fully.a) / denominator, -paid_fully.b / denominator};
    for (const Entry& e : es) {
      const Aff due = rho.times(Q(e.u));
      t.compare(values_[e.cls], value_at_[e.cls], due, due.at(k));
    }
    return rho;
  }

  // j's supporters grouped by (class, satisfaction), sorted; rebuilt when j is evaluated
  // because every funding moves participants to new classes.
  void build_entries(std::size_t j) {
    std::vector<Entry>& es = entries_[j];
    es.clear();
    for (const auto& [a, u] : supporters_of_[j]) es.push_back({atom_class_[a], u, atoms_[a].count});
    std::sort(es.begin(), es.end(), [](const Entry& x, const Entry& y) {
      return x.cls != y.cls ? x.cls < y.cls : x.u < y.u;
    });
    std::size_t out = 0;
    for (std::size_t x = 0; x < es.size(); ++x) {
      if (out > 0 && es[out - 1].cls == es[x].cls && es[out - 1].u == es[x].u) {
        es[out - 1].count += es[x].count;
      } else {
        es[out++] = es[x];
      }
    }
    es.resize(out);
  }

  template <typename ZeroOf>
  void fund(std::size_t j, const Aff& rho, const Q& rho_at, ZeroOf& zero_of, Outcome& out) {
    const std::vector<Entry>& es = entries_[j];
    std::vector<std::uint32_t> moved(es.size());
    std::vector<Q> paid(num_groups_);
    for (std::size_t x = 0; x < es.size(); ++x) {
      const Entry& e = es[x];
      const Q due = rho_at * e.u;
      const std::uint32_t g = class_group_[e.cls];
      if (due >= value_at_[e.cls]) {
        paid[g] += value_at_[e.cls] * e.count;
        moved[x] = zero_of(g);
      } else {
        paid[g] += due * e.count;
        moved[x] = gsl::narrow<std::uint32_t>(values_.size());
        values_.push_back(values_[e.cls] - rho.times(Q(e.u)));
        value_at_.push_back(value_at_[e.cls] - due);
        class_group_.push_back(g);
      }
    }
    for (const auto& [a, u] : supporters_of_[j]) {
      const Entry key{atom_class_[a], u, 0};
      const auto it = std::lower_bound(es.begin(), es.end(), key, [](const Entry& x, const Entry& y) {
        return x.cls != y.cls ? x.cls < y.cls : x.u < y.u;
      });
      atom_class_[a] = moved[static_cast<std::size_t>(it - es.begin())];
    }
    out.funded.push_back(j);
    out.paid.push_back(std::move(paid));
  }

  static Money rounded(const Q& q, const Currency& c) {
    const Q shifted = q + Q(1, 2);
    const detail::Z z = boost::multiprecision::numerator(shifted) / boost::multiprecision::denominator(shifted);
    return {static_cast<std::int64_t>(z), c};
  }

  Result finish(Outcome out, std::int64_t increment) {
    std::vector<std::size_t> funded = out.funded;
    if (o_.comparison) {
      const Result greedy = greedy_utilitarian(f_.election, Satisfaction::cost, o_.tie, weights_);
      const auto g = greedy.selected();
      if (prefer_greedy(g, funded)) {
        funded = g;
        comparison_chose_greedy_ = true;
      }
    }
    if (o_.then_greedy) funded = greedy_utilitarian(f_.election, *o_.then_greedy, o_.tie, weights_, funded).selected();
    std::vector<std::int64_t> support(total_sat_.begin(), total_sat_.end());
    Result r = detail::make_result(f_, funded, support, Rejection::not_enough_support);
    const Currency c = f_.election.pots.front().budget.currency();
    std::vector<Q> paid_total(num_groups_);
    if (!comparison_chose_greedy_) {
      for (std::size_t x = 0; x < out.funded.size(); ++x) {
        auto& fr = r.funded[x];
        for (std::size_t g = 0; g < num_groups_; ++g) {
          fr.paid_by_group.push_back(rounded(out.paid[x][g], c));
          paid_total[g] += out.paid[x][g];
        }
      }
    }
    std::vector<Q> endowment(num_groups_);
    const std::int64_t n = gsl::narrow<std::int64_t>(num_voters_);
    const Q total = Q(f_.total_budget) + Q(out.k) * n * increment;
    for (std::size_t v = 0; v < num_voters_; ++v)
      if (total_weight_ > 0) endowment[group_of(v)] += total * weights_[v] / total_weight_;
    for (std::size_t g = 0; g < num_groups_; ++g) {
      r.group_endowment.push_back(rounded(endowment[g], c));
      r.group_paid.push_back(rounded(paid_total[g], c));
    }
    r.add1_steps = out.k;
    r.runs = runs_;
    r.comparison_chose_greedy = comparison_chose_greedy_;
    return r;
  }

  std::size_t group_of(std::size_t v) const { return groups_.empty() ? 0 : groups_[v]; }

  bool prefer_greedy(const std::vector<std::size_t>& greedy, const std::vector<std::size_t>& mes) const {
    std::vector<char> in_g(f_.num_candidates, 0), in_m(f_.num_candidates, 0);
    for (auto j : greedy) in_g[j] = 1;
    for (auto j : mes) in_m[j] = 1;
    kpss::detail::int128 for_greedy = 0, for_mes = 0;
    const Ballots& b = f_.election.ballots;
    for (std::size_t v = 0; v < num_voters_; ++v) {
      std::int64_t ng = 0, nm = 0;
      for (const auto j : b.candidates(v)) { ng += in_g[j]; nm += in_m[j]; }
      if (ng > nm) for_greedy += weights_[v];
      if (nm > ng) for_mes += weights_[v];
    }
    return for_greedy > for_mes;
  }

  const detail::Frame& f_;
  const EqualSharesOptions& o_;
  std::vector<std::size_t> rank_;
  std::size_t num_voters_ = 0;
  std::size_t num_groups_ = 1;
  std::vector<std::int64_t> weights_;
  std::span<const std::uint32_t> groups_;
  std::int64_t total_weight_ = 0;
  std::vector<std::int64_t> total_sat_;
  std::vector<Atom> atoms_;
  std::vector<std::pair<std::int64_t, std::uint32_t>> initial_classes_;
  std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> supporters_of_;
  std::vector<std::vector<Entry>> entries_;
  std::vector<Aff> values_;
  std::vector<Q> value_at_;
  std::vector<std::uint32_t> class_group_;
  std::vector<std::uint32_t> atom_class_;
  std::vector<std::size_t> order_;
  std::vector<double> keys_;
  std::int64_t runs_ = 0;
  bool comparison_chose_greedy_ = false;
};

}  // namespace

Result equal_shares(const Election& election, const EqualSharesOptions& options,
                    std::span<const std::int64_t> weights, std::span<const std::uint32_t> groups) {
  const detail::Frame frame(election);
  EqualShares mes(frame, options, weights, groups);
  return mes.run();
}

}  // namespace kpss::select
