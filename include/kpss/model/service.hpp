// Social services (sociální služby): the existing resources of the plan.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "kpss/core/id.hpp"
#include "kpss/core/money.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/model/common.hpp"
#include "kpss/model/stakeholder.hpp"

namespace kpss {

struct ServiceTag;
/// Id of a service in the plan (not the registry identifier).
using ServiceId = Id<ServiceTag>;

/// A social service as the plan describes it (one registered service, or a planned one).
struct Service {
  ServiceId id;
  std::string name;
  std::string type;  ///< key of CodeList::service_type (druh služby, "home_care")
  std::string form;  ///< key of CodeList::form (forma: "outpatient", "residential", "field")
  Capacity capacity;
  std::vector<std::string> target_groups;   ///< keys of CodeList::target_group
  std::vector<std::string> age_bands;       ///< keys of CodeList::age_band
  std::vector<TerritoryCode> territories;   ///< territories reached (působnost)
  StakeholderId provider;                   ///< a stakeholder with Role::provider
  std::string registry_id;  ///< identifikátor služby in the registry (7 digits) or ""
  std::optional<Money> unit_cost;  ///< yearly cost per capacity unit (náklady na jednotku)
  bool in_network = false;  ///< in the region's network of services (síť sociálních služeb)
  std::string note;
  Extensions extensions;

  bool operator==(const Service&) const = default;
};

}  // namespace kpss
