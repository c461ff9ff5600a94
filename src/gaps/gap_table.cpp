#include "kpss/gaps/gap_table.hpp"

#include <algorithm>
#include <cmath>

#include "kpss/core/error.hpp"
#include "quantity.hpp"

namespace kpss {

namespace {

void append_unique(std::vector<std::string>& list, const std::string& value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end())
    list.push_back(value);
}

void check_amount(double amount, const std::string& where) {
  if (!std::isfinite(amount) || amount < 0)
    throw InvalidArgument("an amount must be finite and non-negative", where);
}

void finish(GapRow& r) {
  r.gap = r.demand - r.capacity;
  r.coverage.reset();
  if (r.demand > 0) r.coverage = r.capacity / r.demand;
}

std::vector<double> split_fractions(const CapacityRecord& c, const GapOptions& options,
                                    std::vector<GapDiagnostic>& diagnostics) {
  const std::size_t n = c.territories.size();
  std::vector<double> f(n, 1.0 / static_cast<double>(n));
  if (n == 1) return {1.0};
  if (options.split == SplitKey::explicit_shares) {
    if (c.shares.size() != n)
      throw InvalidArgument("explicit shares must be given for each of the " + std::to_string(n) +
                                " territories",
                            c.source);
    double sum = 0;
    for (double s : c.shares) {
      check_amount(s, c.source);
      sum += s;
    }
    if (sum <= 0) throw InvalidArgument("explicit shares sum to zero", c.source);
    for (std::size_t i = 0; i < n; ++i) f[i] = c.shares[i] / sum;
    return f;
  }
  if (options.split == SplitKey::population) {
    std::vector<std::int64_t> pop(n, 0);
    std::int64_t sum = 0;
    bool complete = options.tree != nullptr;
    for (std::size_t i = 0; complete && i < n; ++i) {
      pop[i] = options.tree->population(c.territories[i]);
      complete = pop[i] > 0;
      sum += pop[i];
    }
    if (complete) {
      for (std::size_t i = 0; i < n; ++i)
        f[i] = static_cast<double>(pop[i]) / static_cast<double>(sum);
      return f;
    }
    diagnostics.push_back({c.source, "the population of a territory it reaches is unknown; "
                                     "its capacity is split equally"});
  }
  return f;
}

}  // namespace

