// The regional roll-up (krajský pohled): many municipal plans merged into needs and gaps
// per ORP and region, priorities recurring across municipalities, services counted by two
// plans, and pooling proposals for neighbouring municipalities.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/plan_gaps.hpp"
#include "kpss/gaps/pooling.hpp"
#include "kpss/gaps/territory_tree.hpp"
#include "kpss/model/plan.hpp"

namespace kpss {

/// A service type and target group with a gap in several municipalities' plans.
struct RecurringGap {
  std::string type;
  std::string target_group;
  std::vector<std::string> plans;  ///< plan ids, in input order
  double units = 0.0;              ///< Σ positive gaps
  std::int64_t population = 0;     ///< Σ population of those plans' territories
  double population_share = 0.0;  ///< population / the population of all plans
};

/// A registered service that several plans count as their own (counted twice in a sum of
/// the plans; not kpss::SharedService of the graph, a service that serves several
/// municipalities).
struct DoubleCountedService {
  std::string registry_id;
  std::vector<std::string> plans;  ///< the first counts it; the others do not
};

struct RegionalView {
  GapTable municipal;  ///< all plans' rows at the level the plans give them
  GapTable orp;        ///< rolled up to ORPs, priced again (net gaps)
  GapTable region;     ///< rolled up to regions, priced again
  std::vector<RecurringGap> recurring;  ///< by number of plans, then population, then key
  std::vector<DoubleCountedService> shared;  ///< by registry id
  std::vector<PoolingProposal> pooling;
};

struct RegionalOptions {
  PlanGapOptions gaps;  ///< `tree` is replaced by the regional tree
  PoolingOptions pooling;
};

/// Merges municipal plans.
/// Requires: `tree` holds the plans' territories with their ORPs, districts, regions and
/// populations.
/// Does: takes every plan's records (plan_records); a service whose registry id an
/// earlier plan already counted is left out and reported in `shared`; compares all demand
/// with all capacity once, so a service reaching a neighbour counts there; rolls up;
/// finds gaps recurring in at least two plans; proposes pooling.
/// Throws: as plan_records and propose_pooling. Complexity: O(R log R) for R records.
RegionalView regional_view(std::span<const Plan> plans, const TerritoryTree& tree,
                           const RegionalOptions& options = {});

}  // namespace kpss
