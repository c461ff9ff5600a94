// The registry open-data reader on the hand-written sample (tests/data/registry, written in
// the structure of the MPSV export), on planted unknown codes, on truncation and limits.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "kpss/core/error.hpp"
#include "kpss/io/registry.hpp"

namespace {

const std::filesystem::path kRegistryData = std::filesystem::path(KPSS_SOURCE_DIR) / "tests/data/registry";

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

kpss::RegistryCodeLists codes() { return kpss::RegistryCodeLists::parse(slurp(kRegistryData / "codelists.json")); }

TEST(Registry, ReadsTheSampleWithCodesMappedThroughTheRegistryCodeLists) {
  const auto lists = codes();
  kpss::RegistryOptions o;
  o.codes = &lists;
  const auto r = kpss::read_registry_file(kRegistryData / "sample.json", o);
  EXPECT_EQ(r.items, 6u);
  EXPECT_EQ(r.skipped, 0u);
  EXPECT_TRUE(r.diagnostics.empty());
  ASSERT_EQ(r.services.size(), 6u);

  const kpss::RegistryService& home_care = r.services[0];
  EXPECT_EQ(home_care.id, 100231);
  EXPECT_EQ(home_care.identifier, "1234567");
  EXPECT_EQ(home_care.type, "home_care");
  EXPECT_EQ(home_care.provider_ico, "00231215");
  EXPECT_EQ(kpss::format_date(*home_care.provided_from), "2007-01-01");
  EXPECT_FALSE(home_care.provided_to.has_value());
  EXPECT_EQ(home_care.target_groups, (std::vector<std::string>{"seniors", "physical_disability"}));
  EXPECT_EQ(home_care.age_bands, (std::vector<std::string>{"younger_seniors", "older_seniors"}));
  ASSERT_EQ(home_care.forms.size(), 2u);
  EXPECT_EQ(home_care.forms[0].form, "field");
  EXPECT_EQ(home_care.forms[0].capacities,
            (std::vector<kpss::RegistryCapacity>{{"clients", 120.0, "okamžitá kapacita"}}));
  EXPECT_EQ(home_care.forms[1].form, "outpatient");
  ASSERT_EQ(home_care.territories.size(), 2u);
  EXPECT_EQ(home_care.territories[1].code(), "2110");
  ASSERT_EQ(home_care.facilities.size(), 1u);
  EXPECT_EQ(home_care.facilities[0].municipality_code, "529303");

  EXPECT_EQ(r.services[1].type, "home_elderly");
  EXPECT_EQ(r.services[1].forms[0].capacities[0].unit, "beds");
  EXPECT_EQ(r.services[2].type, "home_special_regime");
  EXPECT_EQ(r.services[2].target_groups, (std::vector<std::string>{"dementia"}));
  EXPECT_EQ(r.services[3].forms[0].capacities[0].unit, "contacts");
  EXPECT_EQ(r.services[3].forms[1].capacities[0].unit, "interventions");
  EXPECT_EQ(r.services[5].territories[1].level(), kpss::TerritoryLevel::region);
}

TEST(Registry, WithoutTheRegistryCodeListsItsOwnCodesAreUnknown) {
  const auto r = kpss::read_registry_file(kRegistryData / "sample.json");
  // "DruhSocialniSluzby/3" is no kpss key, § or REST id: every item is skipped, none crashes.
  EXPECT_EQ(r.items, 6u);
  EXPECT_EQ(r.skipped, 6u);
  EXPECT_TRUE(r.services.empty());
  ASSERT_EQ(r.diagnostics.size(), 6u);
  EXPECT_EQ(r.diagnostics[0].path, "/polozky/0/druhSocialniSluzby");
}

TEST(Registry, AcceptsKpssKeysSectionsAndRestIdsDirectly) {
  std::istringstream in(R"({"polozky":[
    {"id":1,"druhSocialniSluzby":"3838","ciloveSkupiny":["24"],
     "formy":[{"forma":3884,"kapacity":[{"pocet":2.5,"typ":"fte"}]}]},
    {"id":2,"druhSocialniSluzby":{"kod":"§49"},"formy":[{"forma":"residential","kapacity":[{"pocet":40,"typ":"luzka"}]}]}]})");
  const auto r = kpss::read_registry(in);
  ASSERT_EQ(r.services.size(), 2u);
  EXPECT_EQ(r.services[0].type, "home_care");
  EXPECT_EQ(r.services[0].target_groups, (std::vector<std::string>{"seniors"}));
  EXPECT_EQ(r.services[0].forms[0].form, "field");
  EXPECT_EQ(r.services[0].forms[0].capacities[0].amount, 2.5);
  EXPECT_EQ(r.services[1].type, "home_elderly");
  EXPECT_EQ(r.services[1].forms[0].capacities[0].unit, "beds");
}

