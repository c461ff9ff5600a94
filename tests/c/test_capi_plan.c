/* The plan through the C API from C99: load, round trips, validation, lookup, errors. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static const char* sample_path = KPSS_SOURCE_DIR "/examples/data/sample_plan.json";

static void test_json_round_trip(void) {
  size_t length = 0, out_length = 0;
  char* text = kpss_ctest_read_file(sample_path, &length);
  kpss_plan* plan = NULL;
  char* json = NULL;
  CHECK(text != NULL);
  if (text == NULL) return;
  CHECK(kpss_plan_from_json(&plan, text, length) == KPSS_OK);
  CHECK(kpss_plan_to_json(&json, &out_length, plan) == KPSS_OK);
  CHECK(out_length == length && memcmp(json, text, length) == 0);
  kpss_string_free(json);
  kpss_plan_free(plan);
  free(text);
}

static void test_archive_round_trip(void) {
  kpss_plan* plan = NULL;
  kpss_plan* back = NULL;
  char* archive = NULL;
  char* a = NULL;
  char* b = NULL;
  size_t length = 0, la = 0, lb = 0;
  int kind;
  CHECK(kpss_plan_load_json(&plan, sample_path) == KPSS_OK);
  for (kind = KPSS_ARCHIVE_TEXT; kind <= KPSS_ARCHIVE_XML; ++kind) {
    CHECK(kpss_plan_to_archive(&archive, &length, plan, kind) == KPSS_OK);
    CHECK(strncmp(archive, "kpss-archive 1 kpss.Plan ", 25) == 0);
    CHECK(kpss_plan_from_archive(&back, archive, length) == KPSS_OK);
    CHECK(kpss_plan_to_json(&a, &la, plan) == KPSS_OK);
    CHECK(kpss_plan_to_json(&b, &lb, back) == KPSS_OK);
    CHECK(la == lb && memcmp(a, b, la) == 0);
    /* A truncated archive is rejected with a clear error. */
    kpss_plan_free(back);
    back = NULL;
    CHECK(kpss_plan_from_archive(&back, archive, length - 1) == KPSS_ERR_CORRUPT);
    CHECK(back == NULL);
    CHECK(strstr(kpss_last_error_message(), "truncated") != NULL);
    kpss_string_free(a);
    kpss_string_free(b);
    kpss_string_free(archive);
  }
  CHECK(kpss_plan_to_archive(&archive, &length, plan, 7) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_plan_free(plan);
}

static void test_counts_and_lookup(void) {
  kpss_plan* plan = NULL;
  kpss_plan_counts counts = KPSS_PLAN_COUNTS_INIT;
  char* json = NULL;
  CHECK(kpss_plan_load_json(&plan, sample_path) == KPSS_OK);
  CHECK(kpss_plan_count(&counts, plan) == KPSS_OK);
  CHECK(counts.stakeholders >= 30 && counts.working_groups >= 4 && counts.services >= 12);
  CHECK(counts.needs >= 15 && counts.priorities >= 4 && counts.goals >= 10 && counts.measures >= 20);
  CHECK(kpss_plan_find(&json, plan, KPSS_ELEMENT_SERVICE, "sv-ps") == KPSS_OK);
  CHECK(strstr(json, "\"type\": \"home_care\"") != NULL);
  kpss_string_free(json);
  CHECK(kpss_plan_find(&json, plan, KPSS_ELEMENT_MEASURE, "m2-1-1") == KPSS_OK);
  CHECK(strstr(json, "\"id\": \"m2-1-1\"") != NULL);
  kpss_string_free(json);
  CHECK(kpss_plan_find(&json, plan, KPSS_ELEMENT_COMMENT, "c-05") == KPSS_OK);
  CHECK(strstr(json, "\"outcome\": \"rejected\"") != NULL);
  kpss_string_free(json);
  CHECK(kpss_plan_find(&json, plan, KPSS_ELEMENT_GOAL, "no-such-goal") == KPSS_ERR_NOT_FOUND);
  CHECK(kpss_plan_find(&json, plan, 99, "x") == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_plan_ids(&json, plan, KPSS_ELEMENT_PRIORITY) == KPSS_OK);
  CHECK(strcmp(json, "[\"p1\",\"p2\",\"p3\",\"p4\"]") == 0);
  kpss_string_free(json);
  kpss_plan_free(plan);
}

static void test_validation(void) {
  static const char* bad = KPSS_SOURCE_DIR "/tests/data/bad/dangling_reference.json";
  size_t length = 0, count = 99, errors = 0;
  char* text = kpss_ctest_read_file(bad, &length);
  kpss_plan* plan = NULL;
  kpss_diagnostics* diagnostics = NULL;
  kpss_diagnostic d = KPSS_DIAGNOSTIC_INIT;
  char* json = NULL;

  CHECK(kpss_plan_load_json(&plan, sample_path) == KPSS_OK);
  CHECK(kpss_plan_validate(&diagnostics, plan) == KPSS_OK);
  CHECK(kpss_diagnostics_count(&count, diagnostics) == KPSS_OK && count == 0);
  kpss_diagnostics_free(diagnostics);
  kpss_plan_free(plan);

  CHECK(text != NULL);
  if (text == NULL) return;
  plan = NULL;
  CHECK(kpss_plan_check_json(&plan, &diagnostics, text, length) == KPSS_OK);
  CHECK(plan != NULL);
  CHECK(kpss_diagnostics_errors(&errors, diagnostics) == KPSS_OK && errors == 1);
  CHECK(kpss_diagnostics_get(&d, diagnostics, 0) == KPSS_OK);
  CHECK(strcmp(d.code, "P102") == 0 && d.severity == KPSS_SEVERITY_ERROR);
  CHECK(strcmp(d.path, "/strategy/priorities/0/goals/0/measures/0/responsible/0/party") == 0);
  CHECK(kpss_diagnostics_to_json(&json, diagnostics) == KPSS_OK);
  CHECK(strstr(json, "\"code\":\"P102\"") != NULL);
  kpss_string_free(json);
  CHECK(kpss_diagnostics_get(&d, diagnostics, 5) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_diagnostics_free(diagnostics);
  kpss_plan_free(plan);

  /* Unreadable JSON: no plan, one reader diagnostic with line and column. */
  plan = NULL;
  CHECK(kpss_plan_check_json(&plan, &diagnostics, text, length / 2) == KPSS_OK);
  CHECK(plan == NULL);
  CHECK(kpss_diagnostics_get(&d, diagnostics, 0) == KPSS_OK);
  CHECK(strcmp(d.code, "J001") == 0 && strncmp(d.path, "line ", 5) == 0);
  kpss_diagnostics_free(diagnostics);

  CHECK(kpss_plan_from_json(&plan, text, length / 2) == KPSS_ERR_PARSE);
  CHECK(strncmp(kpss_last_error_where(), "line ", 5) == 0);
  CHECK(kpss_plan_from_json(&plan, "{\"format\": \"kpss-plan\", \"version\": 1, \"id\": 5}", 46) == KPSS_ERR_PARSE);
  CHECK(strcmp(kpss_last_error_where(), "/id") == 0);
  CHECK(kpss_plan_load_json(&plan, "/nonexistent/plan.json") == KPSS_ERR_IO);
  CHECK(kpss_plan_from_json(NULL, text, length) == KPSS_ERR_INVALID_ARGUMENT);
  free(text);
}

int main(void) {
  test_json_round_trip();
  test_archive_round_trip();
  test_counts_and_lookup();
  test_validation();
  return kpss_ctest_finish("test_capi_plan");
}
