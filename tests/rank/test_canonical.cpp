// The textbook examples of tests/data/ranking/canonical.json give exactly their known answers.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <map>

#include "kpss/rank/ranking.hpp"

namespace {

using nlohmann::json;

json canonical() {
  std::ifstream in(KPSS_SOURCE_DIR "/tests/data/ranking/canonical.json");
  EXPECT_TRUE(in.good());
  return json::parse(in);
}

const json& example(const json& all, const std::string& section, const std::string& id) {
  for (const auto& e : all.at(section))
    if (e.at("id") == id) return e;
  throw std::runtime_error("no example " + id);
}

kpss::Participant voter_of(std::size_t index) {
  kpss::Participant p;
  p.id = "v";
  p.id += std::to_string(index);
  return p;
}

kpss::BallotSet ranked_ballots(const json& e) {
  auto b = kpss::BallotSet::rankings(e.at("candidates").get<std::vector<std::string>>());
  std::size_t voter = 0;
  for (const auto& row : e.at("ballots")) {
    std::vector<std::uint32_t> rank(b.item_count(), 0);
    std::uint32_t position = 1;
    for (const auto& c : row.at(1)) rank[b.item_index(c.get<std::string>())] = position++;
    for (int k = 0; k < row.at(0).get<int>(); ++k)
      b.add_ranking(voter_of(voter++), rank);
  }
  return b;
}

kpss::Ranking run(const kpss::BallotSet& b, kpss::Method m) {
  kpss::RankOptions o;
  o.method = m;
  return kpss::rank(b, kpss::WeightingPolicy::unweighted(), o);
}

std::vector<std::string> names(const kpss::Ranking& r, const std::vector<std::size_t>& items) {
  std::vector<std::string> out;
  for (std::size_t i : items) out.push_back(r.items[i]);
  return out;
}

TEST(Canonical, WikipediaSchulzePairwiseStrongestPathsAndOrder) {
  const json all = canonical();
  const json& e = example(all, "ranked", "wikipedia_schulze_45");
  const auto r = run(ranked_ballots(e), kpss::Method::schulze);
  const json& x = e.at("expected");
  for (const auto& [a, row] : x.at("pairwise_d").items())
    for (const auto& [b, v] : row.items())
      EXPECT_EQ(r.pairwise->at(r.index_of(a), r.index_of(b)), v.get<double>()) << a << b;
  for (const auto& [a, row] : x.at("strongest_paths_p_winning_votes").items())
    for (const auto& [b, v] : row.items())
      EXPECT_EQ(r.paths->at(r.index_of(a), r.index_of(b)), v.get<double>()) << a << b;
  ASSERT_EQ(r.groups.size(), 5U);  // a strict order, no ties
  EXPECT_EQ(names(r, r.order()), x.at("schulze_ranking").get<std::vector<std::string>>());
  EXPECT_EQ(r.items[r.groups[0][0]], x.at("schulze_winner"));
  // No Condorcet winner: no item wins all its pairwise contests.
  const auto cope = run(ranked_ballots(e), kpss::Method::copeland);
  for (double s : cope.score) EXPECT_LT(s, 4.0);
}

TEST(Canonical, TennesseeBordaCopelandSchulzePlurality) {
  const json all = canonical();
  const json& e = example(all, "ranked", "tennessee_capital_100");
  const auto b = ranked_ballots(e);
  const json& x = e.at("expected");
  const auto borda = run(b, kpss::Method::borda);
  for (const auto& [c, v] : x.at("borda_scores_3_2_1_0").items())
    EXPECT_EQ(borda.score[borda.index_of(c)], v.get<double>()) << c;
  EXPECT_EQ(borda.items[borda.groups[0][0]], x.at("borda_winner"));
  const auto cope = run(b, kpss::Method::copeland);
  for (const auto& [c, v] : x.at("copeland_wins").items())
    EXPECT_EQ(cope.score[cope.index_of(c)], v.get<double>()) << c;
  EXPECT_EQ(cope.score[cope.index_of(x.at("condorcet_winner").get<std::string>())], 3.0);
  const auto schulze = run(b, kpss::Method::schulze);
  EXPECT_EQ(names(schulze, schulze.order()), x.at("schulze_ranking").get<std::vector<std::string>>());
  kpss::RankOptions first;
  first.method = kpss::Method::approval;
  first.support_top = 1;  // support = first preference: plurality
  const auto plurality = kpss::rank(b, kpss::WeightingPolicy::unweighted(), first);
  EXPECT_EQ(plurality.items[plurality.groups[0][0]], x.at("plurality_winner"));
  EXPECT_FALSE(plurality.majority[plurality.index_of("Memphis")]);  // 42 % is no majority
}

TEST(Canonical, CondorcetParadoxTiesEverything) {
  const json all = canonical();
  const json& e = example(all, "ranked", "condorcet_paradox_3");
  const auto b = ranked_ballots(e);
  const json& x = e.at("expected");
  const auto schulze = run(b, kpss::Method::schulze);
  ASSERT_EQ(schulze.groups.size(), 1U);
  EXPECT_EQ(names(schulze, schulze.groups[0]), x.at("schulze_winners").get<std::vector<std::string>>());
  const auto cope = run(b, kpss::Method::copeland);
  ASSERT_EQ(cope.groups.size(), 1U);
  EXPECT_EQ(names(cope, cope.groups[0]), x.at("copeland_winners").get<std::vector<std::string>>());
  const auto borda = run(b, kpss::Method::borda);
  for (const auto& [c, v] : x.at("borda_scores_2_1_0").items())
    EXPECT_EQ(borda.score[borda.index_of(c)], v.get<double>());
  const auto ex = schulze.explain(0, 1);
  EXPECT_EQ(ex.order, 0);
  EXPECT_EQ(ex.path_strength, ex.reverse_strength);
}

TEST(Canonical, BordaWinnerDiffersFromCondorcetWinner) {
  const json all = canonical();
  const json& e = example(all, "ranked", "borda_vs_condorcet_5");
  const auto b = ranked_ballots(e);
  const json& x = e.at("expected");
  const auto borda = run(b, kpss::Method::borda);
  for (const auto& [c, v] : x.at("borda_scores_2_1_0").items())
    EXPECT_EQ(borda.score[borda.index_of(c)], v.get<double>());
  EXPECT_EQ(borda.items[borda.groups[0][0]], x.at("borda_winner"));
  const auto schulze = run(b, kpss::Method::schulze);
  EXPECT_EQ(schulze.items[schulze.groups[0][0]], x.at("schulze_winner"));
  EXPECT_EQ(names(schulze, schulze.order()), x.at("kemeny_ranking").get<std::vector<std::string>>());
  kpss::RankOptions first;
  first.method = kpss::Method::approval;
  first.support_top = 1;
  const auto r = kpss::rank(b, kpss::WeightingPolicy::unweighted(), first);
  EXPECT_DOUBLE_EQ(r.support[r.index_of("A")], 0.6);  // "A (3 of 5)"
  EXPECT_TRUE(r.majority[r.index_of("A")]);
}

// The participatory-budgeting examples' selections (greedy, Method of Equal Shares) belong
// to budget selection; the ranking core owns their vote counts.
TEST(Canonical, EqualSharesExamplesVoteCounts) {
  const json all = canonical();
  for (const auto& e : all.at("approval_pb")) {
    std::vector<std::string> items;
    for (const auto& [p, cost] : e.at("projects").items()) items.push_back(p);
    auto b = kpss::BallotSet::approvals(items);
    std::size_t voter = 0;
    std::map<std::string, int> expected;
    for (const auto& row : e.at("ballots")) {
      std::vector<std::uint32_t> approved;
      for (const auto& p : row.at(1)) {
        approved.push_back(static_cast<std::uint32_t>(b.item_index(p.get<std::string>())));
        expected[p.get<std::string>()] += row.at(0).get<int>();
      }
      for (int k = 0; k < row.at(0).get<int>(); ++k)
        b.add_approvals(voter_of(voter++), approved);
    }
    kpss::RankOptions o;
    o.method = kpss::Method::approval;
    const auto r = kpss::rank(b, kpss::WeightingPolicy::unweighted(), o);
    if (e.at("expected").contains("vote_counts")) {
      for (const auto& [p, v] : e.at("expected").at("vote_counts").items())
        EXPECT_EQ(r.score[r.index_of(p)], v.get<double>()) << p;
    }
    for (const auto& [p, v] : expected) EXPECT_EQ(r.score[r.index_of(p)], v) << p;
  }
}

}  // namespace
