// Needs against resources through the C API: gap tables, registry imports, territories,
// the economic evaluation and the regional roll-up.
#include <algorithm>
#include <cstring>
#include <streambuf>
#include <string>
#include <vector>

#include "capi_internal.hpp"
#include "kpss/gaps/candidates.hpp"
#include "kpss/gaps/compensation.hpp"
#include "kpss/gaps/json.hpp"
#include "kpss/gaps/plan_budget.hpp"
#include "kpss/gaps/plan_gaps.hpp"
#include "kpss/gaps/region.hpp"
#include "kpss/io/registry.hpp"
#include "kpss/kpss_gaps.h"
#include "plan_handle.hpp"

struct kpss_territories {
  kpss::TerritoryTree tree;
};

struct kpss_registry {
  kpss::RegistryImport import;
};

struct kpss_gap_table {
  kpss::GapTable table;
};

struct kpss_region {
  kpss::RegionalView view;
};

using kpss::capi::dup_string;
using kpss::capi::guard;
using kpss::capi::read_versioned;
using kpss::capi::require;

namespace {

std::string text(const char* s) { return s == nullptr ? std::string() : std::string(s); }

std::string at(const char* array, std::size_t i, const char* member = nullptr) {
  std::string where = std::string(array) + "[" + std::to_string(i) + "]";
  if (member != nullptr) where += std::string(".") + member;
  return where;
}

/// A caller's array of versioned structs, stepped by the first element's struct_size, which
/// every element must repeat; each read as read_versioned reads one.
template <class Struct>
std::vector<Struct> read_array(const Struct* array, std::size_t count, const Struct& defaults, const char* what) {
  std::vector<Struct> out;
  if (count == 0) return out;
  require(array, what);
  const std::uint32_t stride = array[0].struct_size;
  const auto* bytes = reinterpret_cast<const unsigned char*>(array);
  for (std::size_t i = 0; i < count; ++i) {
    const Struct s = kpss::capi::read_versioned_bytes(bytes + i * stride, stride, defaults, at(what, i));
    if (s.struct_size != stride)
      throw kpss::InvalidArgument("every element must have the struct_size of the first", at(what, i));
    out.push_back(s);
  }
  return out;
}

std::vector<std::string> split_commas(const std::string& list) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < list.size()) {
    const std::size_t comma = std::min(list.find(',', start), list.size());
    if (comma > start) out.push_back(list.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

kpss::TerritoryCode territory(const char* code, const std::string& where) {
  if (code == nullptr) throw kpss::InvalidArgument("a territory code is required", where);
  try {
    return kpss::TerritoryCode::parse(code);
  } catch (const kpss::Error& e) {
    throw kpss::InvalidArgument(e.message(), where);
  }
}

kpss::TerritoryLevel level_of(int level) {
  if (level < KPSS_TERRITORY_MUNICIPALITY || level > KPSS_TERRITORY_REGION)
    throw kpss::InvalidArgument("unknown territory level " + std::to_string(level) +
                                    " (expected KPSS_TERRITORY_MUNICIPALITY … KPSS_TERRITORY_REGION)",
                                "level");
  return static_cast<kpss::TerritoryLevel>(level);
}

kpss::Date to_date(const kpss_date& d, const char* what) {
  const kpss::Date date{std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
                        std::chrono::day{static_cast<unsigned>(d.day)}};
  if (d.month < 1 || d.day < 1 || !date.ok()) throw kpss::InvalidArgument("not a valid calendar date", what);
  return date;
}

/// The C++ options of a gap analysis; `registry` is borrowed by the result.
kpss::PlanGapOptions gap_options(const kpss_gap_options* in) {
  const kpss_gap_options o = read_versioned(in, kpss_gap_options KPSS_GAP_OPTIONS_INIT, "options");
  kpss::PlanGapOptions out;
  if (o.split != KPSS_SPLIT_POPULATION && o.split != KPSS_SPLIT_EQUAL)
    throw kpss::InvalidArgument("unknown split " + std::to_string(o.split) +
                                    " (expected KPSS_SPLIT_POPULATION or KPSS_SPLIT_EQUAL)",
                                "options.split");
  out.split = o.split == KPSS_SPLIT_EQUAL ? kpss::SplitKey::equal : kpss::SplitKey::population;
  const auto norms = read_array(o.norms, o.norm_count, kpss_prevalence_norm KPSS_PREVALENCE_NORM_INIT, "norms");
  for (std::size_t i = 0; i < norms.size(); ++i) {
    const kpss_prevalence_norm& n = norms[i];
    if (n.type == nullptr || n.unit == nullptr)
      throw kpss::InvalidArgument("a norm needs a type and a unit", at("norms", i));
    out.norms.push_back({n.type, text(n.form), text(n.target_group), split_commas(text(n.age_bands)),
                         n.per_thousand, n.unit, text(n.source)});
  }
  const auto costs = read_array(o.unit_costs, o.unit_cost_count, kpss_unit_cost KPSS_UNIT_COST_INIT, "unit_costs");
  for (std::size_t i = 0; i < costs.size(); ++i) {
    if (costs[i].type == nullptr) throw kpss::InvalidArgument("a unit cost needs a type", at("unit_costs", i, "type"));
    if (!out.unit_costs.emplace(costs[i].type, kpss::capi::to_money(&costs[i].cost, "cost")).second)
      throw kpss::InvalidArgument(std::string("a second unit cost of ") + costs[i].type, at("unit_costs", i, "type"));
  }
  if (o.registry != nullptr) out.registry = o.registry->import.services;
  if (o.territories != nullptr) out.tree = &o.territories->tree;
  return out;
}

template <class T>
const T& element(const std::vector<T>& v, std::size_t index, const char* what) {
  if (index >= v.size())
    throw kpss::NotFound(std::string(what) + " " + std::to_string(index) + " of " + std::to_string(v.size()),
                         "index");
  return v[index];
}

kpss_finding finding(const std::string& where, const std::string& message) {
  return {sizeof(kpss_finding), where.c_str(), message.c_str()};
}

/// Reads from caller memory without copying it.
class MemoryBuffer : public std::streambuf {
 public:
  MemoryBuffer(const char* data, std::size_t length) {
    char* p = const_cast<char*>(data);  // get area only: never written through
    setg(p, p, p + length);
  }
};

kpss::RegistryImport import_registry(const kpss_registry_options* options, auto&& read) {
  const kpss_registry_options o = read_versioned(options, kpss_registry_options KPSS_REGISTRY_OPTIONS_INIT, "options");
  kpss::RegistryOptions r;
  if (o.territory != nullptr) r.territory = territory(o.territory, "options.territory");
  if (o.provided_on != nullptr) r.provided_on = to_date(*o.provided_on, "options.provided_on");
  kpss::RegistryCodeLists codes;
  if (o.code_lists_json != nullptr) {
    codes = kpss::RegistryCodeLists::parse(o.code_lists_json);
    r.codes = &codes;
  }
  return read(r);
}

}  // namespace

extern "C" {

/* ---- territories ---------------------------------------------------------------------- */

int kpss_territories_new(kpss_territories** out) {
  return guard([&] { *require(out, "out") = new kpss_territories{}; });
}

int kpss_territories_from_plan(kpss_territories** out, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_territories{kpss::plan_territory_tree(kpss::capi::plan_of(plan))};
  });
}

