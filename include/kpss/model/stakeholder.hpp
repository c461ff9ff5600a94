// Stakeholders (aktéři): people and organisations taking part in the plan, their roles,
// memberships, working groups and the steering group.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/core/id.hpp"
#include "kpss/core/territory.hpp"
#include "kpss/model/common.hpp"
#include "kpss/rank/participant.hpp"  // Role: one enumeration of the five roles for all of kpss

namespace kpss {

struct StakeholderTag;
struct WorkingGroupTag;
/// Id of a stakeholder (person or organisation). Pseudonymous for people.
using StakeholderId = Id<StakeholderTag>;
/// Id of a working group (pracovní skupina).
using WorkingGroupId = Id<WorkingGroupTag>;

/// A natural person or an organisation (osoba / organizace).
enum class StakeholderKind { person, organisation };

/// Legal form of a provider (právní forma poskytovatele).
enum class LegalForm {
  natural_person,  ///< fyzická osoba
  ngo,             ///< nestátní nezisková organizace (spolek, o. p. s., ústav)
  municipal,       ///< zřízená obcí (příspěvková organizace obce)
  regional,        ///< zřízená krajem
  state,           ///< zřízená státem
  church,          ///< církevní právnická osoba (Diakonie, Charita)
};

/// Membership of a person in an organisation (členství, zastupování).
struct Membership {
  StakeholderId organisation;  ///< a stakeholder of kind organisation
  std::string position;        ///< "ředitelka", "sociální pracovník"; may be empty
  Extensions extensions;

  bool operator==(const Membership&) const = default;
};

/// A participant of the planning process (aktér).
struct Stakeholder {
  StakeholderId id;
  StakeholderKind kind = StakeholderKind::organisation;
  std::string name;  ///< may be empty for pseudonymous persons
  std::vector<Role> roles;
  std::optional<LegalForm> legal_form;  ///< for providers
  std::optional<TerritoryCode> territory;
  std::vector<std::string> target_groups;  ///< keys of CodeList::target_group of interest
  std::vector<Membership> memberships;     ///< for persons: organisations they belong to
  std::string ico;                         ///< IČO of an organisation (8 digits) or ""
  std::string contact;                     ///< e-mail, phone or address; may be empty
  std::string note;
  Extensions extensions;

  /// Does the stakeholder hold `role`? Complexity: O(roles).
  bool has_role(Role role) const noexcept;
  bool operator==(const Stakeholder&) const = default;
};

/// A working group (pracovní skupina), usually one per target group.
struct WorkingGroup {
  WorkingGroupId id;
  std::string name;
  std::vector<std::string> target_groups;  ///< keys of CodeList::target_group
  std::vector<StakeholderId> members;
  std::optional<StakeholderId> chair;  ///< vedoucí / koordinátor skupiny; one of the members
  std::string note;
  Extensions extensions;

  bool operator==(const WorkingGroup&) const = default;
};

/// The steering group (řídící skupina) that carries the process between working groups
/// and the council.
struct SteeringGroup {
  std::vector<StakeholderId> members;
  std::optional<StakeholderId> chair;
  std::string note;
  Extensions extensions;

  bool operator==(const SteeringGroup&) const = default;
};

/// Stable lower-case names ("organisation", "natural_person", ...) and their inverses, which
/// return false for an unknown name and leave `out` unchanged. For Role, from_string accepts
/// exactly the English names of to_string(Role) ("public" for Role::public_), as JSON does.
std::string_view to_string(StakeholderKind value) noexcept;
std::string_view to_string(LegalForm value) noexcept;
bool from_string(std::string_view text, StakeholderKind& out) noexcept;
bool from_string(std::string_view text, Role& out) noexcept;
bool from_string(std::string_view text, LegalForm& out) noexcept;

}  // namespace kpss
