// Demand from demographic data × prevalence norms (normativy), e.g. "home care clients per
// 1 000 inhabitants aged 80+".
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "kpss/core/territory.hpp"
#include "kpss/gaps/gap_table.hpp"

namespace kpss {

/// A norm: `per_thousand` units of `type` per 1 000 inhabitants of `age_bands`.
struct PrevalenceNorm {
  std::string type;  ///< key of CodeList::service_type
  std::string form;  ///< key of CodeList::form, or ""
  std::string target_group;  ///< key of CodeList::target_group, or ""
  std::vector<std::string> age_bands;  ///< keys of CodeList::age_band; at least one
  double per_thousand = 0.0;
  std::string unit;    ///< key of CodeList::capacity_unit
  std::string source;  ///< where the norm comes from (the region's standard, a study)
};

/// Inhabitants of one age band in one territory.
struct PopulationFigure {
  TerritoryCode territory;
  std::string age_band;  ///< key of CodeList::age_band
  std::int64_t count = 0;
};

/// One demand record per norm and territory that has population in the norm's age bands:
/// amount = Σ count × per_thousand / 1000, its origin naming the norm and the population,
/// its evidence the norm's source. Records come in norm order, territories in code order.
/// Throws: InvalidArgument for an unknown code, no age bands, a negative or non-finite rate,
/// a negative count. Complexity: O(norms × figures).
std::vector<DemandRecord> demand_from_norms(std::span<const PrevalenceNorm> norms,
                                            std::span<const PopulationFigure> population);

}  // namespace kpss
