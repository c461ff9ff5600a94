#include "kpss/report/render.hpp"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>

#include "kpss/core/error.hpp"
#include "kpss/report/text.hpp"
#include "../io/atomic_file.hpp"

namespace kpss::report {

namespace {

std::string escape_xml(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string escape_markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

// Fixed-precision numbers: output must not depend on the locale or on the platform's printf
// choices for shortest representation.
std::string number(double v) { return decimal(v, 1); }

std::string coord(double v) { return fixed(v, 1); }

void check(const BarChart& chart) {
  if (chart.alt.empty()) throw InvalidArgument("a chart needs its alt text", chart.title);
  for (const auto& s : chart.series)
    if (s.values.size() != chart.labels.size())
      throw InvalidArgument("series '" + s.name + "' has " + std::to_string(s.values.size()) +
                                " values for " + std::to_string(chart.labels.size()) + " labels",
                            chart.title);
}

void check(const Table& table) {
  if (table.caption.empty()) throw InvalidArgument("a table needs its caption");
  if (!table.numeric.empty() && table.numeric.size() != table.columns.size())
    throw InvalidArgument("numeric flags do not match the columns", table.caption);
  for (std::size_t r = 0; r < table.rows.size(); ++r)
    if (table.rows[r].size() != table.columns.size())
      throw InvalidArgument("row " + std::to_string(r + 1) + " has " +
                                std::to_string(table.rows[r].size()) + " cells for " +
                                std::to_string(table.columns.size()) + " columns",
                            table.caption);
}

bool is_numeric(const Table& t, std::size_t column) { return !t.numeric.empty() && t.numeric[column]; }

const char* contents_heading(Language lang) { return lang == Language::cs ? "Obsah" : "Contents"; }

constexpr const char* kCss =
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:60rem;"
    "margin:2rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}"
    "h1{font-size:1.9rem;margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;"
    "margin-top:2.5rem}.subtitle{color:#555;margin-top:0}"
    "table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.95rem}"
    "caption{text-align:left;font-weight:600;padding:.3rem 0}"
    "th,td{border-bottom:1px solid #ddd;padding:.35rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#f4f4f4}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}"
    "figure{margin:1.5rem 0}figcaption{font-weight:600;margin-bottom:.4rem}"
    "svg{max-width:100%;height:auto}nav ol{columns:2}"
    "@media print{nav{display:none}h2{break-after:avoid}figure,table{break-inside:avoid}}";

// Layout of a horizontal bar chart, in SVG user units.
struct ChartLayout {
  double label_width = 230;
  double bar_area = 420;
  double value_width = 70;
  double row_height;
  double bar_height;
  double top = 8;
  double legend_height;
};

}  // namespace

std::string to_svg(const BarChart& chart) {
  check(chart);
  const std::size_t n = chart.labels.size();
  const std::size_t m = chart.series.size();
  ChartLayout L;
  const std::size_t bars_per_row = chart.stacked ? 1 : std::max<std::size_t>(m, 1);
  L.bar_height = 16;
  L.row_height = static_cast<double>(bars_per_row) * L.bar_height + 10;
  L.legend_height = m > 1 ? 24 : 0;

  double max_value = 0;
  for (std::size_t i = 0; i < n; ++i) {
    double row = 0;
    for (const auto& s : chart.series) {
      const double v = std::max(0.0, s.values[i]);
      row = chart.stacked ? row + v : std::max(row, v);
    }
    max_value = std::max(max_value, row);
  }
  if (chart.max_value) max_value = *chart.max_value;
  if (chart.reference_line) max_value = std::max(max_value, *chart.reference_line);
  if (max_value <= 0) max_value = 1;
  const double scale = L.bar_area / max_value;
  const double width = L.label_width + L.bar_area + L.value_width;
  const double height = L.top + static_cast<double>(n) * L.row_height + L.legend_height + 8;

  std::ostringstream o;
  o << "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " << coord(width) << ' '
    << coord(height) << "\" width=\"" << coord(width) << "\" height=\"" << coord(height)
    << "\" role=\"img\" aria-label=\"" << escape_xml(chart.alt) << "\" font-family=\"sans-serif\" "
       "font-size=\"12\"><title>"
    << escape_xml(chart.title) << "</title><desc>" << escape_xml(chart.alt) << "</desc>";
  for (std::size_t i = 0; i < n; ++i) {
    const double y = L.top + static_cast<double>(i) * L.row_height;
    o << "<text x=\"" << coord(L.label_width - 6) << "\" y=\"" << coord(y + L.row_height / 2 + 4)
      << "\" text-anchor=\"end\">" << escape_xml(clip(chart.labels[i], 34)) << "</text>";
    double x = L.label_width;
    double total = 0;
    for (std::size_t k = 0; k < m; ++k) {
      const BarSeries& s = chart.series[k];
      const double v = std::max(0.0, s.values[i]);
      const double w = v * scale;
      const double by = chart.stacked ? y + 5 : y + 5 + static_cast<double>(k) * L.bar_height;
      const double bx = chart.stacked ? x : L.label_width;
      o << "<rect x=\"" << coord(bx) << "\" y=\"" << coord(by) << "\" width=\"" << coord(w)
        << "\" height=\"" << coord(L.bar_height - 2) << "\" fill=\"" << escape_xml(s.color)
        << "\"><title>" << escape_xml(s.name) << ": " << number(s.values[i]) << escape_xml(chart.unit)
        << "</title></rect>";
      if (chart.stacked) {
        x += w;
        total += v;
      } else {
        o << "<text x=\"" << coord(L.label_width + w + 4) << "\" y=\"" << coord(by + L.bar_height - 5)
          << "\">" << number(s.values[i]) << escape_xml(chart.unit) << "</text>";
      }
    }
    if (chart.stacked)
      o << "<text x=\"" << coord(x + 4) << "\" y=\"" << coord(y + L.row_height / 2 + 4) << "\">"
        << number(total) << escape_xml(chart.unit) << "</text>";
  }
  if (chart.reference_line) {
    const double rx = L.label_width + *chart.reference_line * scale;
    const double bottom = L.top + static_cast<double>(n) * L.row_height;
    o << "<line x1=\"" << coord(rx) << "\" y1=\"" << coord(L.top) << "\" x2=\"" << coord(rx)
      << "\" y2=\"" << coord(bottom) << "\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>";
    if (!chart.reference_label.empty())
      o << "<text x=\"" << coord(rx + 3) << "\" y=\"" << coord(L.top + 9) << "\" font-size=\"10\">"
        << escape_xml(chart.reference_label) << "</text>";
  }
  if (m > 1) {
    double lx = L.label_width;
    const double ly = L.top + static_cast<double>(n) * L.row_height + 8;
    for (const auto& s : chart.series) {
      o << "<rect x=\"" << coord(lx) << "\" y=\"" << coord(ly) << "\" width=\"12\" height=\"12\" fill=\""
        << escape_xml(s.color) << "\"/><text x=\"" << coord(lx + 16) << "\" y=\"" << coord(ly + 10)
        << "\">" << escape_xml(s.name) << "</text>";
      lx += 24 + 7.0 * static_cast<double>(s.name.size());
    }
  }
  o << "</svg>";
  return o.str();
}

std::string to_html(const Document& doc) {
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"" << to_string(doc.language) << "\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
    << escape_xml(doc.title) << "</title>\n<style>" << kCss << "</style>\n</head>\n<body>\n<header>\n<h1>"
    << escape_xml(doc.title) << "</h1>\n";
  if (!doc.subtitle.empty()) o << "<p class=\"subtitle\">" << escape_xml(doc.subtitle) << "</p>\n";
  o << "</header>\n<nav aria-label=\"" << contents_heading(doc.language) << "\">\n<h2>"
    << contents_heading(doc.language) << "</h2>\n<ol>\n";
  for (const auto& s : doc.sections)
    o << "<li><a href=\"#" << escape_xml(s.id) << "\">" << escape_xml(s.heading) << "</a></li>\n";
  o << "</ol>\n</nav>\n<main>\n";
  for (const auto& s : doc.sections) {
    o << "<section id=\"" << escape_xml(s.id) << "\" aria-labelledby=\"" << escape_xml(s.id)
      << "-h\">\n<h2 id=\"" << escape_xml(s.id) << "-h\">" << escape_xml(s.heading) << "</h2>\n";
    for (const auto& block : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        o << "<p>" << escape_xml(p->text) << "</p>\n";
      } else if (const auto* l = std::get_if<BulletList>(&block)) {
        o << "<ul>\n";
        for (const auto& item : l->items) o << "<li>" << escape_xml(item) << "</li>\n";
        o << "</ul>\n";
      } else if (const auto* t = std::get_if<Table>(&block)) {
        check(*t);
        o << "<table>\n<caption>" << escape_xml(t->caption) << "</caption>\n<thead><tr>";
        for (std::size_t c = 0; c < t->columns.size(); ++c)
          o << "<th scope=\"col\"" << (is_numeric(*t, c) ? " class=\"num\"" : "") << '>'
            << escape_xml(t->columns[c]) << "</th>";
        o << "</tr></thead>\n<tbody>\n";
        for (const auto& row : t->rows) {
          o << "<tr>";
          for (std::size_t c = 0; c < row.size(); ++c) {
            if (c == 0) o << "<th scope=\"row\">" << escape_xml(row[c]) << "</th>";
            else o << "<td" << (is_numeric(*t, c) ? " class=\"num\"" : "") << '>' << escape_xml(row[c]) << "</td>";
          }
          o << "</tr>\n";
        }
        o << "</tbody>\n</table>\n";
      } else if (const auto* ch = std::get_if<BarChart>(&block)) {
        o << "<figure>\n<figcaption>" << escape_xml(ch->title) << "</figcaption>\n" << to_svg(*ch)
          << "\n</figure>\n";
      }
    }
    o << "</section>\n";
  }
  o << "</main>\n</body>\n</html>\n";
  return o.str();
}

std::string to_markdown(const Document& doc) {
  std::ostringstream o;
  o << "# " << doc.title << "\n\n";
  if (!doc.subtitle.empty()) o << "_" << doc.subtitle << "_\n\n";
  auto table = [&o](const std::vector<std::string>& columns, const std::vector<std::vector<std::string>>& rows,
                    const std::vector<bool>& numeric) {
    o << '|';
    for (const auto& c : columns) o << ' ' << escape_markdown_cell(c) << " |";
    o << "\n|";
    for (std::size_t c = 0; c < columns.size(); ++c) o << (!numeric.empty() && numeric[c] ? "---:|" : "---|");
    o << '\n';
    for (const auto& row : rows) {
      o << '|';
      for (const auto& cell : row) o << ' ' << escape_markdown_cell(cell) << " |";
      o << '\n';
    }
    o << '\n';
  };
  for (const auto& s : doc.sections) {
    o << "## " << s.heading << "\n\n";
    for (const auto& block : s.blocks) {
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        o << p->text << "\n\n";
      } else if (const auto* l = std::get_if<BulletList>(&block)) {
        for (const auto& item : l->items) o << "- " << item << '\n';
        o << '\n';
      } else if (const auto* t = std::get_if<Table>(&block)) {
        check(*t);
        o << "**" << t->caption << "**\n\n";
        table(t->columns, t->rows, t->numeric);
      } else if (const auto* ch = std::get_if<BarChart>(&block)) {
        check(*ch);
        o << "**" << ch->title << "** — " << ch->alt << "\n\n";
        std::vector<std::string> columns{""};
        std::vector<bool> numeric{false};
        for (const auto& series : ch->series) {
          columns.push_back(series.name + (ch->unit.empty() ? "" : " (" + ch->unit + ")"));
          numeric.push_back(true);
        }
        std::vector<std::vector<std::string>> rows;
        for (std::size_t i = 0; i < ch->labels.size(); ++i) {
          std::vector<std::string> row{ch->labels[i]};
          for (const auto& series : ch->series) row.push_back(number(series.values[i]));
          rows.push_back(std::move(row));
        }
        table(columns, rows, numeric);
      }
    }
  }
  return o.str();
}

