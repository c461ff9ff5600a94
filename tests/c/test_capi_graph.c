/* The stakeholder graph from C99: a plan with a working group lacking users, editing,
 * analyses as structs and JSON, export. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static void test_working_group_lacking_users(void) {
  size_t length = 0, count = 0, i;
  char* json = kpss_ctest_read_file(KPSS_TEST_DATA_DIR "/graph/wg_without_users.json", &length);
  kpss_graph* graph = NULL;
  kpss_triad_coverage* rows = NULL;
  CHECK(json != NULL);
  if (json == NULL) return;
  CHECK(kpss_graph_from_plan_json(&graph, json, length) == KPSS_OK);
  CHECK(kpss_graph_triad_coverage(&rows, &count, graph) == KPSS_OK);
  CHECK(count == 4);
  if (count == 4) {
    CHECK(strcmp(rows[0].group, "pg-seniori") == 0 && rows[0].missing == KPSS_ROLE_BIT_PUBLIC);
    CHECK(strcmp(rows[1].group, "pg-rodiny") == 0);
    CHECK(rows[1].group_kind == KPSS_VERTEX_WORKING_GROUP);
    CHECK(rows[1].missing == KPSS_ROLE_BIT_USER);
    CHECK(rows[1].members == 3 && rows[1].users == 0 && rows[1].commissioners == 1);
    CHECK(rows[2].group_kind == KPSS_VERTEX_STEERING_GROUP);
    CHECK(rows[2].missing == (KPSS_ROLE_BIT_PROVIDER | KPSS_ROLE_BIT_PUBLIC));
    CHECK(rows[3].group_kind == -1 && rows[3].group[0] == '\0' && rows[3].missing == 0);
    CHECK(rows[3].members == 5);
  }
  for (i = 0; i < count; ++i)
    if (i != 1) CHECK((rows[i].missing & KPSS_ROLE_BIT_USER) == 0);
  kpss_triad_coverage_free(rows, count);
  kpss_graph_free(graph);
  free(json);
}

/* The same plan through a kpss_plan handle: the working group lacking users is reported as
 * exactly that. */
static void test_working_group_lacking_users_from_a_plan_handle(void) {
  kpss_plan* plan = NULL;
  kpss_graph* graph = NULL;
  kpss_triad_coverage* rows = NULL;
  size_t count = 0, i, lacking = 0;
  CHECK(kpss_plan_load_json(&plan, KPSS_TEST_DATA_DIR "/graph/wg_without_users.json") == KPSS_OK);
  CHECK(kpss_graph_from_plan(&graph, plan) == KPSS_OK);
  CHECK(kpss_graph_triad_coverage(&rows, &count, graph) == KPSS_OK && count == 4);
  for (i = 0; i < count; ++i)
    if ((rows[i].missing & KPSS_ROLE_BIT_USER) != 0) {
      ++lacking;
      CHECK(strcmp(rows[i].group, "pg-rodiny") == 0 && rows[i].group_kind == KPSS_VERTEX_WORKING_GROUP);
      CHECK(rows[i].missing == KPSS_ROLE_BIT_USER && rows[i].users == 0 && rows[i].members == 3);
    }
  CHECK(lacking == 1);
  kpss_triad_coverage_free(rows, count);
  kpss_graph_free(graph);
  graph = NULL;
  CHECK(kpss_graph_from_plan(&graph, NULL) == KPSS_ERR_INVALID_ARGUMENT && graph == NULL);
  kpss_plan_free(plan);
}

/* Sampled brokers: with every vertex a pivot, exactly the exact ranking; fewer pivots give a
 * reproducible estimate. */
static void test_sampled_brokers(void) {
  kpss_plan* plan = NULL;
  kpss_graph* graph = NULL;
  kpss_scored_vertex *exact = NULL, *all = NULL, *a = NULL, *b = NULL;
  size_t n_exact = 0, n_all = 0, n_a = 0, n_b = 0, vertices = 0, i;
  double bound = 0;
  CHECK(kpss_plan_load_json(&plan, KPSS_SOURCE_DIR "/examples/data/sample_plan.json") == KPSS_OK);
  CHECK(kpss_graph_from_plan(&graph, plan) == KPSS_OK);
  CHECK(kpss_graph_counts(&vertices, NULL, graph) == KPSS_OK && vertices > 10);
  CHECK(kpss_graph_brokers(&exact, &n_exact, graph, 5) == KPSS_OK && n_exact == 5);
  CHECK(kpss_graph_brokers_sampled(&all, &n_all, graph, 5, vertices, 1) == KPSS_OK && n_all == 5);
  for (i = 0; i < n_exact && i < n_all; ++i) {
    CHECK(strcmp(exact[i].id, all[i].id) == 0);
    CHECK(exact[i].score - all[i].score < 1e-12 && all[i].score - exact[i].score < 1e-12);
  }
  CHECK(kpss_graph_brokers_sampled(&a, &n_a, graph, 5, vertices / 2, 42) == KPSS_OK);
  CHECK(kpss_graph_brokers_sampled(&b, &n_b, graph, 5, vertices / 2, 42) == KPSS_OK);
  CHECK(n_a == 5 && n_b == 5);
  CHECK(kpss_betweenness_error_bound(&bound, vertices, vertices / 2, 0.05) == KPSS_OK && bound > 0);
  for (i = 0; i < n_a && i < n_b; ++i) {
    CHECK(strcmp(a[i].id, b[i].id) == 0 && a[i].score == b[i].score);
    CHECK(a[i].score - exact[0].score < bound);
  }
  kpss_scored_vertices_free(b, n_b);
  CHECK(kpss_graph_brokers_sampled(&b, &n_b, graph, 5, 0, 42) == KPSS_ERR_INVALID_ARGUMENT && b == NULL);
  CHECK(kpss_betweenness_error_bound(&bound, 10, 0, 0.05) == KPSS_ERR_INVALID_ARGUMENT);
  kpss_scored_vertices_free(exact, n_exact);
  kpss_scored_vertices_free(all, n_all);
  kpss_scored_vertices_free(a, n_a);
  kpss_graph_free(graph);
  kpss_plan_free(plan);
}