TEST(Registry, UnknownCodesGiveDiagnosticsWithPointersAndTheRestImports) {
  const auto lists = codes();
  kpss::RegistryOptions o;
  o.codes = &lists;
  const auto r = kpss::read_registry_file(kRegistryData / "unknown_codes.json", o);
  EXPECT_EQ(r.items, 6u);
  EXPECT_EQ(r.skipped, 1u);  // the item whose service type is unknown
  ASSERT_EQ(r.services.size(), 5u);
  std::vector<std::string> paths;
  for (const auto& d : r.diagnostics) paths.push_back(d.path);
  EXPECT_EQ(paths, (std::vector<std::string>{
                       "/polozky/0/ciloveSkupiny/2", "/polozky/0/formy/1/kapacity/0/typ",
                       "/polozky/1/druhSocialniSluzby", "/polozky/3/formy/1/forma",
                       "/polozky/3/rozsirenePusobnostiVKraji/3"}));
  EXPECT_NE(r.diagnostics[2].message.find("DruhSocialniSluzby/999"), std::string::npos);
  // The known parts of the affected items stay.
  EXPECT_EQ(r.services[0].target_groups.size(), 2u);
  EXPECT_TRUE(r.services[0].forms[1].capacities.empty());
  EXPECT_EQ(r.services[2].forms.size(), 1u);
  EXPECT_EQ(r.services[2].territories.size(), 3u);
}

TEST(Registry, ATruncatedFileIsAClearErrorAndImportsNothing) {
  const auto lists = codes();
  kpss::RegistryOptions o;
  o.codes = &lists;
  try {
    kpss::read_registry_file(kRegistryData / "truncated.json", o);
    FAIL() << "a truncated export must not import";
  } catch (const kpss::ParseError& e) {
    EXPECT_NE(e.message().find("truncated"), std::string::npos) << e.what();
    EXPECT_NE(e.message().find("nothing was imported"), std::string::npos);
    EXPECT_EQ(e.where().rfind("line ", 0), 0u) << e.where();
  }
}

TEST(Registry, FiltersByTerritoryAndDay) {
  const auto lists = codes();
  kpss::RegistryOptions o;
  o.codes = &lists;
  o.territory = kpss::TerritoryCode::parse("2101");
  auto r = kpss::read_registry_file(kRegistryData / "sample.json", o);
  std::vector<std::string> ids;
  for (const auto& s : r.services) ids.push_back(s.identifier);
  EXPECT_EQ(ids, (std::vector<std::string>{"1234567", "3456789", "4567890", "5678901"}));
  EXPECT_EQ(r.filtered, 2u);

  o.territory = kpss::TerritoryCode::parse("CZ064");
  r = kpss::read_registry_file(kRegistryData / "sample.json", o);
  ASSERT_EQ(r.services.size(), 1u);
  EXPECT_EQ(r.services[0].type, "emergency_care");

  o.territory.reset();
  o.provided_on = kpss::parse_date("2025-01-01");
  r = kpss::read_registry_file(kRegistryData / "sample.json", o);
  EXPECT_EQ(r.services.size(), 5u);  // the shelter closed at the end of 2023
}

TEST(Registry, EnforcesLimits) {
  const std::string text = slurp(kRegistryData / "sample.json");
  kpss::RegistryOptions o;
  o.limits.max_bytes = 1000;
  std::istringstream a(text);
  EXPECT_THROW(kpss::read_registry(a, o), kpss::LimitExceeded);
  o.limits = {};
  o.limits.max_items = 3;
  std::istringstream b(text);
  EXPECT_THROW(kpss::read_registry(b, o), kpss::LimitExceeded);
  o.limits = {};
  o.limits.max_depth = 3;
  std::istringstream c(text);
  EXPECT_THROW(kpss::read_registry(c, o), kpss::LimitExceeded);
}

TEST(Registry, RejectsDocumentsWithoutItems) {
  for (const char* text : {"[]", "{\"x\": 1}", "{\"polozky\": 3}", "", "{\"polozky\": [1]"}) {
    std::istringstream in(text);
    EXPECT_THROW(kpss::read_registry(in), kpss::ParseError) << text;
  }
  std::istringstream scalar_item(R"({"polozky": [7, {"id": "x"}]})");
  const auto r = kpss::read_registry(scalar_item);
  EXPECT_EQ(r.skipped, 2u);
  EXPECT_EQ(r.diagnostics[0].path, "/polozky/0");
  EXPECT_EQ(r.diagnostics[1].path, "/polozky/1/id");
}

TEST(Registry, StreamsALargeExportItemByItem) {
  // 5 000 items (~1 MB): the reader keeps converted services, not the JSON document.
  std::string text = "{\"polozky\":[";
  for (int i = 0; i < 5000; ++i) {
    if (i) text += ',';
    text += R"({"id":)" + std::to_string(i) +
            R"(,"druhSocialniSluzby":"3838","ciloveSkupiny":["24"],"rozsirenePusobnostiVKraji":[")" +
            std::to_string(2101 + i % 20) +
            R"("],"formy":[{"forma":"field","kapacity":[{"pocet":10,"typ":"klient","popis":"okamžitá kapacita"}]}]})";
  }
  text += "]}";
  std::istringstream in(text);
  kpss::RegistryOptions o;
  o.territory = kpss::TerritoryCode::parse("2105");
  const auto r = kpss::read_registry(in, o);
  EXPECT_EQ(r.items, 5000u);
  EXPECT_EQ(r.services.size(), 250u);
  EXPECT_EQ(r.filtered, 4750u);
}

}  // namespace
