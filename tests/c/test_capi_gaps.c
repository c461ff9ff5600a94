/* Needs against resources from C99: the sample plan's gap table and budget against the
 * values of tests/gaps/test_plan_gaps.cpp, roll-up, the registry sample, unknown codes and a
 * truncated file (tests/io/test_registry.cpp), the compensation payment, and the regional
 * roll-up with pooling of the constructed region of tests/gaps/test_region.cpp. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

#define SAMPLE KPSS_SOURCE_DIR "/examples/data/sample_plan.json"
#define REGISTRY KPSS_TEST_DATA_DIR "/registry/"
#define REGION KPSS_TEST_DATA_DIR "/gaps/region/"

static int row_is(const kpss_gap_row* r, const char* type, const char* group, const char* territory) {
  return strcmp(r->type, type) == 0 && r->form[0] == '\0' && strcmp(r->target_group, group) == 0 &&
         strcmp(r->territory, territory) == 0;
}

/* The row of the table with that key, into *out; 0 when there is none. */
static int find_row(kpss_gap_row* out, const kpss_gap_table* table, const char* type, const char* group,
                    const char* territory) {
  size_t rows = 0, i;
  if (kpss_gap_table_count(&rows, NULL, table) != KPSS_OK) return 0;
  for (i = 0; i < rows; ++i) {
    kpss_gap_row r = KPSS_GAP_ROW_INIT;
    if (kpss_gap_table_row(&r, table, i) == KPSS_OK && row_is(&r, type, group, territory)) {
      *out = r;
      return 1;
    }
  }
  return 0;
}

/* Fills a territory spec: `code` under `parent`, with its own population (0: its children's
 * sum). */
static void set_spec(kpss_territory_spec* spec, const char* code, const char* parent, int64_t population) {
  spec->code = code;
  spec->parent = parent;
  spec->population = population;
}

static void test_sample_gap_table(void) {
  kpss_plan* plan = NULL;
  kpss_gap_table* table = NULL;
  kpss_gap_row r = KPSS_GAP_ROW_INIT;
  kpss_finding f = KPSS_FINDING_INIT;
  size_t rows = 0, findings = 0;
  char* json = NULL;
  CHECK(kpss_plan_load_json(&plan, SAMPLE) == KPSS_OK);
  CHECK(kpss_plan_gaps(&table, plan, NULL) == KPSS_OK);
  CHECK(kpss_gap_table_count(&rows, &findings, table) == KPSS_OK);
  CHECK(rows == 38 && findings == 5);

  /* The largest gap: respite care for caregivers, 60 + 12 clients, none served;
   * 72 × 455 000 Kč. */
  CHECK(kpss_gap_table_row(&r, table, 0) == KPSS_OK);
  CHECK(row_is(&r, "respite_care", "caregivers", "579999"));
  CHECK(r.demand == 72 && r.capacity == 0 && r.gap == 72 && strcmp(r.unit, "clients") == 0);
  CHECK(r.has_cost && r.cost_to_close.minor_units == 3276000000LL && strcmp(r.cost_to_close.currency, "CZK") == 0);
  CHECK(r.origins == 2);

  /* 44 beds against half of the 32 beds that also reach a district without population. */
  CHECK(find_row(&r, table, "home_special_regime", "dementia", "579999"));
  CHECK(r.capacity == 16 && r.gap == 28 && r.has_coverage && r.coverage == 16.0 / 44);
  CHECK(r.cost_to_close.minor_units == 1433600000LL);
  /* Debt counselling: 2.5 FTE over four territories; 0.375 × 820 000 Kč. */
  CHECK(find_row(&r, table, "professional_counselling", "in_crisis", "579999"));
  CHECK(r.capacity == 0.625 && r.cost_to_close.minor_units == 30750000LL);
  /* 35 clients of personal assistance split by population 30 460 : 948 : 734. */
  CHECK(find_row(&r, table, "personal_assistance", "combined_disability", "579999"));
  CHECK(r.capacity == 35.0 * 30460 / 32142);
  CHECK(find_row(&r, table, "contact_centre", "addiction", "579999"));
  CHECK(r.gap == 0 && r.coverage == 1);
  CHECK(find_row(&r, table, "independent_living_support", "intellectual_disability", "579999"));
  CHECK(!r.has_cost);

  CHECK(kpss_gap_table_finding(&f, table, 0) == KPSS_OK && strcmp(f.where, "need n-12") == 0);
  CHECK(kpss_gap_table_row(&r, table, 38) == KPSS_ERR_NOT_FOUND);
  CHECK(kpss_gap_table_to_json(&json, table) == KPSS_OK);
  CHECK(json != NULL && strstr(json, "{\"rows\":[{\"type\":\"respite_care\"") == json);
  kpss_string_free(json);
  json = NULL;
  CHECK(kpss_gap_table_candidates_json(&json, table, NULL) == KPSS_OK);
  CHECK(json != NULL && strstr(json, "{\"name\":\"gap\",\"value\":72.0,\"benefit\":true}") != NULL);
  kpss_string_free(json);
  json = NULL;

  CHECK(kpss_plan_budget_json(&json, plan) == KPSS_OK);
  CHECK(json != NULL && strstr(json, "\"total_shortfall\":\"4046000.00 CZK\"") != NULL);
  CHECK(json != NULL && strstr(json, "{\"measure\":\"m1-1-2\"") != NULL);
  kpss_string_free(json);
  kpss_gap_table_free(table);
  kpss_plan_free(plan);
}

