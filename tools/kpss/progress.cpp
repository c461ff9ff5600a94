#include "progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <ostream>

namespace kpss::cli {

namespace {

constexpr int kBarWidth = 30;

}  // namespace

bool stderr_is_terminal() noexcept { return ::isatty(STDERR_FILENO) == 1; }

Progress::Progress(std::ostream& out, std::string label, std::uint64_t total, bool visible)
    : out_(out), label_(std::move(label)), total_(total), visible_(visible) {
  update(0);
}

Progress::Progress(std::ostream& err, std::string label, std::uint64_t total)
    : Progress(err, std::move(label), total, stderr_is_terminal()) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t done) {
  done_ = std::min(done, total_);
  if (!visible_) return;
  const int percent = total_ == 0 ? 100 : static_cast<int>(done_ * 100 / total_);
  if (percent == shown_percent_) return;
  shown_percent_ = percent;
  const int filled = percent * kBarWidth / 100;
  out_ << '\r' << label_ << " [" << std::string(static_cast<std::size_t>(filled), '#')
       << std::string(static_cast<std::size_t>(kBarWidth - filled), '-') << "] "
       << std::string(percent < 10 ? 2 : percent < 100 ? 1 : 0, ' ') << percent << " %" << std::flush;
}

void Progress::finish() {
  if (!visible_) return;
  visible_ = false;
  // Blank the whole line, so the next output starts on a clean one.
  out_ << '\r' << std::string(label_.size() + kBarWidth + 10, ' ') << '\r' << std::flush;
}

ProgressReader::ProgressReader(std::streambuf& source, Progress& progress)
    : source_(source), progress_(progress), buffer_(1 << 16) {}

ProgressReader::int_type ProgressReader::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  const std::streamsize n = source_.sgetn(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  if (n <= 0) return traits_type::eof();
  consumed_ += static_cast<std::uint64_t>(n);
  progress_.update(consumed_);
  setg(buffer_.data(), buffer_.data(), buffer_.data() + n);
  return traits_type::to_int_type(buffer_[0]);
}

}  // namespace kpss::cli
