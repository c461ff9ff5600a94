/* Every example of tests/data/ranking/canonical.json through the C API, with the same checks
 * as the C++ test (tests/rank/test_canonical.cpp). The ballots and expected values are those
 * of canonical.json, written as C arrays: orders are strings of item indices, best first. */
#include <stdio.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static kpss_ranking* run(const kpss_ballots* b, int32_t method, size_t support_top) {
  kpss_rank_options o = KPSS_RANK_OPTIONS_INIT;
  kpss_weighting_policy plain = KPSS_POLICY_UNWEIGHTED_INIT;
  kpss_ranking* r = NULL;
  o.method = method;
  o.support_top = support_top;
  CHECK(kpss_rank_ballots(&r, b, &plain, &o) == KPSS_OK);
  return r;
}

/* The ranking's order equals `expected` (item indices as digits) with one item per tie group. */
static int strict_order(const kpss_ranking* r, const char* expected) {
  uint32_t order[8], group[8];
  size_t i, m = strlen(expected);
  if (kpss_ranking_results(NULL, NULL, NULL, group, NULL, order, r, m) != KPSS_OK) return 0;
  for (i = 0; i < m; ++i)
    if (order[i] != (uint32_t)(expected[i] - '0') || group[order[i]] != i) return 0;
  return 1;
}

static int scores_are(const kpss_ranking* r, const double* expected, size_t m) {
  double score[8];
  return kpss_ranking_results(score, NULL, NULL, NULL, NULL, NULL, r, m) == KPSS_OK &&
         memcmp(score, expected, m * sizeof(double)) == 0;
}

static int first_is(const kpss_ranking* r, uint32_t item, size_t m) {
  uint32_t order[8], rank[8];
  return kpss_ranking_results(NULL, NULL, NULL, NULL, rank, order, r, m) == KPSS_OK && order[0] == item &&
         rank[item] == 1 && (m < 2 || rank[order[1]] == 2);
}

/* b's Borda scores are `expected` and item `winner` alone ranks first. */
static int borda_wins(const kpss_ballots* b, const double* expected, size_t m, uint32_t winner) {
  kpss_ranking* r = run(b, KPSS_METHOD_BORDA, 0);
  const int ok = scores_are(r, expected, m) && first_is(r, winner, m);
  kpss_ranking_free(r);
  return ok;
}

/* b's Schulze order is `expected` (see strict_order). */
static int schulze_orders(const kpss_ballots* b, const char* expected) {
  kpss_ranking* r = run(b, KPSS_METHOD_SCHULZE, 0);
  const int ok = strict_order(r, expected);
  kpss_ranking_free(r);
  return ok;
}

/* b's first-preference vote (approval of each ballot's top item): item `winner` alone ranks
 * first with that share of the support and that majority flag. */
static int plurality_wins(const kpss_ballots* b, size_t m, uint32_t winner, double support, int32_t majority) {
  double shares[8];
  int32_t majorities[8];
  kpss_ranking* r = run(b, KPSS_METHOD_APPROVAL, 1);
  const int ok = first_is(r, winner, m) &&
                 kpss_ranking_results(NULL, shares, majorities, NULL, NULL, NULL, r, m) == KPSS_OK &&
                 shares[winner] == support && majorities[winner] == majority;
  kpss_ranking_free(r);
  return ok;
}

static void wikipedia_schulze_45(void) {
  static const char* items[5] = {"A", "B", "C", "D", "E"};
  static const int counts[8] = {5, 5, 8, 3, 7, 2, 7, 8};
  static const char* orders[8] = {"02143", "03421", "14302", "20143", "20413", "21034", "32410", "41032"};
  static const double d[25] = {0, 20, 26, 30, 22, 25, 0, 16, 33, 18, 19, 29, 0, 17, 24,
                               15, 12, 28, 0, 14, 23, 27, 21, 31, 0};
  static const double p[25] = {0, 28, 28, 30, 24, 25, 0, 28, 33, 24, 25, 29, 0, 29, 24,
                               25, 28, 28, 0, 24, 25, 28, 28, 31, 0};
  double got[25], copeland[5];
  size_t i;
  kpss_ballots* b = kpss_ctest_ranked(items, 5, counts, orders, 8);
  kpss_ranking* r;
  CHECK(b != NULL);
  if (b == NULL) return;
  r = run(b, KPSS_METHOD_SCHULZE, 0);
  CHECK(kpss_ranking_pairwise(got, r, 5, 0) == KPSS_OK && memcmp(got, d, sizeof d) == 0);
  CHECK(kpss_ranking_pairwise(got, r, 5, 1) == KPSS_OK && memcmp(got, p, sizeof p) == 0);
  CHECK(strict_order(r, "40213")); /* E > A > C > B > D, winner E */
  kpss_ranking_free(r);
  r = run(b, KPSS_METHOD_COPELAND, 0); /* no Condorcet winner: nobody wins all 4 contests */
  CHECK(kpss_ranking_results(copeland, NULL, NULL, NULL, NULL, NULL, r, 5) == KPSS_OK);
  for (i = 0; i < 5; ++i) CHECK(copeland[i] < 4.0);
  kpss_ranking_free(r);
  kpss_ballots_free(b);
}

