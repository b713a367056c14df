#include "concord/web_assets.h"

#include <string_view>

#include "serve/web/embedded.h"

namespace concord::serve {
namespace {

// The content type of a file, from its extension. Every embedded file must
// have one of these (the unit test checks the table).
std::string_view ContentTypeOf(std::string_view path) {
  auto ends_with = [path](std::string_view suffix) { return path.ends_with(suffix); };
  if (ends_with(".html")) return "text/html; charset=utf-8";
  if (ends_with(".css")) return "text/css; charset=utf-8";
  if (ends_with(".js")) return "text/javascript; charset=utf-8";
  if (ends_with(".svg")) return "image/svg+xml";
  if (ends_with(".json")) return "application/json";
  return "application/octet-stream";
}

}  // namespace

std::optional<WebAsset> FindWebAsset(std::string_view url_path) {
  size_t end = url_path.find_first_of("?#");
  if (end != std::string_view::npos) url_path = url_path.substr(0, end);
  if (url_path == "/") url_path = "/index.html";
  for (int i = 0; i < internal::kEmbeddedFileCount; ++i) {
    const internal::EmbeddedFile& file = internal::kEmbeddedFiles[i];
    if (url_path != file.path) continue;
    return WebAsset{ContentTypeOf(url_path),
                    std::string_view(reinterpret_cast<const char*>(file.bytes), file.size)};
  }
  return std::nullopt;
}

}  // namespace concord::serve
