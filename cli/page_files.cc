// Page files for the extraction commands (page_files.h).
#include "cli/page_files.h"

#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "concord/io.h"

namespace concord::cli {
bool IsPageName(const std::string& name) { return io::IsPageName(name); }

Result<std::vector<std::string>> ListPages(const std::string& path) {
  namespace fs = std::filesystem;
  if (path == "-") return std::vector<std::string>{"-"};
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return Status::NotFound(path + ": no such file or folder");
  if (!fs::is_directory(status)) return std::vector<std::string>{path};
  std::vector<std::string> pages;
  for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (IsPageName(name) && it->is_regular_file(ec)) pages.push_back(it->path().string());
  }
  if (ec) return Status::IoError(path + ": cannot list the folder: " + ec.message());
  if (pages.empty()) return Status::Empty(path + ": no .html, .htm or .html.gz page in the folder");
  std::sort(pages.begin(), pages.end());
  return pages;
}

Result<std::string> ReadPage(const std::string& path, size_t max_bytes) {
  return io::ReadPage(path, max_bytes);  // the one page reader
}

void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& work) {
  tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
  arena.execute([&] { tbb::parallel_for(size_t{0}, n, [&](size_t i) { work(i); }); });
}

}  // namespace concord::cli
