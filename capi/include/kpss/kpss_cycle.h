/*
 * kpss — the planning cycle through the C API: phases and gates, the event log, public
 * comment and its settlement, monitoring, versions (diff), the plan audit and the next
 * cycle. Plans travel as kpss_plan handles (kpss_plan.h) or as kpss-plan JSON text
 * (docs/formats/plan.md); the event log travels inside the plan (member "x-kpss-log").
 * Reports are returned as JSON text (docs/cycle.md).
 */
#ifndef KPSS_CYCLE_H
#define KPSS_CYCLE_H

#include "kpss/kpss.h"
#include "kpss/kpss_plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A plan under the default planning cycle, with its event log and clock. */
typedef struct kpss_cycle kpss_cycle;

/** Opens the plan `plan_json` (`length` bytes of UTF-8) with the log stored in it. `today`
 *  fixes the clock (NULL: the system date). KPSS_ERR_PARSE, KPSS_ERR_CORRUPT (bad log). */
KPSS_API int kpss_cycle_open(kpss_cycle** out, const char* plan_json, size_t length, const kpss_date* today);
/** Opens a copy of `plan` with the log stored in it, as kpss_cycle_open does; the handle
 *  stays the caller's and is not changed. */
KPSS_API int kpss_cycle_open_plan(kpss_cycle** out, const kpss_plan* plan, const kpss_date* today);
/** Frees the handle. NULL is allowed. */
KPSS_API void kpss_cycle_free(kpss_cycle* cycle);
/** Sets today's date of the clock (NULL: the system date). */
KPSS_API int kpss_cycle_set_today(kpss_cycle* cycle, const kpss_date* today);

/** The current phase's stable name ("preparatory", ...). Free with kpss_string_free. */
KPSS_API int kpss_cycle_phase(char** out, const kpss_cycle* cycle);
/** {"phase","phase_index","next","unmet":[...],"overrides","log":[...]} as JSON. */
KPSS_API int kpss_cycle_status_json(char** out, const kpss_cycle* cycle);
/** Appends an event (e.g. "public_hearing", "approved" with {"resolution": ...});
 *  `payload_json` is a JSON object or NULL for {}. *out_sequence (may be NULL) gets its number. */
KPSS_API int kpss_cycle_record(uint64_t* out_sequence, kpss_cycle* cycle, const char* actor, const char* action,
                               const char* payload_json);
/** Moves to the next phase. KPSS_ERR_CONFLICT when gates are unmet (the message lists
 *  every one) or the cycle is in its last phase. */
KPSS_API int kpss_cycle_advance(kpss_cycle* cycle, const char* actor);
/** Moves on despite unmet gates; the override and its justification are logged.
 *  KPSS_ERR_INVALID_ARGUMENT for an empty actor or justification. */
KPSS_API int kpss_cycle_override(kpss_cycle* cycle, const char* actor, const char* justification);

/* Comments target an element of a kind KPSS_ELEMENT_* (kpss_plan.h; comments excepted). */
/** Outcomes of a settlement (int parameter values). */
typedef enum kpss_outcome { KPSS_OUTCOME_ACCEPTED = 0, KPSS_OUTCOME_PARTLY = 1, KPSS_OUTCOME_REJECTED = 2 } kpss_outcome;

/** Records a comment `comment_id` by `author_name` (may be "" for anonymous) on the element
 *  (`target_kind`, `target_id`; target_id NULL for the plan). KPSS_ERR_NOT_FOUND for an
 *  unknown target. */
KPSS_API int kpss_cycle_comment(kpss_cycle* cycle, const char* actor, const char* comment_id, const char* author_name,
                                int target_kind, const char* target_id, const char* text);
/** Settles a comment with an outcome (kpss_outcome) and a justification. */
KPSS_API int kpss_cycle_settle(kpss_cycle* cycle, const char* actor, const char* comment_id, int outcome,
                               const char* justification);
/** The settlement annex: `markdown` 0 for JSON, 1 for Markdown. */
KPSS_API int kpss_cycle_annex(char** out, const kpss_cycle* cycle, int markdown);
/** The annual monitoring report for `year` as JSON ({"progress", "nodes", "indicators", ...}). */
KPSS_API int kpss_cycle_monitoring_json(char** out, const kpss_cycle* cycle, int year);
/** The plan with the log stored in it, as kpss-plan JSON. */
KPSS_API int kpss_cycle_plan_json(char** out, const kpss_cycle* cycle);
/** The plan with the log stored in it, as a new plan handle (free with kpss_plan_free). */
KPSS_API int kpss_cycle_plan(kpss_plan** out, const kpss_cycle* cycle);
/** As kpss_cycle_next_json, the next cycle's plan as a new plan handle. */
KPSS_API int kpss_cycle_next(kpss_plan** out, const kpss_cycle* cycle, const char* new_id, const kpss_date* start,
                             const kpss_date* end, const char* title);
/** The next cycle's plan as JSON (see kpss::cycle::next_cycle): new id, period and title
 *  (NULL or "" keeps the title). KPSS_ERR_CONFLICT when no evaluation was published. */
KPSS_API int kpss_cycle_next_json(char** out, const kpss_cycle* cycle, const char* new_id, const kpss_date* start,
                                  const kpss_date* end, const char* title);

/** The plan audit of a plan in JSON ({"score", "checks": [...]}). */
KPSS_API int kpss_plan_audit_json(char** out, const char* plan_json, size_t length);
/** The structural diff of two plans in JSON ({"changes": [...], "added", "removed", "changed"}). */
KPSS_API int kpss_plan_diff_json(char** out, const char* old_json, size_t old_length, const char* new_json,
                                 size_t new_length);

/** The plan audit of a plan handle in JSON, as kpss_plan_audit_json. */
KPSS_API int kpss_plan_audit_report(char** out, const kpss_plan* plan);
/** The structural diff of two plan handles in JSON, as kpss_plan_diff_json. */
KPSS_API int kpss_plan_diff_report(char** out, const kpss_plan* old_plan, const kpss_plan* new_plan);
/** The annual monitoring report of a plan handle for `year`, as kpss_cycle_monitoring_json. */
KPSS_API int kpss_plan_monitoring_report(char** out, const kpss_plan* plan, int year);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_CYCLE_H */
