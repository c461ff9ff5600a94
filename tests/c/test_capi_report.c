/* The public report through the C API from C99: strings and files, both languages, the
 * versioned options, and errors that leave nothing behind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static const char* plan_path = KPSS_SOURCE_DIR "/examples/data/sample_plan.json";
static const char* ballots_path = KPSS_SOURCE_DIR "/examples/data/sample_ballots.csv";

static size_t count(const char* text, const char* needle) {
  size_t n = 0;
  const char* p = text;
  while ((p = strstr(p, needle)) != NULL) {
    ++n;
    ++p;
  }
  return n;
}

static void test_render_all_sections(kpss_plan* plan, kpss_ballots* ballots) {
  kpss_report_options o = KPSS_REPORT_OPTIONS_INIT;
  char *html = NULL, *markdown = NULL, *json = NULL;
  o.lang = KPSS_REPORT_LANG_EN;
  o.replicates = 50;
  o.has_budget = 1;
  CHECK(kpss_money_parse(&o.budget, "10 000 000 Kč", NULL) == KPSS_OK);
  CHECK(kpss_report_render(&html, &markdown, &json, plan, ballots, &o) == KPSS_OK);
  CHECK(html != NULL && markdown != NULL && json != NULL);
  if (html == NULL || markdown == NULL || json == NULL) return;
  CHECK(strncmp(html, "<!DOCTYPE html>", 15) == 0);
  CHECK(strstr(html, "<html lang=\"en\">") != NULL);
  CHECK(strstr(html, "<script") == NULL);
  CHECK(strstr(html, "id=\"stakeholders-h\">Stakeholder analysis</h2>") != NULL);
  CHECK(strstr(html, "id=\"stability-h\"") != NULL);
  CHECK(strstr(html, "id=\"budget-h\"") != NULL);
  CHECK(strstr(html, "id=\"monitoring-h\"") != NULL);
  CHECK(strstr(html, "id=\"audit-h\"") != NULL);
  /* One inline SVG per chart, each announced as an image. */
  CHECK(count(html, "<svg") == count(json, "\"type\": \"bar_chart\""));
  CHECK(count(html, "<svg") == count(html, "role=\"img\""));
  CHECK(count(html, "<svg") >= 7);
  CHECK(strstr(markdown, "## Plan audit") != NULL);
  CHECK(strstr(json, "\"format\": \"kpss-report\"") != NULL);
  kpss_string_free(html);
  kpss_string_free(markdown);
  kpss_string_free(json);
}

static void test_defaults_and_plan_only(kpss_plan* plan) {
  char* html = NULL;
  /* NULL options: Czech, k = 5; no ballots: no ranking sections. */
  CHECK(kpss_report_render(&html, NULL, NULL, plan, NULL, NULL) == KPSS_OK);
  CHECK(html != NULL && strstr(html, "<html lang=\"cs\">") != NULL);
  CHECK(html != NULL && strstr(html, "Zapojení aktérů") != NULL);
  CHECK(html != NULL && strstr(html, "id=\"priorities\"") == NULL);
  kpss_string_free(html);
}

static void test_write_files(kpss_plan* plan, kpss_ballots* ballots) {
  kpss_report_options o = KPSS_REPORT_OPTIONS_INIT;
  char* path = NULL;
  FILE* f;
  char dir[256];
  o.replicates = 20;
  o.has_as_of = 1;
  CHECK(kpss_date_parse(&o.as_of, "2025-12-31") == KPSS_OK);
  snprintf(dir, sizeof dir, "%s/kpss-capi-report", KPSS_BINARY_DIR);
  CHECK(kpss_report_write(&path, plan, ballots, &o, dir) == KPSS_OK);
  CHECK(path != NULL && strstr(path, "report.html") != NULL);
  if (path != NULL) {
    f = fopen(path, "rb");
    CHECK(f != NULL);
    if (f != NULL) fclose(f);
  }
  kpss_string_free(path);
}

static void test_errors(kpss_plan* plan, kpss_ballots* ballots) {
  kpss_report_options o = KPSS_REPORT_OPTIONS_INIT;
  char* html = (char*)"untouched";
  o.lang = 7;
  CHECK(kpss_report_render(&html, NULL, NULL, plan, ballots, &o) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strcmp(html, "untouched") == 0);
  CHECK(strcmp(kpss_last_error_where(), "options.lang") == 0);
  o = (kpss_report_options)KPSS_REPORT_OPTIONS_INIT;
  o.k = 0;
  CHECK(kpss_report_render(&html, NULL, NULL, plan, ballots, &o) == KPSS_ERR_INVALID_ARGUMENT);
  o = (kpss_report_options)KPSS_REPORT_OPTIONS_INIT;
  o.has_as_of = 1; /* 0000-00-00 */
  CHECK(kpss_report_render(&html, NULL, NULL, plan, ballots, &o) == KPSS_ERR_INVALID_ARGUMENT);
  o = (kpss_report_options)KPSS_REPORT_OPTIONS_INIT;
  o.struct_size = 0;
  CHECK(kpss_report_render(&html, NULL, NULL, plan, ballots, &o) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_report_render(&html, NULL, NULL, NULL, ballots, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_report_write(NULL, plan, NULL, NULL, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strcmp(html, "untouched") == 0);
}

static void test_ballot_item_not_in_plan(kpss_plan* plan) {
  const char* items[] = {"m-nowhere"};
  kpss_ballots* other = NULL;
  char* html = NULL;
  CHECK(kpss_ballots_new(&other, KPSS_BALLOT_SCORE, items, 1, 0, 5) == KPSS_OK);
  CHECK(kpss_report_render(&html, NULL, NULL, plan, other, NULL) == KPSS_ERR_NOT_FOUND);
  CHECK(html == NULL);
  CHECK(strstr(kpss_last_error_message(), "m-nowhere") != NULL);
  kpss_ballots_free(other);
}

int main(void) {
  kpss_plan* plan = NULL;
  kpss_ballots* ballots = NULL;
  CHECK(kpss_plan_load_json(&plan, plan_path) == KPSS_OK);
  CHECK(kpss_ballots_read(&ballots, ballots_path) == KPSS_OK);
  if (plan != NULL && ballots != NULL) {
    test_render_all_sections(plan, ballots);
    test_defaults_and_plan_only(plan);
    test_write_files(plan, ballots);
    test_errors(plan, ballots);
    test_ballot_item_not_in_plan(plan);
  }
  kpss_ballots_free(ballots);
  kpss_plan_free(plan);
  return kpss_ctest_finish("test_capi_report");
}
