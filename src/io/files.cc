// ReadFile and WriteFile: the one whole-file reader and writer (io.h).
//
// Reading opens with O_NONBLOCK and checks the opened descriptor with fstat,
// so a FIFO or a device is refused without blocking on it and without a gap
// between the check and the read. Writing goes through a temporary file and
// rename(2), so an interrupted or failed write (a full disk, Ctrl-C) never
// leaves a partial file under the final name.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "concord/io.h"
#include "io/temporaries.h"

namespace concord::io {
namespace {

std::string Reason(int error) { return std::strerror(error); }

Status TooLarge(const std::string& name, size_t size, size_t max_bytes, bool known) {
  return Status::InvalidArgument(name + ": too large (" + (known ? "" : "over ") +
                                 std::to_string(size) + " bytes; the limit is " +
                                 std::to_string(max_bytes) + ")");
}

// Reads `fd` to its end in chunks; fails once more than `max_bytes` arrive.
// `expected` (the size fstat gave, 0 for a pipe) sizes the first chunk, so a
// regular file is read into one string; a pipe is read in 1 MiB chunks joined
// at the end, so that refusing endless input never holds more than the cap.
Result<std::string> ReadDescriptor(int fd, const std::string& name, size_t max_bytes,
                                   size_t expected) {
  // One byte more than the cap shows that the cap was passed.
  const size_t limit = max_bytes < SIZE_MAX ? max_bytes + 1 : max_bytes;
  std::vector<std::string> chunks;
  size_t total = 0;
  bool end = false;
  // A file whose size is known is read in one chunk of that size plus the
  // byte that shows it ended; anything else (pipes, files that report no
  // size) starts at 64 KiB, then goes on in 1 MiB chunks. Zero-filling a
  // whole MiB for each small file was most of the cost of reading folders
  // of small files.
  size_t next = expected > 0 ? expected + 1 : size_t{64} << 10;
  while (!end) {
    const size_t remaining = limit - total;
    std::string chunk(std::min(remaining, next), '\0');
    next = size_t{1} << 20;
    size_t used = 0;
    while (used < chunk.size()) {
      const ssize_t n = read(fd, chunk.data() + used, chunk.size() - used);
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return Status::IoError(name + ": cannot read: " + Reason(errno));
      if (n == 0) {
        end = true;
        break;
      }
      used += static_cast<size_t>(n);
    }
    total += used;
    if (total > max_bytes) return TooLarge(name, max_bytes, max_bytes, false);
    chunk.resize(used);
    chunks.push_back(std::move(chunk));
  }
  if (chunks.size() == 1) return std::move(chunks[0]);
  std::string bytes;
  bytes.reserve(total);
  for (const std::string& chunk : chunks) bytes += chunk;
  return bytes;
}

// Writes all of `contents` to `fd`, retrying short writes.
bool WriteAll(int fd, std::string_view contents) {
  while (!contents.empty()) {
    const ssize_t n = write(fd, contents.data(), contents.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    contents.remove_prefix(static_cast<size_t>(n));
  }
  return true;
}

Status WriteError(const std::string& path, int error) {
  return Status::IoError(path + ": cannot write: " + Reason(error));
}

// A device or FIFO that already exists: write into it, no temporary.
Status WriteInPlace(const std::string& path, std::string_view contents) {
  const int fd = open(path.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return WriteError(path, errno);
  const bool written = WriteAll(fd, contents);
  const int error = errno;
  if (close(fd) != 0 && written) return WriteError(path, errno);
  return written ? Status::Ok() : WriteError(path, error);
}

}  // namespace

std::string DisplayName(const std::string& path) { return path == "-" ? "standard input" : path; }

Result<std::string> ReadFile(const std::string& path, size_t max_bytes) {
  const std::string name = DisplayName(path);
  if (path == "-") return ReadDescriptor(STDIN_FILENO, name, max_bytes, 0);
  const int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    if (error == ENOENT || error == ENOTDIR) return Status::NotFound(name + ": no such file");
    return Status::IoError(name + ": cannot read: " + Reason(error));
  }
  struct stat info {};
  Result<std::string> bytes = Status::IoError(name + ": cannot read");
  if (fstat(fd, &info) != 0) {
    bytes = Status::IoError(name + ": cannot read: " + Reason(errno));
  } else if (S_ISDIR(info.st_mode)) {
    bytes = Status::InvalidArgument(name + ": is a folder, not a file");
  } else if (!S_ISREG(info.st_mode)) {
    bytes = Status::InvalidArgument(name + ": not a regular file (a pipe, socket or device)");
  } else if (static_cast<uintmax_t>(info.st_size) > max_bytes) {
    bytes = TooLarge(name, static_cast<size_t>(info.st_size), max_bytes, true);
  } else {
    bytes = ReadDescriptor(fd, name, max_bytes, static_cast<size_t>(info.st_size));
  }
  close(fd);
  return bytes;
}

Status WriteFile(const std::string& path, std::string_view contents) {
  namespace fs = std::filesystem;
  struct stat info {};
  if (stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
    if (S_ISDIR(info.st_mode)) return Status::IoError(path + ": cannot write: is a folder");
    return WriteInPlace(path, contents);
  }
  const fs::path target(path);
  const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".tmp-" +
                                                     std::to_string(getpid()));
  // Registered before it exists, so that SIGINT or SIGTERM from here on
  // removes it (temporaries.cc).
  const int slot = internal::RegisterTemporary(temporary.string());
  const int fd = open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    const int error = errno;
    internal::ReleaseTemporary(slot);
    return WriteError(path, error);
  }
  // No fsync: rename already keeps a killed process from leaving a partial
  // file, and syncing each of an eval run's thousands of files is slow.
  bool ok = WriteAll(fd, contents);
  int error = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    error = errno;
  }
  if (ok && rename(temporary.c_str(), path.c_str()) != 0) {
    ok = false;
    error = errno;
  }
  if (!ok) unlink(temporary.c_str());
  internal::ReleaseTemporary(slot);
  return ok ? Status::Ok() : WriteError(path, error);
}

}  // namespace concord::io