static void test_bad_plan(void) {
  const char* text = "{\"format\": \"kpss-plan\"";
  kpss_graph* graph = NULL;
  CHECK(kpss_graph_from_plan_json(&graph, text, strlen(text)) == KPSS_ERR_PARSE);
  CHECK(graph == NULL);
}

static void test_editing_and_analyses(void) {
  kpss_graph* g = NULL;
  kpss_vertex_spec spec = KPSS_VERTEX_SPEC_INIT;
  size_t coord = 0, wg = 0, ngo = 0, found = 0, vertices = 0, edges = 0, count = 0;
  int added = -1;
  kpss_scored_vertex* top = NULL;
  char* text = NULL;

  CHECK(kpss_graph_new(&g) == KPSS_OK);
  spec.kind = KPSS_VERTEX_PERSON;
  spec.id = "coord";
  spec.roles = KPSS_ROLE_BIT_COORDINATOR;
  CHECK(kpss_graph_add_vertex(&coord, g, &spec) == KPSS_OK);
  CHECK(kpss_graph_add_vertex(&coord, g, &spec) == KPSS_ERR_CONFLICT);
  spec.kind = KPSS_VERTEX_ORGANISATION;
  spec.id = "ngo";
  spec.label = "Charita \"Naděje\"";
  spec.roles = KPSS_ROLE_BIT_PROVIDER;
  CHECK(kpss_graph_add_vertex(&ngo, g, &spec) == KPSS_OK);
  spec.kind = KPSS_VERTEX_WORKING_GROUP;
  spec.id = "wg";
  spec.label = NULL;
  spec.roles = 0;
  CHECK(kpss_graph_add_vertex(&wg, g, &spec) == KPSS_OK);
  spec.kind = 42;
  CHECK(kpss_graph_add_vertex(&found, g, &spec) == KPSS_ERR_INVALID_ARGUMENT);

  CHECK(kpss_graph_add_edge(&added, g, coord, wg, KPSS_EDGE_INFORMS) == KPSS_OK && added == 1);
  CHECK(kpss_graph_add_edge(&added, g, coord, wg, KPSS_EDGE_INFORMS) == KPSS_OK && added == 0);
  CHECK(kpss_graph_add_edge(NULL, g, ngo, wg, KPSS_EDGE_MEMBER_OF) == KPSS_OK);
  CHECK(kpss_graph_add_edge(NULL, g, wg, ngo, KPSS_EDGE_SERVES) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_graph_add_edge(NULL, g, wg, ngo, 99) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_graph_find(&found, g, KPSS_VERTEX_ORGANISATION, "ngo") == KPSS_OK && found == ngo);
  CHECK(kpss_graph_find(&found, g, KPSS_VERTEX_PERSON, "ngo") == KPSS_ERR_NOT_FOUND);
  CHECK(kpss_graph_counts(&vertices, &edges, g) == KPSS_OK && vertices == 3 && edges == 2);

  /* coord — wg — ngo: the working group lies between the two; among stakeholders, none. */
  CHECK(kpss_graph_brokers(&top, &count, g, 5) == KPSS_OK && count == 2);
  if (count == 2) CHECK(top[0].score == 0.0 && top[1].score == 0.0);
  kpss_scored_vertices_free(top, count);
  CHECK(kpss_graph_provider_equality(&top, &count, g) == KPSS_OK && count == 1);
  if (count == 1) CHECK(strcmp(top[0].id, "ngo") == 0 && top[0].count == 1 && top[0].score == 1.0);
  kpss_scored_vertices_free(top, count);

  CHECK(kpss_graph_analysis_json(&text, g, KPSS_GRAPH_INFORMATION_REACH, 10) == KPSS_OK);
  CHECK(text != NULL && strstr(text, "\"stakeholders_reached\": 2") != NULL);
  kpss_string_free(text);
  CHECK(kpss_graph_analysis_json(&text, g, 8, 10) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_graph_export(&text, g, KPSS_GRAPH_DOT) == KPSS_OK);
  CHECK(text != NULL && strstr(text, "Charita \\\"Naděje\\\"") != NULL);
  kpss_string_free(text);
  CHECK(kpss_graph_export(&text, g, KPSS_GRAPH_GRAPHML) == KPSS_OK);
  CHECK(text != NULL && strstr(text, "<node id=\"working_group:wg\">") != NULL);
  kpss_string_free(text);
  kpss_graph_free(g);
}

int main(void) {
  test_working_group_lacking_users();
  test_working_group_lacking_users_from_a_plan_handle();
  test_sampled_brokers();
  test_bad_plan();
  test_editing_and_analyses();
  return kpss_ctest_finish("test_capi_graph");
}
