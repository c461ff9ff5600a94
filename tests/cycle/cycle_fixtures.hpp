// Shared fixtures of the cycle tests: the sample plan and a clock the test moves.
#pragma once

#include <memory>

#include "../plan/plan_fixtures.hpp"
#include "kpss/cycle/event_log.hpp"

namespace kpss::test {

/// A clock that returns whatever date the test set last.
struct ManualClock {
  std::shared_ptr<Date> today = std::make_shared<Date>(parse_date("2024-01-15"));
  void set(std::string_view iso) { *today = parse_date(iso); }
  cycle::Clock clock() const {
    return [d = today] { return *d; };
  }
};

}  // namespace kpss::test
