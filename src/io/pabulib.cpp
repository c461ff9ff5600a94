#include "kpss/io/pabulib.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <unordered_map>

#include <gsl/gsl>

#include "kpss/core/error.hpp"

namespace kpss {

namespace {

// A field of the current record: a view into the text, or a decoded copy when the field
// had doubled quotes inside.
struct Field {
  std::string_view view;
  std::string owned;
  bool uses_owned = false;
  std::size_t line = 0;
  std::size_t column = 0;
  std::string_view value() const { return uses_owned ? std::string_view(owned) : view; }
  std::string where() const { return text_position(line, column); }
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

class RecordReader {
 public:
  RecordReader(std::string_view text, const PabulibLimits& limits)
      : text_(text), limits_(limits) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    line_start_ = pos_;
  }

  bool at_end() const { return pos_ >= text_.size(); }
  std::size_t line() const { return line_; }

  // Reads one record into `fields` (resized to the record's field count).
  void next(std::vector<Field>& fields) {
    std::size_t count = 0;
    for (;;) {
      if (count == fields.size()) {
        if (count >= limits_.max_columns)
          throw LimitExceeded("more than " + std::to_string(limits_.max_columns) + " columns",
                              text_position(line_, pos_ - line_start_ + 1));
        fields.emplace_back();
      }
      Field& f = fields[count++];
      read_field(f);
      if (pos_ >= text_.size()) break;
      const char c = text_[pos_];
      if (c == ';') { ++pos_; continue; }
      if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
      ++pos_;  // the '\n' (or a lone '\r')
      ++line_;
      line_start_ = pos_;
      break;
    }
    fields.resize(count);
  }

 private:
  void read_field(Field& f) {
    f.line = line_;
    f.column = pos_ - line_start_ + 1;
    f.uses_owned = false;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      read_quoted(f);
    } else {
      const std::size_t start = pos_;
      while (pos_ < text_.size()) {
        const char c = text_[pos_];
        if (c == ';' || c == '\n') break;
        if (c == '\r' && (pos_ + 1 == text_.size() || text_[pos_ + 1] == '\n')) break;
        ++pos_;
      }
      f.view = text_.substr(start, pos_ - start);
    }
    if (f.value().size() > limits_.max_field_bytes)
      throw LimitExceeded("field longer than " + std::to_string(limits_.max_field_bytes) +
                              " bytes", f.where());
  }

  void read_quoted(Field& f) {
    ++pos_;
    const std::size_t start = pos_;
    bool doubled = false;
    for (;;) {
      if (pos_ >= text_.size()) throw ParseError("unterminated quoted field", f.where());
      const char c = text_[pos_];
      if (c == '"') {
        if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
          doubled = true;
          pos_ += 2;
          continue;
        }
        break;
      }
      if (c == '\n') {
        ++line_;
        line_start_ = pos_ + 1;
      }
      ++pos_;
    }
    const std::string_view raw = text_.substr(start, pos_ - start);
    ++pos_;  // closing quote
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t')) ++pos_;
    if (pos_ < text_.size() && text_[pos_] != ';' && text_[pos_] != '\n' && text_[pos_] != '\r')
      throw ParseError("unexpected character after a closing quote",
                       text_position(line_, pos_ - line_start_ + 1));
    if (!doubled) {
      f.view = raw;
      return;
    }
    f.owned.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
      f.owned.push_back(raw[i]);
      if (raw[i] == '"') ++i;
    }
    f.uses_owned = true;
  }

  std::string_view text_;
  const PabulibLimits& limits_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
};

