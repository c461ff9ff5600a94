// The input files of the kpss tool's commands, read so that every error names its file: a
// command may read several (a plan and its ballots, a registry and its code lists), and
// "line 3, column 7" alone does not say which one was bad.
#pragma once

#include <filesystem>
#include <string>

#include "kpss/core/error.hpp"
#include "kpss/io/pabulib.hpp"
#include "kpss/model/plan.hpp"
#include "kpss/rank/ballot_readers.hpp"

namespace kpss::cli {

/// Requires: called inside the handler that caught `e`.
/// Does: throws `e` again with `file` in front of its place ("plan.json: line 3, column 7",
/// or "plan.json" when `e` had no place); rethrows `e` itself when its place names the file.
[[noreturn]] void rethrow_in_file(const std::string& file, const Error& e);

/// Does: `read()`, naming `file` in any kpss::Error it throws (see rethrow_in_file).
/// Every command reads its input files through this (directly or by the readers below).
template <class Read>
auto in_file(const std::filesystem::path& file, Read&& read) -> decltype(read()) {
  try {
    return read();
  } catch (const Error& e) {
    rethrow_in_file(file.string(), e);
  }
}

/// kpss::load_plan_json naming the file in its errors.
Plan plan_json_file(const std::filesystem::path& file);
/// kpss::load_plan (JSON or archive) naming the file in its errors.
Plan plan_file(const std::filesystem::path& file);
/// kpss::read_ballots (.csv, .json, .pb) naming the file in its errors.
BallotSet ballots_file(const std::filesystem::path& file, const CsvBallotOptions& csv = {});
/// kpss::read_pabulib naming the file in its errors.
PabulibInstance pabulib_file(const std::filesystem::path& file);

}  // namespace kpss::cli
