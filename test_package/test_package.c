#include <kpss/kpss.h>
#include <stdio.h>

int main(void) {
  kpss_money m;
  if (kpss_money_parse(&m, "1 500,- Kč", NULL) != KPSS_OK) {
    fprintf(stderr, "%s\n", kpss_last_error_message());
    return 1;
  }
  printf("kpss %s: %lld minor units\n", kpss_version_string(), (long long)m.minor_units);
  return m.minor_units == 150000 ? 0 : 1;
}
