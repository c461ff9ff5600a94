// The planning cycle through the C API.
#include <memory>
#include <string>

#include "capi_internal.hpp"
#include "plan_handle.hpp"
#include "kpss/cycle/audit.hpp"
#include "kpss/cycle/comments.hpp"
#include "kpss/cycle/monitoring.hpp"
#include "kpss/cycle/next_cycle.hpp"
#include "kpss/cycle/phases.hpp"
#include "kpss/cycle/versions.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/kpss_cycle.h"

struct kpss_cycle {
  kpss::Plan plan;
  kpss::cycle::Cycle cycle = kpss::cycle::default_cycle();
  kpss::cycle::EventLog log;
};

using kpss::capi::dup_string;
using kpss::capi::guard;
using kpss::capi::require;

namespace {

kpss::Date to_date(const kpss_date* d, const char* what) {
  require(d, what);
  if (d->year < 1 || d->year > 9999 || d->month < 1 || d->month > 12 || d->day < 1 || d->day > 31)
    throw kpss::InvalidArgument("not a valid calendar date", what);
  const kpss::Date date{std::chrono::year{d->year}, std::chrono::month{static_cast<unsigned>(d->month)},
                        std::chrono::day{static_cast<unsigned>(d->day)}};
  if (!date.ok()) throw kpss::InvalidArgument("not a valid calendar date", what);
  return date;
}

kpss::cycle::Clock clock_of(const kpss_date* today) {
  if (!today) return kpss::cycle::system_today;
  return [d = to_date(today, "today")] { return d; };
}

kpss::Plan read_plan(const char* json, size_t length, const char* what) {
  require(json, what);
  return kpss::read_plan_json(std::string_view(json, length));
}

std::string text(const char* p, const char* what) { return require(p, what); }

std::string unmet_message(const kpss::cycle::AdvanceResult& r) {
  std::string m = "cannot advance from " + r.from + " to " + r.to + "; unmet gates:";
  for (const auto& f : r.unmet) m += " " + f.code + " (" + f.description_en + ": " + f.detail + ")";
  return m;
}

std::unique_ptr<kpss_cycle> open_cycle(kpss::Plan plan, const kpss_date* today) {
  auto c = std::make_unique<kpss_cycle>();
  c->plan = std::move(plan);
  c->log = kpss::cycle::load_log(c->plan, clock_of(today));
  kpss::cycle::replay(c->cycle, c->log);
  return c;
}

/// The plan with its log stored in it.
kpss::Plan plan_with_log(const kpss_cycle& c) {
  kpss::Plan plan = c.plan;
  kpss::cycle::store_log(plan, c.log);
  return plan;
}

kpss::Plan next_plan(const kpss_cycle& c, const char* new_id, const kpss_date* start, const kpss_date* end,
                     const char* title) {
  const kpss::cycle::NextCycleOptions o{kpss::PlanId(text(new_id, "new_id")),
                                        {to_date(start, "start"), to_date(end, "end")},
                                        title ? title : ""};
  return kpss::cycle::next_cycle(plan_with_log(c), o);
}

}  // namespace

extern "C" {

int kpss_cycle_open(kpss_cycle** out, const char* plan_json, size_t length, const kpss_date* today) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = open_cycle(read_plan(plan_json, length, "plan_json"), today).release();
  });
}

int kpss_cycle_open_plan(kpss_cycle** out, const kpss_plan* plan, const kpss_date* today) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = open_cycle(kpss::capi::plan_of(plan), today).release();
  });
}

void kpss_cycle_free(kpss_cycle* cycle) { delete cycle; }

int kpss_cycle_set_today(kpss_cycle* cycle, const kpss_date* today) {
  return guard([&] { require(cycle, "cycle")->log.set_clock(clock_of(today)); });
}

int kpss_cycle_phase(char** out, const kpss_cycle* cycle) {
  return guard([&] {
    require(out, "out");
    require(cycle, "cycle");
    *out = dup_string(cycle->cycle.phases[kpss::cycle::replay(cycle->cycle, cycle->log).phase].name);
  });
}

int kpss_cycle_status_json(char** out, const kpss_cycle* cycle) {
  return guard([&] {
    require(out, "out");
    require(cycle, "cycle");
    *out = dup_string(kpss::cycle::status_to_json(cycle->cycle, cycle->plan, cycle->log));
  });
}

int kpss_cycle_record(uint64_t* out_sequence, kpss_cycle* cycle, const char* actor, const char* action,
                      const char* payload_json) {
  return guard([&] {
    require(cycle, "cycle");
    const auto& e = cycle->log.append(text(actor, "actor"), text(action, "action"), payload_json ? payload_json : "{}");
    if (out_sequence) *out_sequence = e.sequence;
  });
}

