// Turning a pabulib instance into an election.
#pragma once

#include "kpss/io/pabulib.hpp"
#include "kpss/select/election.hpp"

namespace kpss::select {

/// One pot holding META budget; candidates = projects in file order with cost
/// `instance.money(cost)` (whole units of the META currency, "XXX" when it has none);
/// ballots = votes with their points (cumulative, scoring) or 1 (approval, ordinal — ordinal
/// ballots read as approval of the listed projects, as pabutools does).
/// Throws: as PabulibInstance::budget, NotFound for an unknown currency.
Election election_from_pabulib(const PabulibInstance& instance);

}  // namespace kpss::select
