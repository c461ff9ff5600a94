// Reading participatory-budgeting instances in the pabulib `.pb` format (http://pabulib.org):
// the META, PROJECTS and VOTES sections, each a semicolon-separated table with a header row.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kpss/core/money.hpp"

namespace kpss {

/// How participants voted (META `vote_type`).
enum class PabulibVoteType {
  approval,    ///< each vote lists the approved projects
  cumulative,  ///< `points` distributes a number of points over the listed projects
  scoring,     ///< `points` gives each listed project a score
  ordinal,     ///< the listed projects in rank order, most preferred first
};

/// One project (PROJECTS row). Costs are whole currency units as written in the file
/// (pabulib writes costs and budgets in major units: złoty, euro, forint), never floats.
struct PabulibProject {
  std::string id;
  std::int64_t cost = 0;
  /// Every other column, parallel to `PabulibInstance::project_fields`.
  std::vector<std::string> fields;
};

/// One ballot (VOTES row).
struct PabulibVote {
  std::string voter_id;
  /// The projects voted for as indices into `PabulibInstance::projects`, in file order
  /// (rank order for ordinal ballots). The id of the k-th is
  /// `instance.projects[vote.projects[k]].id`.
  std::vector<std::uint32_t> projects;
  /// Points parallel to `projects` for cumulative and scoring ballots; empty otherwise.
  std::vector<std::int64_t> points;
  /// Every other column (age, sex, role, ...), parallel to `PabulibInstance::vote_fields`.
  std::vector<std::string> fields;
};

/// A whole `.pb` file (participativní rozpočet). Plain data; the accessors interpret META.
struct PabulibInstance {
  /// META rows in file order.
  std::vector<std::pair<std::string, std::string>> meta;
  /// Names of the PROJECTS columns other than project_id and cost, in file order.
  std::vector<std::string> project_fields;
  std::vector<PabulibProject> projects;
  /// Names of the VOTES columns other than voter_id, vote and points, in file order.
  std::vector<std::string> vote_fields;
  std::vector<PabulibVote> votes;

  /// The META value for `key`, or nothing. Complexity: linear in the META rows.
  std::optional<std::string_view> meta_value(std::string_view key) const;
  /// META `budget` in whole currency units. Throws ParseError when absent or not a whole
  /// non-negative number.
  std::int64_t budget() const;
  /// META `vote_type` (approval when absent, as pabulib specifies). Throws ParseError for
  /// an unknown type.
  PabulibVoteType vote_type() const;
  /// META `currency` (an ISO 4217 code), or empty when absent.
  std::string_view currency() const;
  /// `units` whole currency units as kpss Money (minor units = units × 10^exponent).
  /// Throws NotFound when the currency is absent or unknown to kpss; OverflowError.
  Money money(std::int64_t units) const;
  /// Index of the project `id` in `projects`. Throws NotFound. Complexity: linear.
  std::size_t project_index(std::string_view id) const;
  /// Column `name` of project `p`, or nothing when the file has no such column.
  std::optional<std::string_view> project_field(std::size_t p, std::string_view name) const;
  /// Column `name` of vote `v`, or nothing when the file has no such column.
  std::optional<std::string_view> vote_field(std::size_t v, std::string_view name) const;
};

/// Size limits of the reader; exceeding one throws LimitExceeded.
struct PabulibLimits {
  std::size_t max_bytes = std::size_t{512} << 20;
  std::size_t max_projects = 100'000;
  std::size_t max_votes = 20'000'000;
  std::size_t max_field_bytes = std::size_t{1} << 20;
  std::size_t max_columns = 1'000;
};

/// Reads a `.pb` document.
/// Requires: UTF-8 text (an optional BOM, LF or CRLF line ends). Fields may be quoted with
/// '"' ("" inside quotes is one quote); quoted fields may hold ';', ',' and line breaks.
/// Does: checks that PROJECTS has project_id and cost, VOTES has voter_id and vote, that
/// vote entries name known projects at most once each, and that `points` (when present)
/// are whole numbers parallel to `vote`.
/// Throws: ParseError with `where` = "line L, column C" (1-based, column in bytes);
/// LimitExceeded. Complexity: linear in the text size.
PabulibInstance parse_pabulib(std::string_view text, const PabulibLimits& limits = {});

/// Reads the `.pb` file at `path`. Throws IoError when it cannot be read, else as
/// `parse_pabulib`.
PabulibInstance read_pabulib(const std::filesystem::path& path,
                             const PabulibLimits& limits = {});

/// The lower-case name of a vote type ("approval", ...).
const char* to_string(PabulibVoteType type) noexcept;

}  // namespace kpss
