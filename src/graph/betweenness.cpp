// Betweenness centrality: Brandes' algorithm on a compressed adjacency array, exact or
// from sampled pivots.
//
// Boost's brandes_betweenness_centrality keeps, for every vertex, a vector of predecessor
// edges that it clears and refills for every source, and reaches vertices through property
// maps over an adjacency_list; on the 10 000-vertex, 100 000-tie benchmark partnership that
// took 84 s. Here the undirected simple view is a CSR array of 32-bit neighbours, and the
// predecessors of w are found again during the back-propagation as the neighbours one hop
// nearer the source, so a source costs two passes over the edges and no allocation.
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>

#include <gsl/assert>
#include <gsl/narrow>

#include "boost_graph.hpp"
#include "kpss/core/error.hpp"
#include "kpss/graph/structure.hpp"

namespace kpss {

namespace {

/// The undirected simple view as compressed rows: the neighbours of v are
/// targets[offsets[v] .. offsets[v+1]), ascending.
struct Csr {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> targets;
  std::size_t size() const { return offsets.size() - 1; }
};

Csr csr_of(const StakeholderGraph& graph) {
  const auto& g = detail::GraphAccess::graph(graph);
  const std::size_t n = boost::num_vertices(g);
  if (n >= std::numeric_limits<std::uint32_t>::max())
    throw LimitExceeded("betweenness needs fewer than 2^32 vertices");
  std::vector<std::pair<std::uint32_t, std::uint32_t>> arcs;
  arcs.reserve(2 * boost::num_edges(g));
  for (auto [it, end] = boost::edges(g); it != end; ++it) {
    const auto s = gsl::narrow<std::uint32_t>(boost::source(*it, g));
    const auto t = gsl::narrow<std::uint32_t>(boost::target(*it, g));
    arcs.emplace_back(s, t);
    arcs.emplace_back(t, s);
  }
  std::sort(arcs.begin(), arcs.end());
  arcs.erase(std::unique(arcs.begin(), arcs.end()), arcs.end());
  if (arcs.size() >= std::numeric_limits<std::uint32_t>::max())
    throw LimitExceeded("betweenness needs fewer than 2^31 ties");
  Csr c;
  c.offsets.assign(n + 1, 0);
  c.targets.reserve(arcs.size());
  for (const auto& [s, t] : arcs) {
    ++c.offsets[s + 1];
    c.targets.push_back(t);
  }
  std::partial_sum(c.offsets.begin(), c.offsets.end(), c.offsets.begin());
  return c;
}

/// One source's dependencies (Brandes 2001), added to `centrality`. The work arrays are
/// the caller's, sized V, with dist = -1 everywhere on entry and on return.
class Accumulator {
 public:
  explicit Accumulator(const Csr& g)
      : g_(g), dist_(g.size(), -1), sigma_(g.size(), 0.0), delta_(g.size(), 0.0), order_(g.size(), 0) {}

  void add_source(std::uint32_t s, std::vector<double>& centrality) {
    std::size_t head = 0, tail = 0;
    dist_[s] = 0;
    sigma_[s] = 1.0;
    order_[tail++] = s;
    while (head < tail) {
      const std::uint32_t v = order_[head++];
      const std::int32_t next = dist_[v] + 1;
      for (std::uint32_t i = g_.offsets[v]; i < g_.offsets[v + 1]; ++i) {
        const std::uint32_t w = g_.targets[i];
        if (dist_[w] < 0) {
          dist_[w] = next;
          order_[tail++] = w;
        }
        if (dist_[w] == next) sigma_[w] += sigma_[v];
      }
    }
    // Farthest first: every vertex's dependency is complete before it passes it on.
    for (std::size_t k = tail; k-- > 1;) {
      const std::uint32_t w = order_[k];
      const double share = (1.0 + delta_[w]) / sigma_[w];
      const std::int32_t previous = dist_[w] - 1;
      for (std::uint32_t i = g_.offsets[w]; i < g_.offsets[w + 1]; ++i) {
        const std::uint32_t v = g_.targets[i];
        if (dist_[v] == previous) delta_[v] += sigma_[v] * share;
      }
      centrality[w] += delta_[w];
    }
    for (std::size_t k = 0; k < tail; ++k) {
      const std::uint32_t v = order_[k];
      dist_[v] = -1;
      sigma_[v] = 0.0;
      delta_[v] = 0.0;
    }
  }

 private:
  const Csr& g_;
  std::vector<std::int32_t> dist_;
  std::vector<double> sigma_;
  std::vector<double> delta_;
  std::vector<std::uint32_t> order_;
};

/// A uniform draw from [0, bound) that is the same on every standard library (the
/// distributions of <random> are not).
std::uint64_t draw(std::mt19937_64& rng, std::uint64_t bound) {
  const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % bound;
  for (;;) {
    const std::uint64_t x = rng();
    if (x < limit) return x % bound;
  }
}

/// Dependencies summed over `sources` (ordered pairs), scaled by `scale`, halved for the
/// undirected view and normalised by the (V-1)(V-2)/2 pairs.
std::vector<double> normalised(const Csr& g, std::span<const std::uint32_t> sources, double scale) {
  const std::size_t n = g.size();
  std::vector<double> centrality(n, 0.0);
  if (n < 3) return centrality;
  Accumulator acc(g);
  for (std::uint32_t s : sources) acc.add_source(s, centrality);
  const double pairs = static_cast<double>(n - 1) * static_cast<double>(n - 2);
  for (double& c : centrality) c = c * scale / pairs;
  return centrality;
}

}  // namespace

std::vector<double> betweenness(const StakeholderGraph& graph) {
  const Csr g = csr_of(graph);
  std::vector<std::uint32_t> sources(g.size());
  std::iota(sources.begin(), sources.end(), std::uint32_t{0});
  return normalised(g, sources, 1.0);
}

std::vector<double> betweenness_sampled(const StakeholderGraph& graph, std::size_t pivots, std::uint64_t seed) {
  const Csr g = csr_of(graph);
  const std::size_t n = g.size();
  if (pivots == 0) throw InvalidArgument("at least one pivot is needed", "pivots");
  if (pivots >= n) return betweenness(graph);
  // A seeded partial Fisher–Yates shuffle; the pivots are then taken in index order so that
  // the summation order, and hence every bit of the result, depends on the set alone.
  std::vector<std::uint32_t> all(n);
  std::iota(all.begin(), all.end(), std::uint32_t{0});
  std::mt19937_64 rng(seed);
  for (std::size_t i = 0; i < pivots; ++i) std::swap(all[i], all[i + draw(rng, n - i)]);
  all.resize(pivots);
  std::sort(all.begin(), all.end());
  return normalised(g, all, static_cast<double>(n) / static_cast<double>(pivots));
}

double betweenness_error_bound(std::size_t vertices, std::size_t pivots, double delta) {
  Expects(vertices >= 2 && pivots >= 1 && delta > 0 && delta < 1);
  const double n = static_cast<double>(vertices);
  return n / (n - 1) * std::sqrt(std::log(2 * n / delta) / (2 * static_cast<double>(pivots)));
}

}  // namespace kpss
