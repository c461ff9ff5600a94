// Runs a rule named as in pabulib's *.outcomes.json / *.ref_mes.jsonl on an election.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "kpss/select/equal_shares.hpp"
#include "kpss/select/greedy.hpp"
#include "kpss/select/pabulib.hpp"
#include "kpss/select/phragmen.hpp"

namespace kpss_test {

inline std::vector<std::string> sorted_ids(const kpss::select::Election& e, const kpss::select::Result& r) {
  std::vector<std::string> ids;
  for (const auto j : r.selected()) ids.push_back(e.candidates[j].id);
  std::sort(ids.begin(), ids.end());
  return ids;
}

/// The rule pabutools ran for an outcomes.json name; nothing for an unknown name.
inline std::optional<kpss::select::Result> run_named(const kpss::select::Election& e, const std::string& name) {
  using namespace kpss::select;
  if (name == "greedy_cost") return greedy_utilitarian(e, Satisfaction::cost);
  if (name == "greedy_card") return greedy_utilitarian(e, Satisfaction::cardinality);
  if (name == "greedy_cardinal") return greedy_utilitarian(e, Satisfaction::cardinal);
  if (name == "seq_phragmen") return sequential_phragmen(e);
  EqualSharesOptions o;
  if (name == "mes_cost") return equal_shares(e, o);
  if (name == "mes_card") { o.satisfaction = Satisfaction::cardinality; return equal_shares(e, o); }
  if (name == "mes_cardinal") { o.satisfaction = Satisfaction::cardinal; return equal_shares(e, o); }
  o.add1 = Add1::exhaustive;
  if (name == "mes_cost_add1") return equal_shares(e, o);
  o.then_greedy = Satisfaction::cost;
  if (name == "mes_cost_add1_util") return equal_shares(e, o);
  return std::nullopt;
}

}  // namespace kpss_test