std::string to_json(const Document& doc) {
  nlohmann::ordered_json j;
  j["format"] = "kpss-report";
  j["version"] = 1;
  j["title"] = doc.title;
  j["subtitle"] = doc.subtitle;
  j["language"] = to_string(doc.language);
  j["sections"] = nlohmann::ordered_json::array();
  for (const auto& s : doc.sections) {
    nlohmann::ordered_json js{{"id", s.id}, {"heading", s.heading}, {"blocks", nlohmann::ordered_json::array()}};
    for (const auto& block : s.blocks) {
      nlohmann::ordered_json b;
      if (const auto* p = std::get_if<Paragraph>(&block)) {
        b = {{"type", "paragraph"}, {"text", p->text}};
      } else if (const auto* l = std::get_if<BulletList>(&block)) {
        b = {{"type", "list"}, {"items", l->items}};
      } else if (const auto* t = std::get_if<Table>(&block)) {
        check(*t);
        b = {{"type", "table"}, {"caption", t->caption}, {"columns", t->columns}, {"rows", t->rows}};
      } else if (const auto* ch = std::get_if<BarChart>(&block)) {
        check(*ch);
        b = {{"type", "bar_chart"}, {"title", ch->title}, {"alt", ch->alt}, {"labels", ch->labels},
             {"stacked", ch->stacked}, {"unit", ch->unit}};
        b["series"] = nlohmann::ordered_json::array();
        for (const auto& series : ch->series)
          b["series"].push_back({{"name", series.name}, {"color", series.color}, {"values", series.values}});
        if (ch->reference_line) b["reference_line"] = *ch->reference_line;
      }
      js["blocks"].push_back(std::move(b));
    }
    j["sections"].push_back(std::move(js));
  }
  return j.dump(2) + "\n";
}

std::filesystem::path write_report(const Document& doc, const std::filesystem::path& directory) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) throw IoError("cannot create the report folder: " + ec.message(), directory.string());
  const std::string html = to_html(doc);
  const std::string markdown = to_markdown(doc);
  const std::string json = to_json(doc);
  detail::write_file_atomically(directory / "report.html", html);
  detail::write_file_atomically(directory / "report.md", markdown);
  detail::write_file_atomically(directory / "report.json", json);
  return directory / "report.html";
}

}  // namespace kpss::report
