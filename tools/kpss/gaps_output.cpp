#include "gaps_output.hpp"

#include <ostream>

#include "kpss/report/text.hpp"

namespace kpss::cli {

namespace {

using report::fixed;

std::string any(const std::string& s) { return s.empty() ? "*" : s; }

}  // namespace

nlohmann::ordered_json to_json(const GapTable& table) {
  nlohmann::ordered_json rows = nlohmann::ordered_json::array();
  for (const GapRow& r : table.rows) {
    nlohmann::ordered_json j;
    j["type"] = r.key.type;
    j["form"] = r.key.form;
    j["target_group"] = r.key.target_group;
    j["territory"] = r.key.territory.code();
    j["unit"] = r.unit;
    j["demand"] = r.demand;
    j["capacity"] = r.capacity;
    j["gap"] = r.gap;
    j["coverage"] = r.coverage ? nlohmann::ordered_json(*r.coverage) : nlohmann::ordered_json(nullptr);
    j["cost_to_close"] = r.cost_to_close ? nlohmann::ordered_json(format_money(*r.cost_to_close))
                                         : nlohmann::ordered_json(nullptr);
    j["origins"] = r.origins;
    j["sources"] = r.sources;
    rows.push_back(std::move(j));
  }
  nlohmann::ordered_json diags = nlohmann::ordered_json::array();
  for (const GapDiagnostic& d : table.diagnostics) diags.push_back({{"where", d.where}, {"message", d.message}});
  return {{"rows", rows}, {"diagnostics", diags}};
}

nlohmann::ordered_json to_json(const PoolingProposal& p) {
  nlohmann::ordered_json j;
  j["orp"] = p.orp.code();
  j["type"] = p.type;
  j["form"] = p.form;
  j["target_group"] = p.target_group;
  j["unit"] = p.unit;
  j["units"] = p.units;
  j["min_viable"] = p.min_viable;
  j["key"] = to_string(p.key);
  j["cost"] = p.cost ? nlohmann::ordered_json(format_money(*p.cost)) : nlohmann::ordered_json(nullptr);
  nlohmann::ordered_json shares = nlohmann::ordered_json::array();
  for (const PoolingShare& s : p.shares)
    shares.push_back({{"municipality", s.municipality.code()},
                      {"units", s.units},
                      {"population", s.population},
                      {"fraction", s.fraction},
                      {"cost", s.cost ? nlohmann::ordered_json(format_money(*s.cost)) : nlohmann::ordered_json(nullptr)}});
  j["shares"] = shares;
  return j;
}

void print_gaps(std::ostream& out, const GapTable& table, bool all) {
  for (const GapRow& r : table.rows) {
    if (!all && !(r.gap > 0)) continue;
    out << "  " << r.key.territory.code() << "  " << r.key.type << " / " << any(r.key.form) << " / "
        << any(r.key.target_group) << ": demand " << fixed(r.demand, 2) << ", capacity "
        << fixed(r.capacity, 2) << ", gap " << fixed(r.gap, 2) << ' ' << r.unit;
    if (r.coverage) out << ", coverage " << fixed(*r.coverage * 100, 2) << " %";
    if (r.cost_to_close) out << ", to close " << format_money(*r.cost_to_close, MoneyStyle::czech) << " a year";
    out << '\n';
  }
  for (const GapDiagnostic& d : table.diagnostics) out << "  note: " << d.where << ": " << d.message << '\n';
}

void print_pooling(std::ostream& out, const PoolingProposal& p) {
  out << "  ORP " << p.orp.code() << "  " << p.type << " / "
      << any(p.target_group) << ": " << fixed(p.units, 2) << ' ' << p.unit << " together (viable from "
      << fixed(p.min_viable, 2) << "), key " << to_string(p.key);
  if (p.cost) out << ", " << format_money(*p.cost, MoneyStyle::czech) << " a year";
  out << '\n';
  for (const PoolingShare& s : p.shares) {
    out << "    " << s.municipality.code() << ": gap " << fixed(s.units, 2) << ", " << s.population
        << " inhabitants, share " << fixed(s.fraction * 100, 2) << " %";
    if (s.cost) out << " = " << format_money(*s.cost, MoneyStyle::czech);
    out << '\n';
  }
}

bool has_gaps(const GapTable& table) {
  for (const GapRow& r : table.rows)
    if (r.gap > 0) return true;
  return false;
}

}  // namespace kpss::cli
