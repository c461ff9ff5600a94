// Fuzzes the plan JSON reader: any input is a plan or a kpss::Error, and a plan that was read
// writes back to JSON that reads to the same plan.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kpss/core/error.hpp"
#include "kpss/io/plan_json.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    const kpss::Plan plan = kpss::read_plan_json(std::string_view(reinterpret_cast<const char*>(data), size));
    if (kpss::read_plan_json(kpss::write_plan_json(plan)) != plan) __builtin_trap();
  } catch (const kpss::Error&) {
  }
  return 0;
}
