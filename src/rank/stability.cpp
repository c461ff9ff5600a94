#include "kpss/rank/stability.hpp"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

#include "kpss/core/error.hpp"
#include "tally_counter.hpp"

namespace kpss {

namespace {

// SplitMix64 seeds xoshiro256**; both are fully specified, unlike std:: distributions, so
// replicates are identical on every platform.
std::uint64_t splitmix(std::uint64_t& x) {
  std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class Xoshiro {
 public:
  Xoshiro(std::uint64_t seed, std::uint64_t stream) {
    std::uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (auto& s : s_) s = splitmix(x);
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(s_[1] * 5, 7) * 9;
    const std::uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = rotl(s_[3], 45);
    return result;
  }
  /// Uniform in [0, n) without bias (Lemire's method).
  std::uint64_t below(std::uint64_t n) {
    detail_uint128 m = static_cast<detail_uint128>(next()) * n;
    auto low = static_cast<std::uint64_t>(m);
    if (low < n) {
      const std::uint64_t threshold = (0 - n) % n;
      while (low < threshold) {
        m = static_cast<detail_uint128>(next()) * n;
        low = static_cast<std::uint64_t>(m);
      }
    }
    return static_cast<std::uint64_t>(m >> 64);
  }

 private:
  __extension__ typedef unsigned __int128 detail_uint128;
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t s_[4];
};

}  // namespace

Stability bootstrap(const BallotSet& ballots, const WeightingPolicy& policy, const RankOptions& options,
                    const BootstrapOptions& b) {
  if (b.replicates == 0) throw InvalidArgument("the bootstrap needs at least one replicate");
  const TallyCounter counter(ballots, tally_options_for(policy, options));
  const std::size_t n = ballots.size();
  const std::size_t m = ballots.item_count();
  // Resampling groups: role × organisation, members in ballot order.
  std::map<std::pair<Role, std::uint32_t>, std::vector<std::uint32_t>> by_group;
  for (std::size_t i = 0; i < n; ++i)
    by_group[{ballots.role(i), ballots.organisation_index(i)}].push_back(static_cast<std::uint32_t>(i));
  std::vector<std::vector<std::uint32_t>> groups;
  for (auto& [key, members] : by_group) groups.push_back(std::move(members));

  std::vector<std::uint32_t> ranks(b.replicates * m);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  std::mutex progress_lock;
  std::size_t finished = 0;
  auto work = [&] {
    std::vector<std::uint32_t> mult(n);
    for (std::size_t r = next++; r < b.replicates; r = next++) {
      try {
        std::fill(mult.begin(), mult.end(), 0U);
        Xoshiro rng(b.seed, r);
        for (const auto& members : groups)
          for (std::size_t k = 0; k < members.size(); ++k) ++mult[members[rng.below(members.size())]];
        const Ranking rk = rank(counter.count(mult), policy, options);
        std::size_t above = 0;
        for (const auto& g : rk.groups) {
          for (std::size_t i : g) ranks[r * m + i] = static_cast<std::uint32_t>(above + 1);
          above += g.size();
        }
        if (b.progress) {
          const std::lock_guard<std::mutex> lock(progress_lock);
          b.progress(++finished, b.replicates);
        }
      } catch (...) {
        const std::lock_guard<std::mutex> lock(failure_lock);
        if (!failure) failure = std::current_exception();
        next = b.replicates;
      }
    }
  };
  std::size_t threads = b.threads != 0 ? b.threads : std::max(1U, std::thread::hardware_concurrency());
  threads = std::min(threads, b.replicates);
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);

  Stability out;
  out.items.assign(ballots.items().begin(), ballots.items().end());
  out.replicates = b.replicates;
  out.top_k = b.top_k;
  const std::size_t R = b.replicates;
  std::vector<std::uint32_t> col(R);
  for (std::size_t i = 0; i < m; ++i) {
    std::size_t top = 0;
    for (std::size_t r = 0; r < R; ++r) {
      col[r] = ranks[r * m + i];
      top += col[r] <= b.top_k ? 1 : 0;
    }
    std::sort(col.begin(), col.end());
    ItemStability s;
    s.median_rank = R % 2 == 1 ? col[R / 2] : 0.5 * (col[R / 2 - 1] + col[R / 2]);
    s.rank_p05 = col[(R - 1) * 5 / 100];
    s.rank_p95 = col[((R - 1) * 95 + 99) / 100];
    s.p_top_k = static_cast<double>(top) / static_cast<double>(R);
    out.item.push_back(s);
  }
  return out;
}

}  // namespace kpss
