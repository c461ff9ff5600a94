// The event log of the planning cycle (záznam událostí): what was decided, when and by whom.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/core/date.hpp"
#include "kpss/model/plan.hpp"

namespace kpss::cycle {

/// One entry of the log. `payload` is a JSON object as compact text ("{}" when empty).
struct Event {
  std::uint64_t sequence = 0;  ///< 1, 2, 3, ... without gaps
  Date date{};
  std::string actor;   ///< who did it (a stakeholder id or a person's name); never empty
  std::string action;  ///< "advance", "override", "comment", "settle", "snapshot", ...
  std::string payload = "{}";

  bool operator==(const Event&) const = default;
};

/// Today's date; tests inject a fixed or stepping clock.
using Clock = std::function<Date()>;

/// The system clock's date in UTC.
Date system_today();

/// An append-only, sequence-numbered log. Entries are never changed or removed.
class EventLog {
 public:
  /// Requires: `clock` callable (the default is system_today).
  explicit EventLog(Clock clock = system_today);

  /// Appends an event dated by the clock. Requires: actor and action not empty, `payload`
  /// a JSON object. Returns: the new entry. Throws: InvalidArgument. Complexity: amortised
  /// O(size of payload).
  const Event& append(std::string_view actor, std::string_view action,
                      std::string_view payload = "{}");

  const std::vector<Event>& events() const noexcept { return events_; }
  /// Today's date by the log's clock.
  Date today() const { return clock_(); }
  /// Replaces the clock (the entries keep their dates).
  void set_clock(Clock clock);

  /// Rebuilds a log from stored entries. Throws: CorruptData when sequence numbers are not
  /// 1..n, an actor or action is empty, or a payload is not a JSON object.
  static EventLog from_events(std::vector<Event> events, Clock clock = system_today);

 private:
  Clock clock_;
  std::vector<Event> events_;
};

/// The plan's extension member that carries the log: "x-kpss-log".
inline constexpr std::string_view log_member = "x-kpss-log";

/// Stores `log` in the plan (in `plan.extensions`, so it travels with the plan's JSON file
/// and every other format that keeps extensions). Complexity: linear in the log.
void store_log(Plan& plan, const EventLog& log);

/// The log stored in the plan, or an empty log. Throws: CorruptData (where: "/x-kpss-log")
/// when the stored member is not a valid log.
EventLog load_log(const Plan& plan, Clock clock = system_today);

/// The log as a JSON array of {"seq","date","actor","action","payload"}.
std::string log_to_json(const EventLog& log);

}  // namespace kpss::cycle
