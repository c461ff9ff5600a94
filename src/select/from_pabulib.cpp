#include "kpss/select/pabulib.hpp"

#include <gsl/gsl>

namespace kpss::select {

Election election_from_pabulib(const PabulibInstance& instance) {
  Election e;
  const std::int64_t budget = instance.budget();
  const Currency currency = Currency::of(instance.currency().empty() ? "XXX" : instance.currency());
  e.pots.push_back({"budget", Money::from_major(budget, currency)});
  e.candidates.reserve(instance.projects.size());
  for (const auto& p : instance.projects) e.candidates.push_back({p.id, Money::from_major(p.cost, currency), {}});
  const bool points = instance.vote_type() == PabulibVoteType::cumulative ||
                      instance.vote_type() == PabulibVoteType::scoring;
  for (const auto& v : instance.votes) e.ballots.add(v.projects, points ? std::span<const std::int64_t>(v.points) : std::span<const std::int64_t>());
  return e;
}

}  // namespace kpss::select
