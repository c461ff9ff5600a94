#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "kpss/core/error.hpp"
#include "kpss/io/pabulib.hpp"
#include "kpss/rank/ballot_readers.hpp"

namespace kpss {

namespace {

using nlohmann::json;

constexpr std::string_view format_name = "kpss-ballots";

std::string line_column(std::string_view text, std::size_t byte) {
  std::size_t line = 1, column = 1;
  for (std::size_t i = 0; i < byte && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return text_position(line, column);
}

const json& member(const json& object, const char* key, const std::string& where) {
  const auto it = object.find(key);
  if (it == object.end()) throw ParseError(std::string("missing member \"") + key + "\"", where);
  return *it;
}

std::string string_at(const json& v, const std::string& where) {
  if (!v.is_string()) throw ParseError("expected a string", where);
  return v.get<std::string>();
}

std::int32_t int_at(const json& v, const std::string& where) {
  if (!v.is_number_integer()) throw ParseError("expected a whole number", where);
  const auto x = v.get<std::int64_t>();
  if (x <= INT32_MIN || x > INT32_MAX) throw ParseError("the number is out of range", where);
  return static_cast<std::int32_t>(x);
}

std::string escape_pointer(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace

BallotSet parse_ballots_json(std::string_view text, const JsonBallotLimits& limits) {
  if (text.size() > limits.max_bytes)
    throw LimitExceeded("the ballot file has " + std::to_string(text.size()) + " bytes; the limit is " +
                        std::to_string(limits.max_bytes));
  json doc;
  try {
    doc = json::parse(text);
  } catch (const json::parse_error& e) {
    throw ParseError("malformed JSON", line_column(text, e.byte == 0 ? 0 : e.byte - 1));
  }
  if (!doc.is_object()) throw ParseError("the document must be an object", "");
  if (string_at(member(doc, "format", ""), "/format") != format_name)
    throw ParseError("\"format\" must be \"kpss-ballots\"", "/format");
  if (int_at(member(doc, "version", ""), "/version") != 1)
    throw ParseError("only version 1 of the ballot format is known", "/version");
  const BallotKind kind = [&] {
    try {
      return parse_ballot_kind(string_at(member(doc, "kind", ""), "/kind"));
    } catch (const InvalidArgument& e) {
      throw ParseError(e.message(), "/kind");
    }
  }();
  const json& jitems = member(doc, "items", "");
  if (!jitems.is_array()) throw ParseError("expected an array of item ids", "/items");
  std::vector<std::string> items;
  for (std::size_t i = 0; i < jitems.size(); ++i) items.push_back(string_at(jitems[i], "/items/" + std::to_string(i)));
  BallotSet ballots = [&] {
    try {
      switch (kind) {
        case BallotKind::score: {
          const json& s = member(doc, "scale", "");
          return BallotSet::scores(items, int_at(member(s, "min", "/scale"), "/scale/min"),
                                   int_at(member(s, "max", "/scale"), "/scale/max"));
        }
        case BallotKind::points: return BallotSet::points(items, int_at(member(doc, "cap", ""), "/cap"));
        case BallotKind::ranking: return BallotSet::rankings(items);
        case BallotKind::approval: break;
      }
      return BallotSet::approvals(items);
    } catch (const ParseError&) {
      throw;
    } catch (const Error& e) {
      throw ParseError(e.message(), "/items");
    }
  }();
  const json& jballots = member(doc, "ballots", "");
  if (!jballots.is_array()) throw ParseError("expected an array of ballots", "/ballots");
  std::vector<std::int32_t> values(items.size());
  std::vector<std::uint32_t> ranks(items.size());
  std::vector<std::uint32_t> approved;
  for (std::size_t b = 0; b < jballots.size(); ++b) {
    const std::string at = "/ballots/" + std::to_string(b);
    const json& jb = jballots[b];
    if (!jb.is_object()) throw ParseError("expected a ballot object", at);
    Participant p;
    p.id = string_at(member(jb, "participant", at), at + "/participant");
    std::string where = at + "/role";
    try {
      if (jb.contains("role")) p.role = parse_role(string_at(jb["role"], where));
      if (jb.contains("organisation")) p.organisation = string_at(jb["organisation"], at + "/organisation");
      if (jb.contains("territory")) p.territory = string_at(jb["territory"], at + "/territory");
      auto item = [&](const std::string& id, const std::string& path) {
        try {
          return ballots.item_index(id);
        } catch (const NotFound& e) {
          throw ParseError(e.message(), path);
        }
      };
      switch (kind) {
        case BallotKind::score:
        case BallotKind::points: {
          const char* key = kind == BallotKind::score ? "scores" : "points";
          const json& s = member(jb, key, at);
          if (!s.is_object()) throw ParseError("expected an object of item: value", at + "/" + key);
          std::fill(values.begin(), values.end(), BallotSet::missing);
          for (const auto& [id, v] : s.items()) {
            where = at + "/" + key + "/" + escape_pointer(id);
            const std::size_t i = item(id, where);
            values[i] = v.is_null() ? BallotSet::missing : int_at(v, where);
            if (!v.is_null()) ballots.check_value(i, values[i]);
          }
          where = at;
          ballots.add_scores(p, values);
          break;
        }
        case BallotKind::ranking: {
          const json& r = member(jb, "ranking", at);
          if (!r.is_array()) throw ParseError("expected an array of tie groups", at + "/ranking");
          std::fill(ranks.begin(), ranks.end(), 0U);
          for (std::size_t g = 0; g < r.size(); ++g) {
            const std::string gat = at + "/ranking/" + std::to_string(g);
            if (!r[g].is_array()) throw ParseError("expected a tie group (an array of item ids)", gat);
            for (std::size_t k = 0; k < r[g].size(); ++k) {
              where = gat + "/" + std::to_string(k);
              const std::size_t i = item(string_at(r[g][k], where), where);
              if (ranks[i] != 0) throw ParseError("the item is ranked twice", where);
              ranks[i] = static_cast<std::uint32_t>(g + 1);
            }
          }
          where = at;
          ballots.add_ranking(p, ranks);
          break;
        }
        case BallotKind::approval: {
          const json& a = member(jb, "approvals", at);
          if (!a.is_array()) throw ParseError("expected an array of item ids", at + "/approvals");
          approved.clear();
          for (std::size_t k = 0; k < a.size(); ++k) {
            where = at + "/approvals/" + std::to_string(k);
            approved.push_back(static_cast<std::uint32_t>(item(string_at(a[k], where), where)));
          }
          where = at;
          ballots.add_approvals(p, approved);
          break;
        }
      }
    } catch (const ParseError&) {
      throw;
    } catch (const LimitExceeded& e) {
      throw LimitExceeded(e.message(), where);
    } catch (const Error& e) {
      throw ParseError(e.message(), where);
    }
  }
  return ballots;
}

std::string format_ballots_json(const BallotSet& b) {
  nlohmann::ordered_json doc;
  doc["format"] = format_name;
  doc["version"] = 1;
  doc["kind"] = to_string(b.kind());
  if (b.kind() == BallotKind::score) doc["scale"] = {{"min", b.scale_min()}, {"max", b.scale_max()}};
  if (b.kind() == BallotKind::points) doc["cap"] = b.points_cap();
  doc["items"] = b.items();
  auto& out = doc["ballots"] = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < b.size(); ++i) {
    nlohmann::ordered_json j;
    j["participant"] = b.participant_id(i);
    j["role"] = to_string(b.role(i));
    if (!b.organisation(i).empty()) j["organisation"] = b.organisation(i);
    if (!b.territory(i).empty()) j["territory"] = b.territory(i);
    switch (b.kind()) {
      case BallotKind::score:
      case BallotKind::points: {
        auto& s = j[b.kind() == BallotKind::score ? "scores" : "points"] = nlohmann::ordered_json::object();
        for (std::size_t k = 0; k < b.item_count(); ++k)
          if (b.values(i)[k] != BallotSet::missing) s[b.items()[k]] = b.values(i)[k];
        break;
      }
      case BallotKind::ranking: {
        auto& r = j["ranking"] = nlohmann::ordered_json::array();
        const auto items = b.ranked_items(i);
        const auto pos = b.ranks(i);
        for (std::size_t k = 0; k < items.size(); ++k) {
          if (k == 0 || pos[k] != pos[k - 1]) r.push_back(nlohmann::ordered_json::array());
          r.back().push_back(b.items()[items[k]]);
        }
        break;
      }
      case BallotKind::approval: {
        auto& a = j["approvals"] = nlohmann::ordered_json::array();
        for (auto k : b.approved(i)) a.push_back(b.items()[k]);
        break;
      }
    }
    out.push_back(std::move(j));
  }
  return doc.dump(1) + "\n";
}

BallotSet ballots_from_pabulib(const PabulibInstance& pb) {
  std::vector<std::string> items;
  for (const auto& p : pb.projects) items.push_back(p.id);
  const PabulibVoteType type = pb.vote_type();
  auto meta_int = [&](std::string_view key) -> std::optional<std::int32_t> {
    const auto v = pb.meta_value(key);
    if (!v) return std::nullopt;
    try {
      return static_cast<std::int32_t>(std::stol(std::string(*v)));
    } catch (const std::exception&) {
      throw ParseError("META " + std::string(key) + " is not a whole number", std::string(key));
    }
  };
  std::int64_t largest = 0;
  for (const auto& v : pb.votes) {
    std::int64_t sum = 0;
    for (auto x : v.points) {
      sum += x;
      largest = std::max(largest, type == PabulibVoteType::cumulative ? sum : x);
    }
  }
  BallotSet b = [&] {
    switch (type) {
      case PabulibVoteType::approval: return BallotSet::approvals(items);
      case PabulibVoteType::ordinal: return BallotSet::rankings(items);
      case PabulibVoteType::cumulative:
        return BallotSet::points(items, meta_int("max_sum_points").value_or(static_cast<std::int32_t>(std::max<std::int64_t>(largest, 1))));
      case PabulibVoteType::scoring: break;
    }
    return BallotSet::scores(items, meta_int("min_points").value_or(0),
                             meta_int("max_points").value_or(static_cast<std::int32_t>(largest)));
  }();
  b.reserve(pb.votes.size());
  std::ptrdiff_t role_field = -1;
  for (std::size_t f = 0; f < pb.vote_fields.size(); ++f)
    if (pb.vote_fields[f] == "role") role_field = static_cast<std::ptrdiff_t>(f);
  std::vector<std::int32_t> values(items.size());
  std::vector<std::uint32_t> ranks(items.size());
  for (const auto& v : pb.votes) {
    Participant p{v.voter_id, Role::public_, {}, {}};
    if (role_field >= 0) p.role = parse_role(v.fields[static_cast<std::size_t>(role_field)]);
    switch (type) {
      case PabulibVoteType::approval: b.add_approvals(p, v.projects); break;
      case PabulibVoteType::ordinal:
        std::fill(ranks.begin(), ranks.end(), 0U);
        for (std::size_t k = 0; k < v.projects.size(); ++k) ranks[v.projects[k]] = static_cast<std::uint32_t>(k + 1);
        b.add_ranking(p, ranks);
        break;
      case PabulibVoteType::cumulative:
      case PabulibVoteType::scoring:
        std::fill(values.begin(), values.end(), BallotSet::missing);
        for (std::size_t k = 0; k < v.projects.size(); ++k)
          values[v.projects[k]] = static_cast<std::int32_t>(v.points.empty() ? 1 : v.points[k]);
        b.add_scores(p, values);
        break;
    }
  }
  return b;
}

BallotSet read_ballots(const std::filesystem::path& path, const CsvBallotOptions& csv) {
  const std::string ext = path.extension().string();
  if (ext == ".pb") return ballots_from_pabulib(read_pabulib(path));
  if (ext != ".csv" && ext != ".json")
    throw InvalidArgument("cannot tell the ballot format by the name; use .csv, .json or .pb", path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot read the file", path.string());
  std::ostringstream text;
  text << in.rdbuf();
  if (ext == ".csv") return parse_ballots_csv(text.str(), csv);
  return parse_ballots_json(text.str());
}

}  // namespace kpss
