#include "kpss/report/public_report.hpp"

#include <array>
#include <cmath>
#include <string>
#include <utility>

#include "kpss/core/date.hpp"
#include "kpss/core/catalog.hpp"
#include "kpss/core/error.hpp"
#include "kpss/cycle/audit.hpp"
#include "kpss/cycle/monitoring.hpp"
#include "kpss/graph/build.hpp"
#include "kpss/graph/participation.hpp"
#include "kpss/gaps/plan_gaps.hpp"
#include "kpss/rank/ranking.hpp"
#include "kpss/rank/stability.hpp"
#include "kpss/report/text.hpp"
#include "kpss/select/equal_shares.hpp"
#include "kpss/select/from_ballots.hpp"
#include "kpss/select/greedy.hpp"

namespace kpss::report {

namespace {

// Fixed texts of the report in both languages.
struct Text {
  const char* cs;
  const char* en;
};

const char* tr(const Text& t, Language lang) { return lang == Language::cs ? t.cs : t.en; }

constexpr Text kOverview{"O plánu", "About the plan"};
constexpr Text kPeriod{"Období platnosti", "Plan period"};
constexpr Text kTerritory{"Území", "Territory"};
constexpr Text kContents{"Obsah plánu", "What the plan holds"};
constexpr Text kElement{"prvek", "element"};
constexpr Text kCount{"počet", "count"};
constexpr Text kPrinciples{"Zásady", "Principles"};
constexpr Text kParticipants{"Kdo se zapojil", "Who took part"};
constexpr Text kRole{"role", "role"};
constexpr Text kPriorities{"Pořadí priorit", "Ranking of priorities"};
constexpr Text kItem{"opatření", "measure"};
constexpr Text kRank{"pořadí", "rank"};
constexpr Text kRankUnweighted{"pořadí bez vážení", "rank, head count"};
constexpr Text kScore{"hodnocení", "score"};
constexpr Text kSupport{"podpora", "support"};
constexpr Text kMajority{"většinová podpora", "majority support"};
constexpr Text kYes{"ano", "yes"};
constexpr Text kNo{"ne", "no"};

std::string role_name(Role r, Language lang) {
  return std::string(lang == Language::cs ? czech_name(r) : to_string(r));
}

const char* role_color(Role r) {
  static constexpr std::array<const char*, role_count> colors{"#7570b3", "#d95f02", "#1b9e77",
                                                              "#e7298a", "#666666"};
  return colors[static_cast<std::size_t>(r)];
}

// A chart of shares shown in percent on a 0–100 axis.
BarChart percent_chart(std::string title, std::string alt) {
  BarChart chart;
  chart.title = std::move(title);
  chart.alt = std::move(alt);
  chart.unit = "%";
  chart.max_value = 100;
  return chart;
}

// A share in [0, 1] as a percent_chart bar, to the one decimal its label shows.
double percent_bar(double share) { return std::round(share * 1000.0) / 10.0; }

std::string item_title(const Plan& plan, const std::string& id) {
  if (const Measure* m = find(plan, MeasureId(id))) return m->title;
  if (const Priority* p = find(plan, PriorityId(id))) return p->title;
  throw NotFound("ballot item '" + id + "' is neither a measure nor a priority of the plan");
}

Section overview(const Plan& plan, Language lang) {
  Section s{"plan", tr(kOverview, lang), {}};
  std::string facts = std::string(tr(kPeriod, lang)) + ": " + format_date(plan.period.start) + " – " +
                      format_date(plan.period.end);
  if (plan.territory) facts += ". " + std::string(tr(kTerritory, lang)) + ": " + plan.territory->code();
  s.blocks.emplace_back(Paragraph{facts + "."});
  if (!plan.description.empty()) s.blocks.emplace_back(Paragraph{plan.description});
  const PlanCounts c = count_elements(plan);
  const bool cs = lang == Language::cs;
  Table t{tr(kContents, lang), {tr(kElement, lang), tr(kCount, lang)}, {}, {false, true}};
  const std::pair<const char*, std::size_t> rows[] = {
      {cs ? "aktéři" : "stakeholders", c.stakeholders},
      {cs ? "pracovní skupiny" : "working groups", c.working_groups},
      {cs ? "sociální služby" : "social services", c.services},
      {cs ? "zjištěné potřeby" : "needs found", c.needs},
      {cs ? "priority" : "priorities", c.priorities},
      {cs ? "cíle" : "goals", c.goals},
      {cs ? "opatření" : "measures", c.measures},
      {cs ? "indikátory" : "indicators", c.indicators},
      {cs ? "připomínky" : "comments", c.comments},
  };
  for (const auto& [name, n] : rows) t.rows.push_back({name, std::to_string(n)});
  s.blocks.emplace_back(std::move(t));
  if (!plan.principles.empty()) {
    s.blocks.emplace_back(Paragraph{std::string(tr(kPrinciples, lang)) + ":"});
    s.blocks.emplace_back(BulletList{plan.principles});
  }
  return s;
}

Section participants(const Plan& plan, Language lang) {
  Section s{"participants", tr(kParticipants, lang), {}};
  Table t{tr(kParticipants, lang), {tr(kRole, lang), tr(kCount, lang)}, {}, {false, true}};
  BarChart chart;
  chart.title = tr(kParticipants, lang);
  chart.alt = lang == Language::cs ? "Počet aktérů plánu podle role" : "Stakeholders of the plan by role";
  chart.series.push_back({tr(kCount, lang), "#4c78a8", {}});
  for (Role r : all_roles) {
    std::size_t n = 0;
    for (const Stakeholder& st : plan.stakeholders) n += st.has_role(r) ? 1 : 0;
    t.rows.push_back({role_name(r, lang), std::to_string(n)});
    chart.labels.push_back(role_name(r, lang));
    chart.series[0].values.push_back(static_cast<double>(n));
  }
  s.blocks.emplace_back(std::move(t));
  s.blocks.emplace_back(std::move(chart));
  return s;
}

// The name people know a vertex by: its label, else its model id.
std::string vertex_name(const StakeholderGraph& g, const VertexRef& ref) {
  const auto v = g.find(ref.kind, ref.id);
  if (v && !g.vertex(*v).label.empty()) return g.vertex(*v).label;
  return ref.id;
}

std::vector<std::string> vertex_names(const StakeholderGraph& g, const std::vector<VertexRef>& refs) {
  std::vector<std::string> names;
  for (const VertexRef& r : refs) names.push_back(vertex_name(g, r));
  return names;
}

Section stakeholders(const Plan& plan, Language lang) {
  const bool cs = lang == Language::cs;
  const StakeholderGraph g = build_stakeholder_graph(plan);
  const auto coverage = triad_coverage(g);
  Section s{"stakeholders", cs ? "Zapojení aktérů" : "Stakeholder analysis", {}};
  s.blocks.emplace_back(Paragraph{
      cs ? "Komunitní plánování stojí na triádě zadavatelů, poskytovatelů a uživatelů; každá "
           "pracovní skupina by měla mít zástupce všech tří a ideálně i veřejnosti. Člen s více "
           "rolemi se počítá u každé z nich."
         : "Community planning rests on the triad of commissioners, providers and users; every "
           "working group should have members of all three, and ideally of the public too. A "
           "member with several roles counts under each."});
  Table t{cs ? "Pokrytí triády v pracovních skupinách" : "Triad coverage of the working groups",
          {cs ? "skupina" : "group", cs ? "členové" : "members"},
          {},
          {false, true}};
  for (Role r : coverage_roles) {
    t.columns.push_back(role_name(r, lang));
    t.numeric.push_back(true);
  }
  t.columns.push_back(cs ? "chybí" : "missing");
  t.numeric.push_back(false);
  BarChart chart;
  chart.title = cs ? "Členové skupin podle role" : "Members of each group by role";
  chart.alt = cs ? "Pro každou pracovní a řídicí skupinu počet členů v roli zadavatele, poskytovatele, "
                   "uživatele a veřejnosti; chybějící role mají nulový sloupec"
                 : "For each working and steering group, the members who are commissioners, providers, "
                   "users and public; a missing role has an empty bar";
  chart.stacked = true;
  for (Role r : coverage_roles) chart.series.push_back({role_name(r, lang), role_color(r), {}});
  std::vector<std::string> gaps;
  for (const TriadCoverage& c : coverage) {
    const std::string group = c.is_plan ? (cs ? "celý plán" : "whole plan") : vertex_name(g, c.group);
    std::vector<std::string> row{group, std::to_string(c.members)};
    for (std::size_t k = 0; k < coverage_roles.size(); ++k) row.push_back(std::to_string(c.counts[k]));
    std::string missing;
    for (Role r : c.missing) missing += (missing.empty() ? "" : ", ") + role_name(r, lang);
    row.push_back(missing.empty() ? "–" : missing);
    t.rows.push_back(std::move(row));
    if (c.is_plan) continue;
    chart.labels.push_back(group);
    for (std::size_t k = 0; k < coverage_roles.size(); ++k)
      chart.series[k].values.push_back(static_cast<double>(c.counts[k]));
    if (!c.missing.empty()) gaps.push_back(group + ": " + (cs ? "chybí " : "missing ") + missing);
  }
  s.blocks.emplace_back(std::move(t));
  if (!chart.labels.empty()) s.blocks.emplace_back(std::move(chart));
  s.blocks.emplace_back(Paragraph{gaps.empty() ? (cs ? "Ve všech skupinách jsou zastoupeny všechny role."
                                                     : "Every group has members of every role.")
                                               : (cs ? "Skupiny, kterým chybí některá role:"
                                                     : "Groups lacking a role:")});
  if (!gaps.empty()) s.blocks.emplace_back(BulletList{std::move(gaps)});
  const Periphery edge = periphery(g);
  if (!edge.outside_working_groups.empty()) {
    s.blocks.emplace_back(Paragraph{cs ? "Aktéři mimo pracovní skupiny:" : "Stakeholders in no working group:"});
    s.blocks.emplace_back(BulletList{vertex_names(g, edge.outside_working_groups)});
  }
  s.blocks.emplace_back(Paragraph{
      edge.isolated.empty()
          ? (cs ? "Žádný aktér není izolovaný." : "No actor is isolated.")
          : (cs ? "Izolovaní aktéři — bez jakékoli vazby na ostatní:"
                : "Isolated actors — without any tie to the others:")});
  if (!edge.isolated.empty()) s.blocks.emplace_back(BulletList{vertex_names(g, edge.isolated)});
  return s;
}

Section needs_and_resources(const Plan& plan, Language lang) {
  const bool cs = lang == Language::cs;
  const GapTable table = plan_gaps(plan);
  Section s{"gaps", cs ? "Potřeby a zdroje" : "Needs and resources", {}};
  s.blocks.emplace_back(Paragraph{
      cs ? "Poptávka podle zjištěných potřeb proti kapacitě stávajících služeb, v jednotkách "
           "kapacity daného druhu služby; největší nedostatky nahoře."
         : "Demand from the needs found against the capacity of existing services, in each "
           "service type's capacity unit; the largest shortfalls first."});
  Table t{cs ? "Mezery mezi potřebami a kapacitou" : "Gaps between needs and capacity",
          {cs ? "druh služby" : "service type", cs ? "cílová skupina" : "target group",
           cs ? "území" : "territory", cs ? "poptávka" : "demand", cs ? "kapacita" : "capacity",
           cs ? "chybí" : "gap", cs ? "pokrytí" : "coverage", cs ? "náklady na pokrytí ročně" : "cost to close a year"},
          {},
          {false, false, false, true, true, true, true, true}};
  BarChart chart;
  chart.title = cs ? "Poptávka a kapacita podle druhu služby" : "Demand and capacity by service type";
  chart.alt = cs ? "Pro každou mezeru poptávka a stávající kapacita v jednotkách kapacity služby"
                 : "For each gap, the demand and the existing capacity in the service's capacity unit";
  chart.series = {{cs ? "poptávka" : "demand", "#e6550d", {}}, {cs ? "kapacita" : "capacity", "#31a354", {}}};
  auto name = [&](CodeList list, const std::string& key) -> std::string {
    if (key.empty()) return cs ? "všechny" : "all";
    const CodeEntry* e = find_code(list, key);
    return e ? (cs ? e->name_cs : e->name_en) : key;
  };
  for (const GapRow& row : table.rows) {
    if (row.gap <= 0) continue;
    const std::string type = name(CodeList::service_type, row.key.type);
    t.rows.push_back({type, name(CodeList::target_group, row.key.target_group), row.key.territory.code(),
                      fixed(row.demand, 1) + " " + row.unit, fixed(row.capacity, 1), fixed(row.gap, 1),
                      row.coverage ? percent(*row.coverage) : "–",
                      row.cost_to_close ? format_money(*row.cost_to_close, cs ? MoneyStyle::czech : MoneyStyle::plain) : "–"});
    chart.labels.push_back(type);
    chart.series[0].values.push_back(row.demand);
    chart.series[1].values.push_back(row.capacity);
  }
  s.blocks.emplace_back(std::move(t));
  if (!chart.labels.empty()) s.blocks.emplace_back(std::move(chart));
  return s;
}

Section priorities(const Plan& plan, const BallotSet& ballots, const WeightingPolicy& policy,
                   const Suppression& suppression, Language lang) {
  const bool cs = lang == Language::cs;
  const Ranking weighted = rank(ballots, policy);
  const Ranking headcount = rank(ballots, WeightingPolicy::unweighted());
  Section s{"priorities", tr(kPriorities, lang), {}};

  std::array<std::size_t, role_count> people{};
  for (std::size_t i = 0; i < ballots.size(); ++i) ++people[static_cast<std::size_t>(ballots.role(i))];
  std::string who;
  for (Role r : all_roles) {
    if (people[static_cast<std::size_t>(r)] == 0) continue;
    who += (who.empty() ? "" : ", ") + role_name(r, lang) + " " +
           suppression.count(static_cast<long long>(people[static_cast<std::size_t>(r)]), lang);
  }
  s.blocks.emplace_back(Paragraph{
      cs ? "Hodnotilo " + std::to_string(ballots.size()) + " účastníků (" + who +
               "). Pořadí počítá hlasy podle pravidla „" + policy.name() +
               "“: uživatelé, poskytovatelé a zadavatelé mají stejnou váhu a každá organizace "
               "poskytovatelů stejné postavení bez ohledu na počet vyslaných pracovníků. "
               "Pro srovnání je uvedeno i pořadí prostým sečtením hlasů."
         : std::to_string(ballots.size()) + " participants scored the measures (" + who +
               "). The ranking counts them under the policy \"" + policy.name() +
               "\": users, providers and commissioners carry equal weight, and every provider "
               "organisation has equal standing however many staff it sent. The ranking by "
               "plain head count is shown for comparison."});

  Table t{tr(kPriorities, lang),
          {tr(kItem, lang), tr(kRank, lang), tr(kScore, lang), tr(kSupport, lang), tr(kMajority, lang),
           tr(kRankUnweighted, lang)},
          {},
          {false, true, true, true, false, true}};
  const auto order = weighted.order();
  for (std::size_t item : order) {
    t.rows.push_back({item_title(plan, weighted.items[item]), std::to_string(weighted.rank_of(item)),
                      fixed(weighted.score[item], 2), percent(weighted.support[item]),
                      tr(weighted.majority[item] ? kYes : kNo, lang),
                      std::to_string(headcount.rank_of(item))});
  }
  s.blocks.emplace_back(std::move(t));

  // Per-role support, only for roles large enough to show without exposing anyone.
  BarChart chart = percent_chart(
      cs ? "Podpora opatření podle rolí" : "Support for the measures by role",
      cs ? "Podíl účastníků každé role, kteří opatření podporují; čárkovaná čára je hranice většiny"
         : "Share of each role's participants supporting each measure; the dashed line is the majority threshold");
  chart.reference_line = weighted.options.majority_threshold * 100.0;
  chart.reference_label = cs ? "většina" : "majority";
  for (std::size_t item : order) chart.labels.push_back(item_title(plan, weighted.items[item]));
  for (std::size_t r = 0; r < weighted.roles.size(); ++r) {
    const Role role = weighted.roles[r];
    if (suppression.hides(static_cast<long long>(people[static_cast<std::size_t>(role)]))) continue;
    BarSeries series{role_name(role, lang), role_color(role), {}};
    for (std::size_t item : order) series.values.push_back(percent_bar(weighted.role_support[r][item]));
    chart.series.push_back(std::move(series));
  }
  if (!chart.series.empty()) s.blocks.emplace_back(std::move(chart));
  return s;
}

Section budget_section(const Plan& plan, const BallotSet& ballots, const WeightingPolicy& policy,
                       const Money& budget, const Suppression& suppression, Language lang) {
  const bool cs = lang == Language::cs;
  const BudgetSelections sel = select_budget(plan, ballots, policy, budget);
  Section s{"budget", cs ? "Co financovat z rozpočtu" : "What the budget funds", {}};
  s.blocks.emplace_back(Paragraph{
      cs ? "Rozpočet " + format_money(budget, MoneyStyle::czech) +
               ". Hladový výběr bere opatření podle pořadí, dokud jsou peníze. Metoda rovných "
               "podílů dá každému účastníkovi podíl rozpočtu podle jeho váhy, takže každá role "
               "rozhoduje o své části peněz."
         : "Budget " + format_money(budget) +
               ". Greedy selection funds measures in ranked order while money lasts. The Method "
               "of Equal Shares gives every participant a share of the budget by their weight, so "
               "each role decides about its part of the money."});
  auto funded = [](const select::Result& r, std::size_t c) {
    for (const auto& f : r.funded)
      if (f.candidate == c) return true;
    return false;
  };
  Table t{cs ? "Výběr opatření" : "Selected measures",
          {tr(kItem, lang), cs ? "náklady" : "cost", cs ? "podle pořadí" : "greedy by rank",
           cs ? "rovné podíly" : "equal shares"},
          {},
          {false, true, false, false}};
  for (std::size_t c = 0; c < sel.election.candidates.size(); ++c) {
    const bool g = funded(sel.greedy, c), e = funded(sel.equal_shares, c);
    if (!g && !e) continue;
    t.rows.push_back({item_title(plan, sel.election.candidates[c].id),
                      format_money(sel.election.candidates[c].cost, cs ? MoneyStyle::czech : MoneyStyle::plain),
                      tr(g ? kYes : kNo, lang), tr(e ? kYes : kNo, lang)});
  }
  t.rows.push_back({cs ? "celkem" : "total", "",
                    format_money(sel.greedy.total_cost(), cs ? MoneyStyle::czech : MoneyStyle::plain),
                    format_money(sel.equal_shares.total_cost(), cs ? MoneyStyle::czech : MoneyStyle::plain)});
  s.blocks.emplace_back(std::move(t));

  std::array<std::size_t, role_count> people{};
  for (std::size_t i = 0; i < ballots.size(); ++i) ++people[static_cast<std::size_t>(ballots.role(i))];
  BarChart chart;
  chart.title = cs ? "Podíl rozpočtu a jeho využití podle rolí (tis. Kč)" : "Each role's share of the budget and what it paid (thousands)";
  chart.alt = cs ? "U každé role její podíl rozpočtu v metodě rovných podílů a kolik z něj zaplatilo vybraná opatření"
                 : "For each role, its share of the budget under equal shares and how much of it paid for the selected measures";
  chart.series = {{cs ? "podíl rozpočtu" : "share of the budget", "#9ecae1", {}},
                  {cs ? "zaplaceno" : "paid", "#3182bd", {}}};
  const auto& r = sel.equal_shares;
  for (Role role : all_roles) {
    const auto g = static_cast<std::size_t>(role);
    if (people[g] == 0 || suppression.hides(static_cast<long long>(people[g])) || g >= r.group_endowment.size()) continue;
    chart.labels.push_back(role_name(role, lang));
    const double unit = static_cast<double>(budget.currency().minor_per_major()) * 1000.0;
    chart.series[0].values.push_back(std::round(static_cast<double>(r.group_endowment[g].minor_units()) / unit));
    chart.series[1].values.push_back(std::round(static_cast<double>(r.group_paid[g].minor_units()) / unit));
  }
  if (!chart.labels.empty()) s.blocks.emplace_back(std::move(chart));
  return s;
}

Section stability(const Plan& plan, const BallotSet& ballots, const WeightingPolicy& policy,
                  const BootstrapOptions& options, Language lang) {
  const bool cs = lang == Language::cs;
  const Ranking ranking = rank(ballots, policy);
  const Stability st = bootstrap(ballots, policy, ranking.options, options);
  const std::string k = std::to_string(st.top_k);
  Section s{"stability", cs ? "Stabilita pořadí" : "How stable the ranking is", {}};
  s.blocks.emplace_back(Paragraph{
      cs ? "Kdyby hlasovali jiní lidé ze stejných skupin, vyšlo by pořadí jinak? Hlasy jsme " +
               std::to_string(st.replicates) +
               "krát náhodně převzorkovali v rámci rolí a organizací a pokaždé znovu seřadili. "
               "Interval ukazuje, kde se opatření umisťovalo v 90 % případů."
         : "Had other people from the same groups voted, would the order differ? The ballots were "
           "resampled within roles and organisations " +
               std::to_string(st.replicates) +
               " times and ranked each time. The interval shows where a measure placed in 90 % of them."});
  Table t{cs ? "Intervaly pořadí" : "Rank intervals",
          {tr(kItem, lang), tr(kRank, lang), cs ? "90% interval pořadí" : "90 % rank interval",
           cs ? "medián pořadí" : "median rank", (cs ? "šance být v prvních " : "chance of top ") + k},
          {},
          {false, true, true, true, true}};
  BarChart chart = percent_chart(
      cs ? "Šance opatření umístit se v prvních " + k : "Chance of each measure to place in the top " + k,
      cs ? "Podíl převzorkování, ve kterých se opatření umístilo v prvních " + k + " místech"
         : "Share of the resamples in which each measure placed in the top " + k);
  chart.series.push_back({cs ? "šance" : "chance", "#4c78a8", {}});
  for (std::size_t item : ranking.order()) {
    const ItemStability& is = st.item[item];
    const std::string interval = is.rank_p05 == is.rank_p95
                                     ? std::to_string(is.rank_p05)
                                     : std::to_string(is.rank_p05) + "–" + std::to_string(is.rank_p95);
    const std::string title = item_title(plan, ranking.items[item]);
    t.rows.push_back({title, std::to_string(ranking.rank_of(item)), interval, decimal(is.median_rank, 1),
                      percent(is.p_top_k)});
    chart.labels.push_back(title);
    chart.series[0].values.push_back(percent_bar(is.p_top_k));
  }
  s.blocks.emplace_back(std::move(t));
  s.blocks.emplace_back(std::move(chart));
  return s;
}

const char* status_name(cycle::MeasureStatus status, Language lang) {
  const bool cs = lang == Language::cs;
  switch (status) {
    case cycle::MeasureStatus::not_started: return cs ? "nezahájeno" : "not started";
    case cycle::MeasureStatus::on_track: return cs ? "podle plánu" : "on track";
    case cycle::MeasureStatus::delayed: return cs ? "zpožděno" : "delayed";
    case cycle::MeasureStatus::done: return cs ? "splněno" : "done";
    case cycle::MeasureStatus::cancelled: return cs ? "zrušeno" : "cancelled";
  }
  return "";
}

// The date of the plan's latest measurement, else the start of its period.
Date latest_measurement(const Plan& plan) {
  std::optional<Date> latest;
  for (const Indicator& i : plan.indicators)
    for (const IndicatorValue& m : i.measurements)
      if (m.date && (!latest || *m.date > *latest)) latest = m.date;
  return latest.value_or(plan.period.start);
}

Section monitoring(const Plan& plan, const Date& as_of, Language lang) {
  const bool cs = lang == Language::cs;
  Section s{"monitoring", cs ? "Plnění plánu" : "Progress of the plan", {}};
  const auto tree = cycle::rollup(plan, as_of);
  const std::string plan_progress = tree.empty() ? percent(0) : percent(tree.front().progress);
  s.blocks.emplace_back(Paragraph{
      cs ? "Stav k " + format_date(as_of) + ". Indikátor má 0 % na výchozí hodnotě a 100 % na cílové; "
               "plán jako celek je splněn z " + plan_progress + "."
         : "As of " + format_date(as_of) + ". An indicator stands at 0 % at its baseline and at "
               "100 % at its target; the plan as a whole is " + plan_progress + " done."});
  Table t{cs ? "Indikátory" : "Indicators",
          {cs ? "indikátor" : "indicator", cs ? "jednotka" : "unit", cs ? "výchozí hodnota" : "baseline",
           cs ? "současná hodnota" : "current value", cs ? "cílová hodnota" : "target",
           cs ? "plnění" : "progress"},
          {},
          {false, false, true, true, true, true}};
  BarChart chart = percent_chart(
      cs ? "Plnění indikátorů" : "Indicator progress",
      cs ? "Pro každý indikátor, jak daleko je od výchozí k cílové hodnotě, v procentech"
         : "For each indicator, how far it has come from its baseline to its target, in percent");
  chart.series.push_back({cs ? "plnění" : "progress", "#31a354", {}});
  for (const Indicator& i : plan.indicators) {
    const cycle::IndicatorProgress p = cycle::indicator_progress(i, as_of);
    t.rows.push_back({i.name.empty() ? i.id.str() : i.name, i.unit, decimal(i.baseline.value, 2),
                      p.measured ? decimal(p.value, 2) : (cs ? "neměřeno" : "not measured"),
                      decimal(i.target.value, 2), percent(p.progress)});
    chart.labels.push_back(i.name.empty() ? i.id.str() : i.name);
    chart.series[0].values.push_back(percent_bar(p.progress));
  }
  if (!t.rows.empty()) s.blocks.emplace_back(std::move(t));
  if (!chart.labels.empty()) s.blocks.emplace_back(std::move(chart));

  Table priorities{cs ? "Plnění priorit" : "Progress of the priorities",
                   {cs ? "priorita" : "priority", cs ? "plnění" : "progress"},
                   {},
                   {false, true}};
  std::array<std::size_t, 5> by_status{};
  for (const cycle::NodeProgress& node : tree) {
    if (node.kind == "priority") {
      const Priority* p = find(plan, PriorityId(node.id));
      priorities.rows.push_back({p ? p->title : node.id, percent(node.progress)});
    }
    if (node.status) ++by_status[static_cast<std::size_t>(*node.status)];
  }
  if (!priorities.rows.empty()) s.blocks.emplace_back(std::move(priorities));
  std::vector<std::string> statuses;
  for (std::size_t k = 0; k < by_status.size(); ++k)
    if (by_status[k] > 0)
      statuses.push_back(std::string(status_name(static_cast<cycle::MeasureStatus>(k), lang)) + ": " +
                         std::to_string(by_status[k]));
  if (!statuses.empty()) {
    s.blocks.emplace_back(Paragraph{cs ? "Opatření podle stavu plnění:" : "Measures by status:"});
    s.blocks.emplace_back(BulletList{std::move(statuses)});
  }
  return s;
}

Section audit_section(const Plan& plan, Language lang) {
  const bool cs = lang == Language::cs;
  const cycle::AuditReport a = cycle::audit(plan);
  Section s{"audit", cs ? "Audit plánu" : "Plan audit", {}};
  s.blocks.emplace_back(Paragraph{
      cs ? "Kontrolní seznam šesti indikátorů dobrého komunitního plánu (I1–I6), deseti náležitostí "
           "plánu (C01–C10) a osmi oblastí kvality (Q1–Q8). Skóre " + std::to_string(a.score) +
               " ze 100: " + std::to_string(a.passed) + " splněno, " + std::to_string(a.warned) +
               " s výhradou, " + std::to_string(a.failed) + " nesplněno."
         : "A checklist of the six indicators of a good community plan (I1–I6), the ten content "
           "items of a plan (C01–C10) and the eight quality areas (Q1–Q8). Score " +
               std::to_string(a.score) + " of 100: " + std::to_string(a.passed) + " passed, " +
               std::to_string(a.warned) + " with a warning, " + std::to_string(a.failed) + " failed."});
  Table t{cs ? "Kontrolní seznam auditu" : "Audit checklist",
          {cs ? "kód" : "code", cs ? "kontrola" : "check", cs ? "výsledek" : "verdict", cs ? "zjištění" : "finding"},
          {},
          {false, false, false, false}};
  for (const cycle::AuditCheck& c : a.checks) {
    const char* verdict = c.verdict == cycle::Verdict::pass   ? (cs ? "splněno" : "pass")
                          : c.verdict == cycle::Verdict::warn ? (cs ? "s výhradou" : "warning")
                                                              : (cs ? "nesplněno" : "fail");
    t.rows.push_back({c.code, cs ? c.title_cs : c.title_en, verdict, c.finding.empty() ? "–" : c.finding});
  }
  s.blocks.emplace_back(std::move(t));
  return s;
}

}  // namespace

BudgetSelections select_budget(const Plan& plan, const BallotSet& ballots, const WeightingPolicy& policy,
                               const Money& budget) {
  BudgetSelections out{select::election_from_ballots(ballots, select::candidates_from_plan(plan, ballots),
                                                     {{plan.title, budget}}),
                       {}, {}};
  const Ranking ranking = rank(ballots, policy);
  const auto order = ranking.order();
  out.greedy = select::greedy_by_rank(out.election, order);
  const auto groups = select::role_groups(ballots);
  const auto weights = select::integer_weights(policy.participant_weights(ballots), groups);
  select::EqualSharesOptions options;
  options.satisfaction = select::Satisfaction::cardinal;
  options.add1 = select::Add1::exhaustive;
  options.then_greedy = select::Satisfaction::cardinal;
  out.equal_shares = select::equal_shares(out.election, options, weights, groups);
  return out;
}

Document compose_public_report(const PublicReportInputs& inputs) {
  if (inputs.plan == nullptr) throw InvalidArgument("the public report needs a plan");
  const Plan& plan = *inputs.plan;
  const Language lang = inputs.language;
  Document doc;
  doc.language = lang;
  doc.title = plan.title;
  doc.subtitle = lang == Language::cs ? "Zpráva pro veřejnost" : "Public report";
  const bool ballots = inputs.ballots != nullptr;
  // The work in units: one per section, one per bootstrap replicate (the long part).
  const std::size_t replicates = ballots ? inputs.bootstrap.replicates : 0;
  const std::size_t total = 6 + (ballots ? 2 : 0) + (ballots && inputs.budget ? 1 : 0) + replicates;
  std::size_t replicates_done = 0;
  auto report_progress = [&] {
    if (inputs.progress) inputs.progress(doc.sections.size() + replicates_done, total);
  };
  auto add = [&](Section section) {
    doc.sections.push_back(std::move(section));
    report_progress();
  };
  add(overview(plan, lang));
  add(participants(plan, lang));
  add(stakeholders(plan, lang));
  add(needs_and_resources(plan, lang));
  if (ballots) {
    add(priorities(plan, *inputs.ballots, inputs.policy, inputs.suppression, lang));
    BootstrapOptions bootstrap = inputs.bootstrap;
    if (inputs.progress) {
      // The bootstrap's calls never overlap, so the report's need no lock either.
      bootstrap.progress = [&, own = inputs.bootstrap.progress](std::size_t done, std::size_t of) {
        if (own) own(done, of);
        replicates_done = done;
        report_progress();
      };
    }
    add(stability(plan, *inputs.ballots, inputs.policy, bootstrap, lang));
  }
  if (ballots && inputs.budget)
    add(budget_section(plan, *inputs.ballots, inputs.policy, *inputs.budget, inputs.suppression, lang));
  add(monitoring(plan, inputs.as_of.value_or(latest_measurement(plan)), lang));
  add(audit_section(plan, lang));
  return doc;
}

}  // namespace kpss::report
