/* A consumer of kpss::kpss_c from C99. */
#include <kpss/kpss.h>
#include <stdio.h>
#include <string.h>

int main(void) {
  kpss_code_entry e = KPSS_CODE_ENTRY_INIT;
  if (kpss_version_number() / 10000 != KPSS_VERSION_NUMBER / 10000) return 1;
  if (kpss_code_list_find(&e, KPSS_CODE_LIST_SERVICE_TYPE, "3838") != KPSS_OK) return 1;
  printf("kpss %s: %s\n", kpss_version_string(), e.name_en);
  return strcmp(e.key, "home_care") == 0 ? 0 : 1;
}
