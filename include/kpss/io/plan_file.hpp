// Plan files of any kind: JSON interchange (.json) or native archives (.kpss text, .xml).
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "kpss/model/plan.hpp"

namespace kpss {

/// How a plan file is stored.
enum class PlanFileFormat {
  json,          ///< the interchange format, docs/formats/plan.md
  archive_text,  ///< enveloped Boost text archive
  archive_xml,   ///< enveloped Boost XML archive
};

/// The format a file name asks for: ".json", ".kpss" (text archive) or ".xml" (XML
/// archive), ASCII case-insensitive; nullopt for any other extension.
std::optional<PlanFileFormat> plan_format_for(const std::filesystem::path& path) noexcept;

/// Loads a plan, telling JSON from an archive by the first bytes rather than the name.
/// Throws: as load_plan_json or load_plan_archive.
Plan load_plan(const std::filesystem::path& path);

/// Saves a plan atomically in the format its extension asks for (see plan_format_for).
/// Throws: InvalidArgument for another extension; IoError.
void save_plan(const Plan& plan, const std::filesystem::path& path);

}  // namespace kpss
