// Statistical, sociological and demographic data of the plan (statistická a demografická
// data): population by age band and territory, and other figures.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kpss/core/date.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/model/common.hpp"

namespace kpss {

/// Inhabitants of one age band in one territory (počet obyvatel).
struct PopulationCount {
  std::optional<TerritoryCode> territory;  ///< absent: the plan's territory
  std::string age_band;                    ///< key of CodeList::age_band
  std::int64_t count = 0;
  Extensions extensions;

  bool operator==(const PopulationCount&) const = default;
};

/// Any other figure the analysis relies on ("příjemci příspěvku na péči": 412 persons).
struct Statistic {
  std::string name;
  double value = 0.0;
  std::string unit;  ///< "persons", "%", "CZK"; free text
  std::optional<TerritoryCode> territory;
  std::optional<Date> date;
  std::string source;
  Extensions extensions;

  bool operator==(const Statistic&) const = default;
};

/// The plan's demographic and statistical data.
struct Demography {
  std::optional<Date> reference_date;  ///< e.g. 2024-01-01 for ČSÚ mid-year figures
  std::string source;                  ///< "ČSÚ, Pohyb obyvatelstva 2023"
  std::vector<PopulationCount> population;
  std::vector<Statistic> statistics;
  Extensions extensions;

  bool operator==(const Demography&) const = default;
};

}  // namespace kpss
