// A file read a line at a time (line_reader.h).
#include "io/line_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "concord/io.h"

namespace concord::io {
namespace {

constexpr size_t kChunk = size_t{1} << 20;
constexpr size_t kPeek = size_t{64} << 10;

std::string Reason(int error) { return std::strerror(error); }

}  // namespace

LineReader::LineReader(int fd, std::string name, size_t max_file_bytes, size_t max_line_bytes)
    : fd_(fd),
      owned_(fd != STDIN_FILENO),
      name_(std::move(name)),
      max_file_bytes_(max_file_bytes),
      max_line_bytes_(max_line_bytes) {}

LineReader::~LineReader() {
  if (owned_) close(fd_);
}

Result<std::unique_ptr<LineReader>> LineReader::Open(const std::string& path, size_t max_file_bytes,
                                                     size_t max_line_bytes) {
  const std::string name = DisplayName(path);
  if (path == "-") {
    return std::unique_ptr<LineReader>(
        new LineReader(STDIN_FILENO, name, max_file_bytes, max_line_bytes));
  }
  const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) return Status::NotFound(name + ": no such file");
    return Status::IoError(name + ": cannot read: " + Reason(error));
  }
  std::unique_ptr<LineReader> reader(new LineReader(fd, name, max_file_bytes, max_line_bytes));
  struct stat info {};
  if (fstat(fd, &info) != 0) return Status::IoError(name + ": cannot read: " + Reason(errno));
  if (S_ISDIR(info.st_mode)) return Status::InvalidArgument(name + ": is a folder, not a file");
  if (!S_ISREG(info.st_mode)) {
    return Status::InvalidArgument(name + ": not a regular file (a pipe, socket or device)");
  }
  if (static_cast<uintmax_t>(info.st_size) > max_file_bytes) {
    return Status::InvalidArgument(name + ": too large (" + std::to_string(info.st_size) +
                                   " bytes; the limit is " + std::to_string(max_file_bytes) + ")");
  }
  return reader;
}

Result<bool> LineReader::Fill() {
  if (end_) return false;
  if (start_ > 0 && start_ >= buffer_.size() / 2) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  const size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  ssize_t n = 0;
  do {
    n = read(fd_, buffer_.data() + old, kChunk);
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    buffer_.resize(old);
    return Status::IoError(name_ + ": cannot read: " + Reason(errno));
  }
  buffer_.resize(old + static_cast<size_t>(n));
  total_ += static_cast<size_t>(n);
  if (total_ > max_file_bytes_) {
    return Status::InvalidArgument(name_ + ": too large (over " + std::to_string(max_file_bytes_) +
                                   " bytes; the limit is " + std::to_string(max_file_bytes_) + ")");
  }
  if (n == 0) end_ = true;
  return n > 0;
}

Result<bool> LineReader::Next(std::string_view& line) {
  size_t scanned = start_;
  while (true) {
    const size_t newline = buffer_.find('\n', scanned);
    if (newline != std::string::npos && newline - start_ > max_line_bytes_) break;
    if (newline != std::string::npos) {
      ++line_number_;
      line = std::string_view(buffer_).substr(start_, newline - start_);
      start_ = newline + 1;
      return true;
    }
    if (buffer_.size() - start_ > max_line_bytes_) break;
    const size_t offset = buffer_.size() - start_;  // Fill may move start_ to 0
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    scanned = start_ + offset;
    if (!more.value()) {
      if (start_ >= buffer_.size()) return false;
      if (buffer_.size() - start_ > max_line_bytes_) break;
      ++line_number_;
      line = std::string_view(buffer_).substr(start_);
      start_ = buffer_.size();
      return true;
    }
  }
  return Status::InvalidArgument(name_ + ":" + std::to_string(line_number_ + 1) +
                                 ": line too long (the limit is " +
                                 std::to_string(max_line_bytes_) + " bytes)");
}

Result<std::string_view> LineReader::Peek() {
  while (buffer_.size() - start_ < kPeek) {
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
  }
  return std::string_view(buffer_).substr(start_, std::min(kPeek, buffer_.size() - start_));
}

Result<std::string> LineReader::Rest(size_t max_bytes) {
  while (true) {
    if (buffer_.size() - start_ > max_bytes) {
      return Status::InvalidArgument(name_ + ": too large (over " + std::to_string(max_bytes) +
                                     " bytes; the limit is " + std::to_string(max_bytes) + ")");
    }
    Result<bool> more = Fill();
    if (!more.ok()) return more.status();
    if (!more.value()) break;
  }
  if (buffer_.size() - start_ > max_bytes) {
    return Status::InvalidArgument(name_ + ": too large (" +
                                   std::to_string(buffer_.size() - start_) +
                                   " bytes; the limit is " + std::to_string(max_bytes) + ")");
  }
  std::string rest = buffer_.substr(start_);
  start_ = buffer_.size();
  return rest;
}

}  // namespace concord::io
