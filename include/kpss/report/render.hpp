// Writers for report::Document: self-contained HTML (inline SVG charts, no scripts, no
// external assets), Markdown, JSON; and the SVG of one chart.
#pragma once

#include <filesystem>
#include <string>

#include "kpss/report/document.hpp"

namespace kpss::report {

/// One HTML5 file: semantic headings, a table of contents, tables with captions, charts as
/// inline SVG with role="img", <title> and the alt text; print-friendly CSS inline.
/// Complexity: linear in the document size. Throws: InvalidArgument when a table lacks its
/// caption, a chart its alt text, or a series has a value count different from the labels.
std::string to_html(const Document& doc);

/// GitHub-flavoured Markdown; charts become their alt text plus a table of their values.
std::string to_markdown(const Document& doc);

/// The document as JSON (sections, blocks with "type"), for machines and translators.
std::string to_json(const Document& doc);

/// The SVG of one chart (also embedded by to_html). Deterministic output.
std::string to_svg(const BarChart& chart);

/// Writes report.html, report.md and report.json into `directory` (created if missing),
/// each atomically (temporary file, then rename). Returns the path of report.html.
/// Throws: IoError naming the file.
std::filesystem::path write_report(const Document& doc, const std::filesystem::path& directory);

}  // namespace kpss::report