static void test_options_and_roll_up(void) {
  kpss_plan* plan = NULL;
  kpss_gap_table *table = NULL, *region = NULL;
  kpss_territories* territories = NULL;
  kpss_gap_row r = KPSS_GAP_ROW_INIT;
  kpss_gap_options o = KPSS_GAP_OPTIONS_INIT;
  kpss_prevalence_norm norm = KPSS_PREVALENCE_NORM_INIT;
  kpss_unit_cost cost = KPSS_UNIT_COST_INIT;
  kpss_territory_spec specs[5] = {KPSS_TERRITORY_SPEC_INIT, KPSS_TERRITORY_SPEC_INIT, KPSS_TERRITORY_SPEC_INIT,
                                  KPSS_TERRITORY_SPEC_INIT, KPSS_TERRITORY_SPEC_INIT};
  kpss_territory_spec bad = KPSS_TERRITORY_SPEC_INIT;
  int64_t population = 0;
  size_t rows = 0, findings = 0;
  CHECK(kpss_plan_load_json(&plan, SAMPLE) == KPSS_OK);

  /* A norm for a type no need quantifies adds demand: 50 per 1 000 aged 80+; 1 180 of them
   * live in the town. A unit cost prices it. */
  norm.type = "emergency_care";
  norm.target_group = "seniors";
  norm.age_bands = "older_seniors";
  norm.per_thousand = 50;
  norm.unit = "clients";
  norm.source = "norm B";
  cost.type = "emergency_care";
  CHECK(kpss_money_parse(&cost.cost, "1000 CZK", NULL) == KPSS_OK);
  o.norms = &norm;
  o.norm_count = 1;
  o.unit_costs = &cost;
  o.unit_cost_count = 1;
  CHECK(kpss_plan_gaps(&table, plan, &o) == KPSS_OK);
  CHECK(find_row(&r, table, "emergency_care", "seniors", "579999"));
  CHECK(r.demand == 1180 * 50 / 1000.0 && r.cost_to_close.minor_units == 5900000);

  /* Roll up through the register of tests/data/gaps/habrov_register.csv. */
  set_spec(&specs[0], "CZ0534", "CZ053", 0);
  set_spec(&specs[1], "5399", "CZ0534", 0);
  set_spec(&specs[2], "579999", "5399", 30460);
  set_spec(&specs[3], "579998", "5399", 948);
  set_spec(&specs[4], "579997", "5399", 734);
  CHECK(kpss_territories_new(&territories) == KPSS_OK);
  CHECK(kpss_territories_add(territories, specs, 5) == KPSS_OK);
  CHECK(kpss_territories_population(&population, territories, "5399") == KPSS_OK && population == 32142);
  set_spec(&bad, "500001", "579999", 0); /* a municipality cannot contain a municipality */
  CHECK(kpss_territories_add(territories, &bad, 1) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strcmp(kpss_last_error_where(), "specs[0]") == 0);
  CHECK(kpss_territories_population(&population, territories, "500001") == KPSS_ERR_NOT_FOUND);

  CHECK(kpss_gap_table_roll_up(&region, table, territories, KPSS_TERRITORY_REGION) == KPSS_OK);
  CHECK(kpss_gap_table_count(&rows, &findings, region) == KPSS_OK && rows > 0);
  CHECK(kpss_gap_table_row(&r, region, 0) == KPSS_OK);
  CHECK(row_is(&r, "respite_care", "caregivers", "CZ053") && r.gap == 72 && !r.has_cost);
  kpss_gap_table_free(region);
  CHECK(kpss_gap_table_roll_up(&region, table, territories, 7) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(region == NULL);

  kpss_gap_table_free(table);
  o.split = 5;
  CHECK(kpss_plan_gaps(&table, plan, &o) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strcmp(kpss_last_error_where(), "options.split") == 0);
  o.split = KPSS_SPLIT_POPULATION;
  norm.struct_size = 0;
  CHECK(kpss_plan_gaps(&table, plan, &o) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_plan_gaps(&table, NULL, NULL) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_territories_free(territories);
  kpss_plan_free(plan);
}

static void test_registry(void) {
  char* codes = kpss_ctest_read_file(REGISTRY "codelists.json", NULL);
  kpss_registry_options o = KPSS_REGISTRY_OPTIONS_INIT;
  kpss_registry_summary s = KPSS_REGISTRY_SUMMARY_INIT;
  kpss_registry* reg = NULL;
  kpss_finding f = KPSS_FINDING_INIT;
  static const char* const unknown_paths[] = {"/polozky/0/ciloveSkupiny/2", "/polozky/0/formy/1/kapacity/0/typ",
                                              "/polozky/1/druhSocialniSluzby", "/polozky/3/formy/1/forma",
                                              "/polozky/3/rozsirenePusobnostiVKraji/3"};
  char* json = NULL;
  char* text = NULL;
  size_t i;
  CHECK(codes != NULL);
  o.code_lists_json = codes;

  CHECK(kpss_registry_load(&reg, REGISTRY "sample.json", &o) == KPSS_OK);
  CHECK(kpss_registry_summary_get(&s, reg) == KPSS_OK);
  CHECK(s.items == 6 && s.imported == 6 && s.skipped == 0 && s.diagnostics == 0);
  CHECK(kpss_registry_to_json(&json, reg) == KPSS_OK);
  CHECK(json != NULL && strstr(json, "\"identifier\":\"1234567\",\"type\":\"home_care\",\"provider_ico\":\"00231215\"") != NULL);
  kpss_string_free(json);
  kpss_registry_free(reg);

  /* Unknown codes: a diagnostic each, with its JSON pointer; the rest is imported. From
   * memory this time. */
  text = kpss_ctest_read_file(REGISTRY "unknown_codes.json", NULL);
  CHECK(text != NULL);
  if (text != NULL) {
    CHECK(kpss_registry_read(&reg, text, strlen(text), &o) == KPSS_OK);
    CHECK(kpss_registry_summary_get(&s, reg) == KPSS_OK);
    CHECK(s.items == 6 && s.imported == 5 && s.skipped == 1 && s.diagnostics == 5);
    for (i = 0; i < 5 && i < s.diagnostics; ++i) {
      CHECK(kpss_registry_diagnostic(&f, reg, i) == KPSS_OK);
      CHECK(strcmp(f.where, unknown_paths[i]) == 0);
    }
    CHECK(kpss_registry_diagnostic(&f, reg, 2) == KPSS_OK && strstr(f.message, "DruhSocialniSluzby/999") != NULL);
    CHECK(kpss_registry_diagnostic(&f, reg, 5) == KPSS_ERR_NOT_FOUND);
    kpss_registry_free(reg);
    free(text);
  }

  /* A truncated file: a clear error, nothing imported. */
  reg = NULL;
  CHECK(kpss_registry_load(&reg, REGISTRY "truncated.json", &o) == KPSS_ERR_PARSE);
  CHECK(reg == NULL);
  CHECK(strstr(kpss_last_error_message(), "truncated") != NULL);
  CHECK(strstr(kpss_last_error_message(), "nothing was imported") != NULL);
  CHECK(strncmp(kpss_last_error_where(), "line ", 5) == 0);
  CHECK(kpss_registry_load(&reg, REGISTRY "no_such_file.json", &o) == KPSS_ERR_IO);
  free(codes);
}

static void test_registry_capacity_in_plan_gaps(void) {
  /* A registered home-care service in Lhotka (579998) closes part of its 25-client gap. */
  static const char export_json[] =
      "{\"polozky\": [{\"id\": 1, \"identifikator\": \"7777777\", \"druhSocialniSluzby\": \"home_care\","
      " \"ciloveSkupiny\": [\"seniors\"], \"formy\": [{\"forma\": \"field\", \"kapacity\": [{\"typ\": \"clients\","
      " \"pocet\": 10}]}], \"rozsirenePusobnostiVKraji\": [{\"kod\": \"579998\"}]}]}";
  kpss_registry* reg = NULL;
  kpss_plan* plan = NULL;
  kpss_gap_table* table = NULL;
  kpss_gap_options o = KPSS_GAP_OPTIONS_INIT;
  kpss_registry_summary s = KPSS_REGISTRY_SUMMARY_INIT;
  kpss_gap_row r = KPSS_GAP_ROW_INIT;
  CHECK(kpss_registry_read(&reg, export_json, sizeof export_json - 1, NULL) == KPSS_OK);
  CHECK(kpss_registry_summary_get(&s, reg) == KPSS_OK && s.imported == 1);
  CHECK(kpss_plan_load_json(&plan, SAMPLE) == KPSS_OK);
  o.registry = reg;
  CHECK(kpss_plan_gaps(&table, plan, &o) == KPSS_OK);
  CHECK(find_row(&r, table, "home_care", "seniors", "579998") && r.capacity == 10 && r.gap == 15);
  kpss_gap_table_free(table);
  kpss_plan_free(plan);
  kpss_registry_free(reg);
}

static void test_compensation(void) {
  kpss_money costs, revenues, profit, total, per_unit;
  CHECK(kpss_money_parse(&costs, "1000000 CZK", NULL) == KPSS_OK);
  CHECK(kpss_money_parse(&revenues, "900000 CZK", NULL) == KPSS_OK);
  CHECK(kpss_money_parse(&profit, "50000 CZK", NULL) == KPSS_OK);
  CHECK(kpss_compensation_payment(&total, &per_unit, &costs, &revenues, 2.5, &profit) == KPSS_OK);
  CHECK(total.minor_units == 15000000 && per_unit.minor_units == 6000000);
  CHECK(kpss_compensation_payment(&total, &per_unit, &costs, &revenues, 0, NULL) == KPSS_ERR_INVALID_ARGUMENT);
}

static void test_region_pooling(void) {
  static const char* const files[] = {REGION "plan_a.json", REGION "plan_b.json", REGION "plan_c.json"};
  kpss_plan* plans[3] = {NULL, NULL, NULL};
  kpss_territories* territories = NULL;
  kpss_territory_spec specs[5] = {KPSS_TERRITORY_SPEC_INIT, KPSS_TERRITORY_SPEC_INIT, KPSS_TERRITORY_SPEC_INIT,
                                  KPSS_TERRITORY_SPEC_INIT, KPSS_TERRITORY_SPEC_INIT};
  kpss_unit_cost cost = KPSS_UNIT_COST_INIT;
  kpss_gap_options gaps = KPSS_GAP_OPTIONS_INIT;
  kpss_min_viable viable = KPSS_MIN_VIABLE_INIT;
  kpss_region_options o = KPSS_REGION_OPTIONS_INIT;
  kpss_region* region = NULL;
  kpss_pooling_proposal p = KPSS_POOLING_PROPOSAL_INIT;
  kpss_pooling_share s = KPSS_POOLING_SHARE_INIT;
  kpss_gap_table* table = NULL;
  kpss_gap_row r = KPSS_GAP_ROW_INIT;
  size_t count = 0, i;
  char* json = NULL;
  for (i = 0; i < 3; ++i) CHECK(kpss_plan_load_json(&plans[i], files[i]) == KPSS_OK);
  set_spec(&specs[0], "1111", "CZ0631", 0);
  set_spec(&specs[1], "2222", "CZ0631", 0);
  set_spec(&specs[2], "500001", "1111", 1000);
  set_spec(&specs[3], "500002", "1111", 3000);
  set_spec(&specs[4], "500005", "2222", 800);
  CHECK(kpss_territories_new(&territories) == KPSS_OK);
  CHECK(kpss_territories_add(territories, specs, 5) == KPSS_OK);

  cost.type = "home_care";
  CHECK(kpss_money_parse(&cost.cost, "25000 CZK", NULL) == KPSS_OK);
  gaps.unit_costs = &cost;
  gaps.unit_cost_count = 1;
  viable.type = "home_care";
  viable.units = 10;
  o.gaps = &gaps;
  o.min_viable = &viable;
  o.min_viable_count = 1;
  CHECK(kpss_region_build(&region, (const kpss_plan* const*)plans, 3, territories, &o) == KPSS_OK);

  /* a and b together reach the 10 clients a home-care service needs; c alone does not.
   * 11 × 25 000 Kč shared 1 000 : 3 000 by population. */
  CHECK(kpss_region_pooling_count(&count, region) == KPSS_OK && count == 1);
  CHECK(kpss_region_pooling(&p, region, 0) == KPSS_OK);
  CHECK(strcmp(p.orp, "1111") == 0 && strcmp(p.type, "home_care") == 0 && strcmp(p.target_group, "seniors") == 0);
  CHECK(p.units == 11 && p.min_viable == 10 && p.cost_sharing == KPSS_COST_SHARING_PER_CAPITA);
  CHECK(p.has_cost && p.cost.minor_units == 27500000 && p.shares == 2);
  CHECK(kpss_region_pooling_share(&s, region, 0, 0) == KPSS_OK);
  CHECK(strcmp(s.municipality, "500001") == 0 && s.units == 4 && s.population == 1000 && s.fraction == 0.25);
  CHECK(s.has_cost && s.cost.minor_units == 6875000);
  CHECK(kpss_region_pooling_share(&s, region, 0, 1) == KPSS_OK);
  CHECK(strcmp(s.municipality, "500002") == 0 && s.cost.minor_units == 20625000);
  CHECK(kpss_region_pooling_share(&s, region, 0, 2) == KPSS_ERR_NOT_FOUND);
  CHECK(kpss_region_pooling(&p, region, 1) == KPSS_ERR_NOT_FOUND);

  /* ORP 1111: 4 + 7 clients; the region 14. */
  CHECK(kpss_region_gaps(&table, region, KPSS_TERRITORY_REGION) == KPSS_OK);
  CHECK(kpss_gap_table_row(&r, table, 0) == KPSS_OK && row_is(&r, "home_care", "seniors", "CZ063") && r.gap == 14);
  kpss_gap_table_free(table);
  CHECK(kpss_region_gaps(&table, region, KPSS_TERRITORY_ORP) == KPSS_OK);
  CHECK(kpss_gap_table_row(&r, table, 0) == KPSS_OK && row_is(&r, "home_care", "seniors", "1111") && r.gap == 11);
  kpss_gap_table_free(table);
  CHECK(kpss_region_gaps(&table, region, KPSS_TERRITORY_DISTRICT) == KPSS_ERR_INVALID_ARGUMENT);

  CHECK(kpss_region_to_json(&json, region) == KPSS_OK);
  CHECK(json != NULL && strstr(json, "\"shared_services\":[{\"registry_id\":\"1111111\",\"plans\":[\"a\",\"b\"]}]") != NULL);
  CHECK(json != NULL && strstr(json, "\"population\":4800,\"population_share\":1.0") != NULL);
  kpss_string_free(json);
  kpss_region_free(region);

  o.cost_sharing = 9;
  CHECK(kpss_region_build(&region, (const kpss_plan* const*)plans, 3, territories, &o) == KPSS_ERR_INVALID_ARGUMENT);
  o.cost_sharing = KPSS_COST_SHARING_EXPLICIT; /* without weights */
  CHECK(kpss_region_build(&region, (const kpss_plan* const*)plans, 3, territories, &o) == KPSS_ERR_INVALID_ARGUMENT);
  for (i = 0; i < 3; ++i) kpss_plan_free(plans[i]);
  kpss_territories_free(territories);
}

int main(void) {
  test_sample_gap_table();
  test_options_and_roll_up();
  test_registry();
  test_registry_capacity_in_plan_gaps();
  test_compensation();
  test_region_pooling();
  return kpss_ctest_finish("test_capi_gaps");
}
