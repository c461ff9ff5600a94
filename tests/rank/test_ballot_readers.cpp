// CSV, JSON and .pb ballots: survey exports read as users write them, errors that say where.
#include <gtest/gtest.h>

#include <functional>

#include "kpss/core/error.hpp"
#include "kpss/io/pabulib.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "random_ballots.hpp"

namespace {

using kpss::BallotKind;
using kpss::BallotSet;

std::string where_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const kpss::Error& e) {
    return e.where();
  }
  return "no error";
}

TEST(CsvBallots, SurveyExportWithBomSemicolonsQuotesAndRoles) {
  const std::string csv =
      "\xEF\xBB\xBFid;Role;Organizace;\"Domov; pro seniory\";Respitní péče\r\n"
      "r1;poskytovatel;\"Charita \"\"Sv. Anežka\"\"\";4;2\r\n"
      "r2;user;;5;\r\n"
      "\r\n";
  const BallotSet b = kpss::parse_ballots_csv(csv);
  ASSERT_EQ(b.size(), 2U);
  EXPECT_EQ(b.items()[0], "Domov; pro seniory");
  EXPECT_EQ(b.items()[1], "Respitní péče");
  EXPECT_EQ(b.role(0), kpss::Role::provider);
  EXPECT_EQ(b.organisation(0), "Charita \"Sv. Anežka\"");
  EXPECT_EQ(b.values(1)[1], BallotSet::missing);
}

TEST(CsvBallots, RankingsApprovalsAndCommaDelimiter) {
  kpss::CsvBallotOptions o;
  o.kind = BallotKind::ranking;
  const BallotSet r = kpss::parse_ballots_csv("participant,A,B,C\np1,2,1,\np2,1,1,2\n", o);
  EXPECT_EQ(r.ranked_items(0)[0], 1U);
  EXPECT_EQ(r.ranked_items(0).size(), 2U);
  EXPECT_EQ(r.role(0), kpss::Role::user);
  o.kind = BallotKind::approval;
  const BallotSet a = kpss::parse_ballots_csv("id,A,B\np1,x,\np2,ano,ne\n", o);
  EXPECT_EQ(a.approved(0).size(), 1U);
  EXPECT_EQ(a.approved(1).size(), 1U);
}

TEST(CsvBallots, ErrorsNameLineAndColumn) {
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("id,A,B\np1,1,2\np2,1,x\n"); }), "line 3, column 6");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("id,A,B\np1,1,9\n"); }), "line 2, column 6");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("id,A\np1,1\np1,2\n"); }), "line 3, column 1");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("id,A\np1,1,2\n"); }), "line 2, column 1");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("id,role,A\np1,mayor,1\n"); }), "line 2, column 4");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("id,A\n\"p1,1\n"); }), "line 2, column 1");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_csv("name,A\np1,1\n"); }), "line 1, column 1");
  kpss::CsvBallotOptions small;
  small.max_bytes = 8;
  EXPECT_THROW(kpss::parse_ballots_csv("id,A\np1,1\np2,2\n", small), kpss::LimitExceeded);
  small.max_bytes = 1000;
  small.max_field_bytes = 3;
  EXPECT_THROW(kpss::parse_ballots_csv("id,A\nlongid,1\n", small), kpss::LimitExceeded);
}

TEST(JsonBallots, RoundTripEveryKind) {
  for (const auto& b : {kpss::test::random_scores(1, 20, 4), kpss::test::random_rankings(2, 20, 4),
                        kpss::test::random_approvals(3, 20, 4)}) {
    const std::string text = kpss::format_ballots_json(b);
    const BallotSet back = kpss::parse_ballots_json(text);
    EXPECT_EQ(kpss::format_ballots_json(back), text);
    ASSERT_EQ(back.size(), b.size());
    EXPECT_EQ(back.organisation(3), b.organisation(3));
  }
}

TEST(JsonBallots, ErrorsAreJsonPointers) {
  const std::string head = R"({"format":"kpss-ballots","version":1,"kind":"score","scale":{"min":0,"max":5},"items":["A","B/C"],"ballots":[)";
  EXPECT_EQ(where_of([&] { kpss::parse_ballots_json(head + R"({"participant":"p","scores":{"B/C":7}}]})"); }),
            "/ballots/0/scores/B~1C");
  EXPECT_EQ(where_of([&] { kpss::parse_ballots_json(head + R"({"participant":"p","scores":{"Z":1}}]})"); }),
            "/ballots/0/scores/Z");
  EXPECT_EQ(where_of([&] { kpss::parse_ballots_json(head + R"({"scores":{}}]})"); }), "/ballots/0");
  EXPECT_EQ(where_of([&] { kpss::parse_ballots_json(head + R"({"participant":"p","role":"x","scores":{}}]})"); }),
            "/ballots/0/role");
  EXPECT_EQ(where_of([&] {
              kpss::parse_ballots_json(head + R"({"participant":"p","scores":{}},{"participant":"p","scores":{}}]})");
            }),
            "/ballots/1");
  EXPECT_EQ(where_of([] { kpss::parse_ballots_json("{\n  \"format\": }"); }), "line 2, column 13");
  EXPECT_THROW(kpss::parse_ballots_json(R"({"format":"other","version":1})"), kpss::ParseError);
}

TEST(PabulibBallots, OrdinalVotesBecomeRankings) {
  const auto pb = kpss::read_pabulib(KPSS_SOURCE_DIR "/tests/data/pabulib/Switzerland_Zurich_S5R.pb");
  const BallotSet b = kpss::ballots_from_pabulib(pb);
  EXPECT_EQ(b.kind(), BallotKind::ranking);
  ASSERT_EQ(b.size(), pb.votes.size());
  EXPECT_EQ(b.item_count(), pb.projects.size());
  EXPECT_EQ(b.role(0), kpss::Role::public_);
  const auto first = b.ranked_items(0);
  ASSERT_EQ(first.size(), pb.votes[0].projects.size());
  for (std::size_t k = 0; k < first.size(); ++k) {
    EXPECT_EQ(first[k], pb.votes[0].projects[k]);
    EXPECT_EQ(b.ranks(0)[k], k + 1);
  }
}

TEST(PabulibBallots, ApprovalVotesBecomeApprovals) {
  const auto pb = kpss::read_pabulib(KPSS_SOURCE_DIR "/tests/data/pabulib/Switzerland_Zurich_S5.pb");
  const BallotSet b = kpss::ballots_from_pabulib(pb);
  ASSERT_EQ(b.size(), pb.votes.size());
  for (std::size_t v = 0; v < pb.votes.size(); ++v) EXPECT_EQ(b.approved(v).size(), pb.votes[v].projects.size());
}

}  // namespace
