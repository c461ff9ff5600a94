// A public report (zpráva pro veřejnost) as a small document model — sections of
// paragraphs, lists, tables and bar charts — that report/render.hpp writes as one
// self-contained HTML file with inline SVG, as Markdown and as JSON.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kpss::report {

/// Language of the report's fixed texts (headings the renderer adds, "suppressed" marks).
enum class Language { cs, en };

/// Reads "cs" or "en". Throws: InvalidArgument for anything else.
Language parse_language(const std::string& code);
const char* to_string(Language lang) noexcept;

struct Paragraph {
  std::string text;
};

struct BulletList {
  std::vector<std::string> items;
};

/// A data table. `numeric` marks right-aligned columns (same size as `columns`, or empty).
struct Table {
  std::string caption;  ///< required: tables are announced to screen readers by it
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;
};

/// One series of a bar chart, drawn in `color` (CSS colour, e.g. "#1b9e77").
struct BarSeries {
  std::string name;
  std::string color;
  std::vector<double> values;  ///< one per label; display values, never money arithmetic
};

/// A horizontal bar chart: one row per label, series side by side or stacked.
struct BarChart {
  std::string title;
  std::string alt;  ///< text alternative describing what the chart shows (required)
  std::vector<std::string> labels;
  std::vector<BarSeries> series;
  bool stacked = false;
  std::string unit;                         ///< appended to value labels ("%", " Kč")
  std::optional<double> max_value;          ///< axis maximum; default: the largest bar
  std::optional<double> reference_line;     ///< e.g. the majority threshold
  std::string reference_label;
};

using Block = std::variant<Paragraph, BulletList, Table, BarChart>;

struct Section {
  std::string id;       ///< anchor, [a-z0-9-]
  std::string heading;
  std::vector<Block> blocks;
};

struct Document {
  std::string title;
  std::string subtitle;
  Language language = Language::cs;
  std::vector<Section> sections;
};

/// Privacy rule for public reports: breakdowns of groups smaller than `k` participants
/// are not shown, so that no one's ballot can be read back from a report.
struct Suppression {
  int k = 5;
  /// The count as text, or the language's "suppressed" mark ("< k") when 0 < count < k.
  std::string count(long long value, Language lang) const;
  bool hides(long long group_size) const noexcept { return group_size > 0 && group_size < k; }
};

}  // namespace kpss::report
