// kpss rank — rank priorities from a ballot file with a method and a weighting policy.
#include <cstdio>
#include <nlohmann/json.hpp>
#include <ostream>

#include "commands.hpp"
#include "input_files.hpp"
#include "progress.hpp"
#include "kpss/core/error.hpp"
#include "kpss/rank/ballot_readers.hpp"
#include "kpss/rank/ranking.hpp"
#include "kpss/rank/ranking_json.hpp"
#include "kpss/rank/stability.hpp"

namespace kpss::cli {

namespace {

std::int32_t to_int(const std::string& text, const char* option) {
  try {
    std::size_t used = 0;
    const int v = std::stoi(text, &used);
    if (used == text.size()) return v;
  } catch (const std::exception&) {
  }
  throw InvalidArgument(std::string(option) + " expects a whole number, not '" + text + "'");
}

std::uint64_t to_count(const std::string& text, const char* option) {
  try {
    std::size_t used = 0;
    const unsigned long long v = std::stoull(text, &used);
    if (used == text.size() && text.find('-') == std::string::npos) return v;
  } catch (const std::exception&) {
  }
  throw InvalidArgument(std::string(option) + " expects a non-negative whole number, not '" + text + "'");
}

CsvBallotOptions csv_options(const Args& args) {
  CsvBallotOptions o;
  if (auto k = args.option("--kind")) o.kind = parse_ballot_kind(*k);
  if (auto s = args.option("--scale")) {
    const auto dash = s->find("..");
    if (dash == std::string::npos) throw InvalidArgument("--scale expects MIN..MAX, e.g. 0..5");
    o.scale_min = to_int(s->substr(0, dash), "--scale");
    o.scale_max = to_int(s->substr(dash + 2), "--scale");
  }
  if (auto c = args.option("--cap")) o.scale_max = to_int(*c, "--cap");
  if (auto d = args.option("--delimiter")) {
    if (d->size() != 1) throw InvalidArgument("--delimiter expects one character");
    o.delimiter = (*d)[0];
  }
  return o;
}

RankOptions rank_options(const Args& args) {
  RankOptions o;
  if (auto m = args.option("--method")) o.method = parse_method(*m);
  if (auto a = args.option("--aggregate")) {
    if (*a != "mean" && *a != "sum") throw InvalidArgument("--aggregate expects mean or sum");
    o.aggregate = *a == "sum" ? ScoreAggregate::sum : ScoreAggregate::mean;
  }
  if (auto s = args.option("--strength")) {
    if (*s != "winning-votes" && *s != "margins")
      throw InvalidArgument("--strength expects winning-votes or margins");
    o.strength = *s == "margins" ? SchulzeStrength::margins : SchulzeStrength::winning_votes;
  }
  if (auto u = args.option("--unranked")) {
    if (*u != "bottom" && *u != "ignore") throw InvalidArgument("--unranked expects bottom or ignore");
    o.unranked = *u == "ignore" ? Unranked::ignore : Unranked::bottom;
  }
  if (auto t = args.option("--threshold")) {
    try {
      o.majority_threshold = std::stod(*t);
    } catch (const std::exception&) {
      throw InvalidArgument("--threshold expects a number such as 0.5");
    }
  }
  return o;
}

void print_text(std::ostream& out, const Ranking& r, std::size_t ballots) {
  out << "method " << to_string(r.method) << ", policy " << r.policy << ", " << ballots
      << " ballots, total weight " << r.total_weight << "\n\n";
  char line[160];
  std::snprintf(line, sizeof line, "%-5s %-28s %12s %9s  %s\n", "rank", "item", "score", "support", "majority");
  out << line;
  for (const auto& g : r.groups) {
    for (std::size_t i : g) {
      std::snprintf(line, sizeof line, "%-5zu %-28s %12.4f %8.1f%%  %s%s\n", r.rank_of(i), r.items[i].c_str(),
                    r.score[i], 100.0 * r.support[i], r.majority[i] ? "yes" : "no", g.size() > 1 ? "  (tie)" : "");
      out << line;
    }
  }
  for (std::size_t k = 0; k < r.roles.size(); ++k) {
    out << '\n' << to_string(r.roles[k]) << " (" << czech_name(r.roles[k]) << "), weight " << r.role_weight[k] << ":";
    for (std::size_t i : r.order()) {
      std::snprintf(line, sizeof line, " %s %.3g (%.0f%%)", r.items[i].c_str(), r.role_score[k][i],
                    100.0 * r.role_support[k][i]);
      out << line;
    }
    out << '\n';
  }
}

BootstrapOptions bootstrap_options(const Args& args) {
  BootstrapOptions b;
  b.replicates = to_count(*args.option("--bootstrap"), "--bootstrap");
  if (auto s = args.option("--seed")) b.seed = to_count(*s, "--seed");
  if (auto t = args.option("--threads")) b.threads = to_count(*t, "--threads");
  if (auto k = args.option("--top")) b.top_k = to_count(*k, "--top");
  return b;
}

void print_stability(std::ostream& out, const Ranking& r, const Stability& st, std::uint64_t seed) {
  out << "\nstability: " << st.replicates << " bootstrap replicates, seed " << seed << "\n";
  char line[160];
  std::snprintf(line, sizeof line, "%-28s %7s %9s %9s\n", "item", "median", "5-95 %", "P(top k)");
  out << line;
  for (std::size_t i : r.order()) {
    const auto& s = st.item[i];
    char interval[32];
    std::snprintf(interval, sizeof interval, "%zu-%zu", s.rank_p05, s.rank_p95);
    std::snprintf(line, sizeof line, "%-28s %7.1f %9s %8.1f%%\n", r.items[i].c_str(), s.median_rank, interval,
                  100.0 * s.p_top_k);
    out << line;
  }
  out << "(P(top k) with k = " << st.top_k << ")\n";
}

nlohmann::ordered_json stability_json(const Stability& st, std::uint64_t seed) {
  nlohmann::ordered_json j;
  j["replicates"] = st.replicates;
  j["seed"] = seed;
  j["top_k"] = st.top_k;
  auto& items = j["items"] = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < st.items.size(); ++i)
    items[st.items[i]] = {{"median_rank", st.item[i].median_rank},
                          {"rank_p05", st.item[i].rank_p05},
                          {"rank_p95", st.item[i].rank_p95},
                          {"p_top_k", st.item[i].p_top_k}};
  return j;
}

int run(std::span<const std::string_view> argv, std::ostream& out, std::ostream& err) {
  static constexpr std::string_view flags[] = {"--json"};
  static constexpr std::string_view options[] = {"--method", "--policy",    "--aggregate", "--strength",
                                                  "--unranked", "--threshold", "--kind", "--scale",
                                                  "--cap", "--delimiter", "--bootstrap", "--seed",
                                                  "--threads", "--top"};
  const Args args(argv, flags, options);
  if (args.positional().size() != 1) throw InvalidArgument("expected one ballot file (see kpss rank --help)");
  const BallotSet ballots = ballots_file(args.positional()[0], csv_options(args));
  RankOptions o = rank_options(args);
  if (!args.option("--method") && ballots.kind() == BallotKind::ranking) o.method = Method::schulze;
  if (!args.option("--method") && ballots.kind() == BallotKind::approval) o.method = Method::approval;
  const WeightingPolicy policy = WeightingPolicy::parse(args.option("--policy").value_or("roles-equal"));
  const Ranking r = rank(ballots, policy, o);
  if (!args.option("--bootstrap")) {
    if (args.flag("--json")) out << ranking_to_json(r) << '\n';
    else print_text(out, r, ballots.size());
    return ok;
  }
  BootstrapOptions b = bootstrap_options(args);
  Progress progress(err, "bootstrap", b.replicates);
  b.progress = [&progress](std::size_t done, std::size_t) { progress.update(done); };
  const Stability st = bootstrap(ballots, policy, o, b);
  progress.finish();
  if (args.flag("--json")) {
    auto j = nlohmann::ordered_json::parse(ranking_to_json(r));
    j["stability"] = stability_json(st, b.seed);
    out << j.dump(2) << '\n';
  } else {
    print_text(out, r, ballots.size());
    print_stability(out, r, st, b.seed);
  }
  return ok;
}

}  // namespace

