#include "kpss/cycle/event_log.hpp"

#include <chrono>
#include <optional>
#include <gsl/assert>
#include <utility>

#include "json_text.hpp"
#include "kpss/core/error.hpp"

namespace kpss::cycle {

namespace detail {

bool parse_object(std::string_view text, ojson& out) {
  ojson parsed = ojson::parse(text.begin(), text.end(), nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return false;
  out = std::move(parsed);
  return true;
}

std::string pointer_token(std::string_view key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace detail

using detail::ojson;

namespace {

// Payloads are kept with their members sorted by name, the form every JSON writer of kpss
// gives extension members, so that a log read back from a file equals the log written.
std::optional<std::string> canonical_payload(std::string_view text) {
  const nlohmann::json parsed = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) return std::nullopt;
  return parsed.dump();
}

}  // namespace

Date system_today() {
  return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
}

EventLog::EventLog(Clock clock) : clock_(std::move(clock)) {
  Expects(static_cast<bool>(clock_));
}

void EventLog::set_clock(Clock clock) {
  Expects(static_cast<bool>(clock));
  clock_ = std::move(clock);
}

const Event& EventLog::append(std::string_view actor, std::string_view action,
                              std::string_view payload) {
  if (actor.empty()) throw InvalidArgument("an event needs an actor", "actor");
  if (action.empty()) throw InvalidArgument("an event needs an action", "action");
  const auto canonical = canonical_payload(payload);
  if (!canonical) throw InvalidArgument("the payload must be a JSON object", "payload");
  Event e;
  e.sequence = events_.size() + 1;
  e.date = clock_();
  if (!e.date.ok()) throw InvalidArgument("the clock returned an invalid date", "clock");
  e.actor = actor;
  e.action = action;
  e.payload = *canonical;
  events_.push_back(std::move(e));
  return events_.back();
}

EventLog EventLog::from_events(std::vector<Event> events, Clock clock) {
  EventLog log(std::move(clock));
  for (std::size_t i = 0; i < events.size(); ++i) {
    Event& e = events[i];
    const std::string where = std::string("/") + std::string(log_member) + "/" + std::to_string(i);
    if (e.sequence != i + 1)
      throw CorruptData("sequence number " + std::to_string(e.sequence) + " where " +
                            std::to_string(i + 1) + " was expected",
                        where);
    if (e.actor.empty() || e.action.empty()) throw CorruptData("an event without actor or action", where);
    if (!e.date.ok()) throw CorruptData("an event without a valid date", where);
    const auto canonical = canonical_payload(e.payload);
    if (!canonical) throw CorruptData("the payload is not a JSON object", where);
    e.payload = *canonical;
  }
  log.events_ = std::move(events);
  return log;
}

namespace {

ojson event_json(const Event& e) {
  ojson j;
  j["seq"] = e.sequence;
  j["date"] = format_date(e.date);
  j["actor"] = e.actor;
  j["action"] = e.action;
  j["payload"] = ojson::parse(e.payload);
  return j;
}

}  // namespace

std::string log_to_json(const EventLog& log) {
  ojson a = ojson::array();
  for (const Event& e : log.events()) a.push_back(event_json(e));
  return a.dump();
}

void store_log(Plan& plan, const EventLog& log) {
  plan.extensions[std::string(log_member)] = log_to_json(log);
}

EventLog load_log(const Plan& plan, Clock clock) {
  const auto it = plan.extensions.find(std::string(log_member));
  if (it == plan.extensions.end()) return EventLog(std::move(clock));
  const std::string where = "/" + std::string(log_member);
  const ojson a = ojson::parse(it->second, nullptr, false);
  if (a.is_discarded() || !a.is_array()) throw CorruptData("the event log is not a JSON array", where);
  std::vector<Event> events;
  events.reserve(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    const ojson& j = a[i];
    const std::string at = where + "/" + std::to_string(i);
    if (!j.is_object() || !j.contains("seq") || !j["seq"].is_number_unsigned() ||
        !j.contains("date") || !j["date"].is_string() || !j.contains("actor") ||
        !j["actor"].is_string() || !j.contains("action") || !j["action"].is_string() ||
        !j.contains("payload") || !j["payload"].is_object())
      throw CorruptData("an event needs seq, date, actor, action and an object payload", at);
    Event e;
    e.sequence = j["seq"].get<std::uint64_t>();
    try {
      e.date = parse_date(j["date"].get<std::string>());
    } catch (const Error& err) {
      throw CorruptData(err.message(), at + "/date");
    }
    e.actor = j["actor"].get<std::string>();
    e.action = j["action"].get<std::string>();
    e.payload = j["payload"].dump();
    events.push_back(std::move(e));
  }
  return EventLog::from_events(std::move(events), std::move(clock));
}

}  // namespace kpss::cycle
