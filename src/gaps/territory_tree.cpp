#include "kpss/gaps/territory_tree.hpp"

#include <algorithm>

#include "kpss/core/error.hpp"

namespace kpss {

void TerritoryTree::add(const TerritoryCode& code, std::optional<TerritoryCode> parent,
                        std::int64_t population, std::string name) {
  if (population < 0)
    throw InvalidArgument("population of " + code.code() + " is negative");
  if (!parent && code.level() == TerritoryLevel::district)
    parent = TerritoryCode::parse(code.region_code());
  if (parent && parent->level() <= code.level())
    throw InvalidArgument(std::string("the parent of ") + to_string(code.level()) + " " +
                          code.code() + " must be of a higher level than " +
                          to_string(parent->level()) + " " + parent->code());
  auto [it, inserted] = nodes_.try_emplace(code, TerritoryNode{code, {}, 0, {}});
  TerritoryNode& node = it->second;
  if (parent) {
    if (node.parent && *node.parent != *parent)
      throw ConflictError(code.code() + " already has the parent " + node.parent->code() +
                          ", not " + parent->code());
    if (!node.parent) {
      node.parent = parent;
      auto& siblings = children_[*parent];
      siblings.insert(std::upper_bound(siblings.begin(), siblings.end(), code), code);
      if (!nodes_.contains(*parent)) add(*parent);
    }
  }
  if (population > 0) node.population = population;
  if (!name.empty()) node.name = std::move(name);
}

const TerritoryNode* TerritoryTree::find(const TerritoryCode& code) const {
  const auto it = nodes_.find(code);
  return it == nodes_.end() ? nullptr : &it->second;
}

std::optional<TerritoryCode> TerritoryTree::ancestor_at(const TerritoryCode& code,
                                                        TerritoryLevel level) const {
  std::optional<TerritoryCode> at = code;
  while (at && at->level() < level) {
    const TerritoryNode* n = find(*at);
    if (n == nullptr) {
      // Codes of districts tell their region even outside the tree.
      if (at->level() == TerritoryLevel::district && level == TerritoryLevel::region)
        return TerritoryCode::parse(at->region_code());
      return std::nullopt;
    }
    at = n->parent;
  }
  if (at && at->level() == level) return at;
  return std::nullopt;
}

bool TerritoryTree::within(const TerritoryCode& code, const TerritoryCode& area) const {
  const auto a = ancestor_at(code, area.level());
  return a && *a == area;
}

std::int64_t TerritoryTree::population(const TerritoryCode& code) const {
  const TerritoryNode* n = find(code);
  if (n == nullptr) return 0;
  if (n->population > 0) return n->population;
  std::int64_t sum = 0;
  const auto it = children_.find(code);
  if (it != children_.end())
    for (const TerritoryCode& c : it->second) sum += population(c);
  return sum;
}

std::vector<TerritoryCode> TerritoryTree::children(const TerritoryCode& code) const {
  const auto it = children_.find(code);
  return it == children_.end() ? std::vector<TerritoryCode>{} : it->second;
}

std::vector<TerritoryCode> TerritoryTree::at_level(TerritoryLevel level) const {
  std::vector<TerritoryCode> out;
  for (const auto& [code, node] : nodes_)
    if (code.level() == level) out.push_back(code);
  return out;
}

}  // namespace kpss