// A whole non-negative number; "12.0" and "12.00" are accepted since some pabulib files write
// integral amounts that way, any other fraction is rejected because costs are exact.
std::int64_t parse_whole(std::string_view text, const std::string& where, const char* what) {
  const std::string_view s = trim(text);
  std::int64_t value = 0;
  std::size_t i = 0;
  if (s.empty()) throw ParseError(std::string(what) + " is empty", where);
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    if (__builtin_mul_overflow(value, 10, &value) || __builtin_add_overflow(value, s[i] - '0', &value))
      throw ParseError(std::string(what) + " is too large", where);
  }
  if (i == 0) throw ParseError(std::string(what) + " '" + std::string(s) + "' is not a whole number", where);
  if (i < s.size() && s[i] == '.') {
    std::size_t j = i + 1;
    while (j < s.size() && s[j] == '0') ++j;
    if (j == s.size() && j > i + 1) return value;
  }
  if (i != s.size())
    throw ParseError(std::string(what) + " '" + std::string(s) + "' is not a whole number", where);
  return value;
}

bool is_marker(const std::vector<Field>& fields, std::string_view name) {
  return fields.size() == 1 && trim(fields[0].value()) == name;
}

bool is_blank(const std::vector<Field>& fields) {
  return fields.size() == 1 && trim(fields[0].value()).empty();
}

// Column positions of a table's header, with the required columns found by name.
struct Header {
  std::vector<std::string> names;
  std::size_t line = 0;
  std::ptrdiff_t find(std::string_view name) const {
    const auto it = std::find(names.begin(), names.end(), name);
    return it == names.end() ? -1 : it - names.begin();
  }
};

Header read_header(const std::vector<Field>& fields) {
  Header h;
  h.line = fields.front().line;
  for (const Field& f : fields) {
    const std::string_view name = trim(f.value());
    if (h.find(name) >= 0) throw ParseError("duplicate column '" + std::string(name) + "'", f.where());
    h.names.emplace_back(name);
  }
  return h;
}

std::size_t require_column(const Header& h, std::string_view name, const char* section) {
  const std::ptrdiff_t i = h.find(name);
  if (i < 0)
    throw ParseError(std::string(section) + " has no column '" + std::string(name) + "'",
                     text_position(h.line, 1));
  return gsl::narrow<std::size_t>(i);
}

void require_width(const std::vector<Field>& fields, const Header& h) {
  if (fields.size() != h.names.size())
    throw ParseError("row has " + std::to_string(fields.size()) + " fields, the header has " +
                         std::to_string(h.names.size()),
                     fields.front().where());
}

using IdIndex = std::unordered_map<std::string_view, std::uint32_t>;

// Calls `each(item, column)` for each comma-separated item of `field`, trimmed.
template <typename F>
void for_each_item(const Field& field, F&& each) {
  const std::string_view s = field.value();
  if (trim(s).empty()) return;
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = s.find(',', start);
    const std::size_t end = comma == std::string_view::npos ? s.size() : comma;
    each(trim(s.substr(start, end - start)), field.column + start);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
}

class Parser {
 public:
  Parser(std::string_view text, const PabulibLimits& limits) : reader_(text, limits), limits_(limits) {
    if (text.size() > limits.max_bytes)
      throw LimitExceeded("document larger than " + std::to_string(limits.max_bytes) + " bytes");
  }

  PabulibInstance run() {
    enum class Section { none, meta, projects, votes } section = Section::none;
    bool need_header = false;
    Header header;
    while (!reader_.at_end()) {
      reader_.next(fields_);
      if (is_blank(fields_)) continue;
      if (is_marker(fields_, "META") || is_marker(fields_, "PROJECTS") || is_marker(fields_, "VOTES")) {
        const std::string_view name = trim(fields_[0].value());
        const Section next = name == "META" ? Section::meta
                             : name == "PROJECTS" ? Section::projects : Section::votes;
        if (section == Section::none && next != Section::meta)
          throw ParseError("expected the META section", fields_[0].where());
        if (static_cast<int>(next) <= static_cast<int>(section))
          throw ParseError("section " + std::string(name) + " out of order (META, PROJECTS, VOTES)",
                           fields_[0].where());
        if (next == Section::votes && section != Section::projects)
          throw ParseError("VOTES before PROJECTS", fields_[0].where());
        section = next;
        need_header = true;
        continue;
      }
      if (section == Section::none)
        throw ParseError("expected the META section", fields_[0].where());
      if (need_header) {
        header = read_header(fields_);
        need_header = false;
        if (section == Section::projects) start_projects(header);
        if (section == Section::votes) start_votes(header);
        continue;
      }
      require_width(fields_, header);
      if (section == Section::meta) meta_row();
      else if (section == Section::projects) project_row();
      else vote_row();
    }
    if (section != Section::votes)
      throw ParseError("missing section " + std::string(section == Section::projects ? "VOTES" : "PROJECTS"),
                       text_position(reader_.line(), 1));
    if (need_header) throw ParseError("VOTES has no header row", text_position(reader_.line(), 1));
    return std::move(out_);
  }

