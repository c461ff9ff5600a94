// Needs against resources (analýza potřeb a zdrojů): demand and capacity per service type ×
// form × target group × territory, gaps, coverage ratios, and their roll-up through the
// territorial hierarchy. Inputs are plain values; plan_gaps.hpp builds them from a plan.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/gaps/territory_tree.hpp"
#include "kpss/gaps/units.hpp"

namespace kpss {

/// What a gap is about. Empty `form` or `target_group` means "any".
struct GapKey {
  std::string type{};  ///< key of CodeList::service_type
  std::string form{};  ///< key of CodeList::form, or ""
  std::string target_group{};  ///< key of CodeList::target_group, or ""
  TerritoryCode territory;

  auto operator<=>(const GapKey&) const = default;
  bool operator==(const GapKey&) const = default;
};

/// How much is needed (poptávka), and why we think so.
struct DemandRecord {
  GapKey key;
  double amount = 0.0;  ///< finite, non-negative
  std::string unit{};     ///< key of CodeList::capacity_unit
  std::string origin{};   ///< "need N3", "norm: 120 clients per 1 000 aged 80+"
  std::string evidence{}; ///< the source the amount rests on
};

/// How a capacity reaching several territories is divided among them (klíč rozdělení).
enum class SplitKey {
  population,  ///< in proportion to the territories' populations (the default)
  equal,       ///< equally
  explicit_shares,  ///< by `CapacityRecord::shares`
};

/// An existing capacity (kapacita služby): a plan's service or a registry record.
struct CapacityRecord {
  std::string source{};  ///< "service S2", "registry 1234567"
  std::string type{};    ///< key of CodeList::service_type
  std::string form{};    ///< key of CodeList::form, or ""
  std::vector<std::string> target_groups{};  ///< empty: any
  std::vector<TerritoryCode> territories{};  ///< territories reached; at least one
  std::vector<double> shares{};  ///< for SplitKey::explicit_shares, parallel to territories
  double amount = 0.0;
  std::string unit{};
};

/// A finding that did not stop the analysis: a record left out, a fallback taken.
struct GapDiagnostic {
  std::string where{};  ///< the record ("service S2", "need N3")
  std::string message{};
  bool operator==(const GapDiagnostic&) const = default;
};

/// One line of the gap table.
struct GapRow {
  GapKey key;
  std::string unit{};
  double demand = 0.0;
  double capacity = 0.0;
  double gap = 0.0;  ///< demand − capacity; negative for a surplus
  std::optional<double> coverage{};  ///< capacity / demand; absent when demand is 0
  std::vector<std::string> origins{};  ///< the demand records' origins and evidence
  std::vector<std::string> sources{};  ///< the capacity records counted
  std::optional<Money> cost_to_close{};  ///< set by price_gaps
};

/// The gap table: rows sorted by gap (largest first), then by key.
struct GapTable {
  std::vector<GapRow> rows{};
  std::vector<GapDiagnostic> diagnostics{};
};

/// Options of compute_gaps.
struct GapOptions {
  SplitKey split = SplitKey::population;
  /// Populations for the population key; with no tree (or a territory without a
  /// population) the split falls back to equal, with a diagnostic.
  const TerritoryTree* tree = nullptr;
  /// Unit conversions; null means UnitConversions::defaults().
  const UnitConversions* conversions = nullptr;
  /// The unit each service type is counted in; a type not listed is counted in the unit of
  /// its first demand record, else of its first capacity record.
  std::map<std::string, std::string> type_units;
};

/// Compares demand with capacity.
/// Does: converts every record to its type's unit (a record whose unit cannot be converted
/// is left out with a diagnostic); splits each capacity among its territories by the key;
/// assigns each part to the row of its type and territory whose form equals its form, else
/// to the row with any form; within it, to the rows whose target groups it serves (shared
/// equally), else to the row with any target group, else to a row of its own with no
/// demand. A capacity is therefore counted once.
/// Throws: InvalidArgument for a negative or non-finite amount, a capacity without
/// territories, or explicit shares that do not match the territories or sum to 0.
/// Complexity: O((d + c·t·g) log r) for d demand, c capacity records, t territories,
/// g target groups, r rows.
GapTable compute_gaps(std::span<const DemandRecord> demand, std::span<const CapacityRecord> capacity,
                      const GapOptions& options = {});

/// The table aggregated to `level`: each row is added to the row of its ancestor at that
/// level (rows already at a higher level, or with no such ancestor in `tree`, are left out
/// with a diagnostic). Gaps and coverage are recomputed from the summed demand and capacity, so
/// a surplus in one territory offsets a gap in another; costs are not carried (price the
/// rolled-up table again).
GapTable roll_up(const GapTable& table, const TerritoryTree& tree, TerritoryLevel level);

/// Sorts rows by gap, largest first, then by key (the order compute_gaps returns).
void sort_gap_rows(std::vector<GapRow>& rows);

/// Yearly cost per capacity unit of each service type (náklady na jednotku), in the unit
/// the type is counted in.
using UnitCosts = std::map<std::string, Money>;

/// `units` × `unit_cost`: units are taken to thousandths, the product rounded half away
/// from zero to minor units. Throws InvalidArgument for negative or non-finite units;
/// OverflowError.
Money cost_of_units(const Money& unit_cost, double units);

/// Sets `cost_to_close` of every row with a positive gap and a unit cost for its type:
/// the cost of closing the gap (náklady na pokrytí). Other rows stay without a cost.
void price_gaps(GapTable& table, const UnitCosts& costs);

}  // namespace kpss
