// Gap analysis of a community plan (analýza potřeb a zdrojů plánu): demand from the plan's
// need records and from its demography × prevalence norms, capacity from its services and
// imported registry records, the gap table priced with the services' unit costs.
#pragma once

#include <span>
#include <vector>

#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/norms.hpp"
#include "kpss/gaps/territory_tree.hpp"
#include "kpss/io/registry.hpp"
#include "kpss/model/plan.hpp"

namespace kpss {

struct PlanGapOptions {
  /// Norms turning the plan's demography into demand. A norm adds demand only for a
  /// service type and target group no need record of the plan quantifies: explicit needs
  /// take precedence over norms.
  std::vector<PrevalenceNorm> norms;
  /// Registry records adding capacity; a record whose identifier is a service's
  /// `registry_id` is that service and is not counted again.
  std::span<const RegistryService> registry;
  SplitKey split = SplitKey::population;
  /// Populations for splitting; null: a tree of the plan's territory and municipalities
  /// with the demography's totals (plan_territory_tree).
  const TerritoryTree* tree = nullptr;
  const UnitConversions* conversions = nullptr;
  std::map<std::string, std::string> type_units;
  /// Unit costs by type; a type not listed takes the unit cost of the plan's first service
  /// of that type that has one.
  UnitCosts unit_costs;
};

/// The demand and capacity records of a plan, before comparison.
struct PlanRecords {
  std::vector<DemandRecord> demand;
  std::vector<CapacityRecord> capacity;
  std::vector<GapDiagnostic> diagnostics;
};

/// The records of a plan.
/// Does: a need with a demand and at least one service type gives one record for its first
/// service type (the principal answer; the others are named in its origin), in its
/// territory or the plan's; a need without a demand or a type is reported as not
/// quantified. Each service with a capacity gives a capacity record over its territories
/// (the plan's territory when it lists none); registry records likewise, one per form and
/// capacity. Then demand from the norms.
/// Throws: ValidationError when the plan has no territory and a record needs it.
PlanRecords plan_records(const Plan& plan, const PlanGapOptions& options = {});

/// A tree of the plan's territory and municipalities, with populations summed from the
/// demography (a count without a territory is the plan territory's).
TerritoryTree plan_territory_tree(const Plan& plan);

/// The unit cost of each type: `options.unit_costs`, then the plan's services.
UnitCosts plan_unit_costs(const Plan& plan, const UnitCosts& overrides = {});

/// The plan's gap table: compute_gaps over plan_records, priced with plan_unit_costs; the
/// records' diagnostics come first. Complexity: as compute_gaps.
GapTable plan_gaps(const Plan& plan, const PlanGapOptions& options = {});

}  // namespace kpss
