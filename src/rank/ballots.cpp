#include "kpss/rank/ballots.hpp"

#include <algorithm>
#include <numeric>

#include <gsl/assert>
#include <gsl/narrow>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

constexpr std::array<std::string_view, 4> kind_names = {"score", "points", "ranking", "approval"};
constexpr std::size_t max_text = 256;

}  // namespace

std::string_view to_string(BallotKind kind) noexcept {
  return kind_names[static_cast<std::size_t>(kind)];
}

BallotKind parse_ballot_kind(std::string_view text) {
  for (std::size_t i = 0; i < kind_names.size(); ++i)
    if (text == kind_names[i]) return static_cast<BallotKind>(i);
  throw InvalidArgument("unknown ballot kind '" + std::string(text) +
                        "'; expected score, points, ranking or approval");
}

BallotSet::BallotSet(BallotKind kind, std::vector<std::string> items, std::int32_t lo,
                     std::int32_t hi)
    : kind_(kind), items_(std::move(items)), scale_min_(lo), scale_max_(hi) {
  if (items_.empty()) throw InvalidArgument("a ballot set needs at least one item");
  if (items_.size() > max_items)
    throw LimitExceeded(std::to_string(items_.size()) + " items exceed the limit of " +
                        std::to_string(max_items));
  for (std::size_t i = 0; i < items_.size(); ++i) {
    if (items_[i].empty() || items_[i].size() > max_text)
      throw InvalidArgument("item " + std::to_string(i + 1) + " has an empty or over-long id");
    if (!item_index_.emplace(items_[i], i).second)
      throw InvalidArgument("item '" + items_[i] + "' is listed twice");
  }
}

BallotSet BallotSet::scores(std::vector<std::string> items, std::int32_t scale_min,
                            std::int32_t scale_max) {
  if (scale_min > scale_max || scale_min == missing)
    throw InvalidArgument("score scale " + std::to_string(scale_min) + "–" +
                          std::to_string(scale_max) + " is empty");
  return BallotSet(BallotKind::score, std::move(items), scale_min, scale_max);
}

BallotSet BallotSet::points(std::vector<std::string> items, std::int32_t cap) {
  if (cap <= 0) throw InvalidArgument("the points cap must be positive, not " + std::to_string(cap));
  return BallotSet(BallotKind::points, std::move(items), 0, cap);
}

BallotSet BallotSet::rankings(std::vector<std::string> items) {
  return BallotSet(BallotKind::ranking, std::move(items), 0, 0);
}

BallotSet BallotSet::approvals(std::vector<std::string> items) {
  return BallotSet(BallotKind::approval, std::move(items), 0, 1);
}

std::size_t BallotSet::item_index(std::string_view id) const {
  const auto it = item_index_.find(std::string(id));
  if (it == item_index_.end()) throw NotFound("unknown item '" + std::string(id) + "'");
  return it->second;
}

std::size_t BallotSet::participant_index(std::string_view id) const {
  const auto it = id_index_.find(std::string(id));
  if (it == id_index_.end()) throw NotFound("unknown participant '" + std::string(id) + "'");
  return it->second;
}

void BallotSet::reserve(std::size_t participants) {
  ids_.reserve(participants);
  id_index_.reserve(participants);
  roles_.reserve(participants);
  organisations_of_.reserve(participants);
  territories_of_.reserve(participants);
  if (kind_ == BallotKind::score || kind_ == BallotKind::points)
    values_.reserve(participants * items_.size());
  else
    offsets_.reserve(participants + 1);
}

std::uint32_t BallotSet::intern(std::vector<std::string>& names,
                                std::unordered_map<std::string, std::uint32_t>& index,
                                const std::string& s) {
  if (s.empty()) return 0;
  if (s.size() > max_text) throw InvalidArgument("'" + s.substr(0, 40) + "...' is over-long");
  const auto [it, added] = index.emplace(s, gsl::narrow<std::uint32_t>(names.size()));
  if (added) names.push_back(s);
  return it->second;
}

void BallotSet::add_participant(const Participant& who) {
  if (who.id.empty() || who.id.size() > max_text)
    throw InvalidArgument("a participant id must have 1–256 bytes");
  if (static_cast<std::size_t>(who.role) >= role_count)
    throw InvalidArgument("participant '" + who.id + "' has an unknown role");
  if (ids_.size() >= max_participants)
    throw LimitExceeded("more than " + std::to_string(max_participants) + " participants");
  if (id_index_.count(who.id) != 0)
    throw ConflictError("participant '" + who.id +
                        "' has a ballot already; one ballot per participant per round");
  // Intern first: a failure must leave the set unchanged.
  const std::uint32_t org = intern(organisation_names_, organisation_index_, who.organisation);
  const std::uint32_t ter = intern(territory_names_, territory_index_, who.territory);
  id_index_.emplace(who.id, ids_.size());
  ids_.push_back(who.id);
  roles_.push_back(static_cast<std::uint8_t>(who.role));
  organisations_of_.push_back(org);
  territories_of_.push_back(ter);
}

