#include "kpss/gaps/candidates.hpp"

#include <algorithm>
#include <sstream>

#include "kpss/core/catalog.hpp"

namespace kpss {

std::vector<PriorityCandidate> priority_candidates(const GapTable& table, const TerritoryTree* tree) {
  std::vector<PriorityCandidate> out;
  for (const GapRow& r : table.rows) {
    if (!(r.gap > 0)) continue;
    PriorityCandidate c{.key = r.key};
    std::ostringstream title;
    title << code(CodeList::service_type, r.key.type).name_en;
    if (!r.key.form.empty()) title << " (" << r.key.form << ")";
    if (!r.key.target_group.empty()) title << " — " << code(CodeList::target_group, r.key.target_group).name_en;
    title << " — " << r.key.territory.code() << ": " << r.gap << ' ' << r.unit << " missing";
    c.title = title.str();
    const double uncovered = r.coverage ? std::clamp(1.0 - *r.coverage, 0.0, 1.0) : 1.0;
    const double population = tree ? static_cast<double>(tree->population(r.key.territory)) : 0.0;
    const double cost = r.cost_to_close
                            ? static_cast<double>(r.cost_to_close->minor_units()) /
                                  static_cast<double>(r.cost_to_close->currency().minor_per_major())
                            : 0.0;
    c.criteria = {{"gap", r.gap, true},
                  {"uncovered", uncovered, true},
                  {"population", population, true},
                  {"cost", cost, false}};
    c.evidence = r.origins;
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace kpss
