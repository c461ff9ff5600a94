// Fuzzes the ballot readers (CSV as survey tools export it, and the JSON ballot format):
// any input is a ballot set or a kpss::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kpss/core/error.hpp"
#include "kpss/rank/ballot_readers.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)kpss::parse_ballots_csv(text);
  } catch (const kpss::Error&) {
  }
  try {
    const kpss::BallotSet ballots = kpss::parse_ballots_json(text);
    // What was read writes back to JSON that reads to as many ballots.
    if (kpss::parse_ballots_json(kpss::format_ballots_json(ballots)).size() != ballots.size()) __builtin_trap();
  } catch (const kpss::Error&) {
  }
  return 0;
}
