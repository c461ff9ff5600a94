#include "kpss/core/catalog.hpp"

#include <array>
#include <charconv>
#include <string>

#include <gsl/assert>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

// Service types, Act 108/2006 Sb. §§37–70; rest_id is the ministry's DruhSocialniSluzby id.
constexpr CodeEntry kServiceTypes[] = {
    {"professional_counselling", "37", "Odborné sociální poradenství", "professional social counselling", "counselling", 3836, "", 0, 0},
    {"personal_assistance", "39", "Osobní asistence", "personal assistance", "care", 3837, "", 0, 0},
    {"home_care", "40", "Pečovatelská služba", "home care service", "care", 3838, "", 0, 0},
    {"emergency_care", "41", "Tísňová péče", "emergency (tele)care", "care", 3839, "", 0, 0},
    {"guide_reader", "42", "Průvodcovské a předčitatelské služby", "guide and reader services", "care", 3840, "", 0, 0},
    {"independent_living_support", "43", "Podpora samostatného bydlení", "support of independent living", "care", 3841, "", 0, 0},
    {"respite_care", "44", "Odlehčovací služby", "respite care", "care", 3842, "", 0, 0},
    {"day_service_centre", "45", "Centra denních služeb", "day service centres", "care", 3843, "", 0, 0},
    {"day_care_centre", "46", "Denní stacionáře", "day care centres", "care", 3844, "", 0, 0},
    {"weekly_care_centre", "47", "Týdenní stacionáře", "weekly care centres", "care", 3845, "", 0, 0},
    {"home_disabled", "48", "Domovy pro osoby se zdravotním postižením", "homes for persons with disabilities", "care", 3846, "", 0, 0},
    {"home_elderly", "49", "Domovy pro seniory", "homes for the elderly", "care", 3847, "", 0, 0},
    {"home_special_regime", "50", "Domovy se zvláštním režimem", "homes with a special regime", "care", 3848, "", 0, 0},
    {"sheltered_housing", "51", "Chráněné bydlení", "sheltered housing", "care", 3849, "", 0, 0},
    {"inpatient_health_facility", "52", "Sociální služby poskytované ve zdravotnických zařízeních lůžkové péče", "social services in inpatient health facilities", "care", 3850, "", 0, 0},
    {"early_intervention", "54", "Raná péče", "early intervention", "prevention", 3851, "", 0, 0},
    {"telephone_crisis_help", "55", "Telefonická krizová pomoc", "telephone crisis help", "prevention", 3852, "", 0, 0},
    {"interpreting", "56", "Tlumočnické služby", "interpreting services", "prevention", 3853, "", 0, 0},
    {"shelter", "57", "Azylové domy", "shelters", "prevention", 3854, "", 0, 0},
    {"halfway_house", "58", "Domy na půl cesty", "halfway houses", "prevention", 3855, "", 0, 0},
    {"contact_centre", "59", "Kontaktní centra", "contact centres", "prevention", 3856, "", 0, 0},
    {"crisis_help", "60", "Krizová pomoc", "crisis help", "prevention", 3857, "", 0, 0},
    {"intervention_centre", "60a", "Intervenční centra", "intervention centres", "prevention", 3868, "", 0, 0},
    {"low_threshold_day_centre", "61", "Nízkoprahová denní centra", "low-threshold day centres", "prevention", 3858, "", 0, 0},
    {"low_threshold_youth", "62", "Nízkoprahová zařízení pro děti a mládež", "low-threshold facilities for children and youth", "prevention", 3859, "", 0, 0},
    {"night_shelter", "63", "Noclehárny", "night shelters", "prevention", 3860, "", 0, 0},
    {"aftercare", "64", "Služby následné péče", "aftercare services", "prevention", 3861, "", 0, 0},
    {"activation_families", "65", "Sociálně aktivizační služby pro rodiny s dětmi", "social activation services for families with children", "prevention", 3862, "", 0, 0},
    {"activation_seniors_disabled", "66", "Sociálně aktivizační služby pro seniory a osoby se zdravotním postižením", "social activation services for seniors and persons with disabilities", "prevention", 3863, "", 0, 0},
    {"sociotherapeutic_workshop", "67", "Sociálně terapeutické dílny", "socio-therapeutic workshops", "prevention", 3864, "", 0, 0},
    {"therapeutic_community", "68", "Terapeutické komunity", "therapeutic communities", "prevention", 3865, "", 0, 0},
    {"outreach", "69", "Terénní programy", "outreach (field) programmes", "prevention", 3866, "", 0, 0},
    {"social_rehabilitation", "70", "Sociální rehabilitace", "social rehabilitation", "prevention", 3867, "", 0, 0},
    // A newer type; its § is not verified, so it has none here.
    {"mental_health_centre", "", "Centrum duševního zdraví", "mental health centre", "care", 11078, "", 0, 0},
};

constexpr CodeEntry kForms[] = {
    {"outpatient", "", "ambulantní", "outpatient", "", 3882, "", 0, 0},
    {"residential", "", "pobytová", "residential", "", 3883, "", 0, 0},
    {"field", "", "terénní", "field", "", 3884, "", 0, 0},
};

