#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "cycle_fixtures.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/monitoring.hpp"

namespace kpss::cycle {
namespace {

Indicator indicator(Direction d, double baseline, double target) {
  Indicator i;
  i.id = IndicatorId("i");
  i.direction = d;
  i.baseline.value = baseline;
  i.target.value = target;
  return i;
}

void measure(Indicator& i, double value, const char* date) { i.measurements.push_back({value, parse_date(date), "", {}}); }

TEST(IndicatorProgress, EitherDirection) {
  const Date d = parse_date("2026-12-31");
  Indicator up = indicator(Direction::increase, 100, 200);
  EXPECT_EQ(indicator_progress(up, d).progress, 0.0);
  EXPECT_FALSE(indicator_progress(up, d).measured);
  measure(up, 150, "2026-06-30");
  measure(up, 250, "2027-06-30");  // after the date: not used
  EXPECT_EQ(indicator_progress(up, d).progress, 0.5);
  EXPECT_EQ(indicator_progress(up, parse_date("2027-12-31")).progress, 1.0) << "clamped";
  Indicator down = indicator(Direction::decrease, 148, 110);
  measure(down, 129, "2026-06-30");
  EXPECT_EQ(indicator_progress(down, d).progress, 0.5);
  measure(down, 160, "2026-09-30");
  EXPECT_EQ(indicator_progress(down, d).progress, 0.0) << "worse than the baseline is 0";
  Indicator keep = indicator(Direction::maintain, 64, 64);
  measure(keep, 48, "2026-06-30");
  EXPECT_EQ(indicator_progress(keep, d).progress, 0.75);
  Indicator flat = indicator(Direction::increase, 3, 3);
  EXPECT_EQ(indicator_progress(flat, d).progress, 1.0);
  Indicator zero = indicator(Direction::maintain, 0, 0);
  measure(zero, 1, "2026-01-01");
  EXPECT_EQ(indicator_progress(zero, d).progress, 0.0);
}

// Hand computation on the sample plan as of 2025-12-31 (only 2025-06-30 measurements exist):
//   i-ps-klienti 172→195, 176: 4/23          i-oa-hodiny 41000→46000, 42350: 1350/5000
//   i-ds-cekatele 148→110, none: 0           i-odlehceni maintain 64, 33: 1 − 31/64 = 33/64
//   i-azyl-obsazenost maintain 90, base 96: 1 − 6/90 = 14/15
//   i-nocleharna-noci 3650=3650: 1           i-kontakty-kc maintain 6000, base 5900: 59/60
//   g1-1 = (4/23 + 0.27)/2, g1-2 = (0 + 33/64)/2, g1-3 = (14/15 + 1 + 59/60)/3 = 35/36
TEST(Rollup, MatchesHandComputedValuesOnTheSamplePlan) {
  const Date as_of = parse_date("2025-12-31");
  const auto nodes = rollup(test::sample_plan(), as_of);
  const auto at = [&](const std::string& id) {
    for (const NodeProgress& n : nodes)
      if (n.id == id) return n;
    ADD_FAILURE() << id;
    return NodeProgress{};
  };
  EXPECT_DOUBLE_EQ(at("m1-1-1").progress, 4.0 / 23.0);
  EXPECT_DOUBLE_EQ(at("m1-2-2").progress, 33.0 / 64.0);
  const double g11 = (4.0 / 23.0 + 0.27) / 2, g12 = 33.0 / 128.0, g13 = 35.0 / 36.0;
  EXPECT_DOUBLE_EQ(at("g1-1").progress, g11);
  EXPECT_DOUBLE_EQ(at("g1-2").progress, g12);
  EXPECT_DOUBLE_EQ(at("g1-3").progress, g13);
  EXPECT_DOUBLE_EQ(at("p1").progress, (g11 + g12 + g13) / 3);
  // m2-1-1 follows i-dzr-luzka (unmeasured: 0) and i-ds-cekatele (0).
  EXPECT_EQ(at("m2-1-1").progress, 0.0);
  EXPECT_EQ(nodes[0].kind, "plan");
  EXPECT_EQ(nodes[1].id, "p1");
  EXPECT_EQ(nodes[2].id, "g1-1");
  EXPECT_EQ(nodes[3].id, "m1-1-1");

  // Weights and a cancelled measure: g1-3 counts twice, m1-2-1 no longer counts.
  Plan plan = test::sample_plan();
  plan.strategy.priorities[0].goals[1].measures[0].status = Status::cancelled;
  RollupOptions o;
  o.weights["g1-3"] = 2.0;
  const auto weighted = rollup(plan, as_of, o);
  EXPECT_DOUBLE_EQ(weighted[1].progress, (g11 + 33.0 / 64.0 + 2 * g13) / 4);
  o.weights["g1-1"] = -1.0;
  EXPECT_THROW(rollup(plan, as_of, o), InvalidArgument);
}

TEST(MeasureStatus, FromTimelineAndProgress) {
  Measure m;
  m.start = parse_date("2026-01-01");
  m.end = parse_date("2027-12-31");
  const Date mid = parse_date("2026-12-31");  // half the timeline elapsed
  EXPECT_EQ(measure_status(m, 0.0, parse_date("2025-12-31")), MeasureStatus::not_started);
  EXPECT_EQ(measure_status(m, 0.3, mid), MeasureStatus::on_track);
  EXPECT_EQ(measure_status(m, 0.2, mid), MeasureStatus::delayed);
  EXPECT_EQ(measure_status(m, 0.9, parse_date("2028-01-01")), MeasureStatus::delayed);
  EXPECT_EQ(measure_status(m, 1.0, mid), MeasureStatus::done);
  EXPECT_EQ(measure_status(m, 0.0, parse_date("2026-02-01")), MeasureStatus::not_started);
  m.status = Status::completed;
  EXPECT_EQ(measure_status(m, 0.0, mid), MeasureStatus::done);
  m.status = Status::cancelled;
  EXPECT_EQ(measure_status(m, 1.0, mid), MeasureStatus::cancelled);
}

TEST(MonitoringReport, AnnualReport) {
  const auto j = nlohmann::json::parse(monitoring_report_json(test::sample_plan(), 2025));
  EXPECT_EQ(j["as_of"], "2025-12-31");
  EXPECT_EQ(j["indicators"].size(), test::sample_plan().indicators.size());
  std::size_t measured = 0, total = 0;
  for (const auto& i : j["indicators"]) measured += i["measured_in_year"].get<bool>();
  for (const auto& [k, v] : j["status_counts"].items()) total += v.get<std::size_t>();
  EXPECT_EQ(measured, 5u);
  EXPECT_EQ(total, count_elements(test::sample_plan()).measures);
  const std::string md = monitoring_report_markdown(test::sample_plan(), 2025);
  EXPECT_NE(md.find("# Monitorovací zpráva za rok 2025"), std::string::npos);
  EXPECT_NE(md.find("| m1-2-2 | measure | 51.6 % |"), std::string::npos);
  EXPECT_THROW(monitoring_report_json(test::sample_plan(), 40000), InvalidArgument);
}

}  // namespace
}  // namespace kpss::cycle
