#include "gaps_output.hpp"

#include <ostream>

#include "kpss/report/text.hpp"

namespace kpss::cli {

namespace {

using report::fixed;

std::string any(const std::string& s) { return s.empty() ? "*" : s; }

}  // namespace

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
