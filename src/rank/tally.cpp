#include "kpss/rank/tally.hpp"

#include <algorithm>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <numeric>

#include <gsl/assert>
#include <gsl/narrow>

#include "kpss/core/error.hpp"
#include "tally_counter.hpp"

namespace kpss {

namespace {

std::int32_t default_threshold(const BallotSet& b) {
  switch (b.kind()) {
    case BallotKind::score: {
      const std::int64_t sum = std::int64_t{b.scale_min()} + b.scale_max();
      // ⌈sum / 2⌉ for negative sums too.
      return gsl::narrow<std::int32_t>(sum >= 0 ? (sum + 1) / 2 : sum / 2);
    }
    case BallotKind::points:
    case BallotKind::approval: return 1;
    case BallotKind::ranking: return 0;
  }
  return 0;
}

}  // namespace

TallyCounter::TallyCounter(const BallotSet& ballots, const TallyOptions& options)
    : ballots_(ballots), first_(options.first), last_(std::min(options.last, ballots.size())) {
  if (first_ > last_)
    throw InvalidArgument("ballot range starts at " + std::to_string(first_) + " past its end " +
                          std::to_string(last_));
  Tally& t = skeleton_;
  t.kind_ = ballots.kind();
  t.items_.assign(ballots.items().begin(), ballots.items().end());
  t.has_scores_ = ballots.kind() != BallotKind::ranking;
  t.has_pairwise_ = ballots.kind() == BallotKind::ranking || options.pairwise;
  t.per_participant_ = options.per_participant;
  t.support_threshold_ = options.support_threshold.value_or(default_threshold(ballots));
  t.scale_min_ = ballots.scale_min();
  t.scale_max_ = ballots.scale_max();

  const std::size_t n = last_ - first_;
  group_of_.resize(n);
  std::vector<GroupKey> keys;
  if (options.per_participant) {
    keys.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t b = first_ + i;
      keys.push_back({ballots.role(b), std::string(ballots.organisation(b)), ballots.participant_id(b)});
    }
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    t.groups_.reserve(n);
    for (std::size_t k = 0; k < n; ++k) {
      group_of_[order[k]] = gsl::narrow<std::uint32_t>(k);
      t.groups_.push_back(std::move(keys[order[k]]));
    }
  } else {
    // (role, organisation index) -> provisional group, renumbered in key order below. Both
    // indices are dense, so a table replaces a search per ballot (the tally's hot path).
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    const std::size_t orgs = ballots.organisations().size();
    std::vector<std::uint32_t> provisional(role_count * orgs, none);
    for (std::size_t i = 0; i < n; ++i) {
      const std::size_t b = first_ + i;
      std::uint32_t& slot = provisional[static_cast<std::size_t>(ballots.role(b)) * orgs + ballots.organisation_index(b)];
      if (slot == none) {
        slot = gsl::narrow<std::uint32_t>(keys.size());
        keys.push_back({ballots.role(b), std::string(ballots.organisation(b)), {}});
      }
      group_of_[i] = slot;
    }
    std::vector<std::uint32_t> order(keys.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return keys[a] < keys[b]; });
    std::vector<std::uint32_t> renumber(keys.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
      renumber[order[k]] = gsl::narrow<std::uint32_t>(k);
      t.groups_.push_back(keys[order[k]]);
    }
    for (auto& g : group_of_) g = renumber[g];
  }
}

template <bool Weighted>
void TallyCounter::count_scores(Tally& t, std::span<const std::uint32_t> multiplicity) const {
  const std::size_t m = t.item_count();
  const std::int32_t threshold = t.support_threshold_;
  for (std::size_t i = 0; i < group_of_.size(); ++i) {
    const std::int64_t mult = Weighted ? multiplicity[i] : 1;
    if (Weighted && mult == 0) continue;
    const std::size_t base = std::size_t{group_of_[i]} * m;
    std::int64_t* sums = t.sums_.data() + base;
    std::int64_t* answered = t.answered_.data() + base;
    std::int64_t* supported = t.supported_.data() + base;
    if (t.kind_ == BallotKind::approval) {
      for (std::size_t j = 0; j < m; ++j) answered[j] += mult;
      for (std::uint32_t j : ballots_.approved(first_ + i)) {
        sums[j] += mult;
        supported[j] += mult;
      }
      continue;
    }
    const std::int32_t* row = ballots_.values(first_ + i).data();
    for (std::size_t j = 0; j < m; ++j) {
      const std::int32_t v = row[j];
      const std::int64_t present = v != BallotSet::missing;
      sums[j] += present * std::int64_t{v} * mult;
      answered[j] += present * mult;
      supported[j] += (present & std::int64_t{v >= threshold}) * mult;
    }
  }
}

