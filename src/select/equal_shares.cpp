#include "kpss/select/equal_shares.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <unordered_map>

#include <gsl/gsl>

#include "../core/wide_int.hpp"
#include "common.hpp"
#include "exact.hpp"
#include "kpss/core/error.hpp"
#include "kpss/select/greedy.hpp"

namespace kpss::select {

namespace {

using detail::Q;

// Floating point decides every comparison whose margin is clearly larger than its rounding
// error; the close ones are settled in exact rationals. kSure is that margin (relative),
// far above what double rounding accumulates over a run (about 1e-13).
constexpr double kSure = 1e-9;
// For the add-one jumps: how far a value known at step k may be off at a later step,
// relative to the magnitudes of its intercept and slope. Larger only means shorter jumps.
constexpr double kDrift = 1e-8;
constexpr std::uint32_t kNone = UINT32_MAX;

// Ballots that are alike (same supported candidates and satisfactions, weight and group)
// behave alike throughout, so the method works on such "atoms" with a multiplicity.
struct Atom {
  std::int64_t count = 0;
  std::int64_t weight = 0;
  std::uint32_t group = 0;
  std::uint32_t initial_class = 0;
};

// Participants with one remaining share. Its value is a + b·k at the add-one step k (b is
// the participants' raise per step while they paid nothing, and what is left of it after).
struct Class {
  double a = 0;
  double b = 0;
  double at = 0;                 // a + b·k at the current step
  std::uint32_t parent = kNone;  // the class it was split from, kNone for an endowment
  std::int64_t u = 0;            // the satisfaction from the candidate that split it
  std::uint32_t group = 0;
  std::uint32_t weight_class = 0;  // initial classes: index into initial_classes_
  bool zero = false;             // certainly paid everything (exactly 0)
};

// A candidate's supporters grouped by (class, satisfaction), with how many there are.
struct Entry {
  std::uint32_t cls;
  std::int64_t u;
  std::int64_t count;
};

// A value affine in the add-one step.
struct Line {
  double a = 0;
  double b = 0;
};

struct Funding {
  std::size_t candidate = 0;
  std::vector<Entry> entries;    // its supporters when it was funded
  std::vector<std::uint32_t> moved;  // each entry's new class
  std::uint32_t first_class = 0;     // classes it created: [first_class, end_class)
  std::uint32_t end_class = 0;
  Q rho;                             // exact price, once computed
  std::vector<Q> paid;               // exact payment per group, once computed
};

// Remembers the smallest later step at which some decision made at step k could come out
// differently. Until then every decision keeps its sign, so the run has the same outcome.
class Horizon {
 public:
  void reset(std::int64_t k, bool tracking) {
    k_ = k;
    tracking_ = tracking;
    next_.reset();
    round_.reset();
  }
  std::int64_t k() const { return k_; }
  std::optional<std::int64_t> next() const { return next_; }
  // f − g has sign `sign` at step k (decided with a margin); f, g are lines in k.
  void note(const Line& f, const Line& g, int sign) {
    if (!tracking_) return;
    const double s = sign;
    const double lead = s * (f.a - g.a) - kDrift * (std::abs(f.a) + std::abs(g.a));
    const double slope = s * (f.b - g.b) - kDrift * (std::abs(f.b) + std::abs(g.b));
    if (slope >= 0) {
      if (lead + slope * static_cast<double>(k_) <= 0) soon();
      return;
    }
    const double root = lead / -slope;
    if (!(root < 9e18)) return;
    earliest(std::max(k_ + 1, static_cast<std::int64_t>(std::floor(root))));
  }
  // A decision that was close: it may change at the very next step.
  void soon() {
    if (tracking_) earliest(k_ + 1);
  }
  // A bound known from an earlier run (a reused round's decisions).
  void bound(std::optional<std::int64_t> step) {
    if (step) earliest(*step);
  }
  // The earliest change among the decisions since the last call: one round's.
  std::optional<std::int64_t> take_round() {
    const auto r = round_;
    round_.reset();
    return r;
  }

