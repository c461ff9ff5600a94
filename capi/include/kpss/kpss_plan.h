/*
 * kpss — the plan (komunitní plán sociálních služeb) through the C API: load and save it as
 * JSON or as a native archive, validate it, count and look up its elements.
 * Included by kpss/kpss.h. The JSON format is docs/formats/plan.md.
 */
#ifndef KPSS_PLAN_H
#define KPSS_PLAN_H

#include "kpss/kpss.h"

#ifdef __cplusplus
extern "C" {
#endif

/** A plan. Create it with one of the kpss_plan_load* / kpss_plan_from* functions, free it
 *  with kpss_plan_free. A plan is not modified by any function; several threads may read
 *  one plan at the same time. */
typedef struct kpss_plan kpss_plan;

/* Archive kinds (int parameters). */
#define KPSS_ARCHIVE_TEXT 0 /* Boost text archive, file extension .kpss */
#define KPSS_ARCHIVE_XML 1  /* Boost XML archive, file extension .xml */

/* Element kinds for kpss_plan_find / kpss_plan_ids (int parameters). */
#define KPSS_ELEMENT_PLAN 0
#define KPSS_ELEMENT_STAKEHOLDER 1
#define KPSS_ELEMENT_WORKING_GROUP 2
#define KPSS_ELEMENT_SERVICE 3
#define KPSS_ELEMENT_NEED 4
#define KPSS_ELEMENT_PRIORITY 5
#define KPSS_ELEMENT_GOAL 6
#define KPSS_ELEMENT_MEASURE 7
#define KPSS_ELEMENT_ACTIVITY 8
#define KPSS_ELEMENT_INDICATOR 9
#define KPSS_ELEMENT_COMMENT 10

/* Diagnostic severities. */
#define KPSS_SEVERITY_ERROR 0
#define KPSS_SEVERITY_WARNING 1

/** Reads a plan from `length` bytes of UTF-8 JSON. KPSS_ERR_PARSE or KPSS_ERR_LIMIT with
 *  kpss_last_error_where() = JSON pointer or "line L, column C" when it cannot be read.
 *  References are not checked here: call kpss_plan_validate. */
KPSS_API int kpss_plan_from_json(kpss_plan** out, const char* json, size_t length);
/** Reads a plan from a JSON file. KPSS_ERR_IO when the file cannot be read. */
KPSS_API int kpss_plan_load_json(kpss_plan** out, const char* path);
/** Writes the plan as JSON (deterministic; see docs/formats/plan.md). Free *out with
 *  kpss_string_free; *out_length (may be NULL) receives its length. */
KPSS_API int kpss_plan_to_json(char** out, size_t* out_length, const kpss_plan* plan);
/** Writes the plan to a JSON file atomically: on failure the old file stays as it was. */
KPSS_API int kpss_plan_save_json(const kpss_plan* plan, const char* path);

/** Serialises the plan into an enveloped Boost archive of `kind` (KPSS_ARCHIVE_*). Free *out
 *  with kpss_string_free; the bytes are text, *out_length is their number. */
KPSS_API int kpss_plan_to_archive(char** out, size_t* out_length, const kpss_plan* plan, int kind);
/** Reads an enveloped archive from memory. KPSS_ERR_CORRUPT for truncated or damaged bytes. */
KPSS_API int kpss_plan_from_archive(kpss_plan** out, const char* bytes, size_t length);
/** Saves the plan as an archive of `kind` atomically. */
KPSS_API int kpss_plan_save_archive(const kpss_plan* plan, const char* path, int kind);
/** Loads an archive file (text or XML, told by its envelope). */
KPSS_API int kpss_plan_load_archive(kpss_plan** out, const char* path);

/** Frees a plan. NULL is allowed. */
KPSS_API void kpss_plan_free(kpss_plan* plan);

/** Numbers of the plan's elements. Initialise with KPSS_PLAN_COUNTS_INIT. */
typedef struct kpss_plan_counts {
  uint32_t struct_size;
  size_t stakeholders, working_groups, services, needs, priorities, goals, measures, activities,
      indicators, comments;
} kpss_plan_counts;
#define KPSS_PLAN_COUNTS_INIT {sizeof(kpss_plan_counts), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}
KPSS_API int kpss_plan_count(kpss_plan_counts* out, const kpss_plan* plan);

/** The element of `kind` (KPSS_ELEMENT_*) with `id` as a JSON object, as in the plan's JSON.
 *  For KPSS_ELEMENT_PLAN the id is ignored and the whole plan is returned.
 *  KPSS_ERR_NOT_FOUND when there is none. Free *out with kpss_string_free. */
KPSS_API int kpss_plan_find(char** out, const kpss_plan* plan, int kind, const char* id);
/** The ids of every element of `kind`, in document order, as a JSON array of strings. */
KPSS_API int kpss_plan_ids(char** out, const kpss_plan* plan, int kind);

/** Problems found by validation or by the reader. Free with kpss_diagnostics_free. */
typedef struct kpss_diagnostics kpss_diagnostics;

/** One diagnostic. The strings are borrowed from the kpss_diagnostics they come from and
 *  live until it is freed. Initialise with KPSS_DIAGNOSTIC_INIT. */
typedef struct kpss_diagnostic {
  uint32_t struct_size;
  const char* code;    /* stable code: "P102", "J006" (docs/formats/plan.md) */
  int32_t severity;    /* KPSS_SEVERITY_ERROR or KPSS_SEVERITY_WARNING */
  const char* path;    /* JSON pointer or "line L, column C" */
  const char* message; /* for people, English */
} kpss_diagnostic;
#define KPSS_DIAGNOSTIC_INIT {sizeof(kpss_diagnostic), 0, 0, 0, 0}

/** Validates the plan: every problem, in document order. */
KPSS_API int kpss_plan_validate(kpss_diagnostics** out, const kpss_plan* plan);
/** Reads and validates JSON without failing on bad input: *out_diagnostics receives the
 *  reader's diagnostic (J…) or the validation's (P…); *out_plan (may be NULL) receives the
 *  plan when it could be read, else NULL. Fails only for NULL arguments or lack of memory. */
KPSS_API int kpss_plan_check_json(kpss_plan** out_plan, kpss_diagnostics** out_diagnostics,
                                  const char* json, size_t length);
KPSS_API int kpss_diagnostics_count(size_t* out_count, const kpss_diagnostics* diagnostics);
/** *out_errors = number of diagnostics of severity error. */
KPSS_API int kpss_diagnostics_errors(size_t* out_errors, const kpss_diagnostics* diagnostics);
KPSS_API int kpss_diagnostics_get(kpss_diagnostic* out, const kpss_diagnostics* diagnostics, size_t index);
/** All diagnostics as a JSON array of {"code", "severity", "path", "message"}. */
KPSS_API int kpss_diagnostics_to_json(char** out, const kpss_diagnostics* diagnostics);
/** Frees diagnostics. NULL is allowed. */
KPSS_API void kpss_diagnostics_free(kpss_diagnostics* diagnostics);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_PLAN_H */
