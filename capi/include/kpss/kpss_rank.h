/*
 * kpss — the priority-ranking core through the C API (stanovení priorit).
 * Included by kpss/kpss.h; see docs/ranking.md. Enumerations travel as int32_t.
 *
 * Bulk entry points take whole arrays: ballots in (row-major matrices, CSR lists), rankings
 * out. Tallies serialise to bytes and merge, so processes can count shards in parallel.
 */
#ifndef KPSS_RANK_H
#define KPSS_RANK_H

#include "kpss/kpss.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Roles (role): commissioner = zadavatel, provider = poskytovatel, user = uživatel,
 * public = veřejnost, coordinator = zpracovatel. */
#define KPSS_ROLE_COMMISSIONER 0
#define KPSS_ROLE_PROVIDER 1
#define KPSS_ROLE_USER 2
#define KPSS_ROLE_PUBLIC 3
#define KPSS_ROLE_COORDINATOR 4
#define KPSS_ROLE_COUNT 5

/* Ballot kinds. */
#define KPSS_BALLOT_SCORE 0    /* values on a scale, missing answers allowed */
#define KPSS_BALLOT_POINTS 1   /* bodování: at most `cap` points per participant */
#define KPSS_BALLOT_RANKING 2  /* ranks with ties, complete or partial */
#define KPSS_BALLOT_APPROVAL 3 /* approved items */

/* A score / points value left unanswered. */
#define KPSS_MISSING INT32_MIN

/* Methods and their variants. */
#define KPSS_METHOD_SCORE 0
#define KPSS_METHOD_BORDA 1
#define KPSS_METHOD_SCHULZE 2
#define KPSS_METHOD_COPELAND 3
#define KPSS_METHOD_APPROVAL 4
#define KPSS_AGGREGATE_MEAN 0
#define KPSS_AGGREGATE_SUM 1
#define KPSS_STRENGTH_WINNING_VOTES 0
#define KPSS_STRENGTH_MARGINS 1
#define KPSS_UNRANKED_BOTTOM 0 /* unranked items tie below every ranked one (Debian) */
#define KPSS_UNRANKED_IGNORE 1 /* a ballot says nothing about pairs with an unranked item */

typedef struct kpss_ballots kpss_ballots;
typedef struct kpss_tally kpss_tally;
typedef struct kpss_ranking kpss_ranking;

/* ---- ballots ----------------------------------------------------------------------------- */

/** A new, empty ballot set of `kind` over `item_count` item ids. `scale_min`/`scale_max`:
 *  the score scale; for points ballots `scale_max` is the cap; ignored otherwise. */
KPSS_API int kpss_ballots_new(kpss_ballots** out, int32_t kind, const char* const* items,
                              size_t item_count, int32_t scale_min, int32_t scale_max);
/** Reads a ballot file by its extension (.csv as score ballots on 0..5 with the delimiter
 *  detected, .json kpss ballot format, .pb pabulib). */
KPSS_API int kpss_ballots_read(kpss_ballots** out, const char* path);
/** Reads the kpss JSON ballot format (docs/formats/ballots.md) from `length` bytes. */
KPSS_API int kpss_ballots_parse_json(kpss_ballots** out, const char* text, size_t length);
/** Reads CSV ballots of `kind` (scale as in kpss_ballots_new); `delimiter` 0 detects. */
KPSS_API int kpss_ballots_parse_csv(kpss_ballots** out, const char* text, size_t length,
                                    int32_t kind, int32_t scale_min, int32_t scale_max,
                                    char delimiter);
KPSS_API void kpss_ballots_free(kpss_ballots* ballots);
/** Writes the ballots in the JSON ballot format; free with kpss_string_free. */
KPSS_API int kpss_ballots_to_json(char** out, const kpss_ballots* ballots);
/** Number of participants (= ballots). */
KPSS_API int kpss_ballots_count(size_t* out, const kpss_ballots* ballots);
KPSS_API int kpss_ballots_item_count(size_t* out, const kpss_ballots* ballots);
/** Item `index`'s id; borrowed, valid while the ballot set lives. */
KPSS_API int kpss_ballots_item(const char** out, const kpss_ballots* ballots, size_t index);

/** `count` participants, as parallel arrays. `roles` holds KPSS_ROLE_*; `organisations`
 *  and `territories` may be NULL, and so may any of their entries (none). */
typedef struct kpss_participants {
  uint32_t struct_size;
  size_t count;
  const char* const* ids;
  const int32_t* roles;
  const char* const* organisations;
  const char* const* territories;
} kpss_participants;
#define KPSS_PARTICIPANTS_INIT {sizeof(kpss_participants), 0, 0, 0, 0, 0}

