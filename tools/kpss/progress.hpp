// A progress bar for long work (bootstrap, big imports, regional roll-ups), drawn on standard
// error only when that is a terminal: pipes, files and CI logs get no progress noise.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <streambuf>
#include <string>
#include <vector>

namespace kpss::cli {

/// Is standard error a terminal (isatty)?
bool stderr_is_terminal() noexcept;

/// One bar, "label [#####-----]  50 %", redrawn in place with '\r' and cleared when done.
class Progress {
 public:
  /// A bar for `total` units of work on `out`, drawn only when `visible`.
  Progress(std::ostream& out, std::string label, std::uint64_t total, bool visible);
  /// A bar on `err`, the tool's standard error, drawn when that is a terminal.
  Progress(std::ostream& err, std::string label, std::uint64_t total);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  /// Clears the bar.
  ~Progress();

  /// Sets the work done (clamped to the total); redraws when the whole percentage changes,
  /// so a caller may report every small step without flooding the terminal.
  void update(std::uint64_t done);
  void advance(std::uint64_t units = 1) { update(done_ + units); }
  /// Clears the bar's line; later updates draw nothing.
  void finish();

 private:
  std::ostream& out_;
  std::string label_;
  std::uint64_t total_;
  std::uint64_t done_ = 0;
  int shown_percent_ = -1;
  bool visible_;
};

/// Reads through `source` and reports the bytes read so far to `progress`: a bar over a big
/// file for readers that take a std::istream.
class ProgressReader : public std::streambuf {
 public:
  ProgressReader(std::streambuf& source, Progress& progress);

 protected:
  int_type underflow() override;

 private:
  std::streambuf& source_;
  Progress& progress_;
  std::vector<char> buffer_;
  std::uint64_t consumed_ = 0;
};

}  // namespace kpss::cli
