// Reading ballots (hlasovací lístky) from survey-tool CSV exports, the kpss JSON ballot format
// (docs/formats/ballots.md) and pabulib `.pb` instances.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/rank/ballots.hpp"

namespace kpss {

struct PabulibInstance;

/// How to read a CSV export: one header row, then one row per participant.
struct CsvBallotOptions {
  BallotKind kind = BallotKind::score;
  /// Score scale (score ballots) or the points cap in scale_max (points ballots).
  std::int32_t scale_min = 0;
  std::int32_t scale_max = 5;
  /// Field separator; '\0' detects ';' or ',' (whichever the header has more of; Czech
  /// spreadsheets export ';').
  char delimiter = '\0';
  /// Header names (case-insensitive) of the participant columns; every other column is an
  /// item, named by its header. Each list's first match wins. The id column is required; a
  /// missing role column gives everyone `default_role`.
  std::vector<std::string> id_columns{"id", "participant", "participant_id", "respondent",
                                      "účastník"};
  std::vector<std::string> role_columns{"role"};
  std::vector<std::string> organisation_columns{"organisation", "organization", "organizace"};
  std::vector<std::string> territory_columns{"territory", "území", "obec"};
  Role default_role = Role::user;
  /// Size limits.
  std::size_t max_bytes = std::size_t{256} << 20;
  std::size_t max_field_bytes = 4096;
};

/// Reads CSV ballots (RFC 4180 quoting, UTF-8 with or without BOM, LF or CRLF).
///
/// Cells: score and points ballots hold whole numbers, empty = no answer; ranking ballots
/// hold each item's rank (1 = best, equal numbers tie, empty = unranked); approval ballots
/// hold 1/0, x, yes/no, ano/ne (empty = not approved). Roles are read by parse_role.
/// Throws: ParseError with `where` "line L, column C" (column in bytes, 1-based) for
/// malformed text, a bad cell or a duplicate participant; LimitExceeded.
/// Complexity: linear in the text.
BallotSet parse_ballots_csv(std::string_view text, const CsvBallotOptions& options = {});

/// Size limit of the JSON reader.
struct JsonBallotLimits {
  std::size_t max_bytes = std::size_t{256} << 20;
};

/// Reads the kpss JSON ballot format ("format": "kpss-ballots", "version": 1; see
/// docs/formats/ballots.md). Throws: ParseError with `where` a JSON pointer
/// ("/ballots/3/scores/A") or "line L, column C" for malformed JSON; LimitExceeded.
BallotSet parse_ballots_json(std::string_view text, const JsonBallotLimits& limits = {});

/// Writes a ballot set in the JSON ballot format (parse_ballots_json reads it back equal).
std::string format_ballots_json(const BallotSet& ballots);

/// Ballots of a pabulib instance: approval votes as approvals, ordinal as rankings,
/// cumulative as points (cap: META max_sum_points, else the largest sum), scoring as scores
/// (scale: META min_points–max_points, else 0–the largest score). Voters take the role in a
/// VOTES column "role" when there is one, else Role::public_ (residents of a participatory
/// budget). Throws: ConflictError (a voter twice), InvalidArgument (points off the scale).
BallotSet ballots_from_pabulib(const PabulibInstance& instance);

/// Reads a ballot file by its extension: .csv (with `csv`), .json, .pb.
/// Throws: IoError, InvalidArgument (unknown extension), and as the readers.
BallotSet read_ballots(const std::filesystem::path& path, const CsvBallotOptions& csv = {});

}  // namespace kpss