static void tennessee_capital_100(void) {
  static const char* items[4] = {"Memphis", "Nashville", "Chattanooga", "Knoxville"};
  static const int counts[4] = {42, 26, 15, 17};
  static const char* orders[4] = {"0123", "1230", "2310", "3210"};
  static const double borda[4] = {126, 194, 173, 107};
  static const double copeland[4] = {0, 3, 2, 1};
  kpss_ballots* b = kpss_ctest_ranked(items, 4, counts, orders, 4);
  kpss_ranking* r;
  CHECK(b != NULL);
  if (b == NULL) return;
  CHECK(borda_wins(b, borda, 4, 1)); /* Borda winner Nashville */
  r = run(b, KPSS_METHOD_COPELAND, 0);
  CHECK(scores_are(r, copeland, 4)); /* Condorcet winner Nashville: 3 wins */
  kpss_ranking_free(r);
  CHECK(schulze_orders(b, "1230"));
  CHECK(plurality_wins(b, 4, 0, 0.42, 0)); /* plurality winner Memphis; 42 % is no majority */
  kpss_ballots_free(b);
}

static void condorcet_paradox_3(void) {
  static const char* items[3] = {"A", "B", "C"};
  static const int counts[3] = {1, 1, 1};
  static const char* orders[3] = {"012", "120", "201"};
  static const double borda[3] = {3, 3, 3};
  uint32_t group[3];
  char* text = NULL;
  kpss_ballots* b = kpss_ctest_ranked(items, 3, counts, orders, 3);
  kpss_ranking* r;
  CHECK(b != NULL);
  if (b == NULL) return;
  r = run(b, KPSS_METHOD_SCHULZE, 0); /* Schulze winners A, B, C: one tie group */
  CHECK(kpss_ranking_results(NULL, NULL, NULL, group, NULL, NULL, r, 3) == KPSS_OK);
  CHECK(group[0] == 0 && group[1] == 0 && group[2] == 0);
  CHECK(kpss_ranking_explain(&text, r, 0, 1) == KPSS_OK && strstr(text, "A ties with B") != NULL);
  kpss_string_free(text);
  kpss_ranking_free(r);
  r = run(b, KPSS_METHOD_COPELAND, 0);
  CHECK(kpss_ranking_results(NULL, NULL, NULL, group, NULL, NULL, r, 3) == KPSS_OK);
  CHECK(group[0] == 0 && group[1] == 0 && group[2] == 0);
  kpss_ranking_free(r);
  r = run(b, KPSS_METHOD_BORDA, 0);
  CHECK(scores_are(r, borda, 3));
  kpss_ranking_free(r);
  kpss_ballots_free(b);
}

static void borda_vs_condorcet_5(void) {
  static const char* items[3] = {"A", "B", "C"};
  static const int counts[2] = {3, 2};
  static const char* orders[2] = {"012", "120"};
  static const double borda[3] = {6, 7, 2};
  kpss_ballots* b = kpss_ctest_ranked(items, 3, counts, orders, 2);
  CHECK(b != NULL);
  if (b == NULL) return;
  CHECK(borda_wins(b, borda, 3, 1));      /* Borda winner B */
  CHECK(schulze_orders(b, "012"));        /* Schulze winner A; the Kemeny ranking A > B > C */
  CHECK(plurality_wins(b, 3, 0, 0.6, 1)); /* majority first choice A (3 of 5) */
  kpss_ballots_free(b);
}

/* The equalshares.net examples: approval vote counts (their selections belong to kpss_select). */
static void equalshares(const char* last_ballot, const double* counts) {
  static const char* items[5] = {"bike_path", "outdoor_gym", "new_park", "new_playground", "library_for_kids"};
  const char* ballots[11] = {"01", "012", "01", "012", "012", "01", "234", "3", "34", "234", last_ballot};
  static char id_text[11][8];
  const char* ids[11];
  int32_t roles[11];
  uint64_t offsets[12];
  uint32_t approved[40];
  kpss_participants who = KPSS_PARTICIPANTS_INIT;
  kpss_ballots* b = NULL;
  kpss_ranking* r;
  size_t v, k, n = 0;
  offsets[0] = 0;
  for (v = 0; v < 11; ++v) {
    sprintf(id_text[v], "v%u", (unsigned)v);
    ids[v] = id_text[v];
    roles[v] = KPSS_ROLE_USER;
    for (k = 0; ballots[v][k] != '\0'; ++k) approved[n++] = (uint32_t)(ballots[v][k] - '0');
    offsets[v + 1] = n;
  }
  who.count = 11;
  who.ids = ids;
  who.roles = roles;
  CHECK(kpss_ballots_new(&b, KPSS_BALLOT_APPROVAL, items, 5, 0, 0) == KPSS_OK);
  CHECK(kpss_ballots_add_approvals(b, &who, offsets, approved) == KPSS_OK);
  r = run(b, KPSS_METHOD_APPROVAL, 0);
  CHECK(scores_are(r, counts, 5));
  kpss_ranking_free(r);
  kpss_ballots_free(b);
}

int main(void) {
  static const double example_1[5] = {7, 6, 5, 4, 3}; /* "vote_counts" */
  static const double example_2[5] = {6, 7, 5, 4, 3}; /* counted from its ballots */
  wikipedia_schulze_45();
  tennessee_capital_100();
  condorcet_paradox_3();
  borda_vs_condorcet_5();
  equalshares("0", example_1);
  equalshares("1", example_2);
  return kpss_ctest_finish("test_capi_rank_canonical");
}
