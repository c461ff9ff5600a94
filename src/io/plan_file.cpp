#include "kpss/io/plan_file.hpp"

#include <fstream>

#include "kpss/core/error.hpp"
#include "kpss/io/plan_archive.hpp"
#include "kpss/io/plan_json.hpp"

namespace kpss {

std::optional<PlanFileFormat> plan_format_for(const std::filesystem::path& path) noexcept {
  std::string ext = path.extension().string();
  for (char& c : ext) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  if (ext == ".json") return PlanFileFormat::json;
  if (ext == ".kpss") return PlanFileFormat::archive_text;
  if (ext == ".xml") return PlanFileFormat::archive_xml;
  return std::nullopt;
}

Plan load_plan(const std::filesystem::path& path) {
  constexpr std::string_view magic = "kpss-archive ";
  std::string head(magic.size(), '\0');
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw IoError("cannot open the file", path.string());
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
  }
  return head == magic ? load_plan_archive(path) : load_plan_json(path);
}

void save_plan(const Plan& plan, const std::filesystem::path& path) {
  const auto format = plan_format_for(path);
  if (!format)
    throw InvalidArgument("cannot tell the format from the extension '" + path.extension().string() +
                              "'; use .json, .kpss (text archive) or .xml (XML archive)",
                          path.string());
  switch (*format) {
    case PlanFileFormat::json: save_plan_json(plan, path); break;
    case PlanFileFormat::archive_text: save_plan_archive(plan, path, ArchiveKind::text); break;
    case PlanFileFormat::archive_xml: save_plan_archive(plan, path, ArchiveKind::xml); break;
  }
}

}  // namespace kpss
