#include "kpss/rank/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <sstream>

#include <gsl/assert>

#include "aggregate.hpp"
#include "format.hpp"
#include "kpss/core/error.hpp"
#include "tie_groups.hpp"

namespace kpss {

namespace detail {

bool is_pairwise(Method m) {
  return m == Method::borda || m == Method::schulze || m == Method::copeland;
}

Weighted aggregate(const Tally& t, std::span<const double> w, std::optional<Role> only,
                   const RankOptions& o) {
  const std::size_t m = t.item_count();
  Weighted out;
  out.sums.assign(m, 0.0);
  out.answered.assign(m, 0.0);
  out.supporters.assign(m, 0.0);
  const bool pairwise = is_pairwise(o.method);
  if (pairwise) {
    out.d.emplace(m);
    out.compared.assign(m * m, 0.0);
  }
  const std::size_t top = o.support_top == 0 ? (m + 1) / 2 : std::min(o.support_top, m);
  for (std::size_t g = 0; g < t.group_count(); ++g) {
    if (only && t.group(g).role != *only) continue;
    const double wg = w[g];
    const auto n = t.participants(g);
    out.total += wg * static_cast<double>(n);
    if (t.has_scores()) {
      const auto s = t.sums(g), a = t.answered(g), p = t.supported(g);
      for (std::size_t i = 0; i < m; ++i) {
        out.sums[i] += wg * static_cast<double>(s[i]);
        out.answered[i] += wg * static_cast<double>(a[i]);
        out.supporters[i] += wg * static_cast<double>(p[i]);
      }
    } else {
      const auto pos = t.positions(g);
      for (std::size_t i = 0; i < m; ++i) {
        std::int64_t s = 0;
        for (std::size_t k = 0; k < top; ++k) s += pos[i * m + k];
        out.supporters[i] += wg * static_cast<double>(s);
      }
    }
    if (!pairwise) continue;
    const auto wins = t.wins(g), both = t.both(g), ranked = t.ranked(g);
    for (std::size_t a = 0; a < m; ++a)
      for (std::size_t b = 0; b < m; ++b) {
        if (a == b) continue;
        const std::size_t ab = a * m + b;
        if (o.unranked == Unranked::bottom) {
          out.d->at(a, b) += wg * static_cast<double>(wins[ab] + ranked[a] - both[ab]);
          out.compared[ab] += wg * static_cast<double>(n);
        } else {
          out.d->at(a, b) += wg * static_cast<double>(wins[ab]);
          out.compared[ab] += wg * static_cast<double>(both[ab]);
        }
      }
  }
  return out;
}


Scored score_items(const Weighted& x, const RankOptions& o, std::size_t m) {
  Scored out;
  out.score.assign(m, 0.0);
  switch (o.method) {
    case Method::score:
      for (std::size_t i = 0; i < m; ++i)
        out.score[i] = o.aggregate == ScoreAggregate::sum ? x.sums[i]
                       : x.answered[i] > 0               ? x.sums[i] / x.answered[i]
                                                         : 0.0;
      break;
    case Method::approval: out.score = x.supporters; break;
    case Method::borda:
      for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b) {
          if (a == b) continue;
          const double ties = x.compared[a * m + b] - x.d->at(a, b) - x.d->at(b, a);
          out.score[a] += x.d->at(a, b) + 0.5 * ties;
        }
      break;
    case Method::copeland: out.score = copeland_scores(*x.d); break;
    case Method::schulze: {
      out.paths = strongest_paths(*x.d, o.strength);
      const auto& p = *out.paths;
      for (std::size_t a = 0; a < m; ++a)
        for (std::size_t b = 0; b < m; ++b)
          if (p.at(a, b) > p.at(b, a) && !nearly_equal(p.at(a, b), p.at(b, a))) out.score[a] += 1;
      break;
    }
  }
  return out;
}

}  // namespace detail

