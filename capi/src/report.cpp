// The public report through the C API.
#include <chrono>
#include <memory>
#include <string>

#include "capi_internal.hpp"
#include "plan_handle.hpp"
#include "rank_internal.hpp"
#include "kpss/report/public_report.hpp"
#include "kpss/report/render.hpp"

using kpss::capi::guard;
using kpss::capi::require;

namespace {

kpss::Date to_date(const kpss_date& d) {
  const kpss::Date date{std::chrono::year{d.year}, std::chrono::month{static_cast<unsigned>(d.month)},
                        std::chrono::day{static_cast<unsigned>(d.day)}};
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31 || !date.ok())
    throw kpss::InvalidArgument("not a valid calendar date", "options.as_of");
  return date;
}

// The report's inputs; `ballots` may be NULL. Validates every option before any work.
kpss::report::PublicReportInputs inputs(const kpss_plan* plan, const kpss_ballots* ballots,
                                        const kpss_report_options* options) {
  kpss::report::PublicReportInputs in;
  in.plan = &kpss::capi::plan_of(plan);
  in.ballots = ballots != nullptr ? &ballots->set : nullptr;
  const kpss_report_options o =
      kpss::capi::read_versioned(options, kpss_report_options KPSS_REPORT_OPTIONS_INIT, "kpss_report_options");
  if (o.lang != KPSS_REPORT_LANG_CS && o.lang != KPSS_REPORT_LANG_EN)
    throw kpss::InvalidArgument("unknown report language " + std::to_string(o.lang) +
                                    " (expected KPSS_REPORT_LANG_CS or KPSS_REPORT_LANG_EN)",
                                "options.lang");
  in.language = o.lang == KPSS_REPORT_LANG_CS ? kpss::report::Language::cs : kpss::report::Language::en;
  if (o.k < 1) throw kpss::InvalidArgument("k must be at least 1", "options.k");
  in.suppression.k = o.k;
  in.policy = kpss::capi::to_policy(o.policy);
  if (o.has_budget != 0) in.budget = kpss::capi::to_money(&o.budget, "options.budget");
  if (o.has_as_of != 0) in.as_of = to_date(o.as_of);
  if (o.replicates < 1) throw kpss::InvalidArgument("the bootstrap needs at least one replicate", "options.replicates");
  if (o.top_k < 1) throw kpss::InvalidArgument("top_k must be at least 1", "options.top_k");
  in.bootstrap.replicates = o.replicates;
  in.bootstrap.seed = o.seed;
  in.bootstrap.top_k = o.top_k;
  return in;
}

}  // namespace

int kpss_report_write(char** out_html_path, const kpss_plan* plan, const kpss_ballots* ballots,
                      const kpss_report_options* options, const char* directory) {
  return guard([&] {
    require(directory, "directory");
    const auto doc = kpss::report::compose_public_report(inputs(plan, ballots, options));
    const auto html = kpss::report::write_report(doc, directory);
    if (out_html_path != nullptr) *out_html_path = kpss::capi::dup_string(html.string());
  });
}

int kpss_report_render(char** out_html, char** out_markdown, char** out_json, const kpss_plan* plan,
                       const kpss_ballots* ballots, const kpss_report_options* options) {
  return guard([&] {
    const auto doc = kpss::report::compose_public_report(inputs(plan, ballots, options));
    // Copy all three before handing any out, so an error leaves no output set.
    using Owned = std::unique_ptr<char, decltype(&kpss_string_free)>;
    auto copy = [](char** out, auto render) {
      return Owned(out != nullptr ? kpss::capi::dup_string(render()) : nullptr, &kpss_string_free);
    };
    Owned html = copy(out_html, [&] { return kpss::report::to_html(doc); });
    Owned markdown = copy(out_markdown, [&] { return kpss::report::to_markdown(doc); });
    Owned json = copy(out_json, [&] { return kpss::report::to_json(doc); });
    if (out_html != nullptr) *out_html = html.release();
    if (out_markdown != nullptr) *out_markdown = markdown.release();
    if (out_json != nullptr) *out_json = json.release();
  });
}