// Unweighted score and points ballots, the tally's hot path. Counting straight into every
// group's 64-bit sums moves 24 bytes per group and item through the cache for each ballot,
// more than the L2 holds for a thousand groups while the rows stream past. Here each group and
// item has one 32-bit word holding three fields, answered count | supported count | Σ (value −
// scale minimum), one add per answer; a group's words are added to the tally and cleared every
// `period` ballots of that group, before a field can overflow. Returns false, counting nothing,
// where the scale is so wide that the period would be too short to pay for those adds, or the
// groups so small (one per participant) that the words would only cost memory.
bool TallyCounter::count_scores_packed(Tally& t) const {
  if (t.kind_ == BallotKind::approval || group_of_.size() < 4 * t.groups_.size()) return false;
  const auto range = static_cast<std::uint64_t>(std::int64_t{t.scale_max_} - t.scale_min_);
  // Widths: `count_bits` for each count, the rest for the sum; the period is the most ballots
  // every field holds.
  unsigned count_bits = 0;
  std::uint32_t period = 0;
  for (unsigned b = 4; b <= 15; ++b) {
    const std::uint64_t fits = std::min<std::uint64_t>((std::uint64_t{1} << b) - 1,
                                                       ((std::uint64_t{1} << (32 - 2 * b)) - 1) / std::max<std::uint64_t>(range, 1));
    if (fits > period) {
      period = static_cast<std::uint32_t>(fits);
      count_bits = b;
    }
  }
  if (period < 16) return false;
  const unsigned supported_shift = 32 - 2 * count_bits;
  const unsigned answered_shift = 32 - count_bits;
  const std::uint32_t count_mask = (std::uint32_t{1} << count_bits) - 1;
  const std::uint32_t sum_mask = (std::uint32_t{1} << supported_shift) - 1;

  const std::size_t m = t.item_count();
  const std::size_t groups = t.groups_.size();
  std::vector<std::uint32_t> words(groups * m, 0);
  std::vector<std::uint32_t> left(groups, period);
  auto flush = [&](std::size_t g) {
    std::uint32_t* w = words.data() + g * m;
    for (std::size_t j = 0; j < m; ++j) {
      const std::int64_t answered = w[j] >> answered_shift;
      t.sums_[g * m + j] += static_cast<std::int64_t>(w[j] & sum_mask) + answered * t.scale_min_;
      t.answered_[g * m + j] += answered;
      t.supported_[g * m + j] += (w[j] >> supported_shift) & count_mask;
      w[j] = 0;
    }
  };
  const std::int32_t low = t.scale_min_;
  // An answer supports the item when v > below; below ≥ INT32_MIN because low > missing, and
  // every answer supports when the threshold is at or under the scale.
  const std::int32_t below = std::max(t.support_threshold_, low) - 1;
  const std::uint32_t one_answer = std::uint32_t{1} << answered_shift;
  const std::uint32_t one_support = std::uint32_t{1} << supported_shift;
  const std::int32_t* rows = ballots_.value_matrix().data() + first_ * m;
  for (std::size_t i = 0; i < group_of_.size(); ++i) {
    const std::int32_t* row = rows + i * m;
    const std::size_t g = group_of_[i];
    std::uint32_t* w = words.data() + g * m;
    // Written as masks so that it vectorises: all ones for true, no branches or selects.
    for (std::size_t j = 0; j < m; ++j) {
      const std::int32_t v = row[j];
      const std::uint32_t answered = -static_cast<std::uint32_t>(v != BallotSet::missing);
      const std::uint32_t supports = -static_cast<std::uint32_t>(v > below);
      // Unsigned: a missing answer's v − low wraps harmlessly and is masked out.
      const std::uint32_t offset = static_cast<std::uint32_t>(v) - static_cast<std::uint32_t>(low);
      w[j] += (offset + one_answer + (supports & one_support)) & answered;
    }
    if (--left[g] == 0) {
      flush(g);
      left[g] = period;
    }
  }
  for (std::size_t g = 0; g < groups; ++g) flush(g);
  return true;
}