int kpss_territories_add(kpss_territories* territories, const kpss_territory_spec* specs, size_t count) {
  return guard([&] {
    require(territories, "territories");
    kpss::TerritoryTree tree = territories->tree;
    const auto list = read_array(specs, count, kpss_territory_spec KPSS_TERRITORY_SPEC_INIT, "specs");
    for (std::size_t i = 0; i < list.size(); ++i) {
      const kpss_territory_spec& s = list[i];
      const kpss::TerritoryCode code = territory(s.code, at("specs", i, "code"));
      std::optional<kpss::TerritoryCode> parent;
      if (s.parent != nullptr && *s.parent != '\0') parent = territory(s.parent, at("specs", i, "parent"));
      try {
        tree.add(code, parent, s.population, text(s.name));
      } catch (const kpss::ConflictError& e) {
        throw kpss::ConflictError(e.message(), at("specs", i));
      } catch (const kpss::Error& e) {
        throw kpss::InvalidArgument(e.message(), at("specs", i));
      }
    }
    territories->tree = std::move(tree);
  });
}

int kpss_territories_population(int64_t* out, const kpss_territories* territories, const char* code) {
  return guard([&] {
    require(out, "out");
    const auto& tree = require(territories, "territories")->tree;
    const kpss::TerritoryCode c = territory(code, "code");
    if (tree.find(c) == nullptr) throw kpss::NotFound("no territory " + c.code(), "code");
    *out = tree.population(c);
  });
}

