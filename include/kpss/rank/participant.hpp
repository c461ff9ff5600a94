// Participants of a planning round and their roles (role v komunitním plánování).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kpss {

/// The role a participant takes part in. The numbering is stable (C API, tallies).
enum class Role : std::uint8_t {
  commissioner = 0,  ///< zadavatel: the municipality or region that commissions services
  provider = 1,      ///< poskytovatel: a provider's staff member
  user = 2,          ///< uživatel: a person the services are for
  public_ = 3,       ///< veřejnost: everyone else
  coordinator = 4,   ///< zpracovatel: the body that leads the process
};

inline constexpr std::size_t role_count = 5;
inline constexpr std::array<Role, role_count> all_roles = {
    Role::commissioner, Role::provider, Role::user, Role::public_, Role::coordinator};

/// Stable English name: "commissioner", "provider", "user", "public", "coordinator".
std::string_view to_string(Role role) noexcept;
/// Czech name: "zadavatel", "poskytovatel", "uživatel", "veřejnost", "zpracovatel".
std::string_view czech_name(Role role) noexcept;
/// Reads a role from its English or Czech name (case-insensitive ASCII, diacritics optional:
/// "uzivatel" works) or its number "0".."4". Throws: InvalidArgument listing the names.
Role parse_role(std::string_view text);

/// One participant: a pseudonymous id (never a name), a role and, optionally, the
/// organisation they speak for and their territory (obec / ORP code). Empty = none.
struct Participant {
  std::string id;
  Role role = Role::user;
  std::string organisation;
  std::string territory;
};

}  // namespace kpss