 private:
  void earliest(std::int64_t step) {
    if (!next_ || step < *next_) next_ = step;
    if (!round_ || step < *round_) round_ = step;
  }
  std::int64_t k_ = 0;
  bool tracking_ = false;
  std::optional<std::int64_t> next_;
  std::optional<std::int64_t> round_;
};

// Hashes a ballot's key (weight, group, then candidate and satisfaction pairs); FNV-1a over
// the values, so atoms get the same ids on every platform (ids follow first occurrence).
struct KeyHash {
  std::size_t operator()(const std::vector<std::int64_t>& key) const noexcept {
    std::uint64_t h = 1469598103934665603ULL;
    for (const std::int64_t x : key) h = (h ^ static_cast<std::uint64_t>(x)) * 1099511628211ULL;
    return static_cast<std::size_t>(h);
  }
};

struct Outcome {
  std::vector<std::size_t> funded;
  std::vector<std::vector<Q>> paid;  // per funded, per group
  std::optional<std::int64_t> next;  // next step at which the outcome could change
  std::int64_t k = 0;
};

bool close(double x, double y, double tolerance) { return std::abs(x - y) <= tolerance; }

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
    start_ = Q(f_.total_budget);
    if (o_.add1 != Add1::none && o_.start_from_whole_units)
      start_ = Q(f_.total_budget / (n * increment) * (n * increment));
    slope_ = o_.add1 == Add1::none ? Q(0) : Q(detail::Z(n) * increment);
    if (o_.add1 == Add1::none) {
      runs_ = 1;
      return finish(solve(0, false));
    }
    std::optional<Outcome> previous;
    std::int64_t k = 0;
    for (;;) {
      Outcome out = solve(k, true);
      ++runs_;
      if (!feasible(out.funded)) {
        // The previous outcome holds up to the step before this one.
        if (previous) {
          previous->k = k - 1;
          return finish(std::move(*previous));
        }
        return finish(std::move(out));
      }
      if (o_.add1 == Add1::exhaustive && exhaustive(out.funded)) return finish(std::move(out));
      if (!out.next) return finish(std::move(out));
      k = *out.next;
      previous = std::move(out);
    }
  }

