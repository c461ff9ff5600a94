/*
 * kpss — the stakeholder graph (graf aktérů) through the C API. Included by kpss/kpss.h.
 *
 * A kpss_graph is built from a plan's JSON text (or vertex by vertex) and answers every
 * analysis of kpss/graph: triad coverage, provider equality, information reach, periphery,
 * brokers, fragility and pooling — as arrays of structs or as JSON (docs/graph.md). Arrays
 * and strings the library returns belong to the caller and are freed by their function.
 */
#ifndef KPSS_GRAPH_H
#define KPSS_GRAPH_H

#include "kpss/kpss.h"
#include "kpss/kpss_plan.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kpss_graph kpss_graph;

typedef enum kpss_vertex_kind {
  KPSS_VERTEX_PERSON = 0,
  KPSS_VERTEX_ORGANISATION = 1,
  KPSS_VERTEX_WORKING_GROUP = 2,  /* pracovní skupina */
  KPSS_VERTEX_STEERING_GROUP = 3, /* řídící skupina, model id "steering_group" */
  KPSS_VERTEX_SERVICE = 4,
  KPSS_VERTEX_MEASURE = 5,
  KPSS_VERTEX_MUNICIPALITY = 6 /* model id: the municipality's code */
} kpss_vertex_kind;

typedef enum kpss_edge_kind {
  KPSS_EDGE_MEMBER_OF = 0,       /* stakeholder -> group */
  KPSS_EDGE_CHAIRS = 1,          /* stakeholder -> group */
  KPSS_EDGE_REPRESENTS = 2,      /* person -> organisation */
  KPSS_EDGE_PROVIDES = 3,        /* stakeholder -> service */
  KPSS_EDGE_FUNDS = 4,           /* stakeholder -> service or measure */
  KPSS_EDGE_RESPONSIBLE_FOR = 5, /* stakeholder -> measure */
  KPSS_EDGE_COOPERATES_WITH = 6, /* stakeholder -> stakeholder */
  KPSS_EDGE_INFORMS = 7,         /* stakeholder or group -> stakeholder or group */
  KPSS_EDGE_SERVES = 8           /* service -> municipality */
} kpss_edge_kind;

/* Role bits of kpss_vertex_spec.roles and kpss_triad_coverage.missing. */
#define KPSS_ROLE_BIT_COMMISSIONER (1u << 0) /* zadavatel */
#define KPSS_ROLE_BIT_PROVIDER (1u << 1)     /* poskytovatel */
#define KPSS_ROLE_BIT_USER (1u << 2)         /* uživatel */
#define KPSS_ROLE_BIT_PUBLIC (1u << 3)       /* veřejnost */
#define KPSS_ROLE_BIT_COORDINATOR (1u << 4)  /* zpracovatel */

/** Builds the graph of a plan given as kpss plan JSON (docs/formats/plan.md), as
 *  kpss::build_stakeholder_graph does. KPSS_ERR_PARSE / KPSS_ERR_VALIDATION name where. */
KPSS_API int kpss_graph_from_plan_json(kpss_graph** out, const char* json, size_t length);
/** Builds the graph of a plan handle (kpss_plan.h), as kpss::build_stakeholder_graph does.
 *  KPSS_ERR_VALIDATION names the JSON pointer of a reference to an unknown stakeholder. */
KPSS_API int kpss_graph_from_plan(kpss_graph** out, const kpss_plan* plan);
/** An empty graph, to be filled with kpss_graph_add_vertex and kpss_graph_add_edge. */
KPSS_API int kpss_graph_new(kpss_graph** out);
/** Frees a graph. NULL is allowed. */
KPSS_API void kpss_graph_free(kpss_graph* graph);

/** A vertex to add. Initialise with KPSS_VERTEX_SPEC_INIT. Strings may be NULL ("").
 *  needed_service_types: service type keys separated by commas (municipalities). */
typedef struct kpss_vertex_spec {
  uint32_t struct_size;
  int32_t kind; /* a kpss_vertex_kind */
  const char* id;
  const char* label;
  uint32_t roles; /* KPSS_ROLE_BIT_* (stakeholders only) */
  const char* service_type;
  const char* needed_service_types;
  const char* area;
} kpss_vertex_spec;
#define KPSS_VERTEX_SPEC_INIT {sizeof(kpss_vertex_spec), 0, 0, 0, 0u, 0, 0, 0}

/** Adds a vertex; *out_index receives its index. KPSS_ERR_CONFLICT when the kind and id
 *  exist already. */
KPSS_API int kpss_graph_add_vertex(size_t* out_index, kpss_graph* graph, const kpss_vertex_spec* spec);
/** Adds a tie of a kpss_edge_kind; *out_added is 0 when it existed (may be NULL).
 *  KPSS_ERR_INVALID_ARGUMENT when the kind does not fit the vertices. */
