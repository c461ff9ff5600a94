/* kpss_select.h — choosing what to fund (výběr k financování): greedy, exact knapsack, the
 * Method of Equal Shares with add-one completion, sequential Phragmén. Included by kpss.h. */
#ifndef KPSS_SELECT_H
#define KPSS_SELECT_H

#include "kpss/kpss.h"
#include "kpss/kpss_plan.h"
#include "kpss/kpss_rank.h"

#ifdef __cplusplus
extern "C" {
#endif

/* An election: budget pots, candidates with costs (split across pots by shares), ballots. */
typedef struct kpss_election kpss_election;

/* Reads a pabulib .pb file: one pot with META budget, projects in file order, votes with
 * their points (cumulative/scoring) or as approvals. */
KPSS_API int kpss_election_from_pabulib(kpss_election** out, const char* path);
/* An empty election with `num_pots` pots holding `budgets` (one currency). */
KPSS_API int kpss_election_new(kpss_election** out, const kpss_money* budgets, size_t num_pots);
/* Adds a candidate; `shares` is NULL (pot 0 pays all) or `num_pots` non-negative ratios. */
KPSS_API int kpss_election_add_candidate(kpss_election* election, const char* id, const kpss_money* cost,
                                         const int64_t* shares);
/* Adds `num_ballots` ballots in compressed rows: ballot b lists candidate indices
 * candidates[offsets[b] .. offsets[b+1]) with scores parallel (NULL: all 1). */
KPSS_API int kpss_election_add_ballots(kpss_election* election, const size_t* offsets, size_t num_ballots,
                                       const uint32_t* candidates, const int64_t* scores);
KPSS_API int kpss_election_counts(size_t* out_candidates, size_t* out_ballots, const kpss_election* election);
KPSS_API int kpss_election_candidate_id(char** out, const kpss_election* election, size_t index);
KPSS_API void kpss_election_free(kpss_election* election);

typedef enum kpss_select_rule {
  KPSS_RULE_GREEDY = 0,       /* utilitarian greedy (pabutools greedy_utilitarian_welfare) */
  KPSS_RULE_EQUAL_SHARES = 1, /* Method of Equal Shares (metoda rovných podílů) */
  KPSS_RULE_PHRAGMEN = 2,     /* sequential Phragmén */
  KPSS_RULE_KNAPSACK = 3      /* exact maximal total satisfaction */
} kpss_select_rule;

typedef enum kpss_satisfaction {
  KPSS_SAT_COST = 0,        /* pabutools Cost_Sat */
  KPSS_SAT_CARDINALITY = 1, /* Cardinality_Sat */
  KPSS_SAT_CARDINAL = 2     /* Additive_Cardinal_Sat (points) */
} kpss_satisfaction;

typedef enum kpss_tie_break {
  KPSS_TIE_LEXICOGRAPHIC = 0, /* smaller id, as pabutools */
  KPSS_TIE_CHECKER = 1        /* lower cost, more supporters, smaller id */
} kpss_tie_break;

typedef enum kpss_add1 {
  KPSS_ADD1_NONE = 0,
  KPSS_ADD1_EXHAUSTIVE = 1, /* stop at the first exhaustive outcome (pabutools) */
  KPSS_ADD1_INFEASIBLE = 2  /* raise until over budget, keep the last feasible (checker) */
} kpss_add1;

typedef struct kpss_select_options {
  uint32_t struct_size;
  int32_t rule;                   /* kpss_select_rule */
  int32_t satisfaction;           /* kpss_satisfaction */
  int32_t tie;                    /* kpss_tie_break */
  int32_t add1;                   /* kpss_add1 (equal shares) */
  int32_t start_from_whole_units; /* add-one from the share rounded down (checker) */
  int32_t comparison;             /* equal shares: compare with greedy afterwards */
  int32_t then_greedy;            /* equal shares: -1, or a kpss_satisfaction to complete with */
  int64_t increment_minor_units;  /* add-one raise per participant; 0: one major unit */
  int64_t max_nodes;              /* knapsack branch-and-bound node limit; 0: default */
} kpss_select_options;
#define KPSS_SELECT_OPTIONS_INIT {sizeof(kpss_select_options), 0, 0, 0, 0, 0, 0, -1, 0, 0}

typedef enum kpss_rejection {
  KPSS_REJECTED_NO_SUPPORT = 0,
  KPSS_REJECTED_UNAFFORDABLE = 1,
  KPSS_REJECTED_NOT_ENOUGH_SUPPORT = 2,
  KPSS_REJECTED_STOPPED = 3,
  KPSS_REJECTED_NOT_IN_OPTIMUM = 4
} kpss_rejection;

typedef struct kpss_select_result kpss_select_result;

typedef struct kpss_select_info {
  uint32_t struct_size;
  size_t num_funded;
  size_t num_rejected;
  size_t num_pots;
  size_t num_groups;       /* equal shares: participant groups reported */
  kpss_money total_cost;
  int64_t add1_steps;
  int64_t runs;
  int32_t proven_optimal;
  int32_t comparison_chose_greedy;
} kpss_select_info;
#define KPSS_SELECT_INFO_INIT {sizeof(kpss_select_info), 0, 0, 0, 0, {0, {0}}, 0, 0, 0, 0}

/* Runs a rule. `weights` (participant weights, the endowment is budget × weight / Σ) and
 * `groups` (group labels) are NULL or `num_ballots` long (equal shares; weights also for
 * greedy, knapsack and Phragmén, where a supporter's share of a load is proportional to
 * their weight). */
KPSS_API int kpss_select_run(kpss_select_result** out, const kpss_election* election,
                             const kpss_select_options* options, const int64_t* weights,
                             const uint32_t* groups, size_t num_ballots);
KPSS_API int kpss_select_result_info(kpss_select_info* out, const kpss_select_result* result);
/* The funded candidates' indices in selection order into `out` (capacity num_funded). */
KPSS_API int kpss_select_result_funded(size_t* out, size_t capacity, const kpss_select_result* result);
/* Rejected candidates and their kpss_rejection, in candidate order. */
KPSS_API int kpss_select_result_rejected(size_t* out_candidates, int32_t* out_reasons, size_t capacity,
                                         const kpss_select_result* result);
/* Funded candidate `i`'s cost per pot (num_pots) and, for equal shares, payment per group. */
KPSS_API int kpss_select_result_cost_per_pot(kpss_money* out, size_t capacity, const kpss_select_result* result,
                                             size_t i);
KPSS_API int kpss_select_result_paid_by_group(kpss_money* out, size_t capacity, const kpss_select_result* result,
                                              size_t i);
/* Money left per pot (num_pots); each group's endowment and what it paid (num_groups). */
KPSS_API int kpss_select_result_left(kpss_money* out, size_t capacity, const kpss_select_result* result);
KPSS_API int kpss_select_result_groups(kpss_money* out_endowment, kpss_money* out_paid, size_t capacity,
                                       const kpss_select_result* result);
KPSS_API const char* kpss_rejection_name(int reason);
KPSS_API void kpss_select_result_free(kpss_select_result* result);

/* ---- selection over a plan's ballots -------------------------------------------------------- */

/* An election on `ballots` (kpss_rank.h) whose items are measures of `plan`: one candidate per
 * item at the measure's cost, funded from one pot of `budget`. Score and points ballots list
 * the items with a positive value (the value is the score), approval ballots the approved
 * ones, ranking ballots the ranked ones (the best of n scored n). KPSS_ERR_NOT_FOUND for an
 * item that is no measure of the plan, KPSS_ERR_INVALID_ARGUMENT for a measure without cost. */
KPSS_API int kpss_election_from_plan_ballots(kpss_election** out, const kpss_plan* plan,
                                             const kpss_ballots* ballots, const kpss_money* budget);
/* The weighting policy's participant weights as the integers kpss_select_run takes (adding
 * up to 10^9; roles the policy weighs equally get exactly equal totals) and each
 * participant's role (KPSS_ROLE_*) as their payment group, both in ballot order, into
 * arrays with room for `capacity` (at least the ballot count; either may be NULL).
 * `policy` NULL = roles equal. Pass both to kpss_select_run so that under equal shares each
 * role controls its share of the budget and kpss_select_result_groups reports it. */
KPSS_API int kpss_select_policy_weights(int64_t* out_weights, uint32_t* out_groups, size_t capacity,
                                        const kpss_ballots* ballots, const kpss_weighting_policy* policy);

#ifdef __cplusplus
}
#endif

#endif /* KPSS_SELECT_H */