 private:
  void build_atoms(std::span<const std::uint32_t> groups) {
    const Ballots& b = f_.election.ballots;
    total_sat_.assign(f_.num_candidates, 0);
    std::unordered_map<std::vector<std::int64_t>, std::size_t, KeyHash> index;
    std::map<std::pair<std::int64_t, std::uint32_t>, std::uint32_t> initial;
    std::vector<std::int64_t> key;
    std::vector<std::vector<std::pair<std::uint32_t, std::int64_t>>> items;
    std::vector<std::pair<std::uint32_t, std::int64_t>> sat;
    for (std::size_t v = 0; v < num_voters_; ++v) {
      const std::uint32_t g = groups.empty() ? 0 : groups[v];
      key.assign({weights_[v], static_cast<std::int64_t>(g)});
      const auto listed = b.candidates(v);
      const auto scores = b.scores(v);
      sat.clear();
      for (std::size_t i = 0; i < listed.size(); ++i) {
        const std::int64_t u = f_.utility(o_.satisfaction, listed[i], scores[i]);
        if (u <= 0) continue;
        sat.emplace_back(listed[i], u);
        if (__builtin_add_overflow(total_sat_[listed[i]], u, &total_sat_[listed[i]]))
          throw OverflowError("total satisfaction out of range", "/candidates/" + std::to_string(listed[i]));
      }
      std::sort(sat.begin(), sat.end());
      for (const auto& [j, u] : sat) key.insert(key.end(), {static_cast<std::int64_t>(j), u});
      const auto [it, added] = index.emplace(key, atoms_.size());
      if (added) {
        Atom a;
        a.weight = weights_[v];
        a.group = g;
        const auto [c, fresh] = initial.emplace(std::pair{weights_[v], g}, gsl::narrow<std::uint32_t>(initial.size()));
        a.initial_class = c->second;
        if (fresh) initial_classes_.emplace_back(weights_[v], g);
        atoms_.push_back(a);
        items.push_back(sat);
      }
      ++atoms_[it->second].count;
    }
    // Supporters of each candidate in flat arrays: atoms and satisfactions.
    sup_begin_.assign(f_.num_candidates + 1, 0);
    for (const auto& list : items)
      for (const auto& [j, u] : list) ++sup_begin_[j + 1];
    std::partial_sum(sup_begin_.begin(), sup_begin_.end(), sup_begin_.begin());
    sup_atom_.resize(sup_begin_.back());
    sup_u_.resize(sup_begin_.back());
    sup_entry_.resize(sup_begin_.back());
    std::vector<std::size_t> fill(sup_begin_.begin(), sup_begin_.end() - 1);
    for (std::size_t a = 0; a < items.size(); ++a)
      for (const auto& [j, u] : items[a]) {
        sup_atom_[fill[j]] = gsl::narrow<std::uint32_t>(a);
        sup_u_[fill[j]++] = u;
      }
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
  Outcome solve(std::int64_t k, bool tracking) {
    h_.reset(k, tracking);
    Outcome out;
    out.k = k;
    classes_.clear();
    exact_.clear();
    fundings_.clear();
    exact_fundings_ = 0;
    const double kd = static_cast<double>(k);
    const double start = start_.convert_to<double>(), slope = slope_.convert_to<double>();
    for (std::uint32_t c = 0; c < initial_classes_.size(); ++c) {
      const auto& [w, g] = initial_classes_[c];
      const double share = static_cast<double>(w) / static_cast<double>(total_weight_);
      Class cl;
      cl.a = start * share;
      cl.b = slope * share;
      cl.at = cl.a + cl.b * kd;
      cl.group = g;
      cl.weight_class = c;
      classes_.push_back(cl);
    }
    atom_class_.resize(atoms_.size());
    for (std::size_t a = 0; a < atoms_.size(); ++a) atom_class_[a] = atoms_[a].initial_class;
    entries_.assign(f_.num_candidates, {});
    head_.assign(classes_.size(), kNone);

    std::vector<std::size_t> pool;
    std::vector<Line> afford(f_.num_candidates);
    std::vector<double> afford_at(f_.num_candidates, 0);
    std::vector<std::int64_t> left = f_.budget;
    std::vector<std::size_t> up_front;
    for (std::size_t j = 0; j < f_.num_candidates; ++j) {
      if (total_sat_[j] <= 0) continue;
      if (f_.cost[j] == 0) {  // free and wanted: funded up front, as pabutools does
        up_front.push_back(j);
        continue;
      }
      pool.push_back(j);
      afford[j] = {static_cast<double>(f_.cost[j]) / static_cast<double>(total_sat_[j]), 0};
      afford_at[j] = afford[j].a;
    }

    // Rounds of the previous run whose every decision holds at this step too are replayed:
    // only their funded candidates are priced again.
    std::size_t reused = 0;
    if (tracking) {
      while (reused < chosen_.size() && reused < round_next_.size() &&
             (!round_next_[reused] || *round_next_[reused] > k))
        ++reused;
    }
    chosen_.resize(reused);
    round_next_.resize(reused);
    for (std::size_t r = 0; r < reused; ++r) {
      const std::size_t j = chosen_[r];
      build_entries(j);
      const Price p = price(j);
      fund(j, p);
      f_.pay(j, left);
      pool.erase(std::find(pool.begin(), pool.end(), j));
      const auto now = h_.take_round();
      if (now && (!round_next_[r] || *now < *round_next_[r])) round_next_[r] = now;
      h_.bound(round_next_[r]);
    }
    std::vector<std::size_t> tied;
    std::vector<std::size_t> kept;
    for (;;) {
      std::sort(pool.begin(), pool.end(), [&](std::size_t a, std::size_t b) {
        if (afford_at[a] != afford_at[b]) return afford_at[a] < afford_at[b];
        return rank_[a] < rank_[b];
      });
      std::optional<std::size_t> best;
      Price best_price;
      std::optional<Q> best_exact;
      tied.clear();
      kept.clear();
      std::size_t i = 0;
      for (; i < pool.size(); ++i) {
        const std::size_t j = pool[i];
        if (best && afford_at[j] > best_price.at + best_price.error + kSure * best_price.at) {
          h_.note(afford[j], best_price.line, 1);
          break;
        }
        build_entries(j);
        if (!affordable(j) || (f_.num_pots > 1 && !f_.fits(j, left))) continue;
        const Price p = price(j);
        afford[j] = p.line;
        afford_at[j] = p.at;
        kept.push_back(j);
        int s = -1;
        if (best) {
          if (close(p.at, best_price.at, p.error + best_price.error + kSure * 1e-3 * best_price.at)) {
            ensure_exact();
            if (!best_exact) best_exact = exact_price(entries_[*best], f_.cost[*best]);
            const Q mine = exact_price(entries_[j], f_.cost[j]);
            s = mine < *best_exact ? -1 : (*best_exact < mine ? 1 : 0);
            // Prices without a slope stay where they are: a tie between two such lasts.
            if (p.line.b != 0 || best_price.line.b != 0) h_.soon();
            if (s < 0) best_exact = mine;
          } else {
            s = p.at < best_price.at ? -1 : 1;
            h_.note(p.line, best_price.line, s);
            if (s < 0) best_exact.reset();
          }
        }
        if (s < 0) {
          best = j;
          best_price = p;
          tied.assign({j});
        } else if (s == 0) {
          tied.push_back(j);
        }
      }
      for (; i < pool.size(); ++i) kept.push_back(pool[i]);
      pool.swap(kept);
      if (tied.empty()) {
        round_next_.push_back(h_.take_round());
        break;
      }
      const std::size_t chosen = *std::min_element(tied.begin(), tied.end(),
                                                   [&](std::size_t a, std::size_t b) { return rank_[a] < rank_[b]; });
      if (chosen != *best) best_price = price(chosen);
      fund(chosen, best_price);
      f_.pay(chosen, left);
      pool.erase(std::find(pool.begin(), pool.end(), chosen));
      chosen_.push_back(chosen);
      round_next_.push_back(h_.take_round());
    }
    // With one group its payment is the cost; only several groups need the exact shares.
    if (num_groups_ > 1) ensure_exact();
    for (Funding& fd : fundings_)
      if (num_groups_ == 1) fd.paid.assign(1, Q(f_.cost[fd.candidate]));
    for (const std::size_t j : up_front) {
      out.funded.push_back(j);
      out.paid.emplace_back(num_groups_);
    }
    for (Funding& fd : fundings_) {
      out.funded.push_back(fd.candidate);
      out.paid.push_back(std::move(fd.paid));
    }
    out.next = h_.next();
    return out;
  }

  // j's supporters grouped by (class, satisfaction); rebuilt when j is evaluated because
  // every funding moves participants to new classes. Remembers each supporter's entry.
  void build_entries(std::size_t j) {
    std::vector<Entry>& es = entries_[j];
    es.clear();
    chain_.clear();
    if (head_.size() < classes_.size()) head_.resize(classes_.size(), kNone);
    for (std::size_t s = sup_begin_[j]; s < sup_begin_[j + 1]; ++s) {
      const std::uint32_t a = sup_atom_[s];
      const std::uint32_t c = atom_class_[a];
      const std::int64_t u = sup_u_[s];
      std::uint32_t x = head_[c];
      while (x != kNone && es[x].u != u) x = chain_[x];
      if (x == kNone) {
        x = gsl::narrow<std::uint32_t>(es.size());
        es.push_back({c, u, 0});
        chain_.push_back(head_[c]);
        head_[c] = x;
      }
      es[x].count += atoms_[a].count;
      sup_entry_[s] = x;
    }
    for (const Entry& e : es) head_[e.cls] = kNone;
  }

  // Whether j's supporters together have its cost.
  bool affordable(std::size_t j) {
    Line available;
    double at = 0;
    for (const Entry& e : entries_[j]) {
      const Class& c = classes_[e.cls];
      const double n = static_cast<double>(e.count);
      available.a += c.a * n;
      available.b += c.b * n;
      at += c.at * n;
    }
    const double cost = static_cast<double>(f_.cost[j]);
    if (close(at, cost, kSure * cost)) {
      ensure_exact();
      Q exact(0);
      for (const Entry& e : entries_[j]) exact += exact_[e.cls] * e.count;
      h_.soon();
      return exact >= f_.cost[j];
    }
    const int s = at < cost ? -1 : 1;
    h_.note(available, Line{cost, 0}, s);
    return s > 0;
  }

  struct Price {
    Line line;
    double at = 0;
    double error = 0;
  };

  // The smallest price per unit of satisfaction ρ at which j's supporters can pay its
  // cost, each paying min(share, ρ·u) (pabutools' affordability).
  Price price(std::size_t j) {
    const std::vector<Entry>& es = entries_[j];
    order_.resize(es.size());
    std::iota(order_.begin(), order_.end(), std::uint32_t{0});
    keys_.resize(es.size());
    for (std::size_t x = 0; x < es.size(); ++x) keys_[x] = classes_[es[x].cls].at / static_cast<double>(es[x].u);
    std::sort(order_.begin(), order_.end(), [&](std::uint32_t x, std::uint32_t y) {
      return keys_[x] != keys_[y] ? keys_[x] < keys_[y] : x < y;
    });
    // Σ u·count is at most a candidate's total satisfaction, which fits in 64 bits.
    std::int64_t denominator = 0;
    for (const Entry& e : es) denominator += e.u * e.count;
    const double cost = static_cast<double>(f_.cost[j]);
    Line paid;
    double paid_at = 0;
    std::size_t full = 0;
    for (; full < order_.size(); ++full) {
      const Entry& e = es[order_[full]];
      const Class& c = classes_[e.cls];
      const double rho = (cost - paid_at) / static_cast<double>(denominator);
      if (rho * static_cast<double>(e.u) <= c.at) break;
      const double n = static_cast<double>(e.count);
      paid.a += c.a * n;
      paid.b += c.b * n;
      paid_at += c.at * n;
      denominator -= e.u * e.count;
    }
    Price p;
    if (denominator <= 0) {
      // Rounding made everyone pay in full; the exact comparisons settle it.
      const Entry& e = es[order_.back()];
      const Class& c = classes_[e.cls];
      const double u = static_cast<double>(e.u);
      p.line = {c.a / u, c.b / u};
      p.at = c.at / u;
      p.error = p.at;
      h_.soon();
      return p;
    }
    const double d = static_cast<double>(denominator);
    p.line = {(cost - paid.a) / d, -paid.b / d};
    p.at = (cost - paid_at) / d;
    p.error = kSure * (cost + paid_at) / d;
    for (std::size_t x = 0; x < order_.size(); ++x) {
      const Entry& e = es[order_[x]];
      const Class& c = classes_[e.cls];
      const double u = static_cast<double>(e.u);
      const Line value{c.a, c.b};
      const Line due{p.line.a * u, p.line.b * u};
      const double due_at = p.at * u;
      if (close(c.at, due_at, p.error * u + kSure * c.at)) {
        h_.soon();
      } else {
        h_.note(value, due, c.at < due_at ? -1 : 1);
      }
    }
    return p;
  }

  void fund(std::size_t j, const Price& p) {
    Funding fd;
    fd.candidate = j;
    fd.entries = entries_[j];
    fd.first_class = gsl::narrow<std::uint32_t>(classes_.size());
    std::vector<std::uint32_t> zero(num_groups_, kNone);
    for (const Entry& e : fd.entries) {
      const Class parent = classes_[e.cls];
      const double u = static_cast<double>(e.u);
      const double due = p.at * u;
      if (due > parent.at + p.error * u + kSure * parent.at) {
        if (zero[parent.group] == kNone) {
          zero[parent.group] = gsl::narrow<std::uint32_t>(classes_.size());
          Class c;
          c.group = parent.group;
          c.zero = true;
          classes_.push_back(c);
        }
        fd.moved.push_back(zero[parent.group]);
        continue;
      }
      Class c;
      c.parent = e.cls;
      c.u = e.u;
      c.group = parent.group;
      if (due < parent.at) {
        c.a = parent.a - p.line.a * u;
        c.b = parent.b - p.line.b * u;
        c.at = parent.at - due;
      }
      fd.moved.push_back(gsl::narrow<std::uint32_t>(classes_.size()));
      classes_.push_back(c);
    }
    fd.end_class = gsl::narrow<std::uint32_t>(classes_.size());
    for (std::size_t s = sup_begin_[j]; s < sup_begin_[j + 1]; ++s)
      atom_class_[sup_atom_[s]] = fd.moved[sup_entry_[s]];
    fundings_.push_back(std::move(fd));
  }

  // Brings the exact shares up to date: the endowments, then each funding's exact price,
  // payments and the shares it left.
  void ensure_exact() {
    const Q total = start_ + slope_ * h_.k();
    while (exact_.size() < initial_classes_.size())
      exact_.push_back(total * initial_classes_[exact_.size()].first / total_weight_);
    for (; exact_fundings_ < fundings_.size(); ++exact_fundings_) {
      Funding& fd = fundings_[exact_fundings_];
      fd.rho = exact_price(fd.entries, f_.cost[fd.candidate]);
      fd.paid.assign(num_groups_, Q(0));
      for (const Entry& e : fd.entries) {
        const Q& share = exact_[e.cls];
        const Q due = fd.rho * e.u;
        fd.paid[classes_[e.cls].group] += (due < share ? due : share) * e.count;
      }
      for (std::uint32_t c = fd.first_class; c < fd.end_class; ++c) {
        const Class& cl = classes_[c];
        if (cl.zero) {
          exact_.emplace_back(0);
          continue;
        }
        const Q rest = exact_[cl.parent] - fd.rho * cl.u;
        exact_.push_back(rest > 0 ? rest : Q(0));
      }
    }
  }

  // The exact price of a candidate with supporters `es` and `cost`, from the exact shares.
  Q exact_price(const std::vector<Entry>& es, std::int64_t cost) {
    std::vector<std::uint32_t> order(es.size());
    std::iota(order.begin(), order.end(), std::uint32_t{0});
    std::sort(order.begin(), order.end(), [&](std::uint32_t x, std::uint32_t y) {
      return exact_[es[x].cls] * es[y].u < exact_[es[y].cls] * es[x].u;
    });
    Q paid(0);
    Q denominator(0);
    for (const Entry& e : es) denominator += Q(e.u) * e.count;
    for (const std::uint32_t x : order) {
      const Entry& e = es[x];
      const Q rho = (cost - paid) / denominator;
      if (rho * e.u <= exact_[e.cls]) return rho;
      paid += exact_[e.cls] * e.count;
      denominator -= Q(e.u) * e.count;
    }
    Expects(false);  // only priced when the supporters can pay: the loop returns
    return Q(0);
  }

  static Money rounded(const Q& q, const Currency& c) {
    const Q shifted = q + Q(1, 2);
    const detail::Z z = boost::multiprecision::numerator(shifted) / boost::multiprecision::denominator(shifted);
    return {static_cast<std::int64_t>(z), c};
  }

  Result finish(Outcome out) {
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
    std::vector<kpss::detail::int128> group_weight(num_groups_, 0);
    for (std::size_t v = 0; v < num_voters_; ++v) group_weight[group_of(v)] += weights_[v];
    const Q total = start_ + slope_ * out.k;
    for (std::size_t g = 0; g < num_groups_; ++g) {
      const Q endowment = total_weight_ > 0 ? total * detail::Z(group_weight[g]) / total_weight_ : Q(0);
      r.group_endowment.push_back(rounded(endowment, c));
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
  std::vector<std::size_t> sup_begin_;
  std::vector<std::uint32_t> sup_atom_;
  std::vector<std::int64_t> sup_u_;
  std::vector<std::uint32_t> sup_entry_;
  Q start_;
  Q slope_;
  Horizon h_;
  std::vector<Class> classes_;
  std::vector<Q> exact_;
  std::vector<Funding> fundings_;
  std::size_t exact_fundings_ = 0;
  // The previous run's funded candidates by round, and each round's earliest change
  // (round_next_ has one more: the last round, which funded nothing).
  std::vector<std::size_t> chosen_;
  std::vector<std::optional<std::int64_t>> round_next_;
  std::vector<std::vector<Entry>> entries_;
  std::vector<std::uint32_t> atom_class_;
  std::vector<std::uint32_t> head_;
  std::vector<std::uint32_t> chain_;
  std::vector<std::uint32_t> order_;
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