void kpss_territories_free(kpss_territories* territories) { delete territories; }

/* ---- registry ------------------------------------------------------------------------- */

int kpss_registry_load(kpss_registry** out, const char* path, const kpss_registry_options* options) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    require(path, "path");
    *out = new kpss_registry{
        import_registry(options, [&](const kpss::RegistryOptions& o) { return kpss::read_registry_file(path, o); })};
  });
}

int kpss_registry_read(kpss_registry** out, const char* json, size_t length, const kpss_registry_options* options) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    if (length > 0) require(json, "json");
    *out = new kpss_registry{import_registry(options, [&](const kpss::RegistryOptions& o) {
      MemoryBuffer buffer(json, length);
      std::istream in(&buffer);
      return kpss::read_registry(in, o);
    })};
  });
}

void kpss_registry_free(kpss_registry* registry) { delete registry; }

int kpss_registry_summary_get(kpss_registry_summary* out, const kpss_registry* registry) {
  return guard([&] {
    require(out, "out");
    const kpss::RegistryImport& r = require(registry, "registry")->import;
    kpss::capi::copy_versioned(
        out, kpss_registry_summary{sizeof(kpss_registry_summary), r.items, r.services.size(), r.skipped, r.filtered,
                                   r.diagnostics.size()});
  });
}

int kpss_registry_diagnostic(kpss_finding* out, const kpss_registry* registry, size_t index) {
  return guard([&] {
    require(out, "out");
    const auto& d = element(require(registry, "registry")->import.diagnostics, index, "diagnostic");
    kpss::capi::copy_versioned(out, finding(d.path, d.message));
  });
}

int kpss_registry_to_json(char** out, const kpss_registry* registry) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::registry_import_json(require(registry, "registry")->import));
  });
}

/* ---- gap tables ----------------------------------------------------------------------- */

int kpss_plan_gaps(kpss_gap_table** out, const kpss_plan* plan, const kpss_gap_options* options) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_gap_table{kpss::plan_gaps(kpss::capi::plan_of(plan), gap_options(options))};
  });
}

int kpss_gap_table_roll_up(kpss_gap_table** out, const kpss_gap_table* table, const kpss_territories* territories,
                           int level) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_gap_table{kpss::roll_up(require(table, "table")->table,
                                            require(territories, "territories")->tree, level_of(level))};
  });
}

void kpss_gap_table_free(kpss_gap_table* table) { delete table; }

int kpss_gap_table_count(size_t* out_rows, size_t* out_findings, const kpss_gap_table* table) {
  return guard([&] {
    const kpss::GapTable& t = require(table, "table")->table;
    if (out_rows != nullptr) *out_rows = t.rows.size();
    if (out_findings != nullptr) *out_findings = t.diagnostics.size();
  });
}

