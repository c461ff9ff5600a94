// The results of the gap analysis, the economic evaluation, the regional roll-up and the
// registry import as JSON documents (docs/gaps.md), for the tool, the C API and reports.
// Money is written as "1234.50 CZK"; an absent coverage or cost is null.
#pragma once

#include <span>
#include <string>

#include "kpss/gaps/candidates.hpp"
#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/plan_budget.hpp"
#include "kpss/gaps/pooling.hpp"
#include "kpss/gaps/region.hpp"
#include "kpss/io/registry.hpp"

namespace kpss {

/// {"rows": [{"type", "form", "target_group", "territory", "unit", "demand", "capacity",
/// "gap", "coverage", "cost_to_close", "origins", "sources"}], "diagnostics": [{"where",
/// "message"}]}. Complexity: linear.
std::string gap_table_json(const GapTable& table);

/// {"total_cost", "total_funded", "total_shortfall", "years": [{"year", "cost", "funding":
/// {source: amount}, "funded", "shortfall"}], "shortfalls": [{"measure", "title", "cost",
/// "funded", "shortfall"}], "uncosted": [measure ids]}.
std::string plan_budget_json(const PlanBudget& budget);

/// [{"orp", "type", "form", "target_group", "unit", "units", "min_viable", "key", "cost",
/// "shares": [{"municipality", "units", "population", "fraction", "cost"}]}].
std::string pooling_json(std::span<const PoolingProposal> proposals);

/// {"municipal", "orp", "region" (gap tables), "recurring": [{"type", "target_group",
/// "plans", "units", "population", "population_share"}], "shared_services":
/// [{"registry_id", "plans"}], "pooling": [as pooling_json]}.
std::string regional_view_json(const RegionalView& view);

/// [{"type", "form", "target_group", "territory", "title", "criteria": [{"name", "value",
/// "benefit"}], "evidence"}].
std::string priority_candidates_json(std::span<const PriorityCandidate> candidates);

/// {"items", "imported", "skipped", "filtered", "services": [{"id", "identifier", "type",
/// "provider_ico", "provider", "target_groups", "age_bands", "forms": [{"form",
/// "capacities": [{"amount", "unit", "description"}]}], "territories"}], "diagnostics":
/// [{"path", "message"}]}.
std::string registry_import_json(const RegistryImport& import);

}  // namespace kpss
