/* The planning cycle from C99: gates refusing an advance, the override, comments, reports. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static void test_cycle(const char* plan, size_t length) {
  kpss_cycle* c = NULL;
  kpss_date today = {2024, 4, 20};
  char* out = NULL;
  uint64_t seq = 0;
  CHECK(kpss_cycle_open(&c, plan, length, &today) == KPSS_OK);
  CHECK(kpss_cycle_phase(&out, c) == KPSS_OK && strcmp(out, "preparatory") == 0);
  kpss_string_free(out);

  /* G03: the group for people at risk of exclusion has no commissioner. */
  CHECK(kpss_cycle_advance(c, "st-kralova") == KPSS_ERR_CONFLICT);
  CHECK(strstr(kpss_last_error_message(), "G03") != NULL);
  CHECK(kpss_cycle_override(c, "st-dvorak", "") == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_cycle_override(c, "st-dvorak", "Zadavatel se účastní přes řídící skupinu.") == KPSS_OK);
  CHECK(kpss_cycle_phase(&out, c) == KPSS_OK && strcmp(out, "analytical") == 0);
  kpss_string_free(out);
  CHECK(kpss_cycle_status_json(&out, c) == KPSS_OK);
  CHECK(strstr(out, "\"action\": \"override\"") != NULL);
  CHECK(strstr(out, "Zadavatel se účastní přes řídící skupinu.") != NULL);
  kpss_string_free(out);

  CHECK(kpss_cycle_record(&seq, c, "st-kralova", "note", "{\"text\": \"analýza\"}") == KPSS_OK && seq == 3);
  CHECK(kpss_cycle_record(&seq, c, "st-kralova", "note", "[]") == KPSS_ERR_INVALID_ARGUMENT);

  CHECK(kpss_cycle_comment(c, "st-kralova", "c-99", "", KPSS_ELEMENT_MEASURE, "m4-2-1", "Víkendy?") == KPSS_OK);
  CHECK(kpss_cycle_comment(c, "st-kralova", "c-98", "", KPSS_ELEMENT_MEASURE, "m9", "?") == KPSS_ERR_NOT_FOUND);
  CHECK(kpss_cycle_comment(c, "st-kralova", "c-98", "", 42, "m9", "?") == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_cycle_settle(c, "st-kralova", "c-99", 7, "x") == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_cycle_settle(c, "st-kralova", "c-99", KPSS_OUTCOME_REJECTED, "Rozpočet nestačí.") == KPSS_OK);
  CHECK(kpss_cycle_annex(&out, c, 1) == KPSS_OK);
  CHECK(strstr(out, "| c-99 | anonymous | measure m4-2-1 | Víkendy? | rejected | Rozpočet nestačí. |") != NULL);
  kpss_string_free(out);

  CHECK(kpss_cycle_monitoring_json(&out, c, 2025) == KPSS_OK);
  CHECK(strstr(out, "\"as_of\": \"2025-12-31\"") != NULL);
  kpss_string_free(out);

  /* Not evaluated yet: no next cycle. */
  {
    kpss_date start = {2029, 1, 1}, end = {2031, 12, 31};
    CHECK(kpss_cycle_next_json(&out, c, "next", &start, &end, NULL) == KPSS_ERR_CONFLICT);
    CHECK(kpss_cycle_record(NULL, c, "st-kralova", "evaluation_published", NULL) == KPSS_OK);
    CHECK(kpss_cycle_next_json(&out, c, "next", &start, &end, NULL) == KPSS_OK);
    CHECK(strstr(out, "\"x-kpss-previous\"") != NULL);
    kpss_string_free(out);
  }

  /* The log travels with the plan. */
  CHECK(kpss_cycle_plan_json(&out, c) == KPSS_OK);
  {
    kpss_cycle* again = NULL;
    char* phase = NULL;
    CHECK(kpss_cycle_open(&again, out, strlen(out), NULL) == KPSS_OK);
    CHECK(kpss_cycle_phase(&phase, again) == KPSS_OK && strcmp(phase, "analytical") == 0);
    kpss_string_free(phase);
    kpss_cycle_free(again);
  }
  kpss_string_free(out);
  kpss_cycle_free(c);
  CHECK(kpss_cycle_open(&c, "{", 1, NULL) == KPSS_ERR_PARSE);
  CHECK(c == NULL);
}