GapTable compute_gaps(std::span<const DemandRecord> demand, std::span<const CapacityRecord> capacity,
                      const GapOptions& options) {
  const UnitConversions defaults = UnitConversions::defaults();
  const UnitConversions& conversions = options.conversions ? *options.conversions : defaults;
  GapTable out;

  std::map<std::string, std::string> units = options.type_units;
  for (const DemandRecord& d : demand) units.try_emplace(d.key.type, d.unit);
  for (const CapacityRecord& c : capacity) units.try_emplace(c.type, c.unit);
  auto convert = [&](const std::string& type, double amount, const std::string& unit,
                     const std::string& where) -> std::optional<double> {
    const std::string& target = units.at(type);
    const auto f = conversions.factor(type, unit, target);
    if (!f) {
      out.diagnostics.push_back({where, "no conversion from " + unit + " to " + target + " for " +
                                            type + " is defined; left out"});
      return std::nullopt;
    }
    return amount * *f;
  };

  std::map<GapKey, GapRow> rows;
  for (const DemandRecord& d : demand) {
    check_amount(d.amount, d.origin);
    const auto amount = convert(d.key.type, d.amount, d.unit, d.origin);
    if (!amount) continue;
    GapRow& r = rows.try_emplace(d.key, GapRow{.key = d.key, .unit = units.at(d.key.type)}).first->second;
    r.demand += *amount;
    append_unique(r.origins, d.evidence.empty() ? d.origin : d.origin + " (" + d.evidence + ")");
  }

  // The demand rows of each type and place, which capacity is matched against.
  std::map<std::pair<std::string, TerritoryCode>, std::vector<GapKey>> places;
  for (const auto& [key, row] : rows) places[{key.type, key.territory}].push_back(key);

  for (const CapacityRecord& c : capacity) {
    check_amount(c.amount, c.source);
    if (c.territories.empty()) throw InvalidArgument("a capacity must reach a territory", c.source);
    const auto amount = convert(c.type, c.amount, c.unit, c.source);
    if (!amount) continue;
    const std::vector<double> fractions = split_fractions(c, options, out.diagnostics);
    for (std::size_t i = 0; i < c.territories.size(); ++i) {
      const TerritoryCode& t = c.territories[i];
      const auto pit = places.find({c.type, t});
      static const std::vector<GapKey> kNone;
      const std::vector<GapKey>& keys = pit == places.end() ? kNone : pit->second;
      const auto has_form = [&](const std::string& f) {
        return std::any_of(keys.begin(), keys.end(), [&](const GapKey& k) { return k.form == f; });
      };
      const std::string form = has_form(c.form) ? c.form : has_form("") ? std::string() : c.form;
      std::vector<std::string> groups;
      for (const GapKey& k : keys)
        if (k.form == form && !k.target_group.empty() &&
            std::find(c.target_groups.begin(), c.target_groups.end(), k.target_group) !=
                c.target_groups.end())
          groups.push_back(k.target_group);
      if (groups.empty()) groups.emplace_back();
      const double part = *amount * fractions[i] / static_cast<double>(groups.size());
      for (const std::string& g : groups) {
        const GapKey key{c.type, form, g, t};
        GapRow& r = rows.try_emplace(key, GapRow{.key = key, .unit = units.at(c.type)}).first->second;
        r.capacity += part;
        append_unique(r.sources, c.source);
      }
    }
  }

  out.rows.reserve(rows.size());
  for (auto& [key, row] : rows) {
    finish(row);
    out.rows.push_back(std::move(row));
  }
  sort_gap_rows(out.rows);
  return out;
}

GapTable roll_up(const GapTable& table, const TerritoryTree& tree, TerritoryLevel level) {
  GapTable out;
  std::map<GapKey, GapRow> rows;
  for (const GapRow& r : table.rows) {
    const auto to = tree.ancestor_at(r.key.territory, level);
    if (!to) {
      out.diagnostics.push_back(
          {r.key.territory.code(), std::string("has no ") + to_string(level) +
                                       " in the territorial hierarchy; its rows are left out"});
      continue;
    }
    GapKey key = r.key;
    key.territory = *to;
    GapRow& agg = rows.try_emplace(key, GapRow{.key = key, .unit = r.unit}).first->second;
    agg.demand += r.demand;
    agg.capacity += r.capacity;
    for (const auto& o : r.origins) append_unique(agg.origins, o);
    for (const auto& s : r.sources) append_unique(agg.sources, s);
  }
  // One diagnostic per territory is enough.
  out.diagnostics.erase(std::unique(out.diagnostics.begin(), out.diagnostics.end()),
                        out.diagnostics.end());
  for (auto& [key, row] : rows) {
    finish(row);
    out.rows.push_back(std::move(row));
  }
  sort_gap_rows(out.rows);
  return out;
}

void sort_gap_rows(std::vector<GapRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const GapRow& a, const GapRow& b) {
    if (a.gap != b.gap) return a.gap > b.gap;
    return a.key < b.key;
  });
}

Money cost_of_units(const Money& unit_cost, double units) {
  const std::int64_t milli = detail::to_milli(units, "units");
  return detail::money_of(
      detail::divide_rounded(detail::int128{unit_cost.minor_units()} * milli, 1000),
      unit_cost.currency());
}

void price_gaps(GapTable& table, const UnitCosts& costs) {
  for (GapRow& r : table.rows) {
    r.cost_to_close.reset();
    const auto it = costs.find(r.key.type);
    if (r.gap > 0 && it != costs.end()) r.cost_to_close = cost_of_units(it->second, r.gap);
  }
}

}  // namespace kpss
