/*
 * kpss — the C API, the only ABI-stable surface of kpss.
 *
 * Conventions (as in GEOS, PROJ and libgit2):
 *  - Every fallible function returns an int status: KPSS_OK (0) or a negative KPSS_ERR_*.
 *    On failure, kpss_last_error_message() on the same thread says what and where.
 *  - Outputs come first in the parameter list; inputs follow.
 *  - Objects are opaque handles freed by their own kpss_<type>_free(); strings the library
 *    returns are freed by kpss_string_free(). Borrowed pointers say how long they live.
 *  - Structs the caller passes carry their size in `struct_size`; initialise them with the
 *    matching *_INIT macro so that older callers keep working with newer libraries.
 *  - No C++ exception ever crosses this boundary.
 *  - Enumerations travel as `int` (a C enum's size is the compiler's choice, and an
 *    out-of-range value must be reported, not be undefined behaviour); the enum types name
 *    the values.
 */
#ifndef KPSS_H
#define KPSS_H

#include <stddef.h>
#include <stdint.h>

#include "kpss/kpss_export.h"
#include "kpss/kpss_version.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---- status codes --------------------------------------------------------------------- */
#define KPSS_OK 0
#define KPSS_ERR_INVALID_ARGUMENT (-1) /* a value is malformed or out of its domain */
#define KPSS_ERR_PARSE (-2)            /* a document cannot be read */
#define KPSS_ERR_NOT_FOUND (-3)        /* an id, key or code is unknown */
#define KPSS_ERR_OVERFLOW (-4)         /* arithmetic out of range (money) */
#define KPSS_ERR_LIMIT (-5)            /* input exceeds a documented size limit */
#define KPSS_ERR_IO (-6)               /* a file cannot be read or written */
#define KPSS_ERR_CORRUPT (-7)          /* stored data fails its integrity checks */
#define KPSS_ERR_VALIDATION (-8)       /* a model is inconsistent */
#define KPSS_ERR_CONFLICT (-9)         /* not allowed in the current state */
#define KPSS_ERR_NO_MEMORY (-99)       /* allocation failed */
#define KPSS_ERR_INTERNAL (-100)       /* a bug in kpss */

/* ---- version and errors --------------------------------------------------------------- */

/** The library's version as MAJOR*10000+MINOR*100+PATCH; compare with KPSS_VERSION_NUMBER
 *  to detect a header/library mismatch (the major numbers must be equal). */
KPSS_API int kpss_version_number(void);
/** "MAJOR.MINOR.PATCH" of the library. Static storage. */
KPSS_API const char* kpss_version_string(void);

/** Message of the last failed call on this thread ("" if none). Borrowed: valid until the
 *  next kpss call on this thread. */
KPSS_API const char* kpss_last_error_message(void);
/** Where the last failure is (JSON pointer, "line L, column C", a field name), or "". */
KPSS_API const char* kpss_last_error_where(void);
/** Status of the last failed call on this thread, KPSS_OK if none. */
KPSS_API int kpss_last_error_code(void);
/** Forgets this thread's last error. */
KPSS_API void kpss_clear_error(void);
/** Stable name of a status code ("ok", "parse", "not_found", ...). Static storage. */
KPSS_API const char* kpss_status_name(int status);

/** Frees a string returned by kpss. NULL is allowed. */
KPSS_API void kpss_string_free(char* text);

/* ---- code lists (číselníky) ------------------------------------------------------------ */

typedef enum kpss_code_list {
  KPSS_CODE_LIST_SERVICE_TYPE = 0, /* druh sociální služby, Act 108/2006 §37–§70 */
  KPSS_CODE_LIST_FORM = 1,         /* forma poskytování */
  KPSS_CODE_LIST_CAPACITY_UNIT = 2,
  KPSS_CODE_LIST_TARGET_GROUP = 3, /* cílová skupina */
  KPSS_CODE_LIST_AGE_BAND = 4,     /* věková kategorie */
  KPSS_CODE_LIST_REGION = 5        /* kraj, NUTS 3 */
} kpss_code_list;
#define KPSS_CODE_LIST_COUNT 6

/** One code-list entry. All strings are static and NUL-terminated UTF-8; fields that do not
 *  apply to the list are "" or 0. Initialise with KPSS_CODE_ENTRY_INIT. */
