// Fuzzes the pabulib .pb reader: any input is either an instance or a kpss::Error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kpss/core/error.hpp"
#include "kpss/io/pabulib.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  kpss::PabulibLimits limits;
  limits.max_votes = 10'000;
  limits.max_projects = 1'000;
  try {
    const kpss::PabulibInstance instance =
        kpss::parse_pabulib(std::string_view(reinterpret_cast<const char*>(data), size), limits);
    for (const auto& vote : instance.votes)
      for (std::uint32_t p : vote.projects)
        if (p >= instance.projects.size()) __builtin_trap();
  } catch (const kpss::Error&) {
  }
  return 0;
}
