#include "kpss/cycle/monitoring.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "json_text.hpp"
#include "kpss/core/error.hpp"

namespace kpss::cycle {

using detail::ojson;

std::string_view to_string(MeasureStatus value) noexcept {
  switch (value) {
    case MeasureStatus::not_started: return "not_started";
    case MeasureStatus::on_track: return "on_track";
    case MeasureStatus::delayed: return "delayed";
    case MeasureStatus::done: return "done";
    case MeasureStatus::cancelled: return "cancelled";
  }
  return "not_started";
}

namespace {

double clamp01(double x) { return std::isfinite(x) ? std::clamp(x, 0.0, 1.0) : 0.0; }

}  // namespace

IndicatorProgress indicator_progress(const Indicator& indicator, const Date& as_of) {
  IndicatorProgress r;
  r.indicator = indicator.id.str();
  r.value = indicator.baseline.value;
  std::optional<Date> latest;
  for (const IndicatorValue& m : indicator.measurements) {
    if (!m.date || *m.date > as_of || (latest && *m.date < *latest)) continue;
    latest = m.date;
    r.value = m.value;
    r.measured = true;
  }
  const double b = indicator.baseline.value, t = indicator.target.value, v = r.value;
  switch (indicator.direction) {
    case Direction::increase:
    case Direction::decrease:
      if (t != b) r.progress = clamp01((v - b) / (t - b));
      else r.progress = (indicator.direction == Direction::increase ? v >= t : v <= t) ? 1.0 : 0.0;
      break;
    case Direction::maintain:
      if (t == 0.0) r.progress = v == 0.0 ? 1.0 : 0.0;
      else r.progress = clamp01(1.0 - std::fabs(v - t) / std::fabs(t));
      break;
  }
  return r;
}

MeasureStatus measure_status(const Measure& m, double progress, const Date& as_of, double tolerance) {
  if (m.status == Status::cancelled) return MeasureStatus::cancelled;
  if (m.status == Status::completed || progress >= 1.0) return MeasureStatus::done;
  if (m.start && as_of < *m.start) return MeasureStatus::not_started;
  if (!m.start || !m.end)
    return m.status == Status::planned ? MeasureStatus::not_started : MeasureStatus::on_track;
  if (as_of > *m.end) return MeasureStatus::delayed;
  const double total = days_between(*m.start, *m.end) + 1.0;
  const double expected = (days_between(*m.start, as_of) + 1.0) / total;
  if (progress < expected - tolerance) return MeasureStatus::delayed;
  if (m.status == Status::planned && progress == 0.0) return MeasureStatus::not_started;
  return MeasureStatus::on_track;
}

namespace {

double weight_of(const RollupOptions& o, const std::string& id) {
  const auto it = o.weights.find(id);
  if (it == o.weights.end()) return 1.0;
  if (!std::isfinite(it->second) || it->second < 0.0)
    throw InvalidArgument("the weight of \"" + id + "\" must be finite and non-negative", "weights");
  return it->second;
}

// Accumulates children in document order so the sum, and so the result, is reproducible.
struct Mean {
  double sum = 0.0, weights = 0.0;
  void add(double progress, double weight) {
    sum += weight * progress;
    weights += weight;
  }
  double value() const { return weights > 0.0 ? sum / weights : 0.0; }
};

}  // namespace

std::vector<NodeProgress> rollup(const Plan& plan, const Date& as_of, const RollupOptions& options) {
  std::map<std::string, double, std::less<>> progress_of;
  for (const Indicator& i : plan.indicators) progress_of[i.id.str()] = indicator_progress(i, as_of).progress;

  std::vector<NodeProgress> out;
  out.push_back({plan.id.str(), "plan", 0.0, 1.0, std::nullopt});
  Mean plan_mean;
  for (const Priority& p : plan.strategy.priorities) {
    const std::size_t p_at = out.size();
    out.push_back({p.id.str(), "priority", 0.0, weight_of(options, p.id.str()), std::nullopt});
    Mean p_mean;
    for (const Goal& g : p.goals) {
      const std::size_t g_at = out.size();
      out.push_back({g.id.str(), "goal", 0.0, weight_of(options, g.id.str()), std::nullopt});
      Mean g_mean;
      for (const Measure& m : g.measures) {
        double progress = 0.0;
        if (m.status == Status::completed) {
          progress = 1.0;
        } else {
          Mean ind;
          for (const IndicatorId& id : m.indicators)
            if (const auto it = progress_of.find(id.str()); it != progress_of.end()) ind.add(it->second, 1.0);
          progress = ind.value();
        }
        NodeProgress n{m.id.str(), "measure", progress, weight_of(options, m.id.str()),
                       measure_status(m, progress, as_of, options.tolerance)};
        if (n.status != MeasureStatus::cancelled) g_mean.add(n.progress, n.weight);
        out.push_back(std::move(n));
      }
      out[g_at].progress = g_mean.value();
      p_mean.add(out[g_at].progress, out[g_at].weight);
    }
    out[p_at].progress = p_mean.value();
    plan_mean.add(out[p_at].progress, out[p_at].weight);
  }
  out[0].progress = plan_mean.value();
  return out;
}

namespace {

struct Report {
  Date as_of;
  std::vector<NodeProgress> nodes;
  std::vector<std::pair<IndicatorProgress, bool>> indicators;  // progress, measured in the year
  std::map<std::string, std::size_t> counts;
};

Report build(const Plan& plan, int year, const RollupOptions& options) {
  if (year < 1 || year > 9999) throw InvalidArgument("the year must be 1–9999", "year");
  Report r;
  r.as_of = Date{std::chrono::year{year}, std::chrono::December, std::chrono::day{31}};
  r.nodes = rollup(plan, r.as_of, options);
  for (const Indicator& i : plan.indicators) {
    const bool in_year = std::any_of(i.measurements.begin(), i.measurements.end(), [&](const IndicatorValue& v) {
      return v.date && static_cast<int>(v.date->year()) == year;
    });
    r.indicators.emplace_back(indicator_progress(i, r.as_of), in_year);
  }
  for (MeasureStatus s : {MeasureStatus::not_started, MeasureStatus::on_track, MeasureStatus::delayed,
                          MeasureStatus::done, MeasureStatus::cancelled})
    r.counts[std::string(to_string(s))] = 0;
  for (const NodeProgress& n : r.nodes)
    if (n.status) ++r.counts[std::string(to_string(*n.status))];
  return r;
}

std::string percent(double p) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f %%", p * 100.0);
  return buf;
}

}  // namespace