Command rank_command() {
  return {"rank", "rank priorities from ballots (CSV, JSON, .pb) with role-balanced weights",
          "usage: kpss rank BALLOTS [--method score|borda|schulze|copeland|approval]\n"
          "                 [--policy roles-equal|unweighted] [--json]\n"
          "                 [--aggregate mean|sum] [--strength winning-votes|margins]\n"
          "                 [--unranked bottom|ignore] [--threshold 0.5]\n"
          "                 [--kind score|points|ranking|approval] [--scale 0..5] [--cap P]\n"
          "                 [--delimiter ';'] [--bootstrap N [--seed S] [--top K] [--threads T]]\n\n"
          "Reads BALLOTS (.csv survey export, .json kpss ballot format, .pb pabulib), weighs\n"
          "participants by the policy (roles-equal: commissioners, providers, users and the\n"
          "public carry equal weight, organisations equal standing within their role) and\n"
          "ranks the items. The default method is score for score/points ballots, schulze for\n"
          "rankings and approval for approvals. --kind, --scale, --cap and --delimiter describe\n"
          "a CSV file (default: score ballots on 0..5, delimiter detected).\n"
          "With --json prints {\"ranking\": [[best tie group], ...], \"scores\", \"support\",\n"
          "\"majority\", \"by_role\", \"pairwise\"}.\n"
          "--bootstrap N adds stability: N resamples of the participants within their role and\n"
          "organisation (seed S, default 1; the same result on any number of --threads, default\n"
          "all cores), each item's median rank, 5-95 % rank interval and P(rank <= K), K = 3;\n"
          "with --json as the member \"stability\".\n\n"
          "example:\n"
          "  kpss rank survey.csv --method borda --kind ranking --json\n"
          "  kpss rank ballots.json --method schulze --policy unweighted\n"
          "  kpss rank ballots.json --method schulze --bootstrap 1000 --seed 7 --json\n\n"
          "exit codes: 0 ranked, 2 bad input or usage\n",
          run};
}

}  // namespace kpss::cli