 private:
  void meta_row() {
    if (fields_.size() != 2)
      throw ParseError("META rows have two fields, key and value", fields_.front().where());
    out_.meta.emplace_back(trim(fields_[0].value()), trim(fields_[1].value()));
  }

  void start_projects(const Header& h) {
    id_col_ = require_column(h, "project_id", "PROJECTS");
    cost_col_ = require_column(h, "cost", "PROJECTS");
    other_cols_.clear();
    for (std::size_t i = 0; i < h.names.size(); ++i)
      if (i != id_col_ && i != cost_col_) {
        other_cols_.push_back(i);
        out_.project_fields.push_back(h.names[i]);
      }
  }

  void project_row() {
    if (out_.projects.size() >= limits_.max_projects)
      throw LimitExceeded("more than " + std::to_string(limits_.max_projects) + " projects",
                          fields_.front().where());
    PabulibProject p;
    p.id = std::string(trim(fields_[id_col_].value()));
    if (p.id.empty()) throw ParseError("empty project_id", fields_[id_col_].where());
    p.cost = parse_whole(fields_[cost_col_].value(), fields_[cost_col_].where(), "cost");
    p.fields.reserve(other_cols_.size());
    for (std::size_t c : other_cols_) p.fields.emplace_back(fields_[c].value());
    for (const auto& q : out_.projects)
      if (q.id == p.id) throw ParseError("duplicate project_id '" + p.id + "'", fields_[id_col_].where());
    out_.projects.push_back(std::move(p));
  }

  void start_votes(const Header& h) {
    id_col_ = require_column(h, "voter_id", "VOTES");
    vote_col_ = require_column(h, "vote", "VOTES");
    const std::ptrdiff_t pc = h.find("points");
    points_col_ = pc;
    other_cols_.clear();
    for (std::size_t i = 0; i < h.names.size(); ++i)
      if (i != id_col_ && i != vote_col_ && static_cast<std::ptrdiff_t>(i) != pc) {
        other_cols_.push_back(i);
        out_.vote_fields.push_back(h.names[i]);
      }
    index_.clear();
    index_.reserve(out_.projects.size() * 2);
    for (std::size_t i = 0; i < out_.projects.size(); ++i)
      index_.emplace(out_.projects[i].id, gsl::narrow<std::uint32_t>(i));
    seen_.assign(out_.projects.size(), 0);
  }

  void vote_row() {
    if (out_.votes.size() >= limits_.max_votes)
      throw LimitExceeded("more than " + std::to_string(limits_.max_votes) + " votes",
                          fields_.front().where());
    PabulibVote v;
    v.voter_id = std::string(trim(fields_[id_col_].value()));
    const Field& vote = fields_[vote_col_];
    ++stamp_;
    for_each_item(vote, [&](std::string_view id, std::size_t column) {
      const auto it = index_.find(id);
      if (it == index_.end())
        throw ParseError("unknown project '" + std::string(id) + "'", text_position(vote.line, column));
      if (seen_[it->second] == stamp_)
        throw ParseError("project '" + std::string(id) + "' listed twice", text_position(vote.line, column));
      seen_[it->second] = stamp_;
      v.projects.push_back(it->second);
    });
    if (points_col_ >= 0) {
      const Field& pts = fields_[gsl::narrow<std::size_t>(points_col_)];
      for_each_item(pts, [&](std::string_view p, std::size_t column) {
        v.points.push_back(parse_whole(p, text_position(pts.line, column), "points"));
      });
      if (v.points.size() != v.projects.size())
        throw ParseError("points has " + std::to_string(v.points.size()) + " entries, vote has " +
                             std::to_string(v.projects.size()),
                         pts.where());
    }
    v.fields.reserve(other_cols_.size());
    for (std::size_t c : other_cols_) v.fields.emplace_back(fields_[c].value());
    out_.votes.push_back(std::move(v));
  }

