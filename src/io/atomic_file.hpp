// Atomic replacement of a file, so that a failed save never damages the previous version.
#pragma once

#include <filesystem>
#include <string_view>

namespace kpss::detail {

/// Writes `data` to a new temporary file in the directory of `path`, flushes it to disk
/// (fsync), renames it over `path` and syncs the directory. On any failure the temporary
/// file is removed and `path` is untouched. Throws: IoError naming the step and the reason.
void write_file_atomically(const std::filesystem::path& path, std::string_view data);

/// Reads a whole file, refusing files larger than `max_bytes`. Throws: IoError,
/// LimitExceeded (with `limit_code` in the message).
std::string read_file(const std::filesystem::path& path, std::size_t max_bytes,
                      std::string_view limit_code);

}  // namespace kpss::detail
