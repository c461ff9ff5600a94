#include "kpss/cycle/comments.hpp"

#include <map>
#include <optional>

#include "json_text.hpp"
#include "kpss/core/error.hpp"

namespace kpss::cycle {

using detail::ojson;

namespace {

template <class Vec, class Pred>
std::optional<std::size_t> index_where(const Vec& v, Pred pred) {
  for (std::size_t i = 0; i < v.size(); ++i)
    if (pred(v[i])) return i;
  return std::nullopt;
}

std::optional<std::string> tree_path(const Plan& plan, ElementKind kind, const std::string& id) {
  const auto& prs = plan.strategy.priorities;
  for (std::size_t p = 0; p < prs.size(); ++p) {
    const std::string pp = "/strategy/priorities/" + std::to_string(p);
    if (kind == ElementKind::priority && prs[p].id.str() == id) return pp;
    for (std::size_t g = 0; g < prs[p].goals.size(); ++g) {
      const Goal& goal = prs[p].goals[g];
      const std::string gp = pp + "/goals/" + std::to_string(g);
      if (kind == ElementKind::goal && goal.id.str() == id) return gp;
      for (std::size_t m = 0; m < goal.measures.size(); ++m) {
        const Measure& measure = goal.measures[m];
        const std::string mp = gp + "/measures/" + std::to_string(m);
        if (kind == ElementKind::measure && measure.id.str() == id) return mp;
        for (std::size_t a = 0; a < measure.activities.size(); ++a)
          if (kind == ElementKind::activity && measure.activities[a].id.str() == id)
            return mp + "/activities/" + std::to_string(a);
      }
    }
  }
  return std::nullopt;
}

template <class Vec>
std::optional<std::string> list_path(const Vec& v, const char* name, const std::string& id) {
  if (auto i = index_where(v, [&](const auto& e) { return e.id.str() == id; }))
    return std::string("/") + name + "/" + std::to_string(*i);
  return std::nullopt;
}

}  // namespace

std::string element_path(const Plan& plan, const ElementRef& ref) {
  std::optional<std::string> path;
  switch (ref.kind) {
    case ElementKind::plan: return "";
    case ElementKind::stakeholder: path = list_path(plan.stakeholders, "stakeholders", ref.id); break;
    case ElementKind::working_group: path = list_path(plan.working_groups, "working_groups", ref.id); break;
    case ElementKind::service: path = list_path(plan.services, "services", ref.id); break;
    case ElementKind::need: path = list_path(plan.needs, "needs", ref.id); break;
    case ElementKind::indicator: path = list_path(plan.indicators, "indicators", ref.id); break;
    case ElementKind::priority:
    case ElementKind::goal:
    case ElementKind::measure:
    case ElementKind::activity: path = tree_path(plan, ref.kind, ref.id); break;
  }
  if (!path)
    throw NotFound("the plan has no " + std::string(to_string(ref.kind)) + " \"" + ref.id + "\"", "target");
  return *path;
}

void add_comment(Plan& plan, EventLog& log, std::string_view actor, Comment comment) {
  if (comment.text.empty()) throw InvalidArgument("a comment needs a text", "text");
  if (find(plan, comment.id))
    throw InvalidArgument("the plan already has a comment \"" + comment.id.str() + "\"", "id");
  const std::string path = element_path(plan, comment.target);
  if (!comment.date.ok()) comment.date = log.today();
  ojson p;
  p["comment"] = comment.id.str();
  p["target"] = path;
  log.append(actor, "comment", p.dump());
  plan.comments.push_back(std::move(comment));
}

void settle(Plan& plan, EventLog& log, std::string_view actor, const CommentId& id,
            Settlement settlement) {
  if (settlement.justification.empty())
    throw InvalidArgument("a settlement needs a justification (odůvodnění)", "justification");
  const auto i = index_where(plan.comments, [&](const Comment& c) { return c.id == id; });
  if (!i) throw NotFound("the plan has no comment \"" + id.str() + "\"", "id");
  if (!settlement.date.ok()) settlement.date = log.today();
  ojson p;
  p["comment"] = id.str();
  p["outcome"] = std::string(to_string(settlement.outcome));
  p["justification"] = settlement.justification;
  log.append(actor, "settle", p.dump());
  plan.comments[*i].settlement = std::move(settlement);
}

std::vector<AnnexRow> settlement_annex(const Plan& plan) {
  std::vector<AnnexRow> rows;
  rows.reserve(plan.comments.size());
  for (const Comment& c : plan.comments) {
    AnnexRow r;
    r.comment = c.id.str();
    const Stakeholder* s = c.author ? find(plan, *c.author) : nullptr;
    r.author = s && !s->name.empty() ? s->name
               : c.author            ? c.author->str()
               : !c.author_name.empty() ? c.author_name
                                        : "anonymous";
    r.target = c.target.kind == ElementKind::plan ? "plan"
                                                  : std::string(to_string(c.target.kind)) + " " + c.target.id;
    r.text = c.text;
    r.date = c.date.ok() ? format_date(c.date) : "";
    if (c.settlement) {
      r.outcome = to_string(c.settlement->outcome);
      r.justification = c.settlement->justification;
      r.settled = c.settlement->date.ok() ? format_date(c.settlement->date) : "";
    } else {
      r.outcome = "unsettled";
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string annex_to_json(const Plan& plan) {
  ojson j;
  j["rows"] = ojson::array();
  std::map<std::string, std::size_t> counts{{"accepted", 0}, {"partly", 0}, {"rejected", 0}, {"unsettled", 0}};
  for (const AnnexRow& r : settlement_annex(plan)) {
    ojson row;
    row["comment"] = r.comment;
    row["author"] = r.author;
    row["target"] = r.target;
    row["text"] = r.text;
    row["date"] = r.date;
    row["outcome"] = r.outcome;
    row["justification"] = r.justification;
    row["settled"] = r.settled;
    j["rows"].push_back(std::move(row));
    ++counts[r.outcome];
  }
  for (const char* k : {"accepted", "partly", "rejected", "unsettled"}) j["counts"][k] = counts[k];
  return j.dump(2);
}

namespace {

std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace

std::string annex_to_markdown(const Plan& plan) {
  std::string md = "# Vypořádání připomínek — " + cell(plan.title) + "\n\n";
  md += "| # | autor | k čemu | připomínka | vypořádání | odůvodnění |\n|---|---|---|---|---|---|\n";
  for (const AnnexRow& r : settlement_annex(plan))
    md += "| " + cell(r.comment) + " | " + cell(r.author) + " | " + cell(r.target) + " | " + cell(r.text) +
          " | " + r.outcome + " | " + cell(r.justification) + " |\n";
  return md;
}

}  // namespace kpss::cycle