// Registry capacity is registered maximum capacity; FTE is how regional networks count.
constexpr CodeEntry kCapacityUnits[] = {
    {"clients", "", "klienti", "clients", "", 0, "klient", 0, 0},
    {"contacts", "", "kontakty (10 min)", "contacts (10 min)", "", 0, "kontakt", 0, 0},
    {"interventions", "", "intervence (30 min)", "interventions (30 min)", "", 0, "interv", 0, 0},
    {"beds", "", "lůžka", "beds", "", 0, "luzka", 0, 0},
    {"calls", "", "hovory", "calls", "", 0, "hovor", 0, 0},
    {"fte", "", "přepočtené úvazky v přímé péči", "FTE of direct-care staff", "", 0, "", 0, 0},
};

// Registry codes are given only where verified (see docs/catalog.md).
constexpr CodeEntry kTargetGroups[] = {
    {"youth_at_risk", "", "děti a mládež ve věku od 6 do 26 let ohrožené společensky nežádoucími jevy", "children and youth 6–26 at risk from socially undesirable phenomena", "", 0, "", 0, 0},
    {"ethnic_minorities", "", "etnické menšiny", "ethnic minorities", "", 0, "", 0, 0},
    {"immigrants_asylum_seekers", "", "imigranti a azylanti", "immigrants and asylum seekers", "", 0, "", 0, 0},
    {"domestic_violence_victims", "", "oběti domácího násilí", "victims of domestic violence", "", 0, "", 0, 0},
    {"trafficking_victims", "", "oběti obchodu s lidmi", "victims of human trafficking", "", 0, "", 0, 0},
    {"crime_victims", "", "oběti trestné činnosti", "victims of crime", "", 0, "", 0, 0},
    {"homeless", "", "osoby bez přístřeší", "people without shelter", "", 0, "", 0, 0},
    {"care_leavers", "", "osoby do 26 let věku opouštějící školská zařízení pro výkon ústavní péče", "people under 26 leaving institutional care", "", 0, "", 0, 0},
    {"commercially_exploited", "", "osoby komerčně zneužívané", "commercially exploited people", "", 0, "", 0, 0},
    {"chronic_mental_illness", "", "osoby s chronickým duševním onemocněním", "people with chronic mental illness", "", 0, "", 0, 0},
    {"chronic_illness", "", "osoby s chronickým onemocněním", "people with chronic illness", "", 0, "", 0, 0},
    {"combined_disability", "", "osoby s kombinovaným postižením", "people with combined disabilities", "", 0, "", 0, 0},
    {"intellectual_disability", "", "osoby s mentálním postižením", "people with intellectual disabilities", "", 0, "", 0, 0},
    {"physical_disability", "", "osoby s tělesným postižením", "people with physical disabilities", "", 0, "", 0, 0},
    {"hearing_disability", "", "osoby se sluchovým postižením", "people with hearing disabilities", "", 0, "", 0, 0},
    {"visual_disability", "", "osoby se zrakovým postižením", "people with visual disabilities", "", 0, "", 0, 0},
    {"other_disability", "", "osoby s jiným zdravotním postižením", "people with other disabilities", "", 0, "", 0, 0},
    {"in_crisis", "", "osoby v krizi", "people in crisis", "", 0, "", 0, 0},
    {"socially_excluded_communities", "", "osoby žijící v sociálně vyloučených komunitách", "people living in socially excluded communities", "", 0, "", 0, 0},
    {"risky_lifestyle", "", "osoby, které vedou rizikový způsob života nebo jsou tímto způsobem života ohroženy", "people with risky lifestyles", "", 0, "", 0, 0},
    {"offenders", "", "pachatelé trestné činnosti", "offenders", "", 0, "", 0, 0},
    {"families_with_children", "", "rodiny s dítětem/dětmi", "families with children", "", 0, "", 0, 0},
    {"seniors", "", "senioři", "seniors", "", 0, "24", 0, 0},
    {"addiction", "", "osoby ohrožené závislostí nebo závislé na návykových látkách", "people with or at risk of addiction", "", 0, "", 0, 0},
    {"caregivers", "", "pečující osoby", "caregivers", "", 0, "26", 0, 0},
    {"palliative_care", "", "osoby v terminálním stadiu onemocnění (paliativní péče)", "people needing palliative care", "", 0, "27", 0, 0},
    {"dementia", "", "osoby žijící s demencí", "people living with dementia", "", 0, "30", 0, 0},
};

constexpr CodeEntry kAgeBands[] = {
    {"newborns", "", "novorozenci (0–1 rok)", "newborns (0–1)", "", 0, "", 0, 1},
    {"preschool", "", "předškolní děti (1–6 let)", "pre-school children (1–6)", "", 0, "", 1, 6},
    {"younger_school", "", "mladší děti (7–10 let)", "younger school age (7–10)", "", 0, "", 7, 10},
    {"older_school", "", "starší děti (11–15 let)", "older school age (11–15)", "", 0, "", 11, 15},
    {"adolescents", "", "dorost (16–18 let)", "adolescents (16–18)", "", 0, "", 16, 18},
    {"young_adults", "", "mladí dospělí (19–26 let)", "young adults (19–26)", "", 0, "", 19, 26},
    {"adults", "", "dospělí (27–64 let)", "adults (27–64)", "", 0, "", 27, 64},
    {"younger_seniors", "", "mladší senioři (65–80 let)", "younger seniors (65–80)", "", 0, "", 65, 80},
    {"older_seniors", "", "starší senioři (nad 80 let)", "older seniors (80+)", "", 0, "", 80, -1},
};

