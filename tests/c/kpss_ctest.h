/* A tiny test harness for the C99 programs: CHECK counts, kpss_ctest_finish reports
 * "NAME: N passed, N failed" and gives the exit status; and the fixtures several programs
 * build alike. */
#ifndef KPSS_CTEST_H
#define KPSS_CTEST_H

#include <stdio.h>
#include <stdlib.h>

#include "kpss/kpss.h"

static int kpss_ctest_passed = 0;
static int kpss_ctest_failed = 0;

#define CHECK(cond)                                                          \
  do {                                                                       \
    if (cond) {                                                              \
      ++kpss_ctest_passed;                                                   \
    } else {                                                                 \
      ++kpss_ctest_failed;                                                   \
      fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
    }                                                                        \
  } while (0)

static int kpss_ctest_finish(const char* name) {
  printf("%s: %d passed, %d failed\n", name, kpss_ctest_passed, kpss_ctest_failed);
  return kpss_ctest_failed == 0 ? 0 : 1;
}

/* The whole file at `path`, NUL-terminated, or NULL when it cannot be read; *length (may be
 * NULL) receives its size. Free with free(). */
static inline char* kpss_ctest_read_file(const char* path, size_t* length) {
  FILE* f = fopen(path, "rb");
  char* text = NULL;
  long size = 0;
  if (f == NULL) return NULL;
  if (fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0) {
    text = (char*)malloc((size_t)size + 1);
    if (text != NULL && fread(text, 1, (size_t)size, f) == (size_t)size) {
      text[size] = '\0';
      if (length != NULL) *length = (size_t)size;
    } else {
      free(text);
      text = NULL;
    }
  }
  fclose(f);
  return text;
}

/* Ranking ballots over the m `items` from `count` participants "v0", "v1", …: participant v
 * has role roles[v] and gives item k the rank ranks[v * m + k]. NULL when they cannot be
 * made. */
static inline kpss_ballots* kpss_ctest_rankings(const char* const* items, size_t m, size_t count,
                                                const int32_t* roles, const uint32_t* ranks) {
  char(*id_text)[24] = (char(*)[24])malloc(count * sizeof *id_text + 1);
  const char** ids = (const char**)malloc(count * sizeof *ids + 1);
  kpss_participants who = KPSS_PARTICIPANTS_INIT;
  kpss_ballots* b = NULL;
  size_t v;
  if (id_text != NULL && ids != NULL) {
    for (v = 0; v < count; ++v) {
      sprintf(id_text[v], "v%lu", (unsigned long)v);
      ids[v] = id_text[v];
    }
    who.count = count;
    who.ids = ids;
    who.roles = roles;
    if (kpss_ballots_new(&b, KPSS_BALLOT_RANKING, items, m, 0, 0) == KPSS_OK &&
        kpss_ballots_add_rankings(b, &who, ranks) != KPSS_OK) {
      kpss_ballots_free(b);
      b = NULL;
    }
  }
  free(ids);
  free(id_text);
  return b;
}

/* Ranking ballots of users over the m `items` (m <= 10): `groups` lines of counts[g] voters
 * ranking the items in orders[g], a string of item indices as digits, best first. NULL when
 * they cannot be made. */
static inline kpss_ballots* kpss_ctest_ranked(const char* const* items, size_t m, const int* counts,
                                              const char* const* orders, size_t groups) {
  size_t voters = 0, v = 0, g, k;
  int32_t* roles;
  uint32_t* ranks;
  kpss_ballots* b = NULL;
  int c;
  for (g = 0; g < groups; ++g) voters += (size_t)counts[g];
  roles = (int32_t*)malloc(voters * sizeof *roles + 1);
  ranks = (uint32_t*)malloc(voters * m * sizeof *ranks + 1);
  if (roles != NULL && ranks != NULL) {
    for (g = 0; g < groups; ++g)
      for (c = 0; c < counts[g]; ++c, ++v) {
        roles[v] = KPSS_ROLE_USER;
        for (k = 0; k < m; ++k) ranks[v * m + (size_t)(orders[g][k] - '0')] = (uint32_t)(k + 1);
      }
    b = kpss_ctest_rankings(items, m, voters, roles, ranks);
  }
  free(ranks);
  free(roles);
  return b;
}

#endif