typedef struct kpss_code_entry {
  uint32_t struct_size;      /* sizeof(kpss_code_entry) as the caller knows it */
  const char* key;           /* stable kpss key ("home_care", "CZ020") */
  const char* section;       /* service types: § of Act 108/2006 ("40", "60a") */
  const char* name_cs;       /* Czech name */
  const char* name_en;       /* English name */
  const char* group;         /* service types: "care", "prevention" or "counselling" */
  int32_t rest_id;           /* ministry REST code-list id, 0 if none */
  const char* registry_code; /* code in the registry's open data, "" if not verified */
  int32_t min_age;           /* age bands: first year of age */
  int32_t max_age;           /* age bands: last year of age, -1 when open-ended */
} kpss_code_entry;
#define KPSS_CODE_ENTRY_INIT {sizeof(kpss_code_entry), 0, 0, 0, 0, 0, 0, 0, 0, 0}

/** Stable name of a list (a kpss_code_list), or NULL for an unknown list. Static. */
KPSS_API const char* kpss_code_list_name(int list);
/** Number of entries of `list`. */
KPSS_API int kpss_code_list_count(size_t* out_count, int list);
/** Entry `index` (0-based, canonical order) of `list`. */
KPSS_API int kpss_code_list_get(kpss_code_entry* out, int list, size_t index);
/** Finds an entry by any key: kpss key, Czech or English name, § ("§40"), REST id or
 *  registry code. KPSS_ERR_NOT_FOUND (message lists known keys) when nothing matches. */
KPSS_API int kpss_code_list_find(kpss_code_entry* out, int list, const char* key);

/* ---- money ------------------------------------------------------------------------------ */

/** An amount in minor units (haléře, cents) of an ISO 4217 currency. Never floating point. */
typedef struct kpss_money {
  int64_t minor_units;
  char currency[4]; /* "CZK" + NUL */
} kpss_money;

typedef enum kpss_money_style {
  KPSS_MONEY_PLAIN = 0, /* "1234.50 CZK" */
  KPSS_MONEY_CZECH = 1  /* "1 234,50 Kč" with no-break spaces */
} kpss_money_style;

/** Reads "1234.50 CZK", "1 234,50 Kč", "1 500,- Kč", ...; `default_currency` (may be NULL)
 *  applies when the text names none. */
KPSS_API int kpss_money_parse(kpss_money* out, const char* text, const char* default_currency);
/** Writes an amount; free *out with kpss_string_free. */
KPSS_API int kpss_money_format(char** out, const kpss_money* amount, int style);
/** out = a + b, checked: KPSS_ERR_OVERFLOW or KPSS_ERR_INVALID_ARGUMENT (currencies differ). */
KPSS_API int kpss_money_add(kpss_money* out, const kpss_money* a, const kpss_money* b);

/* ---- dates and territory ------------------------------------------------------------- */

typedef struct kpss_date {
  int32_t year;
  int32_t month; /* 1–12 */
  int32_t day;   /* 1–31 */
} kpss_date;

/** Reads an ISO 8601 calendar date ("2025-01-31" or "20250131"). */
KPSS_API int kpss_date_parse(kpss_date* out, const char* text);
/** Writes "YYYY-MM-DD" plus NUL into `out`, which has room for 11 bytes. */
KPSS_API int kpss_date_format(char out[11], const kpss_date* date);

typedef enum kpss_territory_level {
  KPSS_TERRITORY_MUNICIPALITY = 0, /* obec, 6 digits */
  KPSS_TERRITORY_ORP = 1,          /* obec s rozšířenou působností, 4 digits */
  KPSS_TERRITORY_DISTRICT = 2,     /* okres, CZ + 4 digits */
  KPSS_TERRITORY_REGION = 3        /* kraj, CZ + 3 digits */
} kpss_territory_level;

/** Validates a territory code; *out_level receives its kpss_territory_level. */
KPSS_API int kpss_territory_parse(int* out_level, const char* code);

#ifdef __cplusplus
}
#endif

/* ---- the modules' parts of the API, each in its own header ---------------------------- */
#include "kpss/kpss_rank.h"
#include "kpss/kpss_select.h"
#include "kpss/kpss_graph.h"
#include "kpss/kpss_plan.h"
#include "kpss/kpss_cycle.h"
#include "kpss/kpss_report.h"
#include "kpss/kpss_gaps.h"

#endif /* KPSS_H */