/** Adds score or points ballots: `values` is count × item_count, row-major, KPSS_MISSING for
 *  no answer. Ballots are added in order; on an error the earlier ones of the call stay and
 *  the message names the participant. A duplicate participant is KPSS_ERR_CONFLICT. */
KPSS_API int kpss_ballots_add_scores(kpss_ballots* ballots, const kpss_participants* who,
                                     const int32_t* values);
/** Adds ranking ballots: `ranks` is count × item_count, 1 = best, equal ranks tie, 0 = not
 *  ranked. */
KPSS_API int kpss_ballots_add_rankings(kpss_ballots* ballots, const kpss_participants* who,
                                       const uint32_t* ranks);
/** Adds approval ballots as CSR: participant i approves items[offsets[i] .. offsets[i+1]). */
KPSS_API int kpss_ballots_add_approvals(kpss_ballots* ballots, const kpss_participants* who,
                                        const uint64_t* offsets, const uint32_t* items);

/* ---- weighting policy ------------------------------------------------------------------- */

/** The weighting policy (see kpss::WeightingPolicy): role shares by KPSS_ROLE_*, whether to
 *  balance roles and organisations, or explicit per-participant weights (custom_count > 0). */
typedef struct kpss_weighting_policy {
  uint32_t struct_size;
  int32_t balance_roles;
  int32_t balance_organisations;
  double shares[KPSS_ROLE_COUNT];
  size_t custom_count;
  const char* const* custom_ids;
  const double* custom_weights;
} kpss_weighting_policy;
/* Users, providers, commissioners and the public equal; the coordinator 0. */
#define KPSS_POLICY_ROLES_EQUAL_INIT {sizeof(kpss_weighting_policy), 1, 1, {1, 1, 1, 1, 0}, 0, 0, 0}
/* Every participant 1. */
#define KPSS_POLICY_UNWEIGHTED_INIT {sizeof(kpss_weighting_policy), 0, 0, {1, 1, 1, 1, 0}, 0, 0, 0}

/** Every participant's effective weight in ballot order into `out` (room for `capacity`;
 *  KPSS_ERR_INVALID_ARGUMENT if smaller than the ballot count). `policy` NULL = roles equal. */
KPSS_API int kpss_ballots_weights(double* out, size_t capacity, const kpss_ballots* ballots,
                                  const kpss_weighting_policy* policy);

/* ---- tallies ------------------------------------------------------------------------------ */

typedef struct kpss_tally_options {
  uint32_t struct_size;
  int32_t per_participant;       /* one group per participant (custom weights) */
  int32_t pairwise;              /* pairwise statistics for score/points/approval ballots */
  int32_t has_support_threshold; /* use support_threshold instead of the default */
  int32_t support_threshold;
  size_t first; /* count ballots [first, last): one shard */
  size_t last;
} kpss_tally_options;
#define KPSS_TALLY_OPTIONS_INIT {sizeof(kpss_tally_options), 0, 0, 0, 0, 0, SIZE_MAX}

/** Counts ballots into a tally. `options` NULL = all ballots, no extra statistics. */
KPSS_API int kpss_tally_count(kpss_tally** out, const kpss_ballots* ballots,
                              const kpss_tally_options* options);
/** Adds `other` into `into` (exact: equals counting both shards at once). */
KPSS_API int kpss_tally_merge(kpss_tally* into, const kpss_tally* other);
/** The tally as bytes (*out_length of them); free *out with kpss_string_free. */
KPSS_API int kpss_tally_serialise(char** out, size_t* out_length, const kpss_tally* tally);
KPSS_API int kpss_tally_deserialise(kpss_tally** out, const void* bytes, size_t length);
/** Number of participants counted. */
KPSS_API int kpss_tally_participants(int64_t* out, const kpss_tally* tally);
KPSS_API void kpss_tally_free(kpss_tally* tally);

/* ---- ranking ------------------------------------------------------------------------------ */

typedef struct kpss_rank_options {
  uint32_t struct_size;
  int32_t method;             /* KPSS_METHOD_* */
  int32_t aggregate;          /* KPSS_AGGREGATE_* (score) */
  int32_t strength;           /* KPSS_STRENGTH_* (Schulze) */
  int32_t unranked;           /* KPSS_UNRANKED_* */
  double majority_threshold;  /* majority: support share > this */
  size_t support_top;         /* rankings: support = in the first N positions; 0 = half */
} kpss_rank_options;
#define KPSS_RANK_OPTIONS_INIT {sizeof(kpss_rank_options), 0, 0, 0, 0, 0.5, 0}

