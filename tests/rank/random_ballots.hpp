// Random ballot sets for property tests (seeded std::mt19937_64: the sequence is fixed by
// the standard).
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "kpss/rank/ballots.hpp"

namespace kpss::test {

/// prefix + n. (Not `"p" + std::to_string(n)`: GCC 12 warns falsely about it at -O3.)
inline std::string label(const char* prefix, std::size_t n) {
  std::string s = prefix;
  s += std::to_string(n);
  return s;
}

inline std::vector<std::string> item_names(std::size_t m) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < m; ++i) out.push_back(label("item", i));
  return out;
}

inline Participant random_participant(std::mt19937_64& rng, std::size_t index, std::size_t roles,
                                      std::size_t orgs) {
  Participant p;
  p.id = label("p", index);
  p.role = static_cast<Role>(rng() % roles);
  const std::size_t org = rng() % (orgs + 1);
  if (org > 0) p.organisation = label("org", org);
  return p;
}

/// Score ballots on 0–5 with about 10 % missing answers.
inline BallotSet random_scores(std::uint64_t seed, std::size_t n, std::size_t m,
                               std::size_t roles = 4, std::size_t orgs = 5) {
  std::mt19937_64 rng(seed);
  BallotSet b = BallotSet::scores(item_names(m), 0, 5);
  std::vector<std::int32_t> v(m);
  for (std::size_t i = 0; i < n; ++i) {
    const Participant p = random_participant(rng, i, roles, orgs);
    for (auto& x : v) x = rng() % 10 == 0 ? BallotSet::missing : static_cast<std::int32_t>(rng() % 6);
    b.add_scores(p, v);
  }
  return b;
}

/// Rankings with ties; about half of them partial.
inline BallotSet random_rankings(std::uint64_t seed, std::size_t n, std::size_t m,
                                 std::size_t roles = 4, std::size_t orgs = 5) {
  std::mt19937_64 rng(seed);
  BallotSet b = BallotSet::rankings(item_names(m));
  std::vector<std::uint32_t> r(m);
  for (std::size_t i = 0; i < n; ++i) {
    const Participant p = random_participant(rng, i, roles, orgs);
    const bool partial = rng() % 2 == 0;
    for (auto& x : r) x = partial && rng() % 3 == 0 ? 0U : static_cast<std::uint32_t>(1 + rng() % m);
    b.add_ranking(p, r);
  }
  return b;
}

inline BallotSet random_approvals(std::uint64_t seed, std::size_t n, std::size_t m,
                                  std::size_t roles = 4, std::size_t orgs = 5) {
  std::mt19937_64 rng(seed);
  BallotSet b = BallotSet::approvals(item_names(m));
  for (std::size_t i = 0; i < n; ++i) {
    const Participant p = random_participant(rng, i, roles, orgs);
    std::vector<std::uint32_t> a;
    for (std::uint32_t j = 0; j < m; ++j)
      if (rng() % 3 == 0) a.push_back(j);
    b.add_approvals(p, a);
  }
  return b;
}

}  // namespace kpss::test
