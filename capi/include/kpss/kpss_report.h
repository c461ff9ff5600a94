/*
 * kpss — the public report (zpráva pro veřejnost) through the C API: one self-contained HTML
 * page with inline SVG charts, Markdown and JSON, written into a folder or returned as
 * strings. Included by kpss/kpss.h; the sections are described in docs/report.md.
 */
#ifndef KPSS_REPORT_H
#define KPSS_REPORT_H

#include "kpss/kpss.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Report languages (int fields). */
#define KPSS_REPORT_LANG_CS 0
#define KPSS_REPORT_LANG_EN 1

/** Options of the public report. Initialise with KPSS_REPORT_OPTIONS_INIT, then set fields;
 *  later versions append fields, so struct_size tells which the caller knows. */
typedef struct kpss_report_options {
  uint32_t struct_size;
  int32_t lang; /* KPSS_REPORT_LANG_* */
  int32_t k;    /* ballot groups smaller than k participants are not broken down; >= 1 */
  /* The ranking's weighting policy; NULL = roles equal. Borrowed for the call. */
  const kpss_weighting_policy* policy;
  /* With ballots on measures: select what `budget` (the plan's currency) funds. */
  int32_t has_budget;
  kpss_money budget;
  /* Indicator progress as of this date; without it, as of the plan's latest measurement. */
  int32_t has_as_of;
  kpss_date as_of;
  /* The bootstrap behind the ranking's stability: replicates (>= 1), seed, and the k of
   * "chance of the top k" (>= 1). The report is the same for the same seed. */
  size_t replicates;
  uint64_t seed;
  size_t top_k;
} kpss_report_options;
#define KPSS_REPORT_OPTIONS_INIT \
  {sizeof(kpss_report_options), KPSS_REPORT_LANG_CS, 5, 0, 0, {0, {0, 0, 0, 0}}, 0, {0, 0, 0}, 500, 1, 3}

/** Composes the public report of `plan` — with `ballots` (may be NULL) whose items are
 *  measure or priority ids of the plan, also the ranking and its stability, and with a budget
 *  the selection — and writes report.html, report.md and report.json into `directory`
 *  (created if missing; each file replaced atomically). `options` NULL = defaults.
 *  *out_html_path (when out_html_path is not NULL) receives the HTML file's path; free it with
 *  kpss_string_free. Errors: KPSS_ERR_NOT_FOUND (a ballot item not in the plan),
 *  KPSS_ERR_INVALID_ARGUMENT (options), KPSS_ERR_IO (the folder or a file). */
KPSS_API int kpss_report_write(char** out_html_path, const kpss_plan* plan, const kpss_ballots* ballots,
                               const kpss_report_options* options, const char* directory);

/** The same report as strings: the HTML page, the Markdown and the JSON document. Any of the
 *  outputs may be NULL when not wanted; free the others with kpss_string_free. On an error
 *  no output is set. */
KPSS_API int kpss_report_render(char** out_html, char** out_markdown, char** out_json, const kpss_plan* plan,
                                const kpss_ballots* ballots, const kpss_report_options* options);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_REPORT_H */
