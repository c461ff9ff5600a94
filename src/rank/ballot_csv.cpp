#include <algorithm>
#include <charconv>

#include <gsl/narrow>

#include "kpss/core/error.hpp"
#include "kpss/rank/ballot_readers.hpp"

namespace kpss {

namespace {

struct Field {
  std::string text;
  std::size_t line;
  std::size_t column;
};

// RFC 4180 records with their positions for error messages.
class CsvRecords {
 public:
  CsvRecords(std::string_view text, char delimiter, std::size_t max_field)
      : in_(text), delimiter_(delimiter), max_field_(max_field) {}

  bool next(std::vector<Field>& row) {
    row.clear();
    if (at_ >= in_.size()) return false;
    for (;;) {
      Field f{{}, line_, column()};
      if (at_ < in_.size() && in_[at_] == '"') {
        ++at_;
        for (;;) {
          if (at_ >= in_.size()) throw ParseError("a quoted field is not closed", text_position(f.line, f.column));
          const char c = in_[at_++];
          if (c == '"') {
            if (at_ < in_.size() && in_[at_] == '"') {
              f.text += '"';
              ++at_;
              continue;
            }
            break;
          }
          if (c == '\n') {
            ++line_;
            line_start_ = at_;
          }
          push(f, c);
        }
        if (at_ < in_.size() && in_[at_] != delimiter_ && in_[at_] != '\n' && in_[at_] != '\r')
          throw ParseError("unexpected text after a closing quote", text_position(line_, column()));
      } else {
        while (at_ < in_.size() && in_[at_] != delimiter_ && in_[at_] != '\n' && in_[at_] != '\r') {
          if (in_[at_] == '"') throw ParseError("a quote inside an unquoted field", text_position(line_, column()));
          push(f, in_[at_++]);
        }
      }
      row.push_back(std::move(f));
      if (at_ >= in_.size()) return true;
      if (in_[at_] == delimiter_) {
        ++at_;
        continue;
      }
      if (in_[at_] == '\r') ++at_;
      if (at_ < in_.size() && in_[at_] == '\n') ++at_;
      ++line_;
      line_start_ = at_;
      return true;
    }
  }

 private:
  std::size_t column() const { return at_ - line_start_ + 1; }
  void push(Field& f, char c) {
    if (f.text.size() >= max_field_)
      throw LimitExceeded("a field is longer than " + std::to_string(max_field_) + " bytes",
                          text_position(f.line, f.column));
    f.text += c;
  }