namespace {

using detail::aggregate;
using detail::is_pairwise;
using detail::score_items;
using detail::Scored;
using detail::Weighted;

void check_options(const Tally& t, const RankOptions& o) {
  if (!(o.majority_threshold >= 0.0 && o.majority_threshold < 1.0))
    throw InvalidArgument("the majority threshold must be in [0, 1)");
  if (o.method == Method::score && !t.has_scores())
    throw InvalidArgument("method score needs score, points or approval ballots; rank ranking "
                          "ballots with borda, schulze or copeland");
  if (is_pairwise(o.method) && !t.has_pairwise())
    throw InvalidArgument("method " + std::string(to_string(o.method)) +
                          " needs pairwise statistics; count the tally with pairwise = true");
}

}  // namespace

TallyOptions tally_options_for(const WeightingPolicy& policy, const RankOptions& options) {
  TallyOptions t;
  t.per_participant = policy.is_custom();
  t.pairwise = is_pairwise(options.method);
  return t;
}

Ranking rank(const BallotSet& ballots, const WeightingPolicy& policy, const RankOptions& options) {
  return rank(Tally::count(ballots, tally_options_for(policy, options)), policy, options);
}

Ranking rank(const Tally& tally, const WeightingPolicy& policy, const RankOptions& options) {
  check_options(tally, options);
  const std::size_t m = tally.item_count();
  const std::vector<double> w = policy.group_weights(tally.census());
  Ranking r;
  r.method = options.method;
  r.options = options;
  r.policy = policy.name();
  r.items.assign(tally.items().begin(), tally.items().end());

  const Weighted all = aggregate(tally, w, std::nullopt, options);
  if (tally.total_participants() > 0 && !(all.total > 0))
    throw InvalidArgument("every participant has weight 0; nothing can be ranked");
  Scored scored = score_items(all, options, m);
  r.score = std::move(scored.score);
  r.total_weight = all.total;
  r.participants = tally.total_participants();
  r.support.resize(m);
  r.majority.resize(m);
  for (std::size_t i = 0; i < m; ++i) {
    r.support[i] = all.total > 0 ? all.supporters[i] / all.total : 0.0;
    r.majority[i] = r.support[i] > options.majority_threshold;
  }
  r.pairwise = all.d;
  r.paths = std::move(scored.paths);
  r.groups = groups_by_score(r.score);

  for (Role role : all_roles) {
    bool present = false;
    for (std::size_t g = 0; g < tally.group_count() && !present; ++g)
      present = tally.group(g).role == role && tally.participants(g) > 0;
    if (!present) continue;
    const Weighted part = aggregate(tally, w, role, options);
    r.roles.push_back(role);
    r.role_weight.push_back(part.total);
    r.role_score.push_back(score_items(part, options, m).score);
    std::vector<double> sup(m);
    std::vector<bool> maj(m);
    for (std::size_t i = 0; i < m; ++i) {
      sup[i] = part.total > 0 ? part.supporters[i] / part.total : 0.0;
      maj[i] = sup[i] > options.majority_threshold;
    }
    r.role_support.push_back(std::move(sup));
    r.role_majority.push_back(std::move(maj));
    if (part.d) r.role_pairwise.push_back(*part.d);
  }
  return r;
}

std::vector<std::size_t> Ranking::order() const { return detail::flatten(groups); }

std::size_t Ranking::rank_of(std::size_t item) const { return detail::rank_in(groups, item); }

std::size_t Ranking::index_of(std::string_view id) const {
  const auto it = std::find(items.begin(), items.end(), id);
  if (it == items.end()) throw NotFound("unknown item '" + std::string(id) + "'");
  return static_cast<std::size_t>(it - items.begin());
}

