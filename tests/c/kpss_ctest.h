/* A tiny test harness for the C99 programs: CHECK counts, kpss_ctest_finish reports
 * "NAME: N passed, N failed" and gives the exit status. */
#ifndef KPSS_CTEST_H
#define KPSS_CTEST_H

#include <stdio.h>

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

#endif
