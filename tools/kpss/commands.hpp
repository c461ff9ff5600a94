// The subcommands of the kpss tool, one source file each.
#pragma once

#include "cli.hpp"

namespace kpss::cli {

Command codes_command();
Command demo_command();
Command rank_command();
Command report_command();
Command select_command();
Command gaps_command();
Command region_command();
Command import_registry_command();
Command stakeholders_command();
Command convert_command();
Command validate_command();
Command cycle_command();
Command audit_command();
Command diff_command();

}  // namespace kpss::cli