std::string monitoring_report_json(const Plan& plan, int year, const RollupOptions& options) {
  const Report r = build(plan, year, options);
  ojson j;
  j["plan"] = plan.id.str();
  j["year"] = year;
  j["as_of"] = format_date(r.as_of);
  j["progress"] = r.nodes[0].progress;
  j["nodes"] = ojson::array();
  for (const NodeProgress& n : r.nodes) {
    ojson e;
    e["id"] = n.id;
    e["kind"] = n.kind;
    e["progress"] = n.progress;
    e["weight"] = n.weight;
    if (n.status) e["status"] = std::string(to_string(*n.status));
    j["nodes"].push_back(std::move(e));
  }
  j["indicators"] = ojson::array();
  for (const auto& [p, in_year] : r.indicators) {
    ojson e;
    e["id"] = p.indicator;
    e["progress"] = p.progress;
    e["value"] = p.value;
    e["measured"] = p.measured;
    e["measured_in_year"] = in_year;
    j["indicators"].push_back(std::move(e));
  }
  for (const auto& [k, v] : r.counts) j["status_counts"][k] = v;
  return j.dump(2);
}

std::string monitoring_report_markdown(const Plan& plan, int year, const RollupOptions& options) {
  const Report r = build(plan, year, options);
  std::string md = "# Monitorovací zpráva za rok " + std::to_string(year) + " — " + plan.title + "\n\n";
  md += "Stav k " + format_date(r.as_of) + "; celkové plnění plánu " + percent(r.nodes[0].progress) + ".\n\n";
  md += "| prvek | druh | plnění | stav |\n|---|---|---|---|\n";
  for (std::size_t i = 1; i < r.nodes.size(); ++i) {
    const NodeProgress& n = r.nodes[i];
    md += "| " + n.id + " | " + n.kind + " | " + percent(n.progress) + " | " +
          (n.status ? std::string(to_string(*n.status)) : "") + " |\n";
  }
  md += "\n## Indikátory\n\n| indikátor | hodnota | plnění | měřeno v roce |\n|---|---|---|---|\n";
  for (const auto& [p, in_year] : r.indicators) {
    char value[64];
    std::snprintf(value, sizeof value, "%g", p.value);
    md += "| " + p.indicator + " | " + value + (p.measured ? "" : " (výchozí)") + " | " + percent(p.progress) +
          " | " + (in_year ? "ano" : "ne") + " |\n";
  }
  md += "\n## Opatření podle stavu\n\n";
  for (const auto& [k, v] : r.counts) md += "- " + k + ": " + std::to_string(v) + "\n";
  return md;
}

}  // namespace kpss::cycle
