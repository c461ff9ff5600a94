/* The selection rules from C99: a hand-built election with two pots, and a pabulib file. */
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static kpss_money czk(int64_t crowns) {
  kpss_money m;
  memset(&m, 0, sizeof m);
  m.minor_units = crowns * 100;
  memcpy(m.currency, "CZK", 3);
  return m;
}

static void test_built_election(void) {
  kpss_election* e = NULL;
  kpss_select_result* r = NULL;
  const kpss_money budgets[2] = {czk(100), czk(50)};
  const int64_t split[2] = {2, 1};
  kpss_money cost;
  /* Two users want A, two providers want B; both cost 60 CZK. */
  const size_t offsets[5] = {0, 1, 2, 3, 4};
  const uint32_t items[4] = {0, 0, 1, 1};
  const int64_t weights[4] = {3, 3, 1, 1};
  const uint32_t groups[4] = {0, 0, 1, 1};
  kpss_select_options o = KPSS_SELECT_OPTIONS_INIT;
  kpss_select_info info = KPSS_SELECT_INFO_INIT;
  size_t funded[2] = {9, 9};
  size_t rejected[2] = {9, 9};
  int32_t reasons[2] = {-1, -1};
  kpss_money parts[2], endowment[2], paid[2];
  char* id = NULL;

  CHECK(kpss_election_new(&e, budgets, 2) == KPSS_OK);
  cost = czk(60);
  CHECK(kpss_election_add_candidate(e, "A", &cost, split) == KPSS_OK);
  CHECK(kpss_election_add_candidate(e, "B", &cost, NULL) == KPSS_OK);
  CHECK(kpss_election_add_candidate(e, "A", &cost, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_election_add_ballots(e, offsets, 4, items, NULL) == KPSS_OK);
  CHECK(kpss_election_candidate_id(&id, e, 1) == KPSS_OK && strcmp(id, "B") == 0);
  kpss_string_free(id);

  o.rule = KPSS_RULE_EQUAL_SHARES;
  CHECK(kpss_select_run(&r, e, &o, weights, groups, 4) == KPSS_OK);
  CHECK(kpss_select_result_info(&info, r) == KPSS_OK);
  CHECK(info.num_funded == 1 && info.num_rejected == 1 && info.num_pots == 2 && info.num_groups == 2);
  CHECK(info.total_cost.minor_units == 6000);
  CHECK(kpss_select_result_funded(funded, 2, r) == KPSS_OK && funded[0] == 0);
  CHECK(kpss_select_result_cost_per_pot(parts, 2, r, 0) == KPSS_OK);
  CHECK(parts[0].minor_units == 4000 && parts[1].minor_units == 2000);
  CHECK(kpss_select_result_paid_by_group(paid, 2, r, 0) == KPSS_OK && paid[0].minor_units == 6000);
  CHECK(kpss_select_result_groups(endowment, paid, 2, r) == KPSS_OK);
  CHECK(endowment[0].minor_units == 11250 && endowment[1].minor_units == 3750);
  CHECK(kpss_select_result_rejected(rejected, reasons, 2, r) == KPSS_OK);
  CHECK(rejected[0] == 1 && strcmp(kpss_rejection_name(reasons[0]), "not_enough_support") == 0);
  CHECK(kpss_select_result_funded(funded, 0, r) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_select_result_free(r);

  /* Both fit: A takes 40 + 20 of the pots, B 60 of the first. */
  o.rule = KPSS_RULE_KNAPSACK;
  CHECK(kpss_select_run(&r, e, &o, NULL, NULL, 0) == KPSS_OK);
  CHECK(kpss_select_result_info(&info, r) == KPSS_OK && info.num_funded == 2 && info.proven_optimal == 1);
  kpss_select_result_free(r);

  o.rule = 17;
  CHECK(kpss_select_run(&r, e, &o, NULL, NULL, 0) == KPSS_ERR_INVALID_ARGUMENT && r == NULL);
  kpss_election_free(e);
}

static void test_pabulib_file(void) {
  kpss_election* e = NULL;
  kpss_select_result* r = NULL;
  kpss_select_options o = KPSS_SELECT_OPTIONS_INIT;
  kpss_select_info info = KPSS_SELECT_INFO_INIT;
  size_t candidates = 0, ballots = 0;
  CHECK(kpss_election_from_pabulib(&e, KPSS_TEST_DATA_DIR "/pabulib/Netherlands_Assen_2024.pb") == KPSS_OK);
  CHECK(kpss_election_counts(&candidates, &ballots, e) == KPSS_OK && candidates == 14 && ballots == 84);
  /* The cities' checker: add-one until over budget reproduces the official 9 projects. */
  o.rule = KPSS_RULE_EQUAL_SHARES;
  o.add1 = KPSS_ADD1_INFEASIBLE;
  o.tie = KPSS_TIE_CHECKER;
  o.start_from_whole_units = 1;
  CHECK(kpss_select_run(&r, e, &o, NULL, NULL, 0) == KPSS_OK);
  CHECK(kpss_select_result_info(&info, r) == KPSS_OK);
  CHECK(info.num_funded == 9 && info.total_cost.minor_units == 7670000);
  kpss_select_result_free(r);
  kpss_election_free(e);
  CHECK(kpss_election_from_pabulib(&e, "no/such.pb") == KPSS_ERR_IO && e == NULL);
}

/* The sample plan's measures chosen by its participants' ballots, each role with an equal
 * share of the budget under equal shares. */
static void test_plan_ballots(void) {
  kpss_plan* plan = NULL;
  kpss_ballots* ballots = NULL;
  kpss_election* e = NULL;
  kpss_select_result* r = NULL;
  kpss_select_options o = KPSS_SELECT_OPTIONS_INIT;
  kpss_select_info info = KPSS_SELECT_INFO_INIT;
  const kpss_money budget = czk(10000000);
  int64_t weights[400];
  uint32_t groups[400];
  kpss_money endowment[KPSS_ROLE_COUNT], paid[KPSS_ROLE_COUNT];
  size_t n = 0, candidates = 0;
  CHECK(kpss_plan_load_json(&plan, KPSS_SOURCE_DIR "/examples/data/sample_plan.json") == KPSS_OK);
  CHECK(kpss_ballots_read(&ballots, KPSS_SOURCE_DIR "/examples/data/sample_ballots.csv") == KPSS_OK);
  CHECK(kpss_election_from_plan_ballots(&e, plan, ballots, &budget) == KPSS_OK);
  CHECK(kpss_election_counts(&candidates, &n, e) == KPSS_OK && candidates > 0 && n > 0 && n <= 400);
  CHECK(kpss_select_policy_weights(weights, groups, n - 1, ballots, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_select_policy_weights(weights, groups, 400, ballots, NULL) == KPSS_OK);
  o.rule = KPSS_RULE_EQUAL_SHARES;
  o.satisfaction = KPSS_SAT_CARDINAL;
  CHECK(kpss_select_run(&r, e, &o, weights, groups, n) == KPSS_OK);
  CHECK(kpss_select_result_info(&info, r) == KPSS_OK);
  CHECK(info.num_funded > 0 && info.total_cost.minor_units <= budget.minor_units);
  CHECK(info.num_groups <= KPSS_ROLE_COUNT);
  CHECK(kpss_select_result_groups(endowment, paid, KPSS_ROLE_COUNT, r) == KPSS_OK);
  /* Roles equal: the user's and the provider's shares of the budget are the same. */
  CHECK(endowment[KPSS_ROLE_USER].minor_units == endowment[KPSS_ROLE_PROVIDER].minor_units);
  CHECK(paid[KPSS_ROLE_USER].minor_units <= endowment[KPSS_ROLE_USER].minor_units);
  kpss_select_result_free(r);
  kpss_election_free(e);
  CHECK(kpss_election_from_plan_ballots(&e, NULL, ballots, &budget) == KPSS_ERR_INVALID_ARGUMENT && e == NULL);
  kpss_ballots_free(ballots);
  kpss_plan_free(plan);
}

int main(void) {
  test_built_election();
  test_pabulib_file();
  test_plan_ballots();
  return kpss_ctest_finish("C API select");
}