template <bool Weighted>
void TallyCounter::count_pairwise(Tally& t, std::span<const std::uint32_t> multiplicity) const {
  const std::size_t m = t.item_count();
  std::vector<std::uint32_t> items;
  std::vector<std::uint32_t> pos;
  std::vector<std::uint32_t> order;
  for (std::size_t i = 0; i < group_of_.size(); ++i) {
    const std::int64_t mult = Weighted ? multiplicity[i] : 1;
    if (Weighted && mult == 0) continue;
    const std::size_t b = first_ + i;
    std::span<const std::uint32_t> it;
    std::span<const std::uint32_t> ps;
    switch (t.kind_) {
      case BallotKind::ranking:
        it = ballots_.ranked_items(b);
        ps = ballots_.ranks(b);
        break;
      case BallotKind::approval:
        it = ballots_.approved(b);
        pos.assign(it.size(), 1);
        ps = pos;
        break;
      case BallotKind::score:
      case BallotKind::points: {
        const auto row = ballots_.values(b);
        order.clear();
        for (std::uint32_t j = 0; j < m; ++j)
          if (row[j] != BallotSet::missing) order.push_back(j);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t x, std::uint32_t y) { return row[x] > row[y]; });
        items = order;
        pos.resize(order.size());
        for (std::size_t k = 0; k < order.size(); ++k)
          pos[k] = (k > 0 && row[order[k]] == row[order[k - 1]]) ? pos[k - 1]
                                                                   : gsl::narrow<std::uint32_t>(k + 1);
        it = items;
        ps = pos;
        break;
      }
    }
    const std::size_t g = group_of_[i];
    std::int64_t* ranked = t.ranked_.data() + g * m;
    std::int64_t* positions = t.positions_.data() + g * m * m;
    std::int64_t* wins = t.wins_.data() + g * m * m;
    std::int64_t* both = t.both_.data() + g * m * m;
    const std::size_t k = it.size();
    for (std::size_t x = 0; x < k; ++x) {
      const std::size_t a = it[x];
      ranked[a] += mult;
      positions[a * m + ps[x] - 1] += mult;
      std::int64_t* both_a = both + a * m;
      std::int64_t* wins_a = wins + a * m;
      for (std::size_t y = x + 1; y < k; ++y) {
        const std::size_t c = it[y];
        both_a[c] += mult;
        both[c * m + a] += mult;
        wins_a[c] += (ps[x] < ps[y]) ? mult : 0;
      }
    }
  }
}

Tally TallyCounter::count(std::span<const std::uint32_t> multiplicity) const {
  Expects(multiplicity.empty() || multiplicity.size() == group_of_.size());
  Tally t = skeleton_;
  const std::size_t m = t.item_count();
  const std::size_t groups = t.groups_.size();
  t.participants_.assign(groups, 0);
  for (std::size_t i = 0; i < group_of_.size(); ++i)
    t.participants_[group_of_[i]] += multiplicity.empty() ? 1 : multiplicity[i];
  if (t.has_scores_) {
    t.sums_.assign(groups * m, 0);
    t.answered_.assign(groups * m, 0);
    t.supported_.assign(groups * m, 0);
    if (!multiplicity.empty()) count_scores<true>(t, multiplicity);
    else if (!count_scores_packed(t)) count_scores<false>(t, multiplicity);
  }
  if (t.has_pairwise_) {
    t.ranked_.assign(groups * m, 0);
    t.positions_.assign(groups * m * m, 0);
    t.wins_.assign(groups * m * m, 0);
    t.both_.assign(groups * m * m, 0);
    if (multiplicity.empty()) count_pairwise<false>(t, multiplicity);
    else count_pairwise<true>(t, multiplicity);
  }
  return t;
}

Tally Tally::count(const BallotSet& ballots, const TallyOptions& options) {
  return TallyCounter(ballots, options).count({});
}

Tally Tally::count(const BallotSet& ballots, std::span<const std::uint32_t> multiplicity,
                   const TallyOptions& options) {
  Expects(multiplicity.size() == ballots.size());
  const TallyCounter counter(ballots, options);
  return counter.count(multiplicity.subspan(counter.first(), counter.last() - counter.first()));
}

std::int64_t Tally::total_participants() const noexcept {
  return std::accumulate(participants_.begin(), participants_.end(), std::int64_t{0});
}

