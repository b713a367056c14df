// Gunzip (extract.h): .html.gz pages, inflated with zlib.
#include <zlib.h>

#include <string>
#include <string_view>

#include "concord/extract.h"

namespace concord::extract {

bool LooksGzipped(std::string_view bytes) {
  return bytes.size() >= 2 && bytes[0] == '\x1f' && bytes[1] == '\x8b';
}

Result<std::string> Gunzip(std::string_view bytes, const std::string& name, size_t max_bytes) {
  if (!LooksGzipped(bytes)) return Status::ParseError(name + ": not gzip data");
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status::IoError(name + ": cannot start zlib");
  std::string out;
  char buffer[64 * 1024];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());  // callers cap files far below 4 GiB
  int rc = Z_OK;
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(buffer);
    z.avail_out = sizeof buffer;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buffer, sizeof buffer - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      return Status::ParseError(name + ": inflates past " + std::to_string(max_bytes >> 20) +
                                " MiB");
    }
    if (rc == Z_STREAM_END) {
      if (z.avail_in == 0) break;
      if (inflateReset(&z) != Z_OK) break;  // another gzip member follows
      continue;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) break;
    if (rc == Z_BUF_ERROR && z.avail_in == 0) break;
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return Status::ParseError(name + ": corrupt or truncated gzip data");
  return out;
}

}  // namespace concord::extract
