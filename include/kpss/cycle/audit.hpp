// The plan audit (audit plánu): a checklist over the six indicators of a good community
// plan, the ten content items of a plan, and the ministry's eight quality areas.
#pragma once

#include <string>
#include <vector>

#include "kpss/model/plan.hpp"

namespace kpss::cycle {

enum class Verdict { pass, warn, fail };
std::string_view to_string(Verdict value) noexcept;

/// One check. `code` is stable: I1–I6 (indicators of a good plan), C01–C10 (content items),
/// Q1–Q8 (quality areas). `elements` are JSON pointers of the elements behind the verdict.
struct AuditCheck {
  std::string code;
  std::string area;  ///< "indicator", "content", "quality"
  std::string title_cs;
  std::string title_en;
  Verdict verdict = Verdict::pass;
  std::vector<std::string> elements;
  std::string finding;  ///< what was found (empty on pass)
  std::string hint;     ///< how to fix (empty on pass)
};

struct AuditReport {
  std::vector<AuditCheck> checks;  ///< in code order: I1–I6, C01–C10, Q1–Q8
  int score = 0;  ///< 0–100: pass 1, warn ½, fail 0, averaged, rounded half up
  std::size_t passed = 0, warned = 0, failed = 0;
};

/// Audits `plan`. Does not throw for any plan content. Complexity: linear in the plan.
AuditReport audit(const Plan& plan);
std::string audit_to_json(const AuditReport& report);

}  // namespace kpss::cycle
