// Native persistence of a plan with Boost.Serialization (text or XML archives) inside a
// kpss envelope that rejects truncated and corrupted files, saved atomically.
// Boost archives are for kpss's own, trusted files; exchange plans with others as JSON.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "kpss/model/plan.hpp"

namespace kpss {

/// The version of the archive format this library writes; it reads every version up to it.
/// Golden archives of each version live in tests/data/plan/ and must load forever.
inline constexpr int plan_archive_version = 1;

/// Which Boost archive carries the plan.
enum class ArchiveKind {
  text,  ///< boost::archive::text_oarchive: compact, fast (file extension .kpss)
  xml,   ///< boost::archive::xml_oarchive: readable, diffable (file extension .xml)
};

/// Largest archive `read_plan_archive` and `load_plan_archive` accept by default.
inline constexpr std::size_t max_plan_archive_bytes = std::size_t{1} << 30;

/// Serialises `plan` into an enveloped archive: one header line
/// `kpss-archive <format version> <export key> <text|xml> <Boost archive version>
/// <CRC-32 of the payload, 8 hex digits> <payload bytes>` and the Boost archive after it.
/// Throws: InvalidArgument when the plan holds a value an archive cannot carry (a date that
/// is not a calendar date). Complexity: linear in the size of the plan.
std::string write_plan_archive(const Plan& plan, ArchiveKind kind = ArchiveKind::text);

/// Reads an enveloped archive written by any kpss with plan_archive_version ≤ ours.
/// Does: checks the magic, the format version, the export key, the length and the CRC-32
/// before Boost sees a byte, then deserialises.
/// Throws: CorruptData naming what failed ("truncated: 812 of 9 311 payload bytes",
/// "checksum mismatch"), ParseError for a version newer than this library, LimitExceeded
/// above `max_bytes`. Complexity: linear in the size of the archive.
Plan read_plan_archive(std::string_view bytes, std::size_t max_bytes = max_plan_archive_bytes);

/// Writes the archive to `path` atomically (temporary file in the same directory, fsync,
/// rename): if anything fails, the previous file is left byte-identical. Throws: IoError.
void save_plan_archive(const Plan& plan, const std::filesystem::path& path,
                       ArchiveKind kind = ArchiveKind::text);

/// Reads the archive at `path`. Throws: IoError, LimitExceeded, else as read_plan_archive.
Plan load_plan_archive(const std::filesystem::path& path, std::size_t max_bytes = max_plan_archive_bytes);

/// "text" or "xml"; the inverse returns false for another name.
std::string_view to_string(ArchiveKind kind) noexcept;
bool from_string(std::string_view text, ArchiveKind& out) noexcept;

}  // namespace kpss
