// kpss — the command-line tool over the kpss library.
#include <iostream>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "kpss/core/error.hpp"
#include "kpss/version.hpp"

namespace kpss::cli {

std::span<const Command> commands() {
  static const std::vector<Command> all = {
      codes_command(),
      demo_command(),
      rank_command(),
      report_command(),
      select_command(),
      gaps_command(),
      region_command(),
      import_registry_command(),
      stakeholders_command(),
      validate_command(),
      convert_command(),
      cycle_command(),
      audit_command(),
      diff_command(),
  };
  return all;
}

}  // namespace kpss::cli

namespace {

void usage(std::ostream& out) {
  out << "kpss " << kpss::version_string
      << " — community planning of social services (komunitní plánování sociálních služeb)\n\n"
         "usage: kpss COMMAND [ARGS...]   (kpss COMMAND --help for details)\n\ncommands:\n";
  for (const auto& c : kpss::cli::commands()) {
    out << "  " << c.name << std::string(18 - std::min<std::size_t>(c.name.size(), 16), ' ')
        << c.summary << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string_view> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    usage(std::cout);
    return args.empty() ? kpss::cli::bad_input : kpss::cli::ok;
  }
  if (args[0] == "--version") {
    std::cout << "kpss " << kpss::version_string << '\n';
    return kpss::cli::ok;
  }
  for (const auto& c : kpss::cli::commands()) {
    if (c.name != args[0]) continue;
    const std::span<const std::string_view> rest(args.data() + 1, args.size() - 1);
    for (std::string_view a : rest) {
      if (a == "--help" || a == "-h") {
        std::cout << c.help;
        return kpss::cli::ok;
      }
    }
    try {
      return c.run(rest, std::cout, std::cerr);
    } catch (const kpss::Error& e) {
      std::cerr << "kpss " << c.name << ": " << e.what() << '\n';
      return kpss::cli::bad_input;
    } catch (const std::exception& e) {
      std::cerr << "kpss " << c.name << ": internal error: " << e.what() << '\n';
      return 3;
    }
  }
  std::cerr << "kpss: unknown command '" << args[0] << "'\n\n";
  usage(std::cerr);
  return kpss::cli::bad_input;
}
