// Where the tool finds the bundled sample town: next to the installed program
// (PREFIX/share/kpss/examples), else in the source tree it was built from.
#pragma once

#include <filesystem>

namespace kpss::cli {

/// The folder holding sample_plan.json and sample_ballots.csv.
/// Throws: IoError naming the places it looked.
std::filesystem::path bundled_data_dir();

}  // namespace kpss::cli
