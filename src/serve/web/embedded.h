// Internal to web_assets.cc; use include/concord/web_assets.h instead.
// The table the generated embedded_files.cc defines (see embed.cmake).
#ifndef CONCORD_SERVE_WEB_EMBEDDED_H_
#define CONCORD_SERVE_WEB_EMBEDDED_H_

#include <cstddef>

namespace concord::serve::internal {

struct EmbeddedFile {
  const char* path;            // "/index.html": '/' + the name in src/serve/web/
  const unsigned char* bytes;  // `size` bytes, then a NUL not counted
  size_t size;
};

extern const EmbeddedFile kEmbeddedFiles[];
extern const int kEmbeddedFileCount;

}  // namespace concord::serve::internal

#endif  // CONCORD_SERVE_WEB_EMBEDDED_H_
