/* Multi-criteria scoring through the C API: Saaty's AHP example, the TOPSIS mobile-phone
 * example, the combined score of support and evidence, errors as status codes. */
#include <math.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static int near(double x, double y, double tolerance) { return fabs(x - y) <= tolerance; }

int main(void) {
  const double saaty[9] = {1, 3, 5, 1.0 / 3, 1, 3, 1.0 / 5, 1.0 / 3, 1};
  const double circle[9] = {1, 9, 1.0 / 9, 1.0 / 9, 1, 9, 9, 1.0 / 9, 1};
  const double broken[4] = {1, 3, 0.5, 1};
  double w[3], lambda = 0, ci = 0, cr = 0, score[5], used[4];
  uint32_t order[5], rank[5];
  static const char* phones[5] = {"P1", "P2", "P3", "P4", "P5"};
  static const char* names[4] = {"price", "storage", "camera", "looks"};
  static const int32_t benefit[4] = {0, 1, 1, 1};
  static const double values[20] = {250, 16, 12, 5, 200, 16, 8, 3, 300, 32, 16, 4, 275, 32, 8, 4, 225, 16, 16, 2};
  static const double equal[4] = {1, 1, 1, 1};
  static const double expected[5] = {0.534277, 0.308368, 0.691632, 0.534737, 0.401046};
  kpss_criteria c = KPSS_CRITERIA_INIT;
  kpss_mcda_options o = KPSS_MCDA_OPTIONS_INIT;
  kpss_mcda* m = NULL;
  char* text = NULL;
  size_t i;

  CHECK(kpss_ahp_weights(w, &lambda, &ci, &cr, saaty, 3) == KPSS_OK);
  CHECK(near(w[0], 0.6370, 5e-4) && near(w[1], 0.2583, 5e-4) && near(w[2], 0.1047, 5e-4));
  CHECK(near(lambda, 3.0385, 5e-4) && near(ci, 0.0193, 5e-4) && near(cr, 0.0332, 5e-4));
  CHECK(kpss_ahp_weights(w, NULL, NULL, &cr, circle, 3) == KPSS_OK && cr > 0.1);
  CHECK(kpss_ahp_weights(w, NULL, NULL, NULL, broken, 2) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strstr(kpss_last_error_message(), "row 1, column 2") != NULL);
  CHECK(kpss_ahp_weights(w, NULL, NULL, NULL, saaty, 0) == KPSS_ERR_INVALID_ARGUMENT);

  c.item_count = 5;
  c.items = phones;
  c.criterion_count = 4;
  c.names = names;
  c.benefit = benefit;
  c.values = values;
  o.method = KPSS_MCDA_TOPSIS;
  o.normalisation = KPSS_NORMALISE_VECTOR;
  CHECK(kpss_mcda_rank(&m, &c, equal, NULL, &o) == KPSS_OK);
  CHECK(kpss_mcda_results(score, NULL, rank, order, m, 5) == KPSS_OK);
  for (i = 0; i < 5; ++i) CHECK(near(score[i], expected[i], 1e-6));
  CHECK(order[0] == 2 && order[1] == 3 && order[2] == 0 && order[3] == 4 && order[4] == 1);
  CHECK(rank[1] == 5);
  CHECK(kpss_mcda_weights(used, m, 4) == KPSS_OK && used[0] == 0.25);
  CHECK(kpss_mcda_results(score, NULL, NULL, NULL, m, 4) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_mcda_free(m);
  o.method = 7;
  CHECK(kpss_mcda_rank(&m, &c, equal, NULL, &o) == KPSS_ERR_INVALID_ARGUMENT);
  o.method = KPSS_MCDA_WEIGHTED_SUM;
  CHECK(kpss_mcda_rank(&m, &c, NULL, NULL, &o) == KPSS_ERR_INVALID_ARGUMENT);

  /* Support beside evidence: approvals of home care 3 of 4, respite and transport 1 of 4;
   * gap (benefit) 4, 30, 10; yearly cost 1, 2, 4 million. Weights 1 : 2 : 1 with min–max
   * give 1/2, 2/3, 3/26: respite care first. An inconsistent AHP matrix warns (R301). */
  {
    static const char* items[3] = {"home_care", "respite", "transport"};
    static const char* ids[4] = {"u1", "u2", "p1", "p2"};
    static const int32_t roles[4] = {KPSS_ROLE_USER, KPSS_ROLE_USER, KPSS_ROLE_PROVIDER, KPSS_ROLE_PROVIDER};
    static const uint64_t offsets[5] = {0, 2, 3, 4, 5};
    static const uint32_t approved[5] = {0, 1, 0, 2, 0};
    static const char* evidence_names[2] = {"gap", "cost"};
    static const int32_t evidence_benefit[2] = {1, 0};
    static const double evidence[6] = {4, 1e6, 30, 2e6, 10, 4e6};
    static const double weights[3] = {1, 2, 1};
    kpss_participants who = KPSS_PARTICIPANTS_INIT;
    kpss_weighting_policy plain = KPSS_POLICY_UNWEIGHTED_INIT;
    kpss_rank_options ro = KPSS_RANK_OPTIONS_INIT;
    kpss_criteria e = KPSS_CRITERIA_INIT;
    kpss_ballots* b = NULL;
    kpss_ranking* r = NULL;
    who.count = 4;
    who.ids = ids;
    who.roles = roles;
    ro.method = KPSS_METHOD_APPROVAL;
    CHECK(kpss_ballots_new(&b, KPSS_BALLOT_APPROVAL, items, 3, 0, 0) == KPSS_OK);
    CHECK(kpss_ballots_add_approvals(b, &who, offsets, approved) == KPSS_OK);
    CHECK(kpss_rank_ballots(&r, b, &plain, &ro) == KPSS_OK);
    e.item_count = 3;
    e.criterion_count = 2;
    e.names = evidence_names;
    e.benefit = evidence_benefit;
    e.values = evidence;
    CHECK(kpss_mcda_combine(&m, r, &e, weights, NULL, NULL) == KPSS_OK);
    CHECK(kpss_mcda_results(score, NULL, NULL, order, m, 3) == KPSS_OK);
    CHECK(near(score[0], 0.5, 1e-15) && near(score[1], 2.0 / 3, 1e-15) && near(score[2], 3.0 / 26, 1e-15));
    CHECK(order[0] == 1 && order[1] == 0 && order[2] == 2);
    CHECK(kpss_mcda_to_json(&text, m) == KPSS_OK && strstr(text, "\"support\"") != NULL);
    kpss_string_free(text);
    kpss_mcda_free(m);
    CHECK(kpss_mcda_combine(&m, r, &e, NULL, circle, NULL) == KPSS_OK);
    CHECK(kpss_mcda_to_json(&text, m) == KPSS_OK && strstr(text, "R301") != NULL);
    kpss_string_free(text);
    kpss_mcda_free(m);
    e.item_count = 2;
    CHECK(kpss_mcda_combine(&m, r, &e, weights, NULL, NULL) == KPSS_ERR_INVALID_ARGUMENT);
    kpss_ranking_free(r);
    kpss_ballots_free(b);
  }
  return kpss_ctest_finish("test_capi_rank_criteria");
}
