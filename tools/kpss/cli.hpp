// The small command-line framework every kpss subcommand uses.
#pragma once

#include <functional>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kpss::cli {

/// Exit codes shared by all subcommands.
enum Exit : int {
  ok = 0,          ///< success (for checks: nothing found)
  findings = 1,    ///< the command ran and found problems (validate, audit)
  bad_input = 2,   ///< input unreadable or invalid, or bad usage
};

/// Parsed arguments: positionals in order, `--flag` and `--option value` by name.
class Args {
 public:
  /// `options_with_value` lists the options that take a value ("--method").
  /// Throws: kpss::InvalidArgument for an unknown option or a missing value.
  Args(std::span<const std::string_view> argv, std::span<const std::string_view> flags,
       std::span<const std::string_view> options_with_value);

  const std::vector<std::string>& positional() const { return positional_; }
  bool flag(std::string_view name) const;
  std::optional<std::string> option(std::string_view name) const;

 private:
  std::vector<std::string> positional_;
  std::vector<std::string> flags_;
  std::vector<std::pair<std::string, std::string>> options_;
};

/// A subcommand: its name, a one-line summary, its --help text (with an example) and body.
struct Command {
  std::string_view name;
  std::string_view summary;
  std::string_view help;
  std::function<int(std::span<const std::string_view> args, std::ostream& out, std::ostream& err)> run;
};

/// Every subcommand, in the order `kpss --help` lists them (defined in main.cpp).
std::span<const Command> commands();

}  // namespace kpss::cli