/** Ranks a tally; `policy` / `options` NULL = roles equal / defaults. */
KPSS_API int kpss_rank_tally(kpss_ranking** out, const kpss_tally* tally,
                             const kpss_weighting_policy* policy, const kpss_rank_options* options);
/** Counts the statistics the method needs and ranks. */
KPSS_API int kpss_rank_ballots(kpss_ranking** out, const kpss_ballots* ballots,
                               const kpss_weighting_policy* policy,
                               const kpss_rank_options* options);
KPSS_API void kpss_ranking_free(kpss_ranking* ranking);
KPSS_API int kpss_ranking_item_count(size_t* out, const kpss_ranking* ranking);
/** Item `index`'s id; borrowed, valid while the ranking lives. */
KPSS_API int kpss_ranking_item(const char** out, const kpss_ranking* ranking, size_t index);
/** Per-item results into arrays of `n` = item count (any may be NULL): score, support share,
 *  majority (0/1), tie group (0 = best), rank (1 + items strictly above); and `order`, the
 *  item indices best first (ties in item order). */
KPSS_API int kpss_ranking_results(double* score, double* support, int32_t* majority,
                                  uint32_t* group, uint32_t* rank, uint32_t* order,
                                  const kpss_ranking* ranking, size_t n);
/** One role's results (arrays of n, any may be NULL) and its total weight.
 *  KPSS_ERR_NOT_FOUND when no participant has the role. */
KPSS_API int kpss_ranking_role_results(double* score, double* support, int32_t* majority,
                                       double* weight, const kpss_ranking* ranking, int32_t role,
                                       size_t n);
/** The weighted pairwise matrix (n × n, row-major: [a*n+b] = weight preferring a to b), or with
 *  `paths` != 0 Schulze's strongest paths. KPSS_ERR_NOT_FOUND for methods without them. */
KPSS_API int kpss_ranking_pairwise(double* out, const kpss_ranking* ranking, size_t n, int32_t paths);
/** Why item a is where it is relative to b, as text; free with kpss_string_free. */
KPSS_API int kpss_ranking_explain(char** out, const kpss_ranking* ranking, size_t a, size_t b);
/** The whole ranking as JSON (as `kpss rank --json`); free with kpss_string_free. */
KPSS_API int kpss_ranking_to_json(char** out, const kpss_ranking* ranking);

/* ---- multi-criteria scoring (vícekriteriální hodnocení) ----------------------------------- */

#define KPSS_MCDA_WEIGHTED_SUM 0
#define KPSS_MCDA_TOPSIS 1
#define KPSS_NORMALISE_MIN_MAX 0 /* (x - min) / (max - min); costs reflected */
#define KPSS_NORMALISE_VECTOR 1  /* x / ||x||; costs 1 - x / ||x|| */

typedef struct kpss_mcda kpss_mcda;

/** An items × criteria matrix. `items` may be NULL in kpss_mcda_combine (the ranking's
 *  items); `benefit` per criterion: 1 larger is better, 0 a cost; NULL = all benefit.
 *  `values` row-major: item i's value on criterion j at [i * criterion_count + j]. */
typedef struct kpss_criteria {
  uint32_t struct_size;
  size_t item_count;
  const char* const* items;
  size_t criterion_count;
  const char* const* names;
  const int32_t* benefit;
  const double* values;
} kpss_criteria;
#define KPSS_CRITERIA_INIT {sizeof(kpss_criteria), 0, 0, 0, 0, 0, 0}

typedef struct kpss_mcda_options {
  uint32_t struct_size;
  int32_t method;        /* KPSS_MCDA_* */
  int32_t normalisation; /* KPSS_NORMALISE_* */
} kpss_mcda_options;
#define KPSS_MCDA_OPTIONS_INIT {sizeof(kpss_mcda_options), 0, 0}

/** AHP: criterion weights (n of them, summing to 1) from the n × n pairwise-comparison
 *  matrix (row-major, positive, reciprocal, 1 on the diagonal; n ≤ 15) by the principal
 *  eigenvector, with λmax, the consistency index and ratio (any output may be NULL). A
 *  consistency ratio above 0.1 is not an error: check it (Saaty's limit). */
KPSS_API int kpss_ahp_weights(double* weights, double* lambda_max, double* consistency_index,
                              double* consistency_ratio, const double* matrix, size_t n);
/** Ranks the items by the criteria: with `weights` (criterion_count non-negative numbers)
 *  or, when `weights` is NULL, with AHP weights from `ahp_matrix` (criterion_count²). */
