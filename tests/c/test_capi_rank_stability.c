/* Stability and sensitivity through the C API: the bootstrap is the same for a seed whatever
 * the thread count; the share threshold of a constructed case is found. */
#include <math.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

/* Items a, b scored 0–5: three users give a 5 and b 0, three providers (one organisation)
 * a 0 and b 4. Weighted means a = 5·p_user, b = 4·p_provider: a leads at equal shares and
 * loses it at p_user = 4/9, an L1 change of 1/9. */
static kpss_ballots* constructed(void) {
  static const char* items[2] = {"a", "b"};
  static const char* ids[6] = {"u0", "u1", "u2", "p0", "p1", "p2"};
  static const int32_t roles[6] = {KPSS_ROLE_USER, KPSS_ROLE_USER, KPSS_ROLE_USER,
                                   KPSS_ROLE_PROVIDER, KPSS_ROLE_PROVIDER, KPSS_ROLE_PROVIDER};
  static const char* orgs[6] = {NULL, NULL, NULL, "Org", "Org", "Org"};
  static const int32_t values[12] = {5, 0, 5, 0, 5, 0, 0, 4, 0, 4, 0, 4};
  kpss_participants who = KPSS_PARTICIPANTS_INIT;
  kpss_ballots* b = NULL;
  who.count = 6;
  who.ids = ids;
  who.roles = roles;
  who.organisations = orgs;
  if (kpss_ballots_new(&b, KPSS_BALLOT_SCORE, items, 2, 0, 5) != KPSS_OK) return NULL;
  if (kpss_ballots_add_scores(b, &who, values) != KPSS_OK) {
    kpss_ballots_free(b);
    return NULL;
  }
  return b;
}

/* 60 participants in three roles ranking five items in rotated orders. */
static kpss_ballots* mixed(void) {
  static const char* items[5] = {"A", "B", "C", "D", "E"};
  int32_t roles[60];
  uint32_t ranks[60 * 5];
  size_t v, k;
  for (v = 0; v < 60; ++v) {
    roles[v] = (int32_t)(v % 3);
    for (k = 0; k < 5; ++k) ranks[v * 5 + k] = (uint32_t)((k + v % 4 + (v % 7 == 0 ? 2 : 0)) % 5 + 1);
  }
  return kpss_ctest_rankings(items, 5, 60, roles, ranks);
}

int main(void) {
  kpss_ballots* b = constructed();
  kpss_ballots* m = mixed();
  kpss_tally* t = NULL;
  kpss_sensitivity s = KPSS_SENSITIVITY_INIT;
  kpss_sensitivity_options so = KPSS_SENSITIVITY_OPTIONS_INIT;
  kpss_bootstrap_options bo = KPSS_BOOTSTRAP_OPTIONS_INIT;
  kpss_rank_options borda = KPSS_RANK_OPTIONS_INIT;
  kpss_weighting_policy plain = KPSS_POLICY_UNWEIGHTED_INIT;
  int32_t now[2], changed[2];
  double median1[5], median2[5], top1[5], top2[5];
  uint32_t lo1[5], lo2[5], hi1[5], hi2[5];

  CHECK(b != NULL && m != NULL);
  if (b == NULL || m == NULL) return kpss_ctest_finish("test_capi_rank_stability");

  CHECK(kpss_tally_count(&t, b, NULL) == KPSS_OK);
  so.top_k = 1;
  CHECK(kpss_rank_sensitivity(&s, now, changed, t, NULL, NULL, &so, 2) == KPSS_OK);
  CHECK(s.found == 1 && fabs(s.distance - 1.0 / 9) < 1e-8);
  CHECK(s.present[KPSS_ROLE_USER] == 1 && s.present[KPSS_ROLE_COMMISSIONER] == 0);
  CHECK(s.shares[KPSS_ROLE_USER] == 0.5 && fabs(s.changed_shares[KPSS_ROLE_USER] - 4.0 / 9) < 1e-8);
  CHECK(now[0] == 1 && now[1] == 0 && changed[1] == 1);
  CHECK(kpss_rank_sensitivity(&s, NULL, NULL, t, &plain, NULL, &so, 2) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_rank_sensitivity(&s, NULL, NULL, t, NULL, NULL, &so, 3) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_tally_free(t);

  /* The same seed gives the same distribution on one thread and on three. */
  borda.method = KPSS_METHOD_BORDA;
  bo.replicates = 200;
  bo.seed = 42;
  bo.threads = 1;
  bo.top_k = 2;
  CHECK(kpss_rank_bootstrap(median1, lo1, hi1, top1, m, NULL, &borda, &bo, 5) == KPSS_OK);
  bo.threads = 3;
  CHECK(kpss_rank_bootstrap(median2, lo2, hi2, top2, m, NULL, &borda, &bo, 5) == KPSS_OK);
  CHECK(memcmp(median1, median2, sizeof median1) == 0 && memcmp(lo1, lo2, sizeof lo1) == 0 &&
        memcmp(hi1, hi2, sizeof hi1) == 0 && memcmp(top1, top2, sizeof top1) == 0);
  CHECK(lo1[0] <= median1[0] && median1[0] <= hi1[0] && top1[0] >= 0 && top1[0] <= 1);
  bo.seed = 43;
  CHECK(kpss_rank_bootstrap(median2, lo2, hi2, top2, m, NULL, &borda, &bo, 5) == KPSS_OK);
  CHECK(memcmp(top1, top2, sizeof top1) != 0);
  bo.replicates = 0;
  CHECK(kpss_rank_bootstrap(median2, NULL, NULL, NULL, m, NULL, &borda, &bo, 5) == KPSS_ERR_INVALID_ARGUMENT);
  bo.replicates = 10;
  CHECK(kpss_rank_bootstrap(median2, NULL, NULL, NULL, m, NULL, &borda, &bo, 4) == KPSS_ERR_INVALID_ARGUMENT);

  kpss_ballots_free(b);
  kpss_ballots_free(m);
  return kpss_ctest_finish("test_capi_rank_stability");
}
