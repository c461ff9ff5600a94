// Text renderings of gap tables and pooling proposals, shared by `kpss gaps` and
// `kpss region` (their JSON comes from kpss/gaps/json.hpp).
#pragma once

#include <iosfwd>

#include "kpss/gaps/gap_table.hpp"
#include "kpss/gaps/pooling.hpp"

namespace kpss::cli {

/// One line per row with a positive gap (all rows when `all`), then the diagnostics.
void print_gaps(std::ostream& out, const GapTable& table, bool all);
void print_pooling(std::ostream& out, const PoolingProposal& p);
/// True when some row has a positive gap.
bool has_gaps(const GapTable& table);

}  // namespace kpss::cli
