#include "bundled_data.hpp"

#include <system_error>

#include "kpss/core/error.hpp"

namespace kpss::cli {

std::filesystem::path bundled_data_dir() {
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  std::filesystem::path installed;
  if (!ec) {
    installed = exe.parent_path().parent_path() / "share" / "kpss" / "examples";
    if (std::filesystem::exists(installed / "sample_plan.json")) return installed;
  }
  const std::filesystem::path source = KPSS_EXAMPLES_DIR;
  if (std::filesystem::exists(source / "sample_plan.json")) return source;
  throw IoError("the bundled sample town is missing; looked in " +
                (installed.empty() ? std::string() : installed.string() + " and ") + source.string());
}

}  // namespace kpss::cli