namespace {

// The strongest path from `from` to `to` over links at least `strength` strong (BFS: fewest
// links), as a list of items.
std::vector<std::size_t> beat_path(const PairwiseMatrix& d, SchulzeStrength s, std::size_t from,
                                   std::size_t to, double strength) {
  const std::size_t n = d.size();
  auto link = [&](std::size_t a, std::size_t b) {
    const double ab = d.at(a, b), ba = d.at(b, a);
    if (ab <= ba || nearly_equal(ab, ba)) return 0.0;
    return s == SchulzeStrength::winning_votes ? ab : ab - ba;
  };
  std::vector<std::size_t> prev(n, n);
  std::deque<std::size_t> queue{from};
  prev[from] = from;
  while (!queue.empty()) {
    const std::size_t a = queue.front();
    queue.pop_front();
    if (a == to) break;
    for (std::size_t b = 0; b < n; ++b) {
      const double l = link(a, b);
      if (prev[b] != n || l <= 0 || (l < strength && !nearly_equal(l, strength))) continue;
      prev[b] = a;
      queue.push_back(b);
    }
  }
  std::vector<std::size_t> path;
  if (prev[to] == n) return path;
  for (std::size_t x = to; x != from; x = prev[x]) path.push_back(x);
  path.push_back(from);
  std::reverse(path.begin(), path.end());
  return path;
}


}  // namespace

Explanation Ranking::explain(std::size_t a, std::size_t b) const {
  const auto fmt = [](double x) { return detail::significant(x, 6); };
  if (a >= items.size() || b >= items.size())
    throw InvalidArgument("explain: item index out of range");
  Explanation e;
  e.a = a;
  e.b = b;
  const std::size_t ra = rank_of(a), rb = rank_of(b);
  e.order = ra < rb ? 1 : ra > rb ? -1 : 0;
  e.score_a = score[a];
  e.score_b = score[b];
  if (pairwise) {
    e.prefer_a = pairwise->at(a, b);
    e.prefer_b = pairwise->at(b, a);
  }
  for (std::size_t k = 0; k < roles.size(); ++k) {
    Explanation::RolePart part{roles[k], role_score[k][a], role_score[k][b], 0, 0};
    if (!role_pairwise.empty()) {
      part.prefer_a = role_pairwise[k].at(a, b);
      part.prefer_b = role_pairwise[k].at(b, a);
    }
    e.roles.push_back(part);
  }
  std::ostringstream t;
  const std::string& na = items[a];
  const std::string& nb = items[b];
  t << na << (e.order > 0 ? " is above " : e.order < 0 ? " is below " : " ties with ") << nb
    << " (" << to_string(method) << ", policy " << policy << "). ";
  if (paths && a != b) {
    const bool a_wins = e.order >= 0;
    const std::size_t w = a_wins ? a : b, l = a_wins ? b : a;
    e.path_strength = paths->at(w, l);
    e.reverse_strength = paths->at(l, w);
    e.beat_path = beat_path(*pairwise, options.strength, w, l, e.path_strength);
    t << "Strongest path from " << items[w] << " to " << items[l] << ":";
    for (std::size_t x : e.beat_path) t << ' ' << items[x];
    t << " (strength " << fmt(e.path_strength) << "); the other way " << fmt(e.reverse_strength)
      << ". ";
  } else {
    t << "Score " << fmt(e.score_a) << " vs " << fmt(e.score_b) << ". ";
  }
  if (pairwise)
    t << "Weight preferring " << na << ": " << fmt(e.prefer_a) << ", preferring " << nb << ": "
      << fmt(e.prefer_b) << ". ";
  t << "By role:";
  for (const auto& p : e.roles) {
    t << ' ' << to_string(p.role) << ' ' << fmt(p.score_a) << " vs " << fmt(p.score_b);
    if (pairwise) t << " (prefer " << fmt(p.prefer_a) << " vs " << fmt(p.prefer_b) << ")";
    t << ';';
  }
  e.text = t.str();
  if (!e.text.empty() && e.text.back() == ';') e.text.back() = '.';
  return e;
}

}  // namespace kpss
