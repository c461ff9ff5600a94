// Fuzzes the streaming registry reader: any input is an import or a kpss::Error.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "kpss/core/error.hpp"
#include "kpss/io/registry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  try {
    (void)kpss::read_registry(in);
  } catch (const kpss::Error&) {
  }
  return 0;
}
