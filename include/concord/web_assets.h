// Web assets: the files of concord's web page (HTML, CSS, JavaScript),
// embedded in the binary at build time so that `concord serve` loads nothing
// from disk or from outside (no CDN).
//
//   std::optional<concord::serve::WebAsset> asset =
//       concord::serve::FindWebAsset(request_path);
//   if (!asset) return NotFound();
//   Reply(200, asset->content_type, asset->body);
//
// The files live in src/serve/web/ and are listed by hand in its
// CMakeLists.txt; a CMake script turns them into a generated source file.
//
// Thread safety: thread-safe (read-only static data).
#ifndef CONCORD_WEB_ASSETS_H_
#define CONCORD_WEB_ASSETS_H_

#include <optional>
#include <string_view>

namespace concord::serve {

// One embedded file. Both views point at static storage that lives as long
// as the program.
struct WebAsset {
  std::string_view content_type;  // e.g. "text/html; charset=utf-8"
  std::string_view body;          // the file's bytes
};

// Returns the asset served at `url_path` ("/" is "/index.html"; a query
// string or fragment after '?' or '#' is ignored), or nullopt when no asset
// has that exact path. Paths are matched exactly against the embedded table,
// never joined to a folder, so "..", "//" or percent-encoded paths find
// nothing.
std::optional<WebAsset> FindWebAsset(std::string_view url_path);

}  // namespace concord::serve

#endif  // CONCORD_WEB_ASSETS_H_
