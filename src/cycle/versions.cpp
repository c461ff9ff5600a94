#include "kpss/cycle/versions.hpp"

#include <map>

#include "json_text.hpp"
#include "kpss/core/error.hpp"
#include "kpss/io/plan_json.hpp"

namespace kpss::cycle {

using detail::ojson;

Snapshot take_snapshot(const Plan& plan, EventLog& log, std::string_view actor, std::string_view label) {
  if (label.empty()) throw InvalidArgument("a snapshot needs a label", "label");
  ojson p;
  p["label"] = std::string(label);
  const Event& e = log.append(actor, "snapshot", p.dump());
  return {std::string(label), e.sequence, plan};
}

std::string_view to_string(Change::Kind kind) noexcept {
  switch (kind) {
    case Change::Kind::added: return "added";
    case Change::Kind::removed: return "removed";
    case Change::Kind::changed: return "changed";
  }
  return "changed";
}

namespace {

bool keyed_by_id(const ojson& a) {
  if (a.empty()) return false;
  for (const ojson& e : a)
    if (!e.is_object() || !e.contains("id") || !e["id"].is_string()) return false;
  return true;
}

class Differ {
 public:
  std::vector<Change> out;

  void value(const ojson& a, const ojson& b, const std::string& path) {
    if (a.is_object() && b.is_object()) return object(a, b, path);
    if (a.is_array() && b.is_array()) return array(a, b, path);
    if (a != b) out.push_back({Change::Kind::changed, path, a.dump(), b.dump()});
  }

 private:
  void object(const ojson& a, const ojson& b, const std::string& path) {
    for (auto it = a.begin(); it != a.end(); ++it) {
      if (path.empty() && it.key() == log_member) continue;
      const std::string p = path + "/" + detail::pointer_token(it.key());
      if (const auto jt = b.find(it.key()); jt != b.end()) value(*it, *jt, p);
      else out.push_back({Change::Kind::removed, p, it->dump(), {}});
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
      if (path.empty() && it.key() == log_member) continue;
      if (!a.contains(it.key()))
        out.push_back({Change::Kind::added, path + "/" + detail::pointer_token(it.key()), {}, it->dump()});
    }
  }

  void array(const ojson& a, const ojson& b, const std::string& path) {
    if (keyed_by_id(a) && (b.empty() || keyed_by_id(b))) return by_id(a, b, path);
    if (a.empty() && keyed_by_id(b)) return by_id(a, b, path);
    const std::size_t common = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < common; ++i) value(a[i], b[i], path + "/" + std::to_string(i));
    for (std::size_t i = common; i < a.size(); ++i)
      out.push_back({Change::Kind::removed, path + "/" + std::to_string(i), a[i].dump(), {}});
    for (std::size_t i = common; i < b.size(); ++i)
      out.push_back({Change::Kind::added, path + "/" + std::to_string(i), {}, b[i].dump()});
  }

  void by_id(const ojson& a, const ojson& b, const std::string& path) {
    std::map<std::string, const ojson*, std::less<>> in_b, in_a;
    for (const ojson& e : b) in_b.emplace(e["id"].get<std::string>(), &e);
    for (const ojson& e : a) in_a.emplace(e["id"].get<std::string>(), &e);
    for (const ojson& e : a) {
      const std::string id = e["id"].get<std::string>();
      const std::string p = path + "/" + detail::pointer_token(id);
      if (const auto it = in_b.find(id); it != in_b.end()) value(e, *it->second, p);
      else out.push_back({Change::Kind::removed, p, e.dump(), {}});
    }
    for (const ojson& e : b) {
      const std::string id = e["id"].get<std::string>();
      if (!in_a.contains(id))
        out.push_back({Change::Kind::added, path + "/" + detail::pointer_token(id), {}, e.dump()});
    }
  }
};

}  // namespace

std::vector<Change> diff(const Plan& before, const Plan& after) {
  Differ d;
  d.value(ojson::parse(write_plan_json(before)), ojson::parse(write_plan_json(after)), "");
  return std::move(d.out);
}

std::string diff_to_json(const std::vector<Change>& changes) {
  ojson j;
  j["changes"] = ojson::array();
  std::size_t counts[3] = {0, 0, 0};
  for (const Change& c : changes) {
    ojson e;
    e["kind"] = std::string(to_string(c.kind));
    e["path"] = c.path;
    if (c.kind != Change::Kind::added) e["before"] = ojson::parse(c.before);
    if (c.kind != Change::Kind::removed) e["after"] = ojson::parse(c.after);
    j["changes"].push_back(std::move(e));
    ++counts[static_cast<int>(c.kind)];
  }
  j["added"] = counts[0];
  j["removed"] = counts[1];
  j["changed"] = counts[2];
  return j.dump(2);
}

}  // namespace kpss::cycle