constexpr CodeEntry kRegions[] = {
    {"CZ010", "", "Hlavní město Praha", "Prague", "", 0, "", 0, 0},
    {"CZ020", "", "Středočeský kraj", "Central Bohemian Region", "", 0, "", 0, 0},
    {"CZ031", "", "Jihočeský kraj", "South Bohemian Region", "", 0, "", 0, 0},
    {"CZ032", "", "Plzeňský kraj", "Plzeň Region", "", 0, "", 0, 0},
    {"CZ041", "", "Karlovarský kraj", "Karlovy Vary Region", "", 0, "", 0, 0},
    {"CZ042", "", "Ústecký kraj", "Ústí nad Labem Region", "", 0, "", 0, 0},
    {"CZ051", "", "Liberecký kraj", "Liberec Region", "", 0, "", 0, 0},
    {"CZ052", "", "Královéhradecký kraj", "Hradec Králové Region", "", 0, "", 0, 0},
    {"CZ053", "", "Pardubický kraj", "Pardubice Region", "", 0, "", 0, 0},
    {"CZ063", "", "Kraj Vysočina", "Vysočina Region", "", 0, "", 0, 0},
    {"CZ064", "", "Jihomoravský kraj", "South Moravian Region", "", 0, "", 0, 0},
    {"CZ071", "", "Olomoucký kraj", "Olomouc Region", "", 0, "", 0, 0},
    {"CZ072", "", "Zlínský kraj", "Zlín Region", "", 0, "", 0, 0},
    {"CZ080", "", "Moravskoslezský kraj", "Moravian-Silesian Region", "", 0, "", 0, 0},
};

constexpr std::array<CodeList, 6> kLists{CodeList::service_type, CodeList::form,
                                         CodeList::capacity_unit, CodeList::target_group,
                                         CodeList::age_band, CodeList::region};

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
  return true;
}

std::string_view strip_section_sign(std::string_view key) {
  if (key.substr(0, 2) == "\xC2\xA7") key.remove_prefix(2);  // '§'
  while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
  return key;
}

bool matches(const CodeEntry& e, std::string_view key) {
  if (iequals(key, e.key) || iequals(key, e.name_en) || key == e.name_cs) return true;
  if (*e.registry_code && key == e.registry_code) return true;
  if (*e.section && iequals(strip_section_sign(key), e.section)) return true;
  int id = 0;
  const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), id);
  return e.rest_id != 0 && ec == std::errc{} && end == key.data() + key.size() && id == e.rest_id;
}

}  // namespace

const char* to_string(CodeList list) noexcept {
  switch (list) {
    case CodeList::service_type: return "service_type";
    case CodeList::form: return "form";
    case CodeList::capacity_unit: return "capacity_unit";
    case CodeList::target_group: return "target_group";
    case CodeList::age_band: return "age_band";
    case CodeList::region: return "region";
  }
  return "unknown";
}

std::span<const CodeList> code_lists() noexcept { return kLists; }

CodeList parse_code_list(std::string_view name) {
  for (CodeList l : kLists)
    if (name == to_string(l)) return l;
  throw NotFound("unknown code list '" + std::string(name) +
                 "'; known: service_type, form, capacity_unit, target_group, age_band, region");
}

std::span<const CodeEntry> entries(CodeList list) noexcept {
  switch (list) {
    case CodeList::service_type: return kServiceTypes;
    case CodeList::form: return kForms;
    case CodeList::capacity_unit: return kCapacityUnits;
    case CodeList::target_group: return kTargetGroups;
    case CodeList::age_band: return kAgeBands;
    case CodeList::region: return kRegions;
  }
  return {};
}

const CodeEntry* find_code(CodeList list, std::string_view key) noexcept {
  if (key.empty()) return nullptr;
  for (const CodeEntry& e : entries(list))
    if (matches(e, key)) return &e;
  return nullptr;
}

const CodeEntry& code(CodeList list, std::string_view key) {
  if (const CodeEntry* e = find_code(list, key)) return *e;
  std::string known;
  for (const CodeEntry& e : entries(list)) {
    if (known.size() > 200) { known += ", …"; break; }
    known += known.empty() ? "" : ", ";
    known += e.key;
  }
  throw NotFound("unknown " + std::string(to_string(list)) + " '" + std::string(key) +
                 "'; known keys: " + known);
}

ServiceGroup service_group(const CodeEntry& entry) {
  const std::string_view g = entry.group;
  Expects(!g.empty());
  if (g == "care") return ServiceGroup::care;
  if (g == "prevention") return ServiceGroup::prevention;
  return ServiceGroup::counselling;
}

}  // namespace kpss
