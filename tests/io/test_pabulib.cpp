#include "kpss/io/pabulib.hpp"

#include <gtest/gtest.h>

#include <filesystem>

#include "kpss/core/error.hpp"

namespace {

const std::filesystem::path kData = std::filesystem::path(KPSS_SOURCE_DIR) / "tests/data/pabulib";
const std::filesystem::path kShared = std::filesystem::path(KPSS_SHARED_DIR) / "data/pabulib";

std::string ids(const kpss::PabulibInstance& in, const kpss::PabulibVote& v) {
  std::string s;
  for (auto p : v.projects) s += (s.empty() ? "" : ",") + in.projects[p].id;
  return s;
}

// Expects parsing `text` to throw ParseError located at `where`.
void expect_parse_error(std::string_view text, std::string_view where) {
  try {
    kpss::parse_pabulib(text);
    ADD_FAILURE() << "no error for:\n" << text;
  } catch (const kpss::ParseError& e) {
    EXPECT_EQ(e.where(), where) << e.what();
  }
}

}  // namespace

TEST(Pabulib, ReadsApprovalInstanceWithCrlf) {
  const auto in = kpss::read_pabulib(kData / "Netherlands_Assen_2024.pb");
  EXPECT_EQ(in.budget(), 100000);
  EXPECT_EQ(in.vote_type(), kpss::PabulibVoteType::approval);
  EXPECT_EQ(in.currency(), "EUR");
  EXPECT_EQ(in.meta_value("rule"), "equalshares/add1");
  EXPECT_EQ(in.meta.front().first, "description");
  ASSERT_EQ(in.projects.size(), 14u);
  EXPECT_EQ(in.projects[0].id, "3");
  EXPECT_EQ(in.projects[0].cost, 7200);
  EXPECT_EQ(in.project_field(0, "name"), "PopUp Podium");
  EXPECT_EQ(in.project_field(0, "selected"), "1");
  EXPECT_FALSE(in.project_field(0, "category").has_value());
  ASSERT_EQ(in.votes.size(), 84u);
  EXPECT_EQ(in.votes[0].voter_id, "vote01006bcf-62b6-435d-a0de-2966c3e75249");
  EXPECT_EQ(ids(in, in.votes[0]), "1,2,6,9,13");
  EXPECT_TRUE(in.votes[0].points.empty());
  EXPECT_EQ(in.money(in.budget()).minor_units(), 10000000);
}

TEST(Pabulib, ReadsCumulativePointsAndExtraVoteFields) {
  const auto in = kpss::read_pabulib(kData / "Switzerland_Zurich_D10.pb");
  EXPECT_EQ(in.vote_type(), kpss::PabulibVoteType::cumulative);
  ASSERT_EQ(in.votes.size(), 180u);
  EXPECT_EQ(ids(in, in.votes[0]), "9,3,13");
  EXPECT_EQ(in.votes[0].points, (std::vector<std::int64_t>{4, 3, 3}));
  EXPECT_EQ(in.vote_field(0, "district_preference"), "West");
  EXPECT_EQ(in.vote_fields.front(), "topic_preference_transport");
}

TEST(Pabulib, KeepsOrdinalRankOrder) {
  const auto in = kpss::read_pabulib(kData / "Switzerland_Zurich_S5R.pb");
  EXPECT_EQ(in.vote_type(), kpss::PabulibVoteType::ordinal);
  EXPECT_EQ(ids(in, in.votes[0]), "8,15,20,18,1");
}

TEST(Pabulib, QuotedFieldsHoldSeparatorsQuotesAndLineBreaks) {
  const auto in = kpss::parse_pabulib(
      "META\nkey;value\nbudget;100\nvote_type;approval\n"
      "PROJECTS\nproject_id;cost;name\n"
      "a;10;\"Łódź; park, \"\"Zdrowie\"\"\"\n"
      "b;20.00;\"two\nlines\"\n"
      "VOTES\nvoter_id;vote;role\n"
      "v1;b,a;\"user; client\"\n"
      "v2;;public\n");
  ASSERT_EQ(in.projects.size(), 2u);
  EXPECT_EQ(in.project_field(0, "name"), "Łódź; park, \"Zdrowie\"");
  EXPECT_EQ(in.project_field(1, "name"), "two\nlines");
  EXPECT_EQ(in.projects[1].cost, 20);
  EXPECT_EQ(ids(in, in.votes[0]), "b,a");
  EXPECT_EQ(in.vote_field(0, "role"), "user; client");
  EXPECT_TRUE(in.votes[1].projects.empty());
}

TEST(Pabulib, ErrorsNameLineAndColumn) {
  const std::string head = "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\na;10\n";
  expect_parse_error(head + "VOTES\nvoter_id;vote\n1;a,x\n", "line 9, column 5");
  expect_parse_error(head + "VOTES\nvoter_id;vote\n1;a,a\n", "line 9, column 5");
  expect_parse_error("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\na;10.5\nVOTES\nvoter_id;vote\n",
                     "line 6, column 3");
  expect_parse_error(head + "VOTES\nvoter_id;vote;points\n1;a;1,2\n", "line 9, column 5");
  expect_parse_error(head + "VOTES\nvoter_id;vote\n1;a;extra\n", "line 9, column 1");
  expect_parse_error("META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost;name\na;1;\"open\n", "line 6, column 5");
  expect_parse_error("PROJECTS\nproject_id;cost\n", "line 1, column 1");
  expect_parse_error("META\nkey;value\nbudget;100\nPROJECTS\nid;cost\n", "line 5, column 1");
  expect_parse_error("META\nkey;value\n", "line 3, column 1");
  EXPECT_THROW(kpss::parse_pabulib("META\nkey;value\nbudget;lots\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n").budget(),
               kpss::ParseError);
}

TEST(Pabulib, EnforcesSizeLimits) {
  kpss::PabulibLimits limits;
  limits.max_projects = 1;
  EXPECT_THROW(kpss::parse_pabulib("META\nkey;value\nPROJECTS\nproject_id;cost\na;1\nb;2\nVOTES\nvoter_id;vote\n", limits),
               kpss::LimitExceeded);
  limits = {};
  limits.max_bytes = 10;
  EXPECT_THROW(kpss::parse_pabulib("META\nkey;value\nPROJECTS\n", limits), kpss::LimitExceeded);
  EXPECT_THROW(kpss::read_pabulib(kData / "no_such_file.pb"), kpss::IoError);
}

TEST(Pabulib, ReadsLargeSharedInstances) {
  const auto lodz = kShared / "Poland_Lodz_2022.pb";
  if (!std::filesystem::exists(lodz)) GTEST_SKIP() << "optional check skipped: " << lodz << " is absent";
  const auto in = kpss::read_pabulib(lodz);
  EXPECT_EQ(in.projects.size(), 160u);
  EXPECT_EQ(in.votes.size(), 90494u);
  EXPECT_EQ(in.budget(), 6112868);
  EXPECT_EQ(in.project_field(in.project_index("L026"), "name"),
            "\"Przywracamy \"Paradę Wolności\". \"City of dreams\" - Festiwal muzyki elektronicznej.\" Lokalizacja: Łódź");
}
