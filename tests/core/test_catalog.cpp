#include "kpss/core/catalog.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "kpss/core/error.hpp"

using kpss::CodeList;

TEST(Catalog, HasEveryServiceTypeOfTheAct) {
  const auto types = kpss::entries(CodeList::service_type);
  EXPECT_EQ(types.size(), 34u);  // §37, §39–§52, §54–§70 with §60a, and the mental health centre
  int care = 0, prevention = 0, counselling = 0;
  for (const auto& t : types) {
    switch (kpss::service_group(t)) {
      case kpss::ServiceGroup::care: ++care; break;
      case kpss::ServiceGroup::prevention: ++prevention; break;
      case kpss::ServiceGroup::counselling: ++counselling; break;
    }
  }
  EXPECT_EQ(care, 15);
  EXPECT_EQ(prevention, 18);
  EXPECT_EQ(counselling, 1);
}

TEST(Catalog, FindsByEveryKindOfKey) {
  const auto* by_key = kpss::find_code(CodeList::service_type, "home_care");
  ASSERT_NE(by_key, nullptr);
  EXPECT_STREQ(by_key->section, "40");
  for (const char* key : {"HOME_CARE", "40", "§40", "§ 40", "3838", "Pečovatelská služba", "home care service"})
    EXPECT_EQ(kpss::find_code(CodeList::service_type, key), by_key) << key;
  EXPECT_STREQ(kpss::code(CodeList::service_type, "60a").name_cs, "Intervenční centra");
  EXPECT_STREQ(kpss::code(CodeList::capacity_unit, "luzka").key, "beds");
  EXPECT_STREQ(kpss::code(CodeList::target_group, "24").key, "seniors");
  EXPECT_STREQ(kpss::code(CodeList::form, "3884").name_cs, "terénní");
  EXPECT_EQ(kpss::code(CodeList::age_band, "older_seniors").max_age, -1);
}

TEST(Catalog, UnknownKeysGiveClearErrors) {
  EXPECT_EQ(kpss::find_code(CodeList::service_type, "38"), nullptr);  // §38 is a definition
  EXPECT_EQ(kpss::find_code(CodeList::service_type, ""), nullptr);
  try {
    kpss::code(CodeList::service_type, "massage");
    FAIL();
  } catch (const kpss::NotFound& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("unknown service_type 'massage'"), std::string::npos) << what;
    EXPECT_NE(what.find("professional_counselling"), std::string::npos) << what;
  }
  EXPECT_THROW(kpss::parse_code_list("services"), kpss::NotFound);
}

TEST(Catalog, KeysAreUniqueAndRoundTripThroughNames) {
  for (CodeList list : kpss::code_lists()) {
    EXPECT_EQ(kpss::parse_code_list(kpss::to_string(list)), list);
    std::set<std::string> keys;
    for (const auto& e : kpss::entries(list)) {
      EXPECT_TRUE(keys.insert(e.key).second) << e.key;
      EXPECT_EQ(kpss::find_code(list, e.key), &e);
      EXPECT_EQ(kpss::find_code(list, e.name_cs), &e) << e.name_cs;
    }
  }
  EXPECT_EQ(kpss::entries(CodeList::region).size(), 14u);
}
