/* A tiny test harness for the C99 programs: CHECK counts, kpss_ctest_finish reports
 * "NAME: N passed, N failed" and gives the exit status. */
#ifndef KPSS_CTEST_H
#define KPSS_CTEST_H

#include <stdio.h>
#include <stdlib.h>

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

#endif
