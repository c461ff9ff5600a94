// Phases of the planning cycle (fáze) and their entry and exit gates (podmínky přechodu).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kpss/cycle/event_log.hpp"
#include "kpss/model/plan.hpp"

namespace kpss::cycle {

/// What a gate check sees: the plan, the log and today's date.
struct GateContext {
  const Plan& plan;
  const EventLog& log;
  Date today;
};

/// The outcome of one check: met, or the elements (JSON pointers into the plan, or event
/// references "#seq") that keep it from being met and what is wrong.
struct GateCheck {
  bool met = true;
  std::vector<std::string> elements;
  std::string detail;
};

/// A gate: a rule with a stable code ("G03"), descriptions and a check.
struct Gate {
  std::string code;
  std::string description_cs;
  std::string description_en;
  std::function<GateCheck(const GateContext&)> check;
};

/// A phase: a stable name ("public_comment"), its Czech and English titles, and the gates to
/// enter it and to leave it.
struct Phase {
  std::string name;
  std::string title_cs;
  std::string title_en;
  std::vector<Gate> entry;
  std::vector<Gate> exit;
};

/// A cycle: the phases in order. The first is where a new log starts.
struct Cycle {
  std::vector<Phase> phases;

  /// Index of the phase named `name`. Throws: NotFound.
  std::size_t index_of(std::string_view name) const;
};

/// Every default gate (G01–G18) in code order; docs/cycle.md lists them.
const std::vector<Gate>& default_gates();
/// The default gate with `code`. Throws: NotFound.
const Gate& default_gate(std::string_view code);

/// The default cycle: preparatory → analytical → proposal → public_comment → approval →
/// implementation → monitoring → update → next_cycle, with the default gates attached.
Cycle default_cycle();

/// An unmet gate on the way from the current phase to the next.
struct GateFinding {
  std::string code;
  std::string phase;  ///< the phase whose gate it is
  bool entry = false; ///< an entry gate of `phase` (else an exit gate)
  std::string description_cs;
  std::string description_en;
  std::vector<std::string> elements;
  std::string detail;
};

/// The state of the cycle as the log records it.
struct CycleState {
  std::size_t phase = 0;  ///< index into Cycle::phases
  std::vector<std::uint64_t> phase_entered;  ///< per phase entered: the advance event (0 for the first)
  std::size_t overrides = 0;
};

/// Replays the log: every "advance" event moves one phase on. Throws: CorruptData when an
/// advance does not start from the phase the cycle is in or names an unknown phase.
/// Complexity: linear in the log.
CycleState replay(const Cycle& cycle, const EventLog& log);

/// Every gate that is not met for leaving the current phase (its exit gates, then the next
/// phase's entry gates). Empty in the last phase too (nothing to advance to).
std::vector<GateFinding> unmet_gates(const Cycle& cycle, const Plan& plan, const EventLog& log);

/// The result of advance(): `advanced`, or the list of every unmet gate.
struct AdvanceResult {
  bool advanced = false;
  std::string from;
  std::string to;
  std::vector<GateFinding> unmet;
};

/// Moves to the next phase when every gate is met, logging an "advance" event; otherwise
/// changes nothing and returns the unmet gates. Throws: ConflictError in the last phase,
/// InvalidArgument for an empty actor.
AdvanceResult advance(const Cycle& cycle, const Plan& plan, EventLog& log, std::string_view actor);

/// Moves on despite unmet gates (přechod výjimkou): logs an "override" event naming the
/// gates and the justification, then the "advance". Requires: actor and justification not
/// empty (InvalidArgument). Throws: ConflictError in the last phase.
AdvanceResult force_advance(const Cycle& cycle, const Plan& plan, EventLog& log,
                            std::string_view actor, std::string_view justification);

/// {"phase", "phase_index", "next", "unmet": [...], "log": [...]} for tools and bindings.
std::string status_to_json(const Cycle& cycle, const Plan& plan, const EventLog& log);

}  // namespace kpss::cycle
