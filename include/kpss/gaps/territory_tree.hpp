// The territorial hierarchy gap analysis rolls up: municipality (obec) → ORP → district
// (okres) → region (kraj), with populations. Built from plain values (a territorial
// register, the plans' territories), because the codes alone do not say which ORP a
// municipality belongs to.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kpss/core/territory.hpp"

namespace kpss {

/// One territory of the tree.
struct TerritoryNode {
  TerritoryCode code;
  std::optional<TerritoryCode> parent;
  std::int64_t population = 0;  ///< počet obyvatel; 0 when unknown (then the children's sum)
  std::string name;
};

/// A forest of territories, each with at most one parent of a higher level.
class TerritoryTree {
 public:
  /// Adds (or completes) a territory. A district without a parent gets its region, which its
  /// code tells. Adding a code twice merges: a later parent, population or name replaces an
  /// absent one; conflicting parents throw ConflictError.
  /// Throws: InvalidArgument when the parent's level is not above the code's; for a
  /// negative population. Complexity: O(log n).
  void add(const TerritoryCode& code, std::optional<TerritoryCode> parent = {},
           std::int64_t population = 0, std::string name = {});

  /// The node, or nullptr. Complexity: O(log n).
  const TerritoryNode* find(const TerritoryCode& code) const;
  /// The ancestor of `code` at `level` (the code itself at its own level), or nothing.
  /// Complexity: O(depth · log n).
  std::optional<TerritoryCode> ancestor_at(const TerritoryCode& code, TerritoryLevel level) const;
  /// True when `code` is `area` or lies in it.
  bool within(const TerritoryCode& code, const TerritoryCode& area) const;
  /// The territory's population: its own when set, else the sum of its children's.
  /// Complexity: linear in the subtree.
  std::int64_t population(const TerritoryCode& code) const;
  /// The children of `code`, in code order.
  std::vector<TerritoryCode> children(const TerritoryCode& code) const;
  /// Every territory of a level, in code order.
  std::vector<TerritoryCode> at_level(TerritoryLevel level) const;
  std::size_t size() const noexcept { return nodes_.size(); }

 private:
  std::map<TerritoryCode, TerritoryNode> nodes_;
  std::map<TerritoryCode, std::vector<TerritoryCode>> children_;
};

}  // namespace kpss
