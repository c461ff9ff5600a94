// The code lists (číselníky) of Czech social services, compiled into the library:
// service types of Act 108/2006 Sb., forms of provision, capacity units, target groups,
// age bands and the 14 regions. Facts from docs/catalog.md (sources named there).
#pragma once

#include <span>
#include <string_view>

namespace kpss {

/// Which code list.
enum class CodeList {
  service_type,   ///< druh sociální služby (§37–§70 of Act 108/2006 Sb.)
  form,           ///< forma poskytování (§33): outpatient, residential, field
  capacity_unit,  ///< jednotka kapacity: clients, contacts, interventions, beds, calls, FTE
  target_group,   ///< cílová skupina
  age_band,       ///< věková kategorie
  region,         ///< kraj (NUTS 3)
};

/// Group of a service type: care (péče, §38), prevention (prevence, §53), counselling (§37).
enum class ServiceGroup { counselling, care, prevention };

/// One entry of a code list. All strings are static, NUL-terminated UTF-8; fields that do
/// not apply to a list are "" (strings) or 0.
struct CodeEntry {
  const char* key;            ///< stable kpss key, English snake_case ("home_care", "CZ020")
  const char* section;        ///< service types: § of Act 108/2006 ("40", "60a"); else ""
  const char* name_cs;        ///< official Czech name
  const char* name_en;        ///< English name
  const char* group;          ///< service types: "care", "prevention", "counselling"; else ""
  int rest_id;                ///< the ministry's REST code-list id; 0 when it has none
  const char* registry_code;  ///< code in the registry's open data; "" when not verified
  int min_age;                ///< age bands: first year of age; else 0
  int max_age;                ///< age bands: last year of age, -1 when open-ended; else 0
};

/// Stable name of a code list ("service_type", ...), and its inverse.
const char* to_string(CodeList list) noexcept;
/// Throws: NotFound naming the known lists.
CodeList parse_code_list(std::string_view name);
/// All code lists, in declaration order.
std::span<const CodeList> code_lists() noexcept;

/// The entries of a list in their canonical order (by § for service types). O(1).
std::span<const CodeEntry> entries(CodeList list) noexcept;

/// Finds an entry by any of its keys: the kpss key or English name (ASCII case-insensitive),
/// the Czech name, the § ("40", "§40", "§ 40"), the REST id ("3838") or the registry code.
/// Returns nullptr when nothing matches. Complexity: O(entries).
const CodeEntry* find_code(CodeList list, std::string_view key) noexcept;

/// As find_code, but throws NotFound("unknown service_type 'x'; known keys: …").
const CodeEntry& code(CodeList list, std::string_view key);

/// The group of a service-type entry. Requires: `entry` is from entries(service_type).
ServiceGroup service_group(const CodeEntry& entry);

}  // namespace kpss