static void test_audit_and_diff(const char* plan, size_t length) {
  char* out = NULL;
  CHECK(kpss_plan_audit_json(&out, plan, length) == KPSS_OK);
  CHECK(strstr(out, "\"score\": 98") != NULL);
  kpss_string_free(out);
  CHECK(kpss_plan_diff_json(&out, plan, length, plan, length) == KPSS_OK);
  CHECK(strstr(out, "\"changes\": []") != NULL);
  kpss_string_free(out);
  CHECK(kpss_plan_diff_json(&out, plan, length, NULL, 0) == KPSS_ERR_INVALID_ARGUMENT);
}

/* The same through plan handles: open, override, the plan back with its log, the next
 * cycle, audit, diff and monitoring. */
static void test_plan_handles(void) {
  kpss_plan *plan = NULL, *logged = NULL, *next = NULL;
  kpss_cycle *c = NULL, *again = NULL;
  kpss_date today = {2024, 4, 20}, start = {2029, 1, 1}, end = {2031, 12, 31};
  kpss_plan_counts counts = KPSS_PLAN_COUNTS_INIT, logged_counts = KPSS_PLAN_COUNTS_INIT;
  char* out = NULL;
  CHECK(kpss_plan_load_json(&plan, KPSS_SOURCE_DIR "/examples/data/sample_plan.json") == KPSS_OK);
  CHECK(kpss_cycle_open_plan(&c, plan, &today) == KPSS_OK);
  CHECK(kpss_cycle_advance(c, "st-kralova") == KPSS_ERR_CONFLICT);
  CHECK(strstr(kpss_last_error_message(), "G03") != NULL);
  CHECK(kpss_cycle_override(c, "st-dvorak", "Zadavatel se účastní přes řídící skupinu.") == KPSS_OK);
  CHECK(kpss_cycle_comment(c, "st-kralova", "c-99", "", KPSS_ELEMENT_MEASURE, "m4-2-1", "Víkendy?") == KPSS_OK);

  /* The handle the cycle was opened from is not changed; the cycle's plan carries the log
   * and the comment. */
  CHECK(kpss_plan_diff_report(&out, plan, plan) == KPSS_OK && strstr(out, "\"changes\": []") != NULL);
  kpss_string_free(out);
  CHECK(kpss_cycle_plan(&logged, c) == KPSS_OK);
  CHECK(kpss_plan_count(&counts, plan) == KPSS_OK && kpss_plan_count(&logged_counts, logged) == KPSS_OK);
  CHECK(logged_counts.comments == counts.comments + 1);
  CHECK(kpss_plan_diff_report(&out, plan, logged) == KPSS_OK && strstr(out, "c-99") != NULL);
  kpss_string_free(out);
  CHECK(kpss_cycle_open_plan(&again, logged, NULL) == KPSS_OK);
  CHECK(kpss_cycle_phase(&out, again) == KPSS_OK && strcmp(out, "analytical") == 0);
  kpss_string_free(out);
  kpss_cycle_free(again);

  CHECK(kpss_cycle_next(&next, c, "next", &start, &end, NULL) == KPSS_ERR_CONFLICT && next == NULL);
  CHECK(kpss_cycle_record(NULL, c, "st-kralova", "evaluation_published", NULL) == KPSS_OK);
  CHECK(kpss_cycle_next(&next, c, "next", &start, &end, "Plán 2029–2031") == KPSS_OK);
  CHECK(kpss_plan_find(&out, next, KPSS_ELEMENT_PLAN, NULL) == KPSS_OK);
  CHECK(strstr(out, "\"x-kpss-previous\"") != NULL && strstr(out, "Plán 2029–2031") != NULL);
  kpss_string_free(out);

  CHECK(kpss_plan_audit_report(&out, plan) == KPSS_OK && strstr(out, "\"score\": 98") != NULL);
  kpss_string_free(out);
  CHECK(kpss_plan_monitoring_report(&out, plan, 2025) == KPSS_OK && strstr(out, "\"as_of\": \"2025-12-31\"") != NULL);
  kpss_string_free(out);
  CHECK(kpss_plan_audit_report(&out, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_cycle_open_plan(&again, NULL, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_plan_free(next);
  kpss_cycle_free(c);
  kpss_plan_free(logged);
  kpss_plan_free(plan);
}

int main(void) {
  size_t length = 0;
  char* plan = kpss_ctest_read_file(KPSS_SOURCE_DIR "/examples/data/sample_plan.json", &length);
  CHECK(plan != NULL);
  if (plan) {
    test_cycle(plan, length);
    test_audit_and_diff(plan, length);
    free(plan);
  }
  test_plan_handles();
  return kpss_ctest_finish("test_capi_cycle");
}