KPSS_API int kpss_mcda_rank(kpss_mcda** out, const kpss_criteria* criteria, const double* weights,
                            const double* ahp_matrix, const kpss_mcda_options* options);
/** The combined score: criterion "support" (each item's weighted support share in
 *  `support`) followed by the `evidence` criteria (one row per ranking item, in its order).
 *  `weights` / `ahp_matrix` cover 1 + evidence->criterion_count criteria, support first. */
KPSS_API int kpss_mcda_combine(kpss_mcda** out, const kpss_ranking* support, const kpss_criteria* evidence,
                               const double* weights, const double* ahp_matrix,
                               const kpss_mcda_options* options);
KPSS_API void kpss_mcda_free(kpss_mcda* mcda);
/** Per-item results into arrays of `n` = item count (any may be NULL): score, tie group
 *  (0 = best), rank (1 + items strictly above), and `order` (item indices best first). */
KPSS_API int kpss_mcda_results(double* score, uint32_t* group, uint32_t* rank, uint32_t* order,
                               const kpss_mcda* mcda, size_t n);
/** The criterion weights used (summing to 1) into an array of `n` = criterion count. */
KPSS_API int kpss_mcda_weights(double* out, const kpss_mcda* mcda, size_t n);
/** The whole result as JSON (items, criteria with weights, ranking, scores, normalised
 *  values, diagnostics such as the AHP consistency warning R301); free with kpss_string_free. */
KPSS_API int kpss_mcda_to_json(char** out, const kpss_mcda* mcda);

/* ---- stability and sensitivity (stabilita a citlivost pořadí) ---------------------------- */

typedef struct kpss_bootstrap_options {
  uint32_t struct_size;
  size_t replicates; /* resamples of the participants */
  uint64_t seed;     /* the result is the same for a seed whatever the thread count */
  size_t threads;    /* 0 = all cores */
  size_t top_k;      /* for the probability of being in the top k */
} kpss_bootstrap_options;
#define KPSS_BOOTSTRAP_OPTIONS_INIT {sizeof(kpss_bootstrap_options), 1000, 1, 0, 3}

/** Bootstrap over participants, resampled within their role × organisation groups: per item
 *  (arrays of `n` = item count, any may be NULL) the median rank, the 5 % and 95 % rank
 *  quantiles and the share of replicates with rank ≤ top_k. `policy` / `options` / `bootstrap`
 *  NULL = defaults. */
KPSS_API int kpss_rank_bootstrap(double* median_rank, uint32_t* rank_p05, uint32_t* rank_p95, double* p_top_k,
                                 const kpss_ballots* ballots, const kpss_weighting_policy* policy,
                                 const kpss_rank_options* options, const kpss_bootstrap_options* bootstrap,
                                 size_t n);

typedef struct kpss_sensitivity_options {
  uint32_t struct_size;
  size_t top_k;      /* the top k whose change is sought (items ranked <= k) */
  size_t scan_steps; /* coarse steps per direction before bisection */
  double precision;  /* bisection stops at this bracket (L1 distance) */
} kpss_sensitivity_options;
#define KPSS_SENSITIVITY_OPTIONS_INIT {sizeof(kpss_sensitivity_options), 3, 64, 1e-9}

/** The smallest change of role shares found that changes the top k (see
 *  kpss::share_sensitivity). Shares are normalised over the roles present (present[r] = 1);
 *  `distance` is the L1 distance sum_r |changed_shares[r] - shares[r]|. */
typedef struct kpss_sensitivity {
  uint32_t struct_size;
  int32_t found; /* 0: no shares change the top k */
  double distance;
  int32_t present[KPSS_ROLE_COUNT];
  double shares[KPSS_ROLE_COUNT];
  double changed_shares[KPSS_ROLE_COUNT];
} kpss_sensitivity;
#define KPSS_SENSITIVITY_INIT {sizeof(kpss_sensitivity), 0, 0, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}, {0, 0, 0, 0, 0}}

/** Searches role shares (the policy must balance roles) for the smallest change that changes
 *  the top k of the ranking of `tally`. `in_top` / `in_changed_top` (arrays of `n` = item
 *  count, may be NULL) receive 1 for the items in the top k now / after the change. */
KPSS_API int kpss_rank_sensitivity(kpss_sensitivity* out, int32_t* in_top, int32_t* in_changed_top,
                                   const kpss_tally* tally, const kpss_weighting_policy* policy,
                                   const kpss_rank_options* options, const kpss_sensitivity_options* sensitivity,
                                   size_t n);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_RANK_H */
