// Internal to concord_io and concord_group; the public reading API is
// concord/io.h. A file or standard input read one line at a time, in
// bounded memory, with the checks of io::ReadFile: only regular files (or
// "-"), nothing read from a folder, FIFO, socket or device, and a cap on
// what one line and the whole file may hold. `concord group` streams JSON
// Lines through it, so a stream of any length is read in the memory of its
// longest line.
#ifndef CONCORD_IO_LINE_READER_H_
#define CONCORD_IO_LINE_READER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "concord/status.h"

namespace concord::io {

class LineReader {
 public:
  // Opens `path` ("-": standard input). Fails as io::ReadFile does, naming
  // the file: no such file, a folder, not a regular file, a regular file
  // larger than `max_file_bytes`.
  static Result<std::unique_ptr<LineReader>> Open(const std::string& path, size_t max_file_bytes,
                                                  size_t max_line_bytes);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // The next line, without its '\n', into `line` (a view valid until the
  // next call); false at the end. Fails naming the file (and the line) when
  // a line passes `max_line_bytes`, the input passes `max_file_bytes`, or a
  // read fails.
  Result<bool> Next(std::string_view& line);

  // The first bytes (up to 64 KiB, fewer when the input is shorter), not
  // consumed.
  Result<std::string_view> Peek();

  // Everything not read yet (an input that is one article). Fails naming
  // the file when it holds more than `max_bytes` (or `max_file_bytes`).
  Result<std::string> Rest(size_t max_bytes);

  // The number of the last line returned by Next (1-based).
  size_t line_number() const { return line_number_; }

 private:
  LineReader(int fd, std::string name, size_t max_file_bytes, size_t max_line_bytes);
  // Reads more bytes into buffer_; false at the end of the input.
  Result<bool> Fill();

  int fd_;
  bool owned_;
  std::string name_;
  size_t max_file_bytes_;
  size_t max_line_bytes_;
  std::string buffer_;  // bytes read, from start_ on not consumed
  size_t start_ = 0;
  size_t total_ = 0;  // bytes read so far
  bool end_ = false;
  size_t line_number_ = 0;
};

}  // namespace concord::io

#endif  // CONCORD_IO_LINE_READER_H_