int kpss_gap_table_row(kpss_gap_row* out, const kpss_gap_table* table, size_t index) {
  return guard([&] {
    require(out, "out");
    const kpss::GapRow& r = element(require(table, "table")->table.rows, index, "row");
    kpss_gap_row full = KPSS_GAP_ROW_INIT;
    full.type = r.key.type.c_str();
    full.form = r.key.form.c_str();
    full.target_group = r.key.target_group.c_str();
    full.territory = r.key.territory.code().c_str();
    full.unit = r.unit.c_str();
    full.demand = r.demand;
    full.capacity = r.capacity;
    full.gap = r.gap;
    full.has_coverage = r.coverage ? 1 : 0;
    full.coverage = r.coverage.value_or(0.0);
    full.has_cost = r.cost_to_close ? 1 : 0;
    if (r.cost_to_close) full.cost_to_close = kpss::capi::from_money(*r.cost_to_close);
    full.origins = r.origins.size();
    full.sources = r.sources.size();
    kpss::capi::copy_versioned(out, full);
  });
}

int kpss_gap_table_finding(kpss_finding* out, const kpss_gap_table* table, size_t index) {
  return guard([&] {
    require(out, "out");
    const auto& d = element(require(table, "table")->table.diagnostics, index, "finding");
    kpss::capi::copy_versioned(out, finding(d.where, d.message));
  });
}

int kpss_gap_table_to_json(char** out, const kpss_gap_table* table) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::gap_table_json(require(table, "table")->table));
  });
}

int kpss_gap_table_candidates_json(char** out, const kpss_gap_table* table, const kpss_territories* territories) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::priority_candidates_json(kpss::priority_candidates(
        require(table, "table")->table, territories == nullptr ? nullptr : &territories->tree)));
  });
}

/* ---- economic evaluation -------------------------------------------------------------- */

int kpss_plan_budget_json(char** out, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::plan_budget_json(kpss::plan_budget(kpss::capi::plan_of(plan))));
  });
}

int kpss_compensation_payment(kpss_money* out_total, kpss_money* out_per_unit, const kpss_money* usual_costs,
                              const kpss_money* revenues, double units, const kpss_money* reasonable_profit) {
  return guard([&] {
    const kpss::Money costs = kpss::capi::to_money(usual_costs, "usual_costs");
    const kpss::Money profit = reasonable_profit == nullptr
                                   ? kpss::Money::zero(costs.currency())
                                   : kpss::capi::to_money(reasonable_profit, "reasonable_profit");
    const kpss::CompensationPayment p =
        kpss::compensation_payment(costs, kpss::capi::to_money(revenues, "revenues"), units, profit);
    if (out_total != nullptr) *out_total = kpss::capi::from_money(p.total);
    if (out_per_unit != nullptr) *out_per_unit = kpss::capi::from_money(p.per_unit);
  });
}

/* ---- regional roll-up ----------------------------------------------------------------- */