int kpss_cycle_advance(kpss_cycle* cycle, const char* actor) {
  return guard([&]() -> int {
    require(cycle, "cycle");
    const auto r = kpss::cycle::advance(cycle->cycle, cycle->plan, cycle->log, text(actor, "actor"));
    if (!r.advanced) return kpss::capi::set_error(KPSS_ERR_CONFLICT, unmet_message(r), "phase");
    return KPSS_OK;
  });
}

int kpss_cycle_override(kpss_cycle* cycle, const char* actor, const char* justification) {
  return guard([&] {
    require(cycle, "cycle");
    kpss::cycle::force_advance(cycle->cycle, cycle->plan, cycle->log, text(actor, "actor"),
                               text(justification, "justification"));
  });
}

int kpss_cycle_comment(kpss_cycle* cycle, const char* actor, const char* comment_id, const char* author_name,
                       int target_kind, const char* target_id, const char* comment_text) {
  return guard([&] {
    require(cycle, "cycle");
    if (target_kind < KPSS_ELEMENT_PLAN || target_kind > KPSS_ELEMENT_INDICATOR)
      throw kpss::InvalidArgument("unknown element kind " + std::to_string(target_kind), "target_kind");
    kpss::Comment c;
    c.id = kpss::CommentId(text(comment_id, "comment_id"));
    c.author_name = author_name ? author_name : "";
    c.target.kind = static_cast<kpss::ElementKind>(target_kind);
    if (c.target.kind != kpss::ElementKind::plan) c.target.id = text(target_id, "target_id");
    c.text = text(comment_text, "text");
    kpss::cycle::add_comment(cycle->plan, cycle->log, text(actor, "actor"), std::move(c));
  });
}

int kpss_cycle_settle(kpss_cycle* cycle, const char* actor, const char* comment_id, int outcome,
                      const char* justification) {
  return guard([&] {
    require(cycle, "cycle");
    if (outcome < KPSS_OUTCOME_ACCEPTED || outcome > KPSS_OUTCOME_REJECTED)
      throw kpss::InvalidArgument("unknown outcome " + std::to_string(outcome), "outcome");
    kpss::Settlement s;
    s.outcome = static_cast<kpss::Outcome>(outcome);
    s.justification = text(justification, "justification");
    kpss::cycle::settle(cycle->plan, cycle->log, text(actor, "actor"), kpss::CommentId(text(comment_id, "comment_id")),
                        std::move(s));
  });
}

int kpss_cycle_annex(char** out, const kpss_cycle* cycle, int markdown) {
  return guard([&] {
    require(out, "out");
    require(cycle, "cycle");
    *out = dup_string(markdown ? kpss::cycle::annex_to_markdown(cycle->plan) : kpss::cycle::annex_to_json(cycle->plan));
  });
}

int kpss_cycle_monitoring_json(char** out, const kpss_cycle* cycle, int year) {
  return guard([&] {
    require(out, "out");
    require(cycle, "cycle");
    *out = dup_string(kpss::cycle::monitoring_report_json(cycle->plan, year));
  });
}

int kpss_cycle_plan_json(char** out, const kpss_cycle* cycle) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::write_plan_json(plan_with_log(*require(cycle, "cycle"))));
  });
}

int kpss_cycle_plan(kpss_plan** out, const kpss_cycle* cycle) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_plan{plan_with_log(*require(cycle, "cycle"))};
  });
}

int kpss_cycle_next(kpss_plan** out, const kpss_cycle* cycle, const char* new_id, const kpss_date* start,
                    const kpss_date* end, const char* title) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_plan{next_plan(*require(cycle, "cycle"), new_id, start, end, title)};
  });
}

int kpss_cycle_next_json(char** out, const kpss_cycle* cycle, const char* new_id, const kpss_date* start,
                         const kpss_date* end, const char* title) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::write_plan_json(next_plan(*require(cycle, "cycle"), new_id, start, end, title)));
  });
}

int kpss_plan_audit_json(char** out, const char* plan_json, size_t length) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::cycle::audit_to_json(kpss::cycle::audit(read_plan(plan_json, length, "plan_json"))));
  });
}

int kpss_plan_diff_json(char** out, const char* old_json, size_t old_length, const char* new_json,
                        size_t new_length) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::cycle::diff_to_json(
        kpss::cycle::diff(read_plan(old_json, old_length, "old_json"), read_plan(new_json, new_length, "new_json"))));
  });
}

int kpss_plan_audit_report(char** out, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::cycle::audit_to_json(kpss::cycle::audit(kpss::capi::plan_of(plan))));
  });
}

int kpss_plan_diff_report(char** out, const kpss_plan* old_plan, const kpss_plan* new_plan) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::cycle::diff_to_json(
        kpss::cycle::diff(kpss::capi::plan_of(old_plan, "old_plan"), kpss::capi::plan_of(new_plan, "new_plan"))));
  });
}

int kpss_plan_monitoring_report(char** out, const kpss_plan* plan, int year) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::cycle::monitoring_report_json(kpss::capi::plan_of(plan), year));
  });
}

}  // extern "C"
