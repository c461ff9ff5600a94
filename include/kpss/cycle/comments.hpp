// Public comment (připomínkování): comments on plan elements, their settlement (vypořádání)
// and the settlement annex published with the plan.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kpss/cycle/event_log.hpp"
#include "kpss/model/plan.hpp"

namespace kpss::cycle {

/// The JSON pointer of the element `ref` points at ("" for the plan itself).
/// Throws: NotFound when the plan has no such element.
std::string element_path(const Plan& plan, const ElementRef& ref);

/// Records a comment. Requires: a new comment id, a target that exists, text not empty.
/// Does: appends it to plan.comments and logs a "comment" event by `actor`.
/// Throws: InvalidArgument (empty text, duplicate id), NotFound (target).
void add_comment(Plan& plan, EventLog& log, std::string_view actor, Comment comment);

/// Settles the comment `id` (vypořádání). Requires: a justification. Does: sets the
/// settlement (a later call replaces it; the log keeps both) and logs a "settle" event.
/// Throws: NotFound, InvalidArgument (empty justification).
void settle(Plan& plan, EventLog& log, std::string_view actor, const CommentId& id,
            Settlement settlement);

/// One row of the settlement annex (příloha: vypořádání připomínek).
struct AnnexRow {
  std::string comment;
  std::string author;  ///< stakeholder name, author_name or "anonymous"
  std::string target;  ///< "measure m4-2-1"
  std::string text;
  std::string date;
  std::string outcome;  ///< "accepted", "partly", "rejected" or "unsettled"
  std::string justification;
  std::string settled;  ///< settlement date or ""
};

/// The annex: every comment in plan order with its settlement. Complexity: linear.
std::vector<AnnexRow> settlement_annex(const Plan& plan);
/// The annex as a JSON object {"rows": [...], "counts": {...}} or as Markdown.
std::string annex_to_json(const Plan& plan);
std::string annex_to_markdown(const Plan& plan);

}  // namespace kpss::cycle
