#include "kpss/rank/ranking_json.hpp"

#include <nlohmann/json.hpp>

namespace kpss {

namespace {

using nlohmann::ordered_json;

template <class Values>
ordered_json per_item(const Ranking& r, const Values& values) {
  ordered_json j = ordered_json::object();
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    if constexpr (std::is_same_v<Values, std::vector<bool>>) j[r.items[i]] = static_cast<bool>(values[i]);
    else j[r.items[i]] = values[i];
  }
  return j;
}

ordered_json matrix(const Ranking& r, const PairwiseMatrix& d) {
  ordered_json j = ordered_json::object();
  for (std::size_t a = 0; a < r.items.size(); ++a)
    for (std::size_t b = 0; b < r.items.size(); ++b)
      if (a != b) j[r.items[a]][r.items[b]] = d.at(a, b);
  return j;
}

}  // namespace

std::string ranking_to_json(const Ranking& r, int indent) {
  ordered_json j;
  j["method"] = to_string(r.method);
  j["policy"] = r.policy;
  j["participants"] = r.participants;
  j["total_weight"] = r.total_weight;
  j["items"] = r.items;
  auto& groups = j["ranking"] = ordered_json::array();
  for (const auto& g : r.groups) {
    ordered_json group = ordered_json::array();
    for (std::size_t i : g) group.push_back(r.items[i]);
    groups.push_back(std::move(group));
  }
  j["scores"] = per_item(r, r.score);
  j["support"] = per_item(r, r.support);
  j["majority_threshold"] = r.options.majority_threshold;
  j["majority"] = per_item(r, r.majority);
  auto& roles = j["by_role"] = ordered_json::object();
  for (std::size_t k = 0; k < r.roles.size(); ++k) {
    ordered_json role;
    role["weight"] = r.role_weight[k];
    role["scores"] = per_item(r, r.role_score[k]);
    role["support"] = per_item(r, r.role_support[k]);
    role["majority"] = per_item(r, r.role_majority[k]);
    roles[std::string(to_string(r.roles[k]))] = std::move(role);
  }
  if (r.pairwise) j["pairwise"] = matrix(r, *r.pairwise);
  if (r.paths) j["strongest_paths"] = matrix(r, *r.paths);
  return j.dump(indent);
}

std::string multi_criteria_to_json(const MultiCriteriaRanking& r, int indent) {
  ordered_json j;
  j["method"] = r.options.method == MultiCriteriaMethod::topsis ? "topsis" : "weighted-sum";
  j["normalisation"] = r.options.normalisation == Normalisation::vector ? "vector" : "min-max";
  j["items"] = r.items;
  auto& criteria = j["criteria"] = ordered_json::array();
  for (std::size_t c = 0; c < r.criteria.size(); ++c)
    criteria.push_back({{"name", r.criteria[c].name}, {"benefit", r.criteria[c].benefit}, {"weight", r.weights[c]}});
  auto& groups = j["ranking"] = ordered_json::array();
  for (const auto& g : r.groups) {
    ordered_json group = ordered_json::array();
    for (std::size_t i : g) group.push_back(r.items[i]);
    groups.push_back(std::move(group));
  }
  auto& scores = j["scores"] = ordered_json::object();
  auto& normalised = j["normalised"] = ordered_json::object();
  for (std::size_t i = 0; i < r.items.size(); ++i) {
    scores[r.items[i]] = r.score[i];
    auto& row = normalised[r.items[i]] = ordered_json::object();
    for (std::size_t c = 0; c < r.criteria.size(); ++c) row[r.criteria[c].name] = r.normalised[i * r.criteria.size() + c];
  }
  auto& diagnostics = j["diagnostics"] = ordered_json::array();
  for (const auto& d : r.diagnostics)
    diagnostics.push_back({{"code", d.code}, {"severity", to_string(d.severity)}, {"message", d.message}});
  return j.dump(indent);
}

}  // namespace kpss
