#include "atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "kpss/core/error.hpp"

namespace kpss::detail {

namespace {

[[noreturn]] void io_failure(const std::string& step, const std::filesystem::path& path, int err) {
  throw IoError(step + ": " + std::strerror(err), path.string());
}

// Closes the descriptor and removes the temporary file unless the save completed.
class TempFile {
 public:
  explicit TempFile(const std::filesystem::path& target) {
    std::string pattern = target.string() + ".tmp-XXXXXX";
    name_.assign(pattern.begin(), pattern.end());
    name_.push_back('\0');
    fd_ = ::mkstemp(name_.data());
    if (fd_ < 0) io_failure("cannot create a temporary file next to it", target, errno);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_) ::unlink(name_.data());
  }
  int fd() const { return fd_; }
  const char* name() const { return name_.data(); }
  int close() {
    const int rc = ::close(fd_);
    fd_ = -1;
    return rc;
  }
  void commit() { committed_ = true; }

 private:
  std::vector<char> name_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view data) {
  TempFile temp(path);
  // mkstemp creates the file private (0600); give it the old file's mode, or the usual 0644.
  struct stat old {};
  const mode_t mode = ::stat(path.c_str(), &old) == 0 ? (old.st_mode & 07777) : 0644;
  if (::fchmod(temp.fd(), mode) != 0) io_failure("cannot set the permissions of the temporary file", path, errno);
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(temp.fd(), data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      io_failure("cannot write", path, errno);
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(temp.fd()) != 0) io_failure("cannot flush to disk", path, errno);
  if (temp.close() != 0) io_failure("cannot close", path, errno);
  if (::rename(temp.name(), path.c_str()) != 0) io_failure("cannot rename over", path, errno);
  temp.commit();
  // The rename is durable only once the directory entry is; a failure here no longer
  // endangers the old or the new content, so it is not an error.
  const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
  if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); dfd >= 0) {
    ::fsync(dfd);
    ::close(dfd);
  }
}

std::string read_file(const std::filesystem::path& path, std::size_t max_bytes,
                      std::string_view limit_code) {
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) throw IoError("cannot read the file: " + ec.message(), path.string());
  if (size > max_bytes)
    throw LimitExceeded("the file has " + std::to_string(size) + " bytes, more than the limit of " +
                            std::to_string(max_bytes) + " [" + std::string(limit_code) + "]",
                        path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError("cannot open the file", path.string());
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw IoError("cannot read the file", path.string());
  return std::move(buffer).str();
}

}  // namespace kpss::detail
