// The public report composed from the bundled sample town: its sections, and that each new
// section says what the analyses behind it say.
#include "kpss/report/public_report.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <vector>

#include "kpss/core/error.hpp"
#include "kpss/cycle/audit.hpp"
#include "kpss/cycle/monitoring.hpp"
#include "kpss/graph/build.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "kpss/report/render.hpp"

namespace r = kpss::report;
using kpss::Plan;

namespace {

const std::filesystem::path examples = std::filesystem::path(KPSS_SOURCE_DIR) / "examples" / "data";

const Plan& plan() {
  static const Plan p = kpss::load_plan_json(examples / "sample_plan.json");
  return p;
}

const kpss::BallotSet& ballots() {
  static const kpss::BallotSet b = kpss::read_ballots(examples / "sample_ballots.csv");
  return b;
}

r::PublicReportInputs full(r::Language lang = r::Language::en) {
  r::PublicReportInputs in;
  in.plan = &plan();
  in.ballots = &ballots();
  in.budget = kpss::parse_money("10 000 000 Kč", plan().currency);
  in.language = lang;
  in.bootstrap.replicates = 100;
  return in;
}

const r::Section& section(const r::Document& doc, const std::string& id) {
  for (const auto& s : doc.sections)
    if (s.id == id) return s;
  throw std::runtime_error("no section " + id);
}

template <class T>
std::vector<const T*> blocks(const r::Section& s) {
  std::vector<const T*> out;
  for (const auto& b : s.blocks)
    if (const auto* t = std::get_if<T>(&b)) out.push_back(t);
  return out;
}

std::vector<std::string> ids(const r::Document& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.sections) out.push_back(s.id);
  return out;
}

}  // namespace

TEST(PublicReport, HasEverySectionInReadingOrder) {
  EXPECT_EQ(ids(r::compose_public_report(full())),
            (std::vector<std::string>{"plan", "participants", "stakeholders", "gaps", "priorities", "stability",
                                      "budget", "monitoring", "audit"}));
  r::PublicReportInputs plan_only;
  plan_only.plan = &plan();
  EXPECT_EQ(ids(r::compose_public_report(plan_only)),
            (std::vector<std::string>{"plan", "participants", "stakeholders", "gaps", "monitoring", "audit"}));
  EXPECT_THROW(r::compose_public_report(r::PublicReportInputs{}), kpss::InvalidArgument);
}

TEST(PublicReport, StakeholderSectionNamesTheGroupsLackingARoleAndTheIsolated) {
  const auto doc = r::compose_public_report(full());
  const auto& s = section(doc, "stakeholders");
  const auto tables = blocks<r::Table>(s);
  ASSERT_EQ(tables.size(), 1u);
  const kpss::StakeholderGraph g = kpss::build_stakeholder_graph(plan());
  const auto coverage = kpss::triad_coverage(g);
  ASSERT_EQ(tables[0]->rows.size(), coverage.size());
  for (std::size_t i = 0; i < coverage.size(); ++i) {
    const auto& row = tables[0]->rows[i];
    EXPECT_EQ(row[1], std::to_string(coverage[i].members));
    for (std::size_t k = 0; k < kpss::coverage_roles.size(); ++k) EXPECT_EQ(row[2 + k], std::to_string(coverage[i].counts[k]));
    for (kpss::Role role : coverage[i].missing)
      EXPECT_NE(row.back().find(std::string(kpss::to_string(role))), std::string::npos) << row[0];
    if (coverage[i].missing.empty()) {
      EXPECT_EQ(row.back(), "–");
    }
  }
  // The sample's mental-health group lacks a commissioner and the public; two actors are isolated.
  const auto lists = blocks<r::BulletList>(s);
  ASSERT_EQ(lists.size(), 3u);
  bool found = false;
  for (const auto& item : lists[0]->items)
    found = found || item.find("commissioner, public") != std::string::npos;
  EXPECT_TRUE(found);
  EXPECT_EQ(lists[2]->items.size(), kpss::periphery(g).isolated.size());
  EXPECT_EQ(lists[2]->items.size(), 2u);
  EXPECT_EQ(blocks<r::BarChart>(s).size(), 1u);
}

TEST(PublicReport, StabilityIsSeededAndItsTopKChancesAddUpToK) {
  const auto a = r::to_json(r::compose_public_report(full()));
  EXPECT_EQ(a, r::to_json(r::compose_public_report(full())));
  const auto doc = r::compose_public_report(full());
  const auto& s = section(doc, "stability");
  const auto charts = blocks<r::BarChart>(s);
  ASSERT_EQ(charts.size(), 1u);
  double total = 0;
  for (double v : charts[0]->series[0].values) total += v;
  // Every replicate puts at least three items in its top 3 (more only on ties).
  EXPECT_GE(total, 300.0 - 0.05 * static_cast<double>(charts[0]->labels.size()));
  EXPECT_EQ(blocks<r::Table>(s)[0]->rows.size(), ballots().item_count());
  // Rows follow the ranking: ranks 1, 2, 3, ...
  const auto& rows = blocks<r::Table>(s)[0]->rows;
  for (std::size_t i = 1; i < rows.size(); ++i) EXPECT_LE(std::stoi(rows[i - 1][1]), std::stoi(rows[i][1]));
}

