/*
 * kpss — needs against resources through the C API (analýza potřeb a zdrojů): the gap table
 * of a plan, its roll-up through the territorial hierarchy, priority candidates, the
 * economic evaluation (cost of closing gaps, the measures' budget, the compensation
 * payment), the import of the registry of social-service providers, and the regional
 * roll-up of many municipal plans with pooling proposals. Included by kpss/kpss.h; the
 * JSON documents are described in docs/gaps.md.
 *
 * Results live in handles (kpss_gap_table, kpss_registry, kpss_region) read through
 * versioned structs whose strings are borrowed from the handle, or come as JSON strings
 * the caller frees with kpss_string_free. Input arrays of structs are read with the
 * struct_size of their first element as the stride: every element must be initialised with
 * the same *_INIT macro.
 */
#ifndef KPSS_GAPS_H
#define KPSS_GAPS_H

#include "kpss/kpss.h"
#include "kpss/kpss_plan.h"

#ifdef __cplusplus
extern "C" {
#endif

/* How a capacity reaching several territories is divided among them (int values). */
#define KPSS_SPLIT_POPULATION 0 /* by the territories' populations (the default) */
#define KPSS_SPLIT_EQUAL 1      /* equally */

/* How a pooled service's cost is shared (klíč sdílení nákladů; int values). */
#define KPSS_COST_SHARING_PER_CAPITA 0 /* by population */
#define KPSS_COST_SHARING_PER_USE 1    /* by each municipality's gap */
#define KPSS_COST_SHARING_EXPLICIT 2   /* by agreed weights */

/* ---- territorial hierarchy ------------------------------------------------------------ */

/** Municipalities, ORPs, districts and regions with their parents and populations. */
typedef struct kpss_territories kpss_territories;

/** One territory to add. `parent` may be NULL (a district's region is told by its code);
 *  `population` 0 means unknown (the children's sum); `name` may be NULL. */
typedef struct kpss_territory_spec {
  uint32_t struct_size;
  const char* code;
  const char* parent;
  int64_t population;
  const char* name;
} kpss_territory_spec;
#define KPSS_TERRITORY_SPEC_INIT {sizeof(kpss_territory_spec), 0, 0, 0, 0}

/** An empty hierarchy. */
KPSS_API int kpss_territories_new(kpss_territories** out);
/** The plan's territory and municipalities with populations summed from its demography. */
KPSS_API int kpss_territories_from_plan(kpss_territories** out, const kpss_plan* plan);
/** Adds `count` territories, all or none: KPSS_ERR_INVALID_ARGUMENT (a bad code, a parent
 *  not above the code, a negative population) or KPSS_ERR_CONFLICT (two parents) leave the
 *  hierarchy as it was; kpss_last_error_where() names the element ("specs[3].parent"). */
KPSS_API int kpss_territories_add(kpss_territories* territories, const kpss_territory_spec* specs, size_t count);
/** The population of `code`: its own, else its children's sum. KPSS_ERR_NOT_FOUND. */
KPSS_API int kpss_territories_population(int64_t* out, const kpss_territories* territories, const char* code);
/** Frees the hierarchy. NULL is allowed. */
KPSS_API void kpss_territories_free(kpss_territories* territories);

/* ---- registry import ------------------------------------------------------------------ */

/** Services read from the open-data export of the registry of social-service providers
 *  (Registr poskytovatelů sociálních služeb), with the diagnostics of the import. */
typedef struct kpss_registry kpss_registry;

/** What to import. All members may be NULL. */
typedef struct kpss_registry_options {
  uint32_t struct_size;
  const char* territory;         /* keep services reaching this territory code */
  const kpss_date* provided_on;  /* keep services provided on this day */
  const char* code_lists_json;   /* the registry's code lists (číselníky), NUL-terminated */
} kpss_registry_options;
#define KPSS_REGISTRY_OPTIONS_INIT {sizeof(kpss_registry_options), 0, 0, 0}

/** Streams a registry export file in bounded memory. All or nothing: a truncated or
 *  malformed document is KPSS_ERR_PARSE ("line L, column C"), nothing is imported; unknown
 *  codes are diagnostics and the rest is imported. KPSS_ERR_IO, KPSS_ERR_LIMIT.
 *  `options` may be NULL. */
KPSS_API int kpss_registry_load(kpss_registry** out, const char* path, const kpss_registry_options* options);
/** As kpss_registry_load, from `length` bytes in memory. */
KPSS_API int kpss_registry_read(kpss_registry** out, const char* json, size_t length,
                                const kpss_registry_options* options);
/** Frees the import. NULL is allowed. */
KPSS_API void kpss_registry_free(kpss_registry* registry);

/** Counts of an import. Initialise with KPSS_REGISTRY_SUMMARY_INIT. */
typedef struct kpss_registry_summary {
  uint32_t struct_size;
  size_t items;       /* items read from `polozky` */
  size_t imported;    /* services kept */
  size_t skipped;     /* items left out because of an error in them */
  size_t filtered;    /* items left out by the territory or date filter */
  size_t diagnostics; /* findings, read them with kpss_registry_diagnostic */
} kpss_registry_summary;
#define KPSS_REGISTRY_SUMMARY_INIT {sizeof(kpss_registry_summary), 0, 0, 0, 0, 0}
KPSS_API int kpss_registry_summary_get(kpss_registry_summary* out, const kpss_registry* registry);

/** A finding that did not stop an analysis or import. Strings are borrowed from the handle
 *  it comes from. Initialise with KPSS_FINDING_INIT. */
typedef struct kpss_finding {
  uint32_t struct_size;
  const char* where;   /* JSON pointer ("/polozky/1/druhSocialniSluzby") or the record ("need n-12") */
  const char* message;
} kpss_finding;
#define KPSS_FINDING_INIT {sizeof(kpss_finding), 0, 0}

/** Diagnostic `index` of the import. KPSS_ERR_NOT_FOUND past the end. */
KPSS_API int kpss_registry_diagnostic(kpss_finding* out, const kpss_registry* registry, size_t index);
/** The import as JSON ({"items", "imported", "skipped", "filtered", "services": [...],
 *  "diagnostics": [...]}). Free *out with kpss_string_free. */
KPSS_API int kpss_registry_to_json(char** out, const kpss_registry* registry);

/* ---- the gap table of a plan ---------------------------------------------------------- */

/** A prevalence norm (normativ): `per_thousand` units per 1 000 inhabitants of the age
 *  bands. Initialise with KPSS_PREVALENCE_NORM_INIT. */
typedef struct kpss_prevalence_norm {
  uint32_t struct_size;
  const char* type;         /* service type key */
  const char* form;         /* form key or NULL (any) */
  const char* target_group; /* target group key or NULL (any) */
  const char* age_bands;    /* age band keys separated by commas, at least one */
  double per_thousand;
  const char* unit;         /* capacity unit key */
  const char* source;       /* where the norm comes from */
} kpss_prevalence_norm;
#define KPSS_PREVALENCE_NORM_INIT {sizeof(kpss_prevalence_norm), 0, 0, 0, 0, 0.0, 0, 0}

/** A yearly cost per capacity unit of a service type (náklady na jednotku). */
typedef struct kpss_unit_cost {
  uint32_t struct_size;
  const char* type;
  kpss_money cost;
} kpss_unit_cost;
#define KPSS_UNIT_COST_INIT {sizeof(kpss_unit_cost), 0, {0, {0, 0, 0, 0}}}

/** Options of the gap analysis; a NULL options pointer means all defaults. */
typedef struct kpss_gap_options {
  uint32_t struct_size;
  int32_t split;                       /* KPSS_SPLIT_* */
  const kpss_prevalence_norm* norms;   /* demand from demography where no need quantifies it */
  size_t norm_count;
  const kpss_unit_cost* unit_costs;    /* before the unit costs of the plan's services */
  size_t unit_cost_count;
  const kpss_registry* registry;       /* capacity from imported services, or NULL */
  const kpss_territories* territories; /* populations for splitting; NULL: the plan's own */
} kpss_gap_options;
#define KPSS_GAP_OPTIONS_INIT {sizeof(kpss_gap_options), KPSS_SPLIT_POPULATION, 0, 0, 0, 0, 0, 0}

/** A gap table: rows sorted by gap, largest first, and the analysis' findings. */
typedef struct kpss_gap_table kpss_gap_table;

/** The plan's gap table (kpss::plan_gaps): demand from its needs and norms, capacity from
 *  its services and the registry, priced with the unit costs. KPSS_ERR_VALIDATION when the
 *  plan lacks a territory a record needs; KPSS_ERR_INVALID_ARGUMENT for bad options. */
KPSS_API int kpss_plan_gaps(kpss_gap_table** out, const kpss_plan* plan, const kpss_gap_options* options);
/** The table aggregated to `level` (a kpss_territory_level) through `territories`: rows
 *  without an ancestor there are left out with a finding. Costs are not carried. */
KPSS_API int kpss_gap_table_roll_up(kpss_gap_table** out, const kpss_gap_table* table,
                                    const kpss_territories* territories, int level);
/** Frees a table. NULL is allowed. */
KPSS_API void kpss_gap_table_free(kpss_gap_table* table);
KPSS_API int kpss_gap_table_count(size_t* out_rows, size_t* out_findings, const kpss_gap_table* table);

/** One row. Strings are borrowed from the table. Initialise with KPSS_GAP_ROW_INIT. */
typedef struct kpss_gap_row {
  uint32_t struct_size;
  const char* type;         /* service type key */
  const char* form;         /* "" for any */
  const char* target_group; /* "" for any */
  const char* territory;    /* territory code */
  const char* unit;         /* capacity unit key */
  double demand;
  double capacity;
  double gap;               /* demand − capacity; negative for a surplus */
  int32_t has_coverage;     /* 0 when the demand is 0 */
  double coverage;          /* capacity / demand */
  int32_t has_cost;         /* 1 when the gap is positive and its type has a unit cost */
  kpss_money cost_to_close; /* a year */
  size_t origins;           /* number of demand origins (in the JSON) */
  size_t sources;           /* number of capacity records counted (in the JSON) */
} kpss_gap_row;
#define KPSS_GAP_ROW_INIT {sizeof(kpss_gap_row), 0, 0, 0, 0, 0, 0.0, 0.0, 0.0, 0, 0.0, 0, {0, {0, 0, 0, 0}}, 0, 0}

/** Row `index`. KPSS_ERR_NOT_FOUND past the end. */
KPSS_API int kpss_gap_table_row(kpss_gap_row* out, const kpss_gap_table* table, size_t index);
/** Finding `index`. KPSS_ERR_NOT_FOUND past the end. */
KPSS_API int kpss_gap_table_finding(kpss_finding* out, const kpss_gap_table* table, size_t index);
/** The table as JSON ({"rows": [...], "diagnostics": [...]}). */
KPSS_API int kpss_gap_table_to_json(char** out, const kpss_gap_table* table);
/** Every positive gap as a priority candidate with criteria values for the ranking, as a
 *  JSON array; `territories` (may be NULL) gives populations. */
KPSS_API int kpss_gap_table_candidates_json(char** out, const kpss_gap_table* table,
                                            const kpss_territories* territories);

/* ---- economic evaluation -------------------------------------------------------------- */

/** The budget of the plan's measures by year and funding source, and their shortfalls, as
 *  JSON ({"total_cost", "total_funded", "total_shortfall", "years", "shortfalls",
 *  "uncosted"}). KPSS_ERR_VALIDATION for a measure ending before it starts. */
KPSS_API int kpss_plan_budget_json(char** out, const kpss_plan* plan);
/** The compensation payment (vyrovnávací platba): max(0, usual costs + reasonable profit −
 *  revenues) a year, and that per capacity unit. `reasonable_profit` may be NULL (none).
 *  KPSS_ERR_INVALID_ARGUMENT for units not positive, negative amounts or mixed currencies. */
KPSS_API int kpss_compensation_payment(kpss_money* out_total, kpss_money* out_per_unit,
                                       const kpss_money* usual_costs, const kpss_money* revenues, double units,
                                       const kpss_money* reasonable_profit);

/* ---- regional roll-up and pooling ----------------------------------------------------- */

/** The smallest viable capacity of a service of a type, in the type's unit. */
typedef struct kpss_min_viable {
  uint32_t struct_size;
  const char* type;
  double units;
} kpss_min_viable;
#define KPSS_MIN_VIABLE_INIT {sizeof(kpss_min_viable), 0, 0.0}

/** A municipality's weight for KPSS_COST_SHARING_EXPLICIT. */
typedef struct kpss_territory_weight {
  uint32_t struct_size;
  const char* code;
  int64_t weight; /* positive */
} kpss_territory_weight;
#define KPSS_TERRITORY_WEIGHT_INIT {sizeof(kpss_territory_weight), 0, 0}

/** Options of the regional roll-up; a NULL options pointer means all defaults. */
typedef struct kpss_region_options {
  uint32_t struct_size;
  const kpss_gap_options* gaps;     /* for every plan; NULL: defaults */
  int32_t cost_sharing;             /* KPSS_COST_SHARING_* */
  double default_min_viable;        /* for types not in min_viable; 10 */
  const kpss_min_viable* min_viable;
  size_t min_viable_count;
  const kpss_territory_weight* weights; /* for KPSS_COST_SHARING_EXPLICIT */
  size_t weight_count;
} kpss_region_options;
#define KPSS_REGION_OPTIONS_INIT \
  {sizeof(kpss_region_options), 0, KPSS_COST_SHARING_PER_CAPITA, 10.0, 0, 0, 0, 0}

/** A regional view of many municipal plans. */
typedef struct kpss_region kpss_region;

/** Merges `count` plans (kpss::regional_view): needs and gaps per municipality, ORP and
 *  region, gaps recurring across plans, services two plans count, pooling proposals.
 *  `territories` must hold the plans' municipalities with their ORPs and populations. */
KPSS_API int kpss_region_build(kpss_region** out, const kpss_plan* const* plans, size_t count,
                               const kpss_territories* territories, const kpss_region_options* options);
/** Frees the view. NULL is allowed. */
KPSS_API void kpss_region_free(kpss_region* region);
/** The whole view as JSON ({"municipal", "orp", "region", "recurring", "shared_services",
 *  "pooling"}). */
KPSS_API int kpss_region_to_json(char** out, const kpss_region* region);
/** A copy of the view's gap table at `level`: KPSS_TERRITORY_MUNICIPALITY (as the plans give
 *  them), KPSS_TERRITORY_ORP or KPSS_TERRITORY_REGION. Free with kpss_gap_table_free. */
KPSS_API int kpss_region_gaps(kpss_gap_table** out, const kpss_region* region, int level);

/** A pooling proposal (společné zajištění služby). Strings are borrowed from the view.
 *  Initialise with KPSS_POOLING_PROPOSAL_INIT. */
typedef struct kpss_pooling_proposal {
  uint32_t struct_size;
  const char* orp;
  const char* type;
  const char* form;         /* "" for any */
  const char* target_group; /* "" for any */
  const char* unit;
  double units;             /* the members' gaps together */
  double min_viable;
  int32_t cost_sharing;     /* KPSS_COST_SHARING_* */
  int32_t has_cost;
  kpss_money cost;          /* yearly cost of the pooled capacity */
  size_t shares;            /* members, read with kpss_region_pooling_share */
} kpss_pooling_proposal;
#define KPSS_POOLING_PROPOSAL_INIT \
  {sizeof(kpss_pooling_proposal), 0, 0, 0, 0, 0, 0.0, 0.0, 0, 0, {0, {0, 0, 0, 0}}, 0}

/** One member's part of a proposal. Initialise with KPSS_POOLING_SHARE_INIT. */
typedef struct kpss_pooling_share {
  uint32_t struct_size;
  const char* municipality;
  double units;        /* its gap */
  int64_t population;
  double fraction;     /* its share of the cost, 0–1 */
  int32_t has_cost;
  kpss_money cost;
} kpss_pooling_share;
#define KPSS_POOLING_SHARE_INIT {sizeof(kpss_pooling_share), 0, 0.0, 0, 0.0, 0, {0, {0, 0, 0, 0}}}

KPSS_API int kpss_region_pooling_count(size_t* out, const kpss_region* region);
/** Proposal `index`. KPSS_ERR_NOT_FOUND past the end. */
KPSS_API int kpss_region_pooling(kpss_pooling_proposal* out, const kpss_region* region, size_t index);
/** Share `share` of proposal `proposal`, members in code order. KPSS_ERR_NOT_FOUND. */
KPSS_API int kpss_region_pooling_share(kpss_pooling_share* out, const kpss_region* region, size_t proposal,
                                       size_t share);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_GAPS_H */
