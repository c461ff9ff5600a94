#include "input_files.hpp"

#include "kpss/io/plan_file.hpp"
#include "kpss/io/plan_json.hpp"

namespace kpss::cli {

void rethrow_in_file(const std::string& file, const Error& e) {
  const std::string& where = e.where();
  if (where == file || where.rfind(file + ": ", 0) == 0) throw;
  throw Error(e.code(), e.message(), where.empty() ? file : file + ": " + where);
}

Plan plan_json_file(const std::filesystem::path& file) {
  return in_file(file, [&] { return load_plan_json(file); });
}

Plan plan_file(const std::filesystem::path& file) {
  return in_file(file, [&] { return load_plan(file); });
}

BallotSet ballots_file(const std::filesystem::path& file, const CsvBallotOptions& csv) {
  return in_file(file, [&] { return read_ballots(file, csv); });
}

PabulibInstance pabulib_file(const std::filesystem::path& file) {
  return in_file(file, [&] { return read_pabulib(file); });
}

}  // namespace kpss::cli
