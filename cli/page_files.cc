// Page files for the extraction commands (page_files.h).
#include "cli/page_files.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

#include "concord/extract.h"

namespace concord::cli {
namespace {

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Lower(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

}  // namespace

bool IsPageName(const std::string& name) {
  std::string lower = Lower(name);
  if (EndsWith(lower, ".gz")) lower.resize(lower.size() - 3);
  return EndsWith(lower, ".html") || EndsWith(lower, ".htm") || EndsWith(lower, ".xhtml");
}

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
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IoError(path + ": cannot open");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0) return Status::IoError(path + ": cannot read");
    if (static_cast<size_t>(size) > max_bytes) {
      return Status::InvalidArgument(path + ": larger than " + std::to_string(max_bytes >> 20) +
                                     " MiB");
    }
    in.seekg(0);
    bytes.resize(static_cast<size_t>(size));
    if (!in.read(bytes.data(), size)) return Status::IoError(path + ": cannot read");
  }
  if (EndsWith(Lower(path), ".gz") || extract::LooksGzipped(bytes)) {
    return extract::Gunzip(bytes, path == "-" ? "<stdin>" : path, max_bytes);
  }
  return bytes;
}

void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& work) {
  unsigned count = threads > 0 ? static_cast<unsigned>(threads)
                               : std::max(1u, std::thread::hardware_concurrency());
  count = static_cast<unsigned>(std::min<size_t>(count, std::max<size_t>(n, 1)));
  std::atomic<size_t> next{0};
  auto loop = [&] {
    for (size_t i = next++; i < n; i = next++) work(i);
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < count; ++t) pool.emplace_back(loop);
  loop();
  for (std::thread& t : pool) t.join();
}

}  // namespace concord::cli
