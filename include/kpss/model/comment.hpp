// Comments on the draft plan (připomínky) and how each was settled (vypořádání).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kpss/core/date.hpp"
#include "kpss/core/id.hpp"
#include "kpss/model/common.hpp"
#include "kpss/model/stakeholder.hpp"

namespace kpss {

struct CommentTag;
using CommentId = Id<CommentTag>;

/// Kinds of plan elements a comment (or another reference) can point at.
enum class ElementKind {
  plan, stakeholder, working_group, service, need, priority, goal, measure, activity, indicator,
};

/// A reference to an element of the plan by kind and id; for ElementKind::plan the id is
/// empty.
struct ElementRef {
  ElementKind kind = ElementKind::plan;
  std::string id;

  bool operator==(const ElementRef&) const = default;
};

/// How a comment was settled.
enum class Outcome {
  accepted,  ///< akceptováno
  partly,    ///< akceptováno částečně
  rejected,  ///< neakceptováno
};

/// The settlement of a comment (vypořádání připomínky), published with the plan.
struct Settlement {
  Outcome outcome = Outcome::accepted;
  std::string justification;  ///< odůvodnění; required
  Date date{};
  std::optional<StakeholderId> settled_by;
  Extensions extensions;

  bool operator==(const Settlement&) const = default;
};

/// A comment on the plan from the public comment phase (připomínkování).
struct Comment {
  CommentId id;
  std::optional<StakeholderId> author;  ///< when the author is a stakeholder of the plan
  std::string author_name;              ///< otherwise a name, or "" for anonymous
  ElementRef target;
  std::string text;
  Date date{};
  std::optional<Settlement> settlement;  ///< absent while not settled
  Extensions extensions;

  bool operator==(const Comment&) const = default;
};

std::string_view to_string(ElementKind value) noexcept;
std::string_view to_string(Outcome value) noexcept;
bool from_string(std::string_view text, ElementKind& out) noexcept;
bool from_string(std::string_view text, Outcome& out) noexcept;

}  // namespace kpss
