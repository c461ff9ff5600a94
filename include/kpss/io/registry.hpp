// Reading the open-data export of the national registry of social-service providers
// (Registr poskytovatelů sociálních služeb, MPSV): one JSON document with the root member
// `polozky`, one item per registered service. The file is large (> 30 MB), so it is read
// item by item in bounded memory; registry codes are mapped to kpss code-list keys.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/core/catalog.hpp"
#include "kpss/core/date.hpp"
#include "kpss/core/territory.hpp"

namespace kpss {

/// One registered capacity of a form (`formy[].kapacity[]`): registered maximum capacity,
/// not free places.
struct RegistryCapacity {
  std::string unit;  ///< key of CodeList::capacity_unit ("clients", "beds", ...)
  double amount = 0.0;
  std::string description;  ///< `popis`, e.g. "okamžitá kapacita"

  bool operator==(const RegistryCapacity&) const = default;
};

/// One form of provision of a service (`formy[]`).
struct RegistryForm {
  std::string form;  ///< key of CodeList::form ("outpatient", "residential", "field")
  std::vector<RegistryCapacity> capacities;

  bool operator==(const RegistryForm&) const = default;
};

/// A facility where the service is provided (`zarizeni[]`).
struct RegistryFacility {
  std::string name;               ///< `nazev`
  std::string municipality;       ///< `adresa.obec`
  std::string municipality_code;  ///< `adresa.kodObce` (ZÚJ), "" when absent

  bool operator==(const RegistryFacility&) const = default;
};

/// One registered social service (položka registru), with codes mapped to kpss keys.
struct RegistryService {
  std::int64_t id = 0;     ///< `id`, the record id of the export
  std::string identifier;  ///< `identifikator` (identifikátor služby, 7 digits)
  std::optional<Date> provided_from;  ///< `datumPoskytovaniOd`
  std::optional<Date> provided_to;    ///< `datumPoskytovaniDo`; absent while provided
  std::string type;  ///< key of CodeList::service_type (druh služby)
  std::string provider_ico;   ///< `poskytovatel.ico` (IČO, 8 digits)
  std::string provider_name;  ///< `poskytovatel.nazev`
  std::vector<RegistryFacility> facilities;
  std::vector<std::string> target_groups;  ///< keys of CodeList::target_group
  std::vector<std::string> age_bands;      ///< keys of CodeList::age_band
  std::vector<RegistryForm> forms;
  /// Territories reached (`rozsirenePusobnostiVKraji`): ORP, municipality, district or
  /// region codes as the item gives them.
  std::vector<TerritoryCode> territories;
  std::size_t item = 0;  ///< position in `polozky`, for messages ("/polozky/12")

  bool operator==(const RegistryService&) const = default;
};

/// A problem with one part of an item that did not stop the import: an unknown code or a
/// malformed member. `path` is the JSON pointer ("/polozky/3/ciloveSkupiny/1").
struct RegistryDiagnostic {
  std::string path;
  std::string message;

  bool operator==(const RegistryDiagnostic&) const = default;
};

/// The registry's own code lists (číselníky registru) published next to the export: for
/// each list, registry code → the entry's Czech name. Mapping goes registry code → Czech
/// name → kpss entry, so neither scheme is written into the other.
class RegistryCodeLists {
 public:
  /// Adds one code. `list` is the kpss list the registry list corresponds to.
  void add(CodeList list, std::string code, std::string name_cs);
  /// Reads a code-list document: an object whose members are the registry's list names
  /// (`DruhSocialniSluzby`, `FormaPoskytovani`, `CilovaSkupina`, `VekovaSkupina`,
  /// `TypKapacity`), each an array of `{"kod": ..., "nazev": ...}`; other members are
  /// ignored. Throws ParseError (with a JSON pointer), LimitExceeded above 16 MiB.
  static RegistryCodeLists parse(std::string_view json_text);
  /// The kpss entry for a registry code: through this table when it has the code, else
  /// directly by find_code (kpss key, §, REST id, the catalog's registry code, name).
  /// Returns nullptr when neither knows it. Complexity: O(log n + entries).
  const CodeEntry* resolve(CodeList list, std::string_view code) const;

 private:
  std::map<std::pair<CodeList, std::string>, std::string> names_;
};

/// Size limits; exceeding one throws LimitExceeded and imports nothing.
struct RegistryLimits {
  std::size_t max_bytes = std::size_t{2} << 30;      ///< whole document
  std::size_t max_items = 1'000'000;                 ///< items of `polozky`
  std::size_t max_item_values = 100'000;             ///< JSON values inside one item
  std::size_t max_string_bytes = std::size_t{1} << 20;  ///< one string or member name
  std::size_t max_depth = 64;                        ///< nesting of arrays and objects
};

/// What to import.
struct RegistryOptions {
  /// Keep only services reaching this territory: one of the item's territories equals it,
  /// or lies in it when it is a region or district whose code tells (regions of districts).
  std::optional<TerritoryCode> territory;
  /// Keep only services provided on this day (from ≤ day ≤ to).
  std::optional<Date> provided_on;
  /// The registry's code lists; without them codes resolve by find_code alone.
  const RegistryCodeLists* codes = nullptr;
  RegistryLimits limits;
};

/// The result of an import: every kept service, and what was dropped and why.
struct RegistryImport {
  std::vector<RegistryService> services;
  std::vector<RegistryDiagnostic> diagnostics;
  std::size_t items = 0;    ///< items read from `polozky`
  std::size_t skipped = 0;  ///< items not imported because of an error in them
  std::size_t filtered = 0; ///< items left out by the territory or date filter
};

/// Reads a registry export from `in`, one item at a time: memory holds one item's JSON
/// tree plus the converted services kept, never the whole document.
/// Does: maps `druhSocialniSluzby`, `formy[].forma`, `formy[].kapacity[].typ`,
/// `ciloveSkupiny[]`, `vekoveSkupiny[]` through `options.codes`. An unknown service type or
/// a malformed item skips that item; an unknown target group, age band, form or capacity
/// unit drops that entry; each with a diagnostic naming its JSON pointer.
/// Returns: the import, all or nothing.
/// Throws: ParseError ("line L, column C") for a document that is not JSON, is truncated
/// or has no `polozky` array; LimitExceeded; IoError when the stream fails.
/// Complexity: linear in the document size.
RegistryImport read_registry(std::istream& in, const RegistryOptions& options = {});

/// As read_registry, from a file. Throws IoError when it cannot be opened.
RegistryImport read_registry_file(const std::filesystem::path& path,
                                  const RegistryOptions& options = {});

}  // namespace kpss