  std::string_view in_;
  char delimiter_;
  std::size_t max_field_;
  std::size_t at_ = 0;
  std::size_t line_ = 1;
  std::size_t line_start_ = 0;
};

std::string trim(std::string_view s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  const auto e = s.find_last_not_of(" \t");
  return std::string(s.substr(b, e - b + 1));
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return s;
}

std::ptrdiff_t find_column(const std::vector<std::string>& header, const std::vector<std::string>& names) {
  for (const auto& n : names) {
    const auto it = std::find(header.begin(), header.end(), lower(n));
    if (it != header.end()) return it - header.begin();
  }
  return -1;
}

std::int64_t parse_int(const Field& f, const std::string& cell) {
  std::int64_t v = 0;
  const auto [end, ec] = std::from_chars(cell.data(), cell.data() + cell.size(), v);
  if (ec != std::errc() || end != cell.data() + cell.size() || v < INT32_MIN + 1 || v > INT32_MAX)
    throw ParseError("'" + cell + "' is not a whole number", text_position(f.line, f.column));
  return v;
}

bool parse_approval(const Field& f, const std::string& cell) {
  const std::string c = lower(cell);
  if (c.empty() || c == "0" || c == "no" || c == "ne" || c == "false") return false;
  if (c == "1" || c == "x" || c == "yes" || c == "ano" || c == "true") return true;
  throw ParseError("'" + cell + "' is not an approval (1/0, x, yes/no, ano/ne)", text_position(f.line, f.column));
}

}  // namespace

BallotSet parse_ballots_csv(std::string_view text, const CsvBallotOptions& o) {
  if (text.size() > o.max_bytes)
    throw LimitExceeded("the CSV has " + std::to_string(text.size()) + " bytes; the limit is " +
                        std::to_string(o.max_bytes));
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  char delimiter = o.delimiter;
  if (delimiter == '\0') {
    const std::string_view first = text.substr(0, text.find('\n'));
    delimiter = std::count(first.begin(), first.end(), ';') > std::count(first.begin(), first.end(), ',') ? ';' : ',';
  }
  CsvRecords records(text, delimiter, o.max_field_bytes);
  std::vector<Field> row;
  if (!records.next(row)) throw ParseError("the CSV is empty; it needs a header row", text_position(1, 1));
  std::vector<std::string> header;
  for (const auto& f : row) header.push_back(lower(trim(f.text)));
  const auto id_col = find_column(header, o.id_columns);
  if (id_col < 0) throw ParseError("the header has no participant id column (id, participant, ...)", text_position(1, 1));
  const auto role_col = find_column(header, o.role_columns);
  const auto org_col = find_column(header, o.organisation_columns);
  const auto ter_col = find_column(header, o.territory_columns);
  std::vector<std::size_t> item_cols;
  std::vector<std::string> items;
  for (std::size_t c = 0; c < row.size(); ++c) {
    const auto sc = static_cast<std::ptrdiff_t>(c);
    if (sc == id_col || sc == role_col || sc == org_col || sc == ter_col) continue;
    item_cols.push_back(c);
    items.push_back(trim(row[c].text));
    if (items.back().empty()) throw ParseError("an item column has no name", text_position(row[c].line, row[c].column));
  }
  const std::size_t width = row.size();
  BallotSet ballots = [&] {
    try {
      switch (o.kind) {
        case BallotKind::score: return BallotSet::scores(items, o.scale_min, o.scale_max);
        case BallotKind::points: return BallotSet::points(items, o.scale_max);
        case BallotKind::ranking: return BallotSet::rankings(items);
        case BallotKind::approval: break;
      }
      return BallotSet::approvals(items);
    } catch (const Error& e) {
      throw ParseError("header: " + e.message(), text_position(1, 1));
    }
  }();
  std::vector<std::int32_t> values(items.size());
  std::vector<std::uint32_t> ranks(items.size());
  std::vector<std::uint32_t> approved;
  while (records.next(row)) {
    if (row.size() == 1 && trim(row[0].text).empty()) continue;  // blank line
    if (row.size() != width)
      throw ParseError("the row has " + std::to_string(row.size()) + " fields; the header has " + std::to_string(width),
                       text_position(row[0].line, row[0].column));
    Participant p;
    p.id = trim(row[gsl::narrow<std::size_t>(id_col)].text);
    const Field* at = &row[gsl::narrow<std::size_t>(id_col)];
    try {
      p.role = o.default_role;
      if (role_col >= 0) {
        at = &row[gsl::narrow<std::size_t>(role_col)];
        p.role = parse_role(trim(at->text));
      }
      if (org_col >= 0) p.organisation = trim(row[gsl::narrow<std::size_t>(org_col)].text);
      if (ter_col >= 0) p.territory = trim(row[gsl::narrow<std::size_t>(ter_col)].text);
      approved.clear();
      for (std::size_t k = 0; k < item_cols.size(); ++k) {
        at = &row[item_cols[k]];
        const std::string cell = trim(at->text);
        switch (o.kind) {
          case BallotKind::score:
          case BallotKind::points:
            values[k] = cell.empty() ? BallotSet::missing : static_cast<std::int32_t>(parse_int(*at, cell));
            if (!cell.empty()) ballots.check_value(k, values[k]);
            break;
          case BallotKind::ranking: {
            const std::int64_t r = cell.empty() ? 0 : parse_int(*at, cell);
            if (r < 0 || (!cell.empty() && r == 0))
              throw ParseError("a rank must be 1 or more (empty = unranked)", text_position(at->line, at->column));
            ranks[k] = static_cast<std::uint32_t>(r);
            break;
          }
          case BallotKind::approval:
            if (parse_approval(*at, cell)) approved.push_back(static_cast<std::uint32_t>(k));
            break;
        }
      }
      at = &row[gsl::narrow<std::size_t>(id_col)];
      switch (o.kind) {
        case BallotKind::score:
        case BallotKind::points: ballots.add_scores(p, values); break;
        case BallotKind::ranking: ballots.add_ranking(p, ranks); break;
        case BallotKind::approval: ballots.add_approvals(p, approved); break;
      }
    } catch (const ParseError&) {
      throw;
    } catch (const LimitExceeded& e) {
      throw LimitExceeded(e.message(), text_position(at->line, at->column));
    } catch (const Error& e) {
      throw ParseError(e.message(), text_position(at->line, at->column));
    }
  }
  return ballots;
}

}  // namespace kpss