std::vector<GroupCensus> Tally::census() const {
  std::vector<GroupCensus> out;
  out.reserve(groups_.size());
  for (std::size_t g = 0; g < groups_.size(); ++g)
    out.push_back({groups_[g].role, groups_[g].organisation, groups_[g].participant, participants_[g]});
  return out;
}

void Tally::merge(const Tally& other) {
  if (kind_ != other.kind_ || items_ != other.items_ || has_scores_ != other.has_scores_ ||
      has_pairwise_ != other.has_pairwise_ || per_participant_ != other.per_participant_ ||
      support_threshold_ != other.support_threshold_ || scale_min_ != other.scale_min_ ||
      scale_max_ != other.scale_max_)
    throw ConflictError("the tallies count different items, ballot kinds or statistics");
  const std::size_t m = item_count();
  Tally out = *this;
  out.groups_.clear();
  out.participants_.clear();
  for (auto* v : {&out.sums_, &out.answered_, &out.supported_, &out.ranked_, &out.positions_,
                  &out.wins_, &out.both_})
    v->clear();
  struct Stat {
    std::vector<std::int64_t> Tally::*member;
    std::size_t len;
  };
  const Stat stats[] = {{&Tally::sums_, m},      {&Tally::answered_, m}, {&Tally::supported_, m},
                        {&Tally::ranked_, m},    {&Tally::positions_, m * m},
                        {&Tally::wins_, m * m},  {&Tally::both_, m * m}};
  auto append = [&](const Tally& src, std::size_t g) {
    out.groups_.push_back(src.groups_[g]);
    out.participants_.push_back(src.participants_[g]);
    for (const Stat& s : stats) {
      const auto& from = src.*(s.member);
      if (from.empty()) continue;
      (out.*(s.member)).insert((out.*(s.member)).end(), from.begin() + static_cast<std::ptrdiff_t>(g * s.len),
                               from.begin() + static_cast<std::ptrdiff_t>((g + 1) * s.len));
    }
  };
  auto add = [&](const Tally& src, std::size_t g) {
    out.participants_.back() += src.participants_[g];
    for (const Stat& s : stats) {
      const auto& from = src.*(s.member);
      if (from.empty()) continue;
      auto& to = out.*(s.member);
      const std::size_t base = to.size() - s.len;
      for (std::size_t k = 0; k < s.len; ++k) to[base + k] += from[g * s.len + k];
    }
  };
  std::size_t a = 0;
  std::size_t b = 0;
  while (a < groups_.size() || b < other.groups_.size()) {
    if (b == other.groups_.size() || (a < groups_.size() && groups_[a] < other.groups_[b])) {
      append(*this, a++);
    } else if (a == groups_.size() || other.groups_[b] < groups_[a]) {
      append(other, b++);
    } else {
      if (per_participant_)
        throw ConflictError("participant '" + groups_[a].participant +
                            "' is counted in both tallies; one ballot per participant per round");
      append(*this, a++);
      add(other, b++);
    }
  }
  *this = std::move(out);
}

// ---- serialisation --------------------------------------------------------------------------

