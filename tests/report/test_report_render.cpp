#include "kpss/report/render.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kpss/core/error.hpp"
#include "work_dir.hpp"

namespace r = kpss::report;

namespace {

r::Document sample() {
  r::Document doc;
  doc.title = "Komunitní plán <Dolní Habrov>";
  doc.subtitle = "2026–2029";
  doc.language = r::Language::cs;
  r::BarChart chart;
  chart.title = "Podpora priorit podle rolí";
  chart.alt = "Priorita A má nejvyšší podporu uživatelů";
  chart.labels = {"A & B", "Č"};
  chart.series = {{"uživatelé", "#1b9e77", {60, 20}}, {"poskytovatelé", "#d95f02", {30, 45.5}}};
  chart.stacked = true;
  chart.unit = "%";
  chart.reference_line = 50;
  chart.reference_label = "většina";
  r::Table table;
  table.caption = "Mezery v kapacitě";
  table.columns = {"služba", "poptávka", "kapacita"};
  table.numeric = {false, true, true};
  table.rows = {{"Pečovatelská služba", "120", "95"}, {"Odlehčovací | služby", "14", "6"}};
  doc.sections = {{"priority", "Priority", {r::Paragraph{"Text <b>"}, chart}},
                  {"gaps", "Potřeby a zdroje", {table, r::BulletList{{"první", "druhá"}}}}};
  return doc;
}

bool contains(const std::string& hay, const std::string& needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

TEST(ReportHtml, IsSelfContainedSemanticAndEscaped) {
  const std::string html = to_html(sample());
  EXPECT_TRUE(contains(html, "<html lang=\"cs\">"));
  EXPECT_TRUE(contains(html, "<title>Komunitní plán &lt;Dolní Habrov&gt;</title>"));
  EXPECT_TRUE(contains(html, "<h2 id=\"priority-h\">Priority</h2>"));
  EXPECT_TRUE(contains(html, "<a href=\"#gaps\">Potřeby a zdroje</a>"));
  EXPECT_TRUE(contains(html, "<caption>Mezery v kapacitě</caption>"));
  EXPECT_TRUE(contains(html, "<th scope=\"row\">Pečovatelská služba</th><td class=\"num\">120</td>"));
  EXPECT_TRUE(contains(html, "role=\"img\" aria-label=\"Priorita A má nejvyšší podporu uživatelů\""));
  EXPECT_TRUE(contains(html, "<p>Text &lt;b&gt;</p>"));
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "http://") && !contains(html, "xmlns=\"http://www.w3.org/2000/svg\""));
  EXPECT_FALSE(contains(html, "src="));
}

TEST(ReportSvg, DrawsStackedBarsToScaleWithReferenceLine) {
  const r::Document doc = sample();
  const auto& chart = std::get<r::BarChart>(doc.sections[0].blocks[1]);
  const std::string svg = to_svg(chart);
  // Largest stacked row is 90 %: 60 % of it spans 420 * 60/90 = 280 units.
  EXPECT_TRUE(contains(svg, "width=\"280.0\" height=\"14.0\" fill=\"#1b9e77\"")) << svg;
  EXPECT_TRUE(contains(svg, ">90%</text>"));
  EXPECT_TRUE(contains(svg, ">65.5%</text>"));
  EXPECT_TRUE(contains(svg, "stroke-dasharray"));
  EXPECT_TRUE(contains(svg, ">A &amp; B</text>"));
  EXPECT_EQ(svg, to_svg(chart));  // deterministic
}

TEST(ReportMarkdown, TurnsChartsIntoTablesAndEscapesPipes) {
  const std::string md = to_markdown(sample());
  EXPECT_TRUE(contains(md, "# Komunitní plán <Dolní Habrov>"));
  EXPECT_TRUE(contains(md, "| služba | poptávka | kapacita |\n|---|---:|---:|"));
  EXPECT_TRUE(contains(md, "| Odlehčovací \\| služby | 14 | 6 |"));
  EXPECT_TRUE(contains(md, "| A & B | 60 | 30 |"));
  EXPECT_TRUE(contains(md, "- první\n- druhá"));
}

TEST(ReportJson, CarriesEveryBlock) {
  const auto j = nlohmann::json::parse(to_json(sample()));
  EXPECT_EQ(j["format"], "kpss-report");
  EXPECT_EQ(j["sections"].size(), 2u);
  EXPECT_EQ(j["sections"][0]["blocks"][1]["type"], "bar_chart");
  EXPECT_EQ(j["sections"][0]["blocks"][1]["series"][1]["values"][1], 45.5);
  EXPECT_EQ(j["sections"][1]["blocks"][0]["rows"][0][1], "120");
}

TEST(ReportChecks, RefusesInaccessibleOrInconsistentBlocks) {
  auto doc = sample();
  std::get<r::BarChart>(doc.sections[0].blocks[1]).alt.clear();
  EXPECT_THROW(to_html(doc), kpss::InvalidArgument);
  doc = sample();
  std::get<r::BarChart>(doc.sections[0].blocks[1]).series[0].values.push_back(1);
  EXPECT_THROW(to_markdown(doc), kpss::InvalidArgument);
  doc = sample();
  std::get<r::Table>(doc.sections[1].blocks[0]).rows[0].pop_back();
  EXPECT_THROW(to_json(doc), kpss::InvalidArgument);
  EXPECT_THROW(r::parse_language("de"), kpss::InvalidArgument);
}

TEST(ReportSuppression, HidesSmallGroups) {
  const r::Suppression k5;
  EXPECT_EQ(k5.count(4, r::Language::en), "fewer than 5");
  EXPECT_EQ(k5.count(4, r::Language::cs), "méně než 5");
  EXPECT_EQ(k5.count(5, r::Language::cs), "5");
  EXPECT_EQ(k5.count(0, r::Language::cs), "0");
  EXPECT_TRUE(k5.hides(1));
  EXPECT_FALSE(r::Suppression{1}.hides(1));
}

TEST(ReportFiles, WritesAllThreeFormats) {
  const auto dir = kpss::test::fresh_work_dir();
  const auto html = r::write_report(sample(), dir / "out");
  EXPECT_EQ(html, dir / "out" / "report.html");
  for (const char* f : {"report.html", "report.md", "report.json"}) {
    std::ifstream in(dir / "out" / f);
    std::stringstream s;
    s << in.rdbuf();
    EXPECT_FALSE(s.str().empty()) << f;
  }
  std::filesystem::remove_all(dir);
}
