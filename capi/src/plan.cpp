// The plan through the C API: handles over kpss::Plan and its diagnostics.
#include <string>
#include <vector>

#include <gsl/narrow>
#include <nlohmann/json.hpp>

#include "capi_internal.hpp"
#include "plan_handle.hpp"
#include "kpss/io/plan_archive.hpp"
#include "kpss/io/plan_json.hpp"
#include "kpss/model/validate.hpp"

struct kpss_diagnostics {
  std::vector<kpss::Diagnostic> items;
};

using kpss::capi::guard;
using kpss::capi::require;

namespace {

constexpr const char* kKinds[] = {"plan", "stakeholder", "working_group", "service", "need", "priority",
                                  "goal", "measure", "activity", "indicator", "comment"};

const char* kind_name(int kind) {
  if (kind < KPSS_ELEMENT_PLAN || kind > KPSS_ELEMENT_COMMENT)
    throw kpss::InvalidArgument("unknown element kind " + std::to_string(kind) +
                                " (expected KPSS_ELEMENT_PLAN … KPSS_ELEMENT_COMMENT)");
  return kKinds[kind];
}

kpss::ArchiveKind archive_kind(int kind) {
  if (kind == KPSS_ARCHIVE_TEXT) return kpss::ArchiveKind::text;
  if (kind == KPSS_ARCHIVE_XML) return kpss::ArchiveKind::xml;
  throw kpss::InvalidArgument("unknown archive kind " + std::to_string(kind) +
                              " (expected KPSS_ARCHIVE_TEXT or KPSS_ARCHIVE_XML)");
}

void give(kpss_plan** out, kpss::Plan plan) { *out = new kpss_plan{std::move(plan)}; }

void give_string(char** out, size_t* out_length, const std::string& text) {
  *out = kpss::capi::dup_string(text);
  if (out_length != nullptr) *out_length = text.size();
}

std::string_view bytes(const char* data, size_t length, const char* what) {
  if (length > 0) require(data, what);
  return {data, length};
}

}  // namespace

extern "C" {

int kpss_plan_from_json(kpss_plan** out, const char* json, size_t length) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    give(out, kpss::read_plan_json(bytes(json, length, "json")));
  });
}

int kpss_plan_load_json(kpss_plan** out, const char* path) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    give(out, kpss::load_plan_json(require(path, "path")));
  });
}

int kpss_plan_to_json(char** out, size_t* out_length, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    give_string(out, out_length, kpss::write_plan_json(require(plan, "plan")->plan));
  });
}

int kpss_plan_save_json(const kpss_plan* plan, const char* path) {
  return guard([&] { kpss::save_plan_json(require(plan, "plan")->plan, require(path, "path")); });
}

int kpss_plan_to_archive(char** out, size_t* out_length, const kpss_plan* plan, int kind) {
  return guard([&] {
    require(out, "out");
    give_string(out, out_length, kpss::write_plan_archive(require(plan, "plan")->plan, archive_kind(kind)));
  });
}

int kpss_plan_from_archive(kpss_plan** out, const char* data, size_t length) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    give(out, kpss::read_plan_archive(bytes(data, length, "bytes")));
  });
}

int kpss_plan_save_archive(const kpss_plan* plan, const char* path, int kind) {
  return guard([&] {
    kpss::save_plan_archive(require(plan, "plan")->plan, require(path, "path"), archive_kind(kind));
  });
}

int kpss_plan_load_archive(kpss_plan** out, const char* path) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    give(out, kpss::load_plan_archive(require(path, "path")));
  });
}

void kpss_plan_free(kpss_plan* plan) { delete plan; }

int kpss_plan_count(kpss_plan_counts* out, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    const kpss::PlanCounts c = kpss::count_elements(require(plan, "plan")->plan);
    kpss_plan_counts full{sizeof(kpss_plan_counts), c.stakeholders, c.working_groups, c.services, c.needs,
                          c.priorities, c.goals, c.measures, c.activities, c.indicators, c.comments};
    kpss::capi::copy_versioned(out, full);
  });
}

int kpss_plan_find(char** out, const kpss_plan* plan, int kind, const char* id) {
  return guard([&] {
    require(out, "out");
    const char* name = kind_name(kind);
    const std::string key = kind == KPSS_ELEMENT_PLAN ? std::string() : std::string(require(id, "id"));
    *out = kpss::capi::dup_string(kpss::write_element_json(require(plan, "plan")->plan, name, key));
  });
}

int kpss_plan_ids(char** out, const kpss_plan* plan, int kind) {
  return guard([&] {
    require(out, "out");
    const nlohmann::json ids = kpss::element_ids(require(plan, "plan")->plan, kind_name(kind));
    *out = kpss::capi::dup_string(ids.dump());
  });
}

int kpss_plan_validate(kpss_diagnostics** out, const kpss_plan* plan) {
  return guard([&] {
    require(out, "out");
    *out = nullptr;
    *out = new kpss_diagnostics{kpss::validate(require(plan, "plan")->plan)};
  });
}

int kpss_plan_check_json(kpss_plan** out_plan, kpss_diagnostics** out_diagnostics, const char* json,
                         size_t length) {
  return guard([&] {
    require(out_diagnostics, "out_diagnostics");
    *out_diagnostics = nullptr;
    if (out_plan != nullptr) *out_plan = nullptr;
    kpss::PlanCheck check = kpss::check_plan_json(bytes(json, length, "json"));
    auto diagnostics = std::make_unique<kpss_diagnostics>(kpss_diagnostics{std::move(check.diagnostics)});
    if (out_plan != nullptr && check.plan) give(out_plan, std::move(*check.plan));
    *out_diagnostics = diagnostics.release();
  });
}

int kpss_diagnostics_count(size_t* out_count, const kpss_diagnostics* diagnostics) {
  return guard([&] { *require(out_count, "out_count") = require(diagnostics, "diagnostics")->items.size(); });
}

int kpss_diagnostics_errors(size_t* out_errors, const kpss_diagnostics* diagnostics) {
  return guard([&] {
    size_t n = 0;
    for (const kpss::Diagnostic& d : require(diagnostics, "diagnostics")->items)
      n += d.severity == kpss::Severity::error;
    *require(out_errors, "out_errors") = n;
  });
}

int kpss_diagnostics_get(kpss_diagnostic* out, const kpss_diagnostics* diagnostics, size_t index) {
  return guard([&] {
    require(out, "out");
    const auto& items = require(diagnostics, "diagnostics")->items;
    if (index >= items.size())
      throw kpss::InvalidArgument("index " + std::to_string(index) + " is past the " +
                                  std::to_string(items.size()) + " diagnostics");
    const kpss::Diagnostic& d = items[index];
    kpss_diagnostic full{sizeof(kpss_diagnostic), d.code.c_str(),
                         d.severity == kpss::Severity::error ? KPSS_SEVERITY_ERROR : KPSS_SEVERITY_WARNING,
                         d.path.c_str(), d.message.c_str()};
    kpss::capi::copy_versioned(out, full);
  });
}

int kpss_diagnostics_to_json(char** out, const kpss_diagnostics* diagnostics) {
  return guard([&] {
    require(out, "out");
    *out = kpss::capi::dup_string(kpss::write_diagnostics_json(require(diagnostics, "diagnostics")->items));
  });
}

void kpss_diagnostics_free(kpss_diagnostics* diagnostics) { delete diagnostics; }

}  // extern "C"