  RecordReader reader_;
  const PabulibLimits& limits_;
  std::vector<Field> fields_;
  PabulibInstance out_;
  std::size_t id_col_ = 0, cost_col_ = 0, vote_col_ = 0;
  std::ptrdiff_t points_col_ = -1;
  std::vector<std::size_t> other_cols_;
  IdIndex index_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t stamp_ = 0;
};

std::optional<std::string_view> column_of(const std::vector<std::string>& names,
                                          const std::vector<std::string>& values,
                                          std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return std::string_view(values[i]);
  return std::nullopt;
}

}  // namespace

std::optional<std::string_view> PabulibInstance::meta_value(std::string_view key) const {
  for (const auto& [k, v] : meta)
    if (k == key) return std::string_view(v);
  return std::nullopt;
}

std::int64_t PabulibInstance::budget() const {
  const auto b = meta_value("budget");
  if (!b) throw ParseError("META has no budget", "META/budget");
  return parse_whole(*b, "META/budget", "budget");
}

PabulibVoteType PabulibInstance::vote_type() const {
  const auto t = meta_value("vote_type");
  if (!t || *t == "approval") return PabulibVoteType::approval;
  if (*t == "cumulative") return PabulibVoteType::cumulative;
  if (*t == "scoring") return PabulibVoteType::scoring;
  if (*t == "ordinal") return PabulibVoteType::ordinal;
  throw ParseError("unknown vote_type '" + std::string(*t) + "'", "META/vote_type");
}

std::string_view PabulibInstance::currency() const { return meta_value("currency").value_or(""); }

Money PabulibInstance::money(std::int64_t units) const {
  const std::string_view code = currency();
  if (code.empty()) throw NotFound("META has no currency", "META/currency");
  return Money::from_major(units, Currency::of(code));
}

std::size_t PabulibInstance::project_index(std::string_view id) const {
  for (std::size_t i = 0; i < projects.size(); ++i)
    if (projects[i].id == id) return i;
  throw NotFound("no project '" + std::string(id) + "'");
}

std::optional<std::string_view> PabulibInstance::project_field(std::size_t p,
                                                               std::string_view name) const {
  Expects(p < projects.size());
  return column_of(project_fields, projects[p].fields, name);
}

std::optional<std::string_view> PabulibInstance::vote_field(std::size_t v,
                                                            std::string_view name) const {
  Expects(v < votes.size());
  return column_of(vote_fields, votes[v].fields, name);
}

PabulibInstance parse_pabulib(std::string_view text, const PabulibLimits& limits) {
  return Parser(text, limits).run();
}

PabulibInstance read_pabulib(const std::filesystem::path& path, const PabulibLimits& limits) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw IoError("cannot read: " + ec.message(), path.string());
  if (size > limits.max_bytes)
    throw LimitExceeded("file larger than " + std::to_string(limits.max_bytes) + " bytes", path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot open", path.string());
  std::string text(gsl::narrow<std::size_t>(size), '\0');
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  if (in.gcount() != static_cast<std::streamsize>(text.size())) throw IoError("short read", path.string());
  return parse_pabulib(text, limits);
}

const char* to_string(PabulibVoteType type) noexcept {
  switch (type) {
    case PabulibVoteType::approval: return "approval";
    case PabulibVoteType::cumulative: return "cumulative";
    case PabulibVoteType::scoring: return "scoring";
    case PabulibVoteType::ordinal: return "ordinal";
  }
  return "approval";
}

}  // namespace kpss
