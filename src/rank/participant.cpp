#include "kpss/rank/participant.hpp"

#include <algorithm>
#include <string>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

constexpr std::array<std::string_view, role_count> english = {"commissioner", "provider", "user",
                                                              "public", "coordinator"};
constexpr std::array<std::string_view, role_count> czech = {
    "zadavatel", "poskytovatel", "uživatel", "veřejnost", "zpracovatel"};
constexpr std::array<std::string_view, role_count> czech_ascii = {
    "zadavatel", "poskytovatel", "uzivatel", "verejnost", "zpracovatel"};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

}  // namespace

std::string_view to_string(Role role) noexcept { return english[static_cast<std::size_t>(role)]; }

std::string_view czech_name(Role role) noexcept { return czech[static_cast<std::size_t>(role)]; }

Role parse_role(std::string_view text) {
  const std::string t = lower(text);
  for (std::size_t i = 0; i < role_count; ++i) {
    if (t == english[i] || t == czech[i] || t == czech_ascii[i] ||
        (t.size() == 1 && t[0] == static_cast<char>('0' + i)))
      return all_roles[i];
  }
  throw InvalidArgument("unknown role '" + std::string(text) +
                        "'; expected commissioner, provider, user, public or coordinator "
                        "(zadavatel, poskytovatel, uživatel, veřejnost, zpracovatel)");
}

}  // namespace kpss
