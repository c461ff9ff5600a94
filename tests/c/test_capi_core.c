/* The core of the C API from C99: version, errors, code lists, money, dates, territory. */
#include <string.h>

#include "kpss/kpss.h"
#include "kpss_ctest.h"

static void test_version(void) {
  CHECK(kpss_version_number() / 10000 == KPSS_VERSION_NUMBER / 10000);
  CHECK(strcmp(kpss_version_string(), KPSS_VERSION_STRING) == 0);
  CHECK(strcmp(kpss_status_name(KPSS_ERR_PARSE), "parse") == 0);
  CHECK(strcmp(kpss_status_name(KPSS_OK), "ok") == 0);
}

static void test_code_lists(void) {
  size_t count = 0;
  kpss_code_entry e = KPSS_CODE_ENTRY_INIT;
  CHECK(kpss_code_list_count(&count, KPSS_CODE_LIST_SERVICE_TYPE) == KPSS_OK);
  CHECK(count == 34);
  CHECK(kpss_code_list_get(&e, KPSS_CODE_LIST_SERVICE_TYPE, 2) == KPSS_OK);
  CHECK(strcmp(e.key, "home_care") == 0 && strcmp(e.section, "40") == 0 && e.rest_id == 3838);
  CHECK(kpss_code_list_find(&e, KPSS_CODE_LIST_REGION, "CZ064") == KPSS_OK);
  CHECK(strcmp(e.name_cs, "Jihomoravský kraj") == 0);
  CHECK(kpss_code_list_find(&e, KPSS_CODE_LIST_AGE_BAND, "older_seniors") == KPSS_OK);
  CHECK(e.min_age == 80 && e.max_age == -1);
  CHECK(strcmp(kpss_code_list_name(KPSS_CODE_LIST_TARGET_GROUP), "target_group") == 0);

  CHECK(kpss_code_list_find(&e, KPSS_CODE_LIST_SERVICE_TYPE, "massage") == KPSS_ERR_NOT_FOUND);
  CHECK(kpss_last_error_code() == KPSS_ERR_NOT_FOUND);
  CHECK(strstr(kpss_last_error_message(), "unknown service_type 'massage'") != NULL);
  CHECK(kpss_code_list_get(&e, KPSS_CODE_LIST_REGION, 14) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_code_list_count(&count, 42) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_code_list_count(NULL, KPSS_CODE_LIST_FORM) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strstr(kpss_last_error_message(), "must not be NULL") != NULL);

  /* A caller built against a shorter struct gets only what it knows. */
  {
    kpss_code_entry old_layout;
    memset(&old_layout, 0, sizeof old_layout);
    old_layout.struct_size = (uint32_t)offsetof(kpss_code_entry, group);
    CHECK(kpss_code_list_get(&old_layout, KPSS_CODE_LIST_SERVICE_TYPE, 0) == KPSS_OK);
    CHECK(old_layout.name_en != NULL && old_layout.group == NULL);
  }
  {
    kpss_code_entry unset;
    memset(&unset, 0, sizeof unset);
    CHECK(kpss_code_list_get(&unset, KPSS_CODE_LIST_SERVICE_TYPE, 0) == KPSS_ERR_INVALID_ARGUMENT);
  }
}

static void test_money(void) {
  kpss_money m, sum;
  char* text = NULL;
  CHECK(kpss_money_parse(&m, "1 234,50 Kč", NULL) == KPSS_OK);
  CHECK(m.minor_units == 123450 && strcmp(m.currency, "CZK") == 0);
  CHECK(kpss_money_format(&text, &m, KPSS_MONEY_PLAIN) == KPSS_OK);
  CHECK(text != NULL && strcmp(text, "1234.50 CZK") == 0);
  kpss_string_free(text);
  CHECK(kpss_money_format(&text, &m, KPSS_MONEY_CZECH) == KPSS_OK);
  CHECK(strcmp(text, "1\xC2\xA0" "234,50\xC2\xA0Kč") == 0);
  kpss_string_free(text);
  CHECK(kpss_money_parse(&m, "250", "EUR") == KPSS_OK && m.minor_units == 25000);
  CHECK(kpss_money_add(&sum, &m, &m) == KPSS_OK && sum.minor_units == 50000);

  CHECK(kpss_money_parse(&m, "12.345 CZK", NULL) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strstr(kpss_last_error_message(), "decimal places") != NULL);
  CHECK(kpss_money_parse(&m, "12 QQQ", NULL) == KPSS_ERR_NOT_FOUND);
  m.minor_units = INT64_MAX;
  strcpy(m.currency, "CZK");
  CHECK(kpss_money_add(&sum, &m, &m) == KPSS_ERR_OVERFLOW);
  CHECK(kpss_money_parse(&m, NULL, NULL) == KPSS_ERR_INVALID_ARGUMENT);
}

static void test_dates_and_territory(void) {
  kpss_date d;
  char buf[11];
  int level;
  CHECK(kpss_date_parse(&d, "2025-03-31") == KPSS_OK);
  CHECK(d.year == 2025 && d.month == 3 && d.day == 31);
  CHECK(kpss_date_format(buf, &d) == KPSS_OK && strcmp(buf, "2025-03-31") == 0);
  CHECK(kpss_date_parse(&d, "2025-02-30") == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(strstr(kpss_last_error_message(), "not a day of February 2025") != NULL);
  d.year = 2025; d.month = 2; d.day = 30;
  CHECK(kpss_date_format(buf, &d) == KPSS_ERR_INVALID_ARGUMENT);
  CHECK(kpss_territory_parse(&level, "CZ0642") == KPSS_OK && level == KPSS_TERRITORY_DISTRICT);
  CHECK(kpss_territory_parse(&level, "582786") == KPSS_OK && level == KPSS_TERRITORY_MUNICIPALITY);
  CHECK(kpss_territory_parse(&level, "CZ099") == KPSS_ERR_NOT_FOUND);
  /* A successful call clears the previous error. */
  CHECK(kpss_territory_parse(&level, "CZ010") == KPSS_OK && kpss_last_error_code() == KPSS_OK);
  CHECK(strcmp(kpss_last_error_message(), "") == 0);
}

int main(void) {
  test_version();
  test_code_lists();
  test_money();
  test_dates_and_territory();
  return kpss_ctest_finish("C API core");
}