int kpss_region_build(kpss_region** out, const kpss_plan* const* plans, size_t count,
                      const kpss_territories* territories, const kpss_region_options* options) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    const auto& tree = require(territories, "territories")->tree;
    if (count > 0) require(plans, "plans");
    std::vector<kpss::Plan> list;
    list.reserve(count);
    for (std::size_t i = 0; i < count; ++i) list.push_back(kpss::capi::plan_of(plans[i], "plans[i]"));
    const kpss_region_options o = read_versioned(options, kpss_region_options KPSS_REGION_OPTIONS_INIT, "options");
    kpss::RegionalOptions r;
    r.gaps = gap_options(o.gaps);
    if (o.cost_sharing < KPSS_COST_SHARING_PER_CAPITA || o.cost_sharing > KPSS_COST_SHARING_EXPLICIT)
      throw kpss::InvalidArgument("unknown cost sharing " + std::to_string(o.cost_sharing), "options.cost_sharing");
    r.pooling.key = static_cast<kpss::CostSharing>(o.cost_sharing);
    if (!(o.default_min_viable >= 0) || o.default_min_viable > 1e15)
      throw kpss::InvalidArgument("the viable size must be a non-negative number", "options.default_min_viable");
    r.pooling.default_min_viable = o.default_min_viable;
    const auto viable = read_array(o.min_viable, o.min_viable_count, kpss_min_viable KPSS_MIN_VIABLE_INIT, "min_viable");
    for (std::size_t i = 0; i < viable.size(); ++i) {
      if (viable[i].type == nullptr || !(viable[i].units >= 0) || viable[i].units > 1e15)
        throw kpss::InvalidArgument("a viable size needs a type and a non-negative number", at("min_viable", i));
      r.pooling.min_viable[viable[i].type] = viable[i].units;
    }
    const auto weights = read_array(o.weights, o.weight_count, kpss_territory_weight KPSS_TERRITORY_WEIGHT_INIT, "weights");
    for (std::size_t i = 0; i < weights.size(); ++i)
      r.pooling.weights[territory(weights[i].code, at("weights", i, "code"))] = weights[i].weight;
    *out = new kpss_region{kpss::regional_view(list, tree, r)};
  });
}

void kpss_region_free(kpss_region* region) { delete region; }

int kpss_region_to_json(char** out, const kpss_region* region) {
  return guard([&] {
    require(out, "out");
    *out = dup_string(kpss::regional_view_json(require(region, "region")->view));
  });
}

int kpss_region_gaps(kpss_gap_table** out, const kpss_region* region, int level) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    const kpss::RegionalView& v = require(region, "region")->view;
    switch (level_of(level)) {
      case kpss::TerritoryLevel::municipality: *out = new kpss_gap_table{v.municipal}; break;
      case kpss::TerritoryLevel::orp: *out = new kpss_gap_table{v.orp}; break;
      case kpss::TerritoryLevel::region: *out = new kpss_gap_table{v.region}; break;
      case kpss::TerritoryLevel::district:
        throw kpss::InvalidArgument("the regional view has no district table", "level");
    }
  });
}

int kpss_region_pooling_count(size_t* out, const kpss_region* region) {
  return guard([&] { *require(out, "out") = require(region, "region")->view.pooling.size(); });
}

int kpss_region_pooling(kpss_pooling_proposal* out, const kpss_region* region, size_t index) {
  return guard([&] {
    require(out, "out");
    const kpss::PoolingProposal& p = element(require(region, "region")->view.pooling, index, "proposal");
    kpss_pooling_proposal full = KPSS_POOLING_PROPOSAL_INIT;
    full.orp = p.orp.code().c_str();
    full.type = p.type.c_str();
    full.form = p.form.c_str();
    full.target_group = p.target_group.c_str();
    full.unit = p.unit.c_str();
    full.units = p.units;
    full.min_viable = p.min_viable;
    full.cost_sharing = static_cast<int32_t>(p.key);
    full.has_cost = p.cost ? 1 : 0;
    if (p.cost) full.cost = kpss::capi::from_money(*p.cost);
    full.shares = p.shares.size();
    kpss::capi::copy_versioned(out, full);
  });
}

int kpss_region_pooling_share(kpss_pooling_share* out, const kpss_region* region, size_t proposal, size_t share) {
  return guard([&] {
    require(out, "out");
    const kpss::PoolingProposal& p = element(require(region, "region")->view.pooling, proposal, "proposal");
    const kpss::PoolingShare& s = element(p.shares, share, "share");
    kpss_pooling_share full = KPSS_POOLING_SHARE_INIT;
    full.municipality = s.municipality.code().c_str();
    full.units = s.units;
    full.population = s.population;
    full.fraction = s.fraction;
    full.has_cost = s.cost ? 1 : 0;
    if (s.cost) full.cost = kpss::capi::from_money(*s.cost);
    kpss::capi::copy_versioned(out, full);
  });
}

}  // extern "C"