KPSS_API int kpss_graph_add_edge(int* out_added, kpss_graph* graph, size_t source, size_t target, int kind);
/** Index of the vertex of that kind and model id; KPSS_ERR_NOT_FOUND when absent. */
KPSS_API int kpss_graph_find(size_t* out_index, const kpss_graph* graph, int kind, const char* id);
KPSS_API int kpss_graph_counts(size_t* out_vertices, size_t* out_edges, const kpss_graph* graph);

/* ---- analyses as arrays of structs ---------------------------------------------------- */

/** Triad coverage of one group; the last element of the array is the whole plan. */
typedef struct kpss_triad_coverage {
  char* group;       /* group id; "" for the whole plan */
  int32_t group_kind; /* KPSS_VERTEX_WORKING_GROUP or _STEERING_GROUP; -1 for the plan */
  uint32_t members;
  uint32_t commissioners, providers, users, public_members;
  uint32_t missing; /* KPSS_ROLE_BIT_* of the triad and the public that no member holds */
} kpss_triad_coverage;
/** Triad coverage of every working group, the steering group and the whole plan.
 *  Free *out with kpss_triad_coverage_free(*out, *out_count). */
KPSS_API int kpss_graph_triad_coverage(kpss_triad_coverage** out, size_t* out_count, const kpss_graph* graph);
KPSS_API void kpss_triad_coverage_free(kpss_triad_coverage* array, size_t count);

/** A vertex with a score: brokers (betweenness) and provider equality (weight). */
typedef struct kpss_scored_vertex {
  char* id;
  int32_t kind;    /* a kpss_vertex_kind */
  uint32_t count;  /* provider equality: voting members; brokers: 0 */
  double score;    /* normalised betweenness, or the provider's weight */
} kpss_scored_vertex;
/** The k stakeholders of highest betweenness, highest first. */
KPSS_API int kpss_graph_brokers(kpss_scored_vertex** out, size_t* out_count, const kpss_graph* graph, size_t k);
/** The k stakeholders of highest betweenness estimated from `pivots` sources drawn with
 *  the seeded generator `seed` (Brandes & Pich): for big graphs, O(pivots·E) instead of
 *  O(V·E). With probability at least 1 − δ every estimate is within
 *  kpss_betweenness_error_bound(V, pivots, δ) of the exact value; pivots ≥ V is exact.
 *  The same graph, pivots and seed give the same result. KPSS_ERR_INVALID_ARGUMENT for 0
 *  pivots. */
KPSS_API int kpss_graph_brokers_sampled(kpss_scored_vertex** out, size_t* out_count, const kpss_graph* graph,
                                        size_t k, size_t pivots, uint64_t seed);
/** *out = V/(V−1)·√(ln(2V/δ)/(2·pivots)), the error bound of the sampled betweenness for
 *  `vertices` V ≥ 2, pivots ≥ 1 and 0 < delta < 1 (else KPSS_ERR_INVALID_ARGUMENT). */
KPSS_API int kpss_betweenness_error_bound(double* out, size_t vertices, size_t pivots, double delta);
/** Every provider with its voting members and weight under the roles-equal policy. */
KPSS_API int kpss_graph_provider_equality(kpss_scored_vertex** out, size_t* out_count, const kpss_graph* graph);
KPSS_API void kpss_scored_vertices_free(kpss_scored_vertex* array, size_t count);

/* ---- every analysis as JSON, and export ----------------------------------------------- */

typedef enum kpss_graph_analysis {
  KPSS_GRAPH_TRIAD_COVERAGE = 0,
  KPSS_GRAPH_PROVIDER_EQUALITY = 1,
  KPSS_GRAPH_INFORMATION_REACH = 2,
  KPSS_GRAPH_PERIPHERY = 3,
  KPSS_GRAPH_BROKERS = 4,
  KPSS_GRAPH_FRAGILITY = 5,
  KPSS_GRAPH_POOLING = 6,
  KPSS_GRAPH_ALL = 7
} kpss_graph_analysis;

/** One analysis (a kpss_graph_analysis) as JSON; top_k limits the brokers.
 *  Free *out with kpss_string_free. */
KPSS_API int kpss_graph_analysis_json(char** out, const kpss_graph* graph, int analysis, size_t top_k);

typedef enum kpss_graph_format { KPSS_GRAPH_GRAPHML = 0, KPSS_GRAPH_DOT = 1 } kpss_graph_format;
/** The graph as GraphML or Graphviz DOT (a kpss_graph_format). Free with kpss_string_free. */
KPSS_API int kpss_graph_export(char** out, const kpss_graph* graph, int format);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_GRAPH_H */
