#include "kpss/select/phragmen.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include <gsl/gsl>

#include "common.hpp"
#include "exact.hpp"

namespace kpss::select {

Result sequential_phragmen(const Election& election, TieBreak tie, std::span<const std::int64_t> weights) {
  using detail::Q;
  const detail::Frame f(election);
  const auto rank = f.tie_rank(tie);
  const Ballots& b = election.ballots;
  const auto w = detail::weights_or_ones(weights, b.size());
  // A candidate's supporters' total weight: the rate at which they earn money together.
  const auto support = detail::total_satisfaction(f, Satisfaction::cardinality, w);

  // Identical ballots carry identical loads (every supporter of a funded candidate moves to
  // its new load, whatever the weight), so they are merged with their total weight.
  std::map<std::vector<std::uint32_t>, std::size_t> index;
  std::vector<std::vector<std::uint32_t>> atom_items;
  std::vector<std::int64_t> atom_weight;
  for (std::size_t v = 0; v < b.size(); ++v) {
    std::vector<std::uint32_t> items(b.candidates(v).begin(), b.candidates(v).end());
    std::sort(items.begin(), items.end());
    const auto [it, added] = index.emplace(items, atom_items.size());
    if (added) {
      atom_items.push_back(std::move(items));
      atom_weight.push_back(0);
    }
    atom_weight[it->second] += w[v];
  }
  std::vector<std::vector<std::uint32_t>> atoms_of(f.num_candidates);
  for (std::size_t a = 0; a < atom_items.size(); ++a)
    for (const auto j : atom_items[a]) atoms_of[j].push_back(gsl::narrow<std::uint32_t>(a));

  // A participant's load (money paid per unit of weight) is 0 or the new maximal load of the
  // last round that funded something they approve: `level` indexes those loads,
  // `count[j][s]` is the total weight of j's supporters at level s.
  std::vector<Q> level_load{Q(0)};
  std::vector<std::uint32_t> atom_level(atom_items.size(), 0);
  std::vector<std::vector<std::int64_t>> count(f.num_candidates, std::vector<std::int64_t>(1, 0));
  std::vector<std::size_t> pool;
  std::vector<char> in_pool(f.num_candidates, 0);
  for (std::size_t j = 0; j < f.num_candidates; ++j) {
    count[j][0] = support[j];
    if (f.fits(j, f.budget)) {
      pool.push_back(j);
      in_pool[j] = 1;
    }
  }
  std::vector<std::int64_t> left = f.budget;
  std::vector<std::size_t> funded;
  while (!pool.empty()) {
    std::optional<Q> best;  // empty: infinite (no supporters)
    bool have_best = false;
    std::vector<std::size_t> tied;
    for (const std::size_t j : pool) {
      std::optional<Q> load;
      if (support[j] > 0) {
        Q sum(f.cost[j]);
        for (std::size_t s = 1; s < count[j].size(); ++s)
          if (count[j][s] != 0) sum += level_load[s] * count[j][s];
        load = sum / support[j];
      }
      const bool better = !have_best || (load && (!best || *load < *best));
      const bool equal = have_best && ((!load && !best) || (load && best && *load == *best));
      if (better) {
        best = load;
        have_best = true;
        tied.assign({j});
      } else if (equal) {
        tied.push_back(j);
      }
    }
    if (std::any_of(tied.begin(), tied.end(), [&](std::size_t j) { return !f.fits(j, left); })) break;
    const std::size_t chosen =
        *std::min_element(tied.begin(), tied.end(), [&](std::size_t x, std::size_t y) { return rank[x] < rank[y]; });
    funded.push_back(chosen);
    f.pay(chosen, left);
    in_pool[chosen] = 0;
    pool.erase(std::find(pool.begin(), pool.end(), chosen));
    if (!best) continue;
    const auto s_new = gsl::narrow<std::uint32_t>(level_load.size());
    level_load.push_back(*best);
    for (auto& c : count)
      if (!c.empty()) c.push_back(0);
    for (const auto a : atoms_of[chosen]) {
      const std::uint32_t s_old = atom_level[a];
      atom_level[a] = s_new;
      for (const auto j : atom_items[a])
        if (in_pool[j]) {
          count[j][s_old] -= atom_weight[a];
          count[j][s_new] += atom_weight[a];
        }
    }
  }
  return detail::make_result(f, funded, support, Rejection::stopped);
}

}  // namespace kpss::select