namespace {

constexpr char magic[8] = {'K', 'P', 'S', 'S', 'T', 'L', 'Y', '1'};
constexpr std::uint32_t format_version = 1;
constexpr std::uint64_t max_groups = 100'000'000;

std::uint64_t fnv1a(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

class Writer {
 public:
  template <class T>
  void put(T v) {
    using U = std::make_unsigned_t<T>;
    auto u = static_cast<U>(v);
    for (std::size_t i = 0; i < sizeof(T); ++i) {
      out.push_back(static_cast<char>(u & 0xFFU));
      if constexpr (sizeof(T) > 1) u = static_cast<U>(u >> 8);
    }
  }
  void text(const std::string& s) {
    put(gsl::narrow<std::uint32_t>(s.size()));
    out += s;
  }
  std::string out;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : in(bytes) {}
  template <class T>
  T get() {
    need(sizeof(T));
    using U = std::make_unsigned_t<T>;
    U u = 0;
    for (std::size_t i = 0; i < sizeof(T); ++i)
      u = static_cast<U>(u | static_cast<U>(static_cast<U>(static_cast<unsigned char>(in[at + i])) << (8 * i)));
    at += sizeof(T);
    return static_cast<T>(u);
  }
  std::string text() {
    const auto n = get<std::uint32_t>();
    need(n);
    std::string s(in.substr(at, n));
    at += n;
    return s;
  }
  void need(std::size_t n) const {
    if (in.size() - at < n) throw CorruptData("the tally is truncated at byte " + std::to_string(at));
  }
  std::string_view in;
  std::size_t at = 0;
};

}  // namespace

std::string Tally::serialise() const {
  Writer w;
  w.out.append(magic, sizeof magic);
  w.put(format_version);
  w.put(static_cast<std::uint8_t>(kind_));
  w.put(static_cast<std::uint8_t>((has_scores_ ? 1 : 0) | (has_pairwise_ ? 2 : 0) | (per_participant_ ? 4 : 0)));
  w.put(support_threshold_);
  w.put(scale_min_);
  w.put(scale_max_);
  w.put(std::uint64_t{items_.size()});
  for (const auto& s : items_) w.text(s);
  w.put(std::uint64_t{groups_.size()});
  for (std::size_t g = 0; g < groups_.size(); ++g) {
    w.put(static_cast<std::uint8_t>(groups_[g].role));
    w.text(groups_[g].organisation);
    w.text(groups_[g].participant);
    w.put(participants_[g]);
  }
  for (const auto* v : {&sums_, &answered_, &supported_, &ranked_, &positions_, &wins_, &both_})
    for (std::int64_t x : *v) w.put(x);
  w.put(fnv1a(w.out));
  return std::move(w.out);
}

Tally Tally::deserialise(std::string_view bytes) {
  if (bytes.size() < sizeof magic + 8 || std::memcmp(bytes.data(), magic, sizeof magic) != 0)
    throw CorruptData("not a kpss tally (bad magic)");
  Reader tail(bytes.substr(bytes.size() - 8));
  if (tail.get<std::uint64_t>() != fnv1a(bytes.substr(0, bytes.size() - 8)))
    throw CorruptData("the tally's checksum does not match; it is truncated or corrupted");
  Reader r(bytes.substr(0, bytes.size() - 8));
  r.at = sizeof magic;
  if (const auto v = r.get<std::uint32_t>(); v != format_version)
    throw CorruptData("tally format version " + std::to_string(v) + " is not supported");
  Tally t;
  const auto kind = r.get<std::uint8_t>();
  if (kind > 3) throw CorruptData("unknown ballot kind in the tally");
  t.kind_ = static_cast<BallotKind>(kind);
  const auto flags = r.get<std::uint8_t>();
  t.has_scores_ = (flags & 1U) != 0;
  t.has_pairwise_ = (flags & 2U) != 0;
  t.per_participant_ = (flags & 4U) != 0;
  t.support_threshold_ = r.get<std::int32_t>();
  t.scale_min_ = r.get<std::int32_t>();
  t.scale_max_ = r.get<std::int32_t>();
  const auto m = r.get<std::uint64_t>();
  if (m == 0 || m > BallotSet::max_items) throw LimitExceeded("a tally of " + std::to_string(m) + " items");
  for (std::uint64_t i = 0; i < m; ++i) t.items_.push_back(r.text());
  const auto groups = r.get<std::uint64_t>();
  if (groups > max_groups) throw LimitExceeded("a tally of " + std::to_string(groups) + " groups");
  for (std::uint64_t g = 0; g < groups; ++g) {
    const auto role = r.get<std::uint8_t>();
    if (role >= role_count) throw CorruptData("unknown role in the tally");
    GroupKey key{static_cast<Role>(role), r.text(), r.text()};
    if (!t.groups_.empty() && !(t.groups_.back() < key)) throw CorruptData("the tally's groups are out of order");
    t.groups_.push_back(std::move(key));
    t.participants_.push_back(r.get<std::int64_t>());
  }
  auto fill = [&](std::vector<std::int64_t>& v, bool present, std::uint64_t len) {
    if (!present) return;
    r.need(groups * len * 8);
    v.resize(groups * len);
    for (auto& x : v) x = r.get<std::int64_t>();
  };
  fill(t.sums_, t.has_scores_, m);
  fill(t.answered_, t.has_scores_, m);
  fill(t.supported_, t.has_scores_, m);
  fill(t.ranked_, t.has_pairwise_, m);
  fill(t.positions_, t.has_pairwise_, m * m);
  fill(t.wins_, t.has_pairwise_, m * m);
  fill(t.both_, t.has_pairwise_, m * m);
  if (r.at != r.in.size()) throw CorruptData("the tally has trailing bytes");
  return t;
}

}  // namespace kpss