TEST(PublicReport, MonitoringChartsEachIndicatorsProgressAsOfTheDate) {
  auto in = full();
  const kpss::Date as_of = kpss::parse_date("2025-12-31");
  in.as_of = as_of;
  const auto doc = r::compose_public_report(in);
  const auto& s = section(doc, "monitoring");
  const auto charts = blocks<r::BarChart>(s);
  ASSERT_EQ(charts.size(), 1u);
  ASSERT_EQ(charts[0]->labels.size(), plan().indicators.size());
  for (std::size_t i = 0; i < plan().indicators.size(); ++i) {
    const double p = kpss::cycle::indicator_progress(plan().indicators[i], as_of).progress;
    EXPECT_DOUBLE_EQ(charts[0]->series[0].values[i], std::round(p * 1000.0) / 10.0);
  }
  EXPECT_NE(std::get<r::Paragraph>(s.blocks[0]).text.find("2025-12-31"), std::string::npos);

  // Before anything was measured every indicator stands at its baseline.
  in.as_of = kpss::parse_date("2020-01-01");
  const auto early = r::compose_public_report(in);
  for (const auto& row : blocks<r::Table>(section(early, "monitoring"))[0]->rows) EXPECT_EQ(row[3], "not measured");
  // By default: as of the latest measurement of the sample (30 June 2025).
  const auto latest = r::compose_public_report(full());
  EXPECT_NE(std::get<r::Paragraph>(section(latest, "monitoring").blocks[0]).text.find("2025-06-30"), std::string::npos);
}

TEST(PublicReport, AuditChecklistMatchesTheAudit) {
  const auto doc = r::compose_public_report(full(r::Language::cs));
  const auto& rows = blocks<r::Table>(section(doc, "audit"))[0]->rows;
  const auto audit = kpss::cycle::audit(plan());
  ASSERT_EQ(rows.size(), audit.checks.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(rows[i][0], audit.checks[i].code);
    EXPECT_EQ(rows[i][1], audit.checks[i].title_cs);
    EXPECT_EQ(rows[i][2] == "splněno", audit.checks[i].verdict == kpss::cycle::Verdict::pass);
  }
}

TEST(PublicReport, SuppressesRolesBelowK) {
  auto in = full();
  in.suppression.k = 50;  // the sample has 13 commissioners and 45 public participants
  const auto doc = r::compose_public_report(in);
  const auto& s = section(doc, "priorities");
  EXPECT_NE(std::get<r::Paragraph>(s.blocks[0]).text.find("commissioner fewer than 50"), std::string::npos);
  for (const auto* chart : blocks<r::BarChart>(s))
    for (const auto& series : chart->series) {
      EXPECT_NE(series.name, "commissioner");
      EXPECT_NE(series.name, "public");
    }
  for (const auto* chart : blocks<r::BarChart>(section(doc, "budget")))
    for (const auto& label : chart->labels) EXPECT_NE(label, "commissioner");
}

TEST(PublicReport, RendersEveryChartAsInlineSvgInBothLanguages) {
  for (auto lang : {r::Language::cs, r::Language::en}) {
    const auto doc = r::compose_public_report(full(lang));
    std::size_t charts = 0;
    for (const auto& s : doc.sections) charts += blocks<r::BarChart>(s).size();
    const std::string html = r::to_html(doc);
    std::size_t svgs = 0;
    for (auto pos = html.find("<svg"); pos != std::string::npos; pos = html.find("<svg", pos + 1)) ++svgs;
    EXPECT_EQ(svgs, charts);
    EXPECT_GE(charts, 7u);
  }
}

// The report's progress counts every section and every bootstrap replicate, one by one, so
// a bar keeps moving during the bootstrap; a caller's own bootstrap callback still runs.
TEST(PublicReport, ProgressCountsEachSectionAndEachReplicate) {
  auto in = full();
  in.bootstrap.replicates = 40;
  in.bootstrap.threads = 2;
  std::vector<std::size_t> done;
  std::size_t total = 0;
  in.progress = [&](std::size_t d, std::size_t t) {
    done.push_back(d);
    total = t;
  };
  std::size_t own_calls = 0;
  in.bootstrap.progress = [&](std::size_t, std::size_t) { ++own_calls; };
  const auto doc = r::compose_public_report(in);
  EXPECT_EQ(own_calls, 40u);
  EXPECT_EQ(total, doc.sections.size() + 40);
  ASSERT_EQ(done.size(), total);
  for (std::size_t i = 0; i < done.size(); ++i) EXPECT_EQ(done[i], i + 1);

  r::PublicReportInputs plan_only;
  plan_only.plan = &plan();
  std::size_t calls = 0;
  plan_only.progress = [&](std::size_t d, std::size_t t) {
    ++calls;
    EXPECT_EQ(d, calls);
    EXPECT_EQ(t, 6u);
  };
  EXPECT_EQ(r::compose_public_report(plan_only).sections.size(), calls);
}
