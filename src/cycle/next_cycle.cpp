#include "kpss/cycle/next_cycle.hpp"

#include <algorithm>
#include <set>

#include "json_text.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/event_log.hpp"
#include "kpss/cycle/monitoring.hpp"

namespace kpss::cycle {

using detail::ojson;

namespace {

void append_history(Measure& m, const Plan& from, double progress) {
  ojson history = ojson::array();
  if (const auto it = m.extensions.find(std::string(history_member)); it != m.extensions.end()) {
    ojson old = ojson::parse(it->second, nullptr, false);
    if (old.is_array()) history = std::move(old);
  }
  ojson entry;
  entry["plan"] = from.id.str();
  entry["status"] = std::string(to_string(m.status));
  entry["progress"] = progress;
  if (m.start) entry["start"] = format_date(*m.start);
  if (m.end) entry["end"] = format_date(*m.end);
  history.push_back(std::move(entry));
  m.extensions[std::string(history_member)] = history.dump();
}

// An unfinished measure continues into the new period: it starts no earlier than the
// period and, when its end has passed, runs to the period's end.
void carry_timeline(Measure& m, const Period& p) {
  if (m.start && *m.start < p.start) m.start = p.start;
  if (m.end && (*m.end < p.start || *m.end > p.end)) m.end = p.end;
}

}  // namespace

Plan next_cycle(const Plan& evaluated, const NextCycleOptions& options) {
  const EventLog log = load_log(evaluated);
  const bool is_evaluated = std::any_of(log.events().begin(), log.events().end(),
                                        [](const Event& e) { return e.action == "evaluation_published"; });
  if (!is_evaluated)
    throw ConflictError("the plan has no published evaluation; record \"evaluation_published\" first",
                        "/" + std::string(log_member));
  if (options.id == evaluated.id) throw InvalidArgument("the next plan needs a new id", "id");
  if (!options.period.start.ok() || !options.period.end.ok() || options.period.end < options.period.start)
    throw InvalidArgument("the new period must be two calendar dates, start before end", "period");

  std::map<std::string, double, std::less<>> progress;
  for (const NodeProgress& n : rollup(evaluated, evaluated.period.end))
    if (n.kind == "measure") progress[n.id] = n.progress;

  Plan next = evaluated;
  next.id = options.id;
  next.period = options.period;
  if (!options.title.empty()) next.title = options.title;
  next.comments.clear();
  next.mandate.resolution.clear();
  next.mandate.date.reset();
  next.extensions.erase(std::string(log_member));
  ojson link;
  link["id"] = evaluated.id.str();
  link["title"] = evaluated.title;
  link["start"] = format_date(evaluated.period.start);
  link["end"] = format_date(evaluated.period.end);
  next.extensions[std::string(previous_member)] = link.dump();

  std::set<std::string, std::less<>> used_indicators;
  auto& prs = next.strategy.priorities;
  for (Priority& p : prs) {
    for (Goal& g : p.goals) {
      std::erase_if(g.measures, [](const Measure& m) {
        return m.status == Status::completed || m.status == Status::cancelled;
      });
      for (Measure& m : g.measures) {
        append_history(m, evaluated, progress[m.id.str()]);
        carry_timeline(m, next.period);
        for (const IndicatorId& i : m.indicators) used_indicators.insert(i.str());
      }
    }
    std::erase_if(p.goals, [](const Goal& g) { return g.measures.empty(); });
    for (const Goal& g : p.goals)
      for (const IndicatorId& i : g.indicators) used_indicators.insert(i.str());
  }
  std::erase_if(prs, [](const Priority& p) { return p.goals.empty(); });

  std::erase_if(next.indicators, [&](const Indicator& i) { return !used_indicators.contains(i.id.str()); });
  for (Indicator& i : next.indicators) {
    const IndicatorValue* last = nullptr;
    for (const IndicatorValue& v : i.measurements)
      if (v.date && (!last || *last->date <= *v.date)) last = &v;
    if (last) i.baseline = *last;
    i.measurements.clear();
  }
  return next;
}

}  // namespace kpss::cycle
