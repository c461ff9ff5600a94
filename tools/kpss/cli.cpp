#include "cli.hpp"

#include <algorithm>

#include "kpss/core/error.hpp"

namespace kpss::cli {

namespace {
bool contains(std::span<const std::string_view> set, std::string_view name) {
  return std::find(set.begin(), set.end(), name) != set.end();
}
}  // namespace

Args::Args(std::span<const std::string_view> argv, std::span<const std::string_view> flags,
           std::span<const std::string_view> options_with_value) {
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string_view a = argv[i];
    if (a.size() > 2 && a.substr(0, 2) == "--") {
      std::string_view name = a;
      std::optional<std::string_view> inline_value;
      if (const auto eq = a.find('='); eq != std::string_view::npos) {
        name = a.substr(0, eq);
        inline_value = a.substr(eq + 1);
      }
      if (contains(flags, name) && !inline_value) {
        flags_.emplace_back(name);
      } else if (contains(options_with_value, name)) {
        if (!inline_value && i + 1 >= argv.size())
          throw InvalidArgument("option " + std::string(name) + " needs a value");
        options_.emplace_back(std::string(name), std::string(inline_value ? *inline_value : argv[++i]));
      } else {
        throw InvalidArgument("unknown option " + std::string(a) + " (see --help)");
      }
    } else {
      positional_.emplace_back(a);
    }
  }
}

bool Args::flag(std::string_view name) const {
  return std::find(flags_.begin(), flags_.end(), name) != flags_.end();
}

std::optional<std::string> Args::option(std::string_view name) const {
  for (auto it = options_.rbegin(); it != options_.rend(); ++it)
    if (it->first == name) return it->second;
  return std::nullopt;
}

}  // namespace kpss::cli
