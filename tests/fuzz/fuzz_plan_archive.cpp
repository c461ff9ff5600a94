// Fuzzes loading a native plan archive: a damaged or hostile file is a kpss::Error (the
// envelope's magic, length and CRC-32 reject it), never a crash.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kpss/core/error.hpp"
#include "kpss/io/plan_archive.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)kpss::read_plan_archive(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const kpss::Error&) {
  }
  return 0;
}