void BallotSet::add_scores(const Participant& who, std::span<const std::int32_t> values) {
  Expects(values.size() == items_.size());
  if (kind_ != BallotKind::score && kind_ != BallotKind::points)
    throw InvalidArgument("a " + std::string(to_string(kind_)) + " ballot set takes no scores");
  std::int64_t total = 0;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (values[i] == missing) continue;
    try {
      check_value(i, values[i]);
    } catch (const InvalidArgument& e) {
      throw InvalidArgument("participant '" + who.id + "': " + e.message());
    }
    total += values[i];
  }
  if (kind_ == BallotKind::points && total > scale_max_)
    throw InvalidArgument("participant '" + who.id + "' gives " + std::to_string(total) +
                          " points; at most " + std::to_string(scale_max_) + " may be given");
  add_participant(who);
  values_.insert(values_.end(), values.begin(), values.end());
}

void BallotSet::check_value(std::size_t item, std::int32_t v) const {
  Expects(item < items_.size());
  if (v < scale_min_ || (kind_ == BallotKind::score && v > scale_max_))
    throw InvalidArgument("item '" + items_[item] + "': " + std::to_string(v) +
                          (kind_ == BallotKind::score ? " is off the scale " + std::to_string(scale_min_) +
                                                            "–" + std::to_string(scale_max_)
                                                      : std::string(" points are negative")));
}

void BallotSet::add_ranking(const Participant& who, std::span<const std::uint32_t> rank_of_item) {
  Expects(rank_of_item.size() == items_.size());
  if (kind_ != BallotKind::ranking)
    throw InvalidArgument("a " + std::string(to_string(kind_)) + " ballot set takes no rankings");
  std::vector<std::uint32_t> order;
  for (std::size_t i = 0; i < rank_of_item.size(); ++i)
    if (rank_of_item[i] != 0) order.push_back(gsl::narrow<std::uint32_t>(i));
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return rank_of_item[a] < rank_of_item[b]; });
  add_participant(who);
  std::uint32_t position = 1;
  for (std::size_t k = 0; k < order.size(); ++k) {
    if (k > 0 && rank_of_item[order[k]] != rank_of_item[order[k - 1]])
      position = gsl::narrow<std::uint32_t>(k + 1);
    entries_.push_back(order[k]);
    entry_ranks_.push_back(position);
  }
  offsets_.push_back(entries_.size());
}

void BallotSet::add_approvals(const Participant& who, std::span<const std::uint32_t> approved) {
  if (kind_ != BallotKind::approval)
    throw InvalidArgument("a " + std::string(to_string(kind_)) + " ballot set takes no approvals");
  std::vector<std::uint32_t> sorted(approved.begin(), approved.end());
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    if (sorted[k] >= items_.size())
      throw InvalidArgument("participant '" + who.id + "' approves item index " +
                            std::to_string(sorted[k]) + " of only " + std::to_string(items_.size()));
    if (k > 0 && sorted[k] == sorted[k - 1])
      throw InvalidArgument("participant '" + who.id + "' approves item '" + items_[sorted[k]] +
                            "' twice");
  }
  add_participant(who);
  entries_.insert(entries_.end(), sorted.begin(), sorted.end());
  offsets_.push_back(entries_.size());
}

Participant BallotSet::participant(std::size_t i) const {
  Expects(i < size());
  return {ids_[i], role(i), std::string(organisation(i)), std::string(territory(i))};
}

std::span<const std::int32_t> BallotSet::values(std::size_t i) const {
  Expects(i < size() && (kind_ == BallotKind::score || kind_ == BallotKind::points));
  return std::span<const std::int32_t>(values_).subspan(i * items_.size(), items_.size());
}

std::span<const std::uint32_t> BallotSet::ranked_items(std::size_t i) const {
  Expects(i < size() && kind_ == BallotKind::ranking);
  return std::span<const std::uint32_t>(entries_).subspan(offsets_[i], offsets_[i + 1] - offsets_[i]);
}

std::span<const std::uint32_t> BallotSet::ranks(std::size_t i) const {
  Expects(i < size() && kind_ == BallotKind::ranking);
  return std::span<const std::uint32_t>(entry_ranks_).subspan(offsets_[i], offsets_[i + 1] - offsets_[i]);
}

std::span<const std::uint32_t> BallotSet::approved(std::size_t i) const {
  Expects(i < size() && kind_ == BallotKind::approval);
  return std::span<const std::uint32_t>(entries_).subspan(offsets_[i], offsets_[i + 1] - offsets_[i]);
}

}  // namespace kpss
