/* The ranking core through the C API: the Wikipedia Schulze example (canonical.json) from
 * bulk arrays, tallies that serialise and merge exactly, errors as status codes. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

/* The 45 voters of the Wikipedia Schulze example: counts and orders best first (A = 0). */
static kpss_ballots* wikipedia(void) {
  static const char* items[5] = {"A", "B", "C", "D", "E"};
  static const int counts[8] = {5, 5, 8, 3, 7, 2, 7, 8};
  static const char* orders[8] = {"02143", "03421", "14302", "20143", "20413", "21034", "32410", "41032"};
  return kpss_ctest_ranked(items, 5, counts, orders, 8);
}

int main(void) {
  kpss_ballots* b = wikipedia();
  kpss_ranking* r = NULL;
  kpss_rank_options o = KPSS_RANK_OPTIONS_INIT;
  kpss_weighting_policy plain = KPSS_POLICY_UNWEIGHTED_INIT;
  double d[25], p[25], weights[45];
  uint32_t order[5];
  const char* name = NULL;
  char* text = NULL;
  size_t n = 0, len1 = 0, len2 = 0, i;
  kpss_tally_options half = KPSS_TALLY_OPTIONS_INIT;
  kpss_tally *whole = NULL, *first = NULL, *second = NULL, *back = NULL;
  char *bytes1 = NULL, *bytes2 = NULL;

  CHECK(b != NULL);
  if (b == NULL) return kpss_ctest_finish("test_capi_rank");
  o.method = KPSS_METHOD_SCHULZE;
  CHECK(kpss_rank_ballots(&r, b, &plain, &o) == KPSS_OK);
  CHECK(kpss_ranking_item_count(&n, r) == KPSS_OK && n == 5);
  CHECK(kpss_ranking_pairwise(d, r, 5, 0) == KPSS_OK);
  CHECK(d[0 * 5 + 1] == 20 && d[1 * 5 + 3] == 33 && d[4 * 5 + 3] == 31 && d[3 * 5 + 1] == 12);
  CHECK(kpss_ranking_pairwise(p, r, 5, 1) == KPSS_OK);
  CHECK(p[0 * 5 + 1] == 28 && p[4 * 5 + 0] == 25 && p[2 * 5 + 3] == 29 && p[3 * 5 + 4] == 24);
  CHECK(kpss_ranking_results(NULL, NULL, NULL, NULL, NULL, order, r, 5) == KPSS_OK);
  {
    const char* expected = "EACBD";
    for (i = 0; i < 5; ++i) {
      CHECK(kpss_ranking_item(&name, r, order[i]) == KPSS_OK && name[0] == expected[i]);
    }
  }
  CHECK(kpss_ranking_explain(&text, r, 4, 0) == KPSS_OK && strstr(text, "E is above A") != NULL);
  kpss_string_free(text);
  CHECK(kpss_ranking_to_json(&text, r) == KPSS_OK && strstr(text, "\"ranking\"") != NULL);
  kpss_string_free(text);
  CHECK(kpss_ranking_role_results(NULL, NULL, NULL, NULL, r, KPSS_ROLE_PROVIDER, 5) == KPSS_ERR_NOT_FOUND);
  kpss_ranking_free(r);

  CHECK(kpss_ballots_weights(weights, 45, b, NULL) == KPSS_OK && weights[0] == 1.0);
  CHECK(kpss_ballots_weights(weights, 3, b, NULL) == KPSS_ERR_INVALID_ARGUMENT);

  /* Two shards, serialised and read back, merge into the whole tally byte for byte. */
  CHECK(kpss_tally_count(&whole, b, NULL) == KPSS_OK);
  half.last = 20;
  CHECK(kpss_tally_count(&first, b, &half) == KPSS_OK);
  half.first = 20;
  half.last = SIZE_MAX;
  CHECK(kpss_tally_count(&second, b, &half) == KPSS_OK);
  CHECK(kpss_tally_serialise(&bytes1, &len1, second) == KPSS_OK);
  CHECK(kpss_tally_deserialise(&back, bytes1, len1) == KPSS_OK);
  CHECK(kpss_tally_merge(first, back) == KPSS_OK);
  kpss_string_free(bytes1);
  CHECK(kpss_tally_serialise(&bytes1, &len1, first) == KPSS_OK);
  CHECK(kpss_tally_serialise(&bytes2, &len2, whole) == KPSS_OK);
  CHECK(len1 == len2 && memcmp(bytes1, bytes2, len1) == 0);
  bytes1[len1 / 2] ^= 1;
  kpss_tally_free(back);
  back = NULL;
  CHECK(kpss_tally_deserialise(&back, bytes1, len1) == KPSS_ERR_CORRUPT);
  kpss_string_free(bytes1);
  kpss_string_free(bytes2);
  o.method = KPSS_METHOD_BORDA;
  CHECK(kpss_rank_tally(&r, first, &plain, &o) == KPSS_OK);
  kpss_ranking_free(r);
  o.method = KPSS_METHOD_SCORE;
  CHECK(kpss_rank_tally(&r, first, &plain, &o) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_tally_free(whole);
  kpss_tally_free(first);
  kpss_tally_free(second);

  /* A participant twice is a conflict. */
  {
    const char* ids[1] = {"v0"};
    int32_t roles[1] = {KPSS_ROLE_USER};
    uint32_t ranks[5] = {1, 2, 3, 4, 5};
    kpss_participants who = KPSS_PARTICIPANTS_INIT;
    who.count = 1;
    who.ids = ids;
    who.roles = roles;
    CHECK(kpss_ballots_add_rankings(b, &who, ranks) == KPSS_ERR_CONFLICT);
    CHECK(strstr(kpss_last_error_message(), "v0") != NULL);
  }
  /* Versioned option structs: a caller built against an older, shorter struct gets the
   * defaults for the members it does not know; an unset size, or one larger than this
   * library's struct (a caller built against a newer kpss), is an error. */
  {
    struct {
      kpss_rank_options o;
      char newer[16];
    } big;
    char *defaults = NULL, *older = NULL, *garbage = NULL;
    o = (kpss_rank_options)KPSS_RANK_OPTIONS_INIT;
    o.method = KPSS_METHOD_BORDA;
    CHECK(kpss_rank_ballots(&r, b, &plain, &o) == KPSS_OK && kpss_ranking_to_json(&defaults, r) == KPSS_OK);
    kpss_ranking_free(r);
    o.majority_threshold = 0.99;
    CHECK(kpss_rank_ballots(&r, b, &plain, &o) == KPSS_OK && kpss_ranking_to_json(&garbage, r) == KPSS_OK);
    kpss_ranking_free(r);
    o.struct_size = (uint32_t)offsetof(kpss_rank_options, majority_threshold);
    CHECK(kpss_rank_ballots(&r, b, &plain, &o) == KPSS_OK && kpss_ranking_to_json(&older, r) == KPSS_OK);
    kpss_ranking_free(r);
    CHECK(defaults != NULL && older != NULL && garbage != NULL);
    if (defaults != NULL && older != NULL && garbage != NULL) {
      CHECK(strcmp(older, defaults) == 0);
      CHECK(strcmp(garbage, defaults) != 0);
    }
    kpss_string_free(defaults);
    kpss_string_free(older);
    kpss_string_free(garbage);
    r = NULL;
    o.struct_size = 0;
    CHECK(kpss_rank_ballots(&r, b, &plain, &o) == KPSS_ERR_INVALID_ARGUMENT && r == NULL);
    CHECK(strstr(kpss_last_error_message(), "struct_size is not set") != NULL);
    memset(&big, 0, sizeof big);
    big.o = (kpss_rank_options)KPSS_RANK_OPTIONS_INIT;
    big.o.struct_size = (uint32_t)sizeof big;
    CHECK(kpss_rank_ballots(&r, b, &plain, &big.o) == KPSS_ERR_INVALID_ARGUMENT && r == NULL);
    CHECK(strstr(kpss_last_error_message(), "built against a newer kpss") != NULL);
    CHECK(strcmp(kpss_last_error_where(), "kpss_rank_options") == 0);
  }
  kpss_ballots_free(b);
  return kpss_ctest_finish("test_capi_rank");
}
