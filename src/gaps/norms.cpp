#include "kpss/gaps/norms.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "kpss/core/catalog.hpp"
#include "kpss/core/error.hpp"

namespace kpss {

namespace {

std::string describe(const PrevalenceNorm& n) {
  std::ostringstream s;
  s << "norm: " << n.per_thousand << ' ' << n.unit << " of " << n.type << " per 1 000 inhabitants (";
  for (std::size_t i = 0; i < n.age_bands.size(); ++i) s << (i ? ", " : "") << n.age_bands[i];
  s << ')';
  return s.str();
}

}  // namespace

std::vector<DemandRecord> demand_from_norms(std::span<const PrevalenceNorm> norms,
                                            std::span<const PopulationFigure> population) {
  for (const PopulationFigure& p : population) {
    code(CodeList::age_band, p.age_band);
    if (p.count < 0)
      throw InvalidArgument("a population count is negative", p.territory.code() + "/" + p.age_band);
  }
  std::vector<DemandRecord> out;
  for (std::size_t i = 0; i < norms.size(); ++i) {
    const PrevalenceNorm& n = norms[i];
    const std::string where = "norm " + std::to_string(i);
    const std::string type = code(CodeList::service_type, n.type).key;
    const std::string unit = code(CodeList::capacity_unit, n.unit).key;
    const std::string form = n.form.empty() ? "" : code(CodeList::form, n.form).key;
    const std::string group = n.target_group.empty() ? "" : code(CodeList::target_group, n.target_group).key;
    if (n.age_bands.empty()) throw InvalidArgument("a norm needs at least one age band", where);
    std::vector<std::string> bands;
    for (const std::string& b : n.age_bands) bands.emplace_back(code(CodeList::age_band, b).key);
    if (!std::isfinite(n.per_thousand) || n.per_thousand < 0)
      throw InvalidArgument("a norm's rate must be finite and non-negative", where);

    std::map<TerritoryCode, std::int64_t> people;  // code order, sums exact
    for (const PopulationFigure& p : population)
      if (std::find(bands.begin(), bands.end(), code(CodeList::age_band, p.age_band).key) != bands.end())
        people[p.territory] += p.count;
    const std::string origin = describe(n);
    for (const auto& [territory, count] : people) {
      DemandRecord d{.key = {type, form, group, territory}};
      d.amount = static_cast<double>(count) * n.per_thousand / 1000.0;
      d.unit = unit;
      d.origin = origin + " × " + std::to_string(count) + " inhabitants";
      d.evidence = n.source;
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace kpss
