// Needs (potřeby) of inhabitants found in the analytical phase, with their evidence.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/core/date.hpp"
#include "kpss/core/id.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/model/common.hpp"

namespace kpss {

struct NeedTag;
/// Id of a need.
using NeedId = Id<NeedTag>;

/// Bradshaw's taxonomy of social need: who says the need exists.
enum class NeedType {
  normative,    ///< normativní: experts or standards say so
  felt,         ///< pociťovaná: people say they want it (surveys, hearings)
  expressed,    ///< vyjádřená: people asked for it (waiting lists, refused applicants)
  comparative,  ///< srovnávací: others with the same characteristics receive it
};

/// Where knowledge of a need comes from (zdroj).
struct Evidence {
  std::string source;       ///< "Dotazníkové šetření mezi seniory 2024", a register, a study
  std::string description;  ///< what it shows
  std::optional<Date> date;
  std::string url;  ///< may be empty
  Extensions extensions;

  bool operator==(const Evidence&) const = default;
};

/// A need of a target group in a territory.
struct Need {
  NeedId id;
  std::string title;
  std::string description;
  std::string target_group;  ///< key of CodeList::target_group
  std::optional<TerritoryCode> territory;  ///< absent: the plan's territory
  NeedType type = NeedType::felt;
  std::vector<Evidence> evidence;
  std::optional<Capacity> demand;  ///< how much is needed, in capacity units
  std::vector<std::string> service_types;  ///< keys of CodeList::service_type that meet it
  Extensions extensions;

  bool operator==(const Need&) const = default;
};

std::string_view to_string(NeedType value) noexcept;
bool from_string(std::string_view text, NeedType& out) noexcept;

}  // namespace kpss
