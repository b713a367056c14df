// Reading HTML pages for `concord extract` and `concord eval --task
// extract`: .html/.htm files, their .gz forms, folders of them, stdin.
//
// Thread-safety: ReadPage may run on many threads at once.
#ifndef CONCORD_CLI_PAGE_FILES_H_
#define CONCORD_CLI_PAGE_FILES_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "concord/status.h"

namespace concord::cli {

// True for names ending in .html, .htm, .xhtml, or one of those plus .gz.
bool IsPageName(const std::string& name);

// The pages a path names: the file itself, or the page files of a folder
// (sorted by name, not recursive); "-" stays "-". Fails naming the path
// when it does not exist or a folder holds no page.
Result<std::vector<std::string>> ListPages(const std::string& path);

// The bytes of a page: stdin for "-"; inflated when the name ends in .gz
// or the bytes start with the gzip magic. Fails with a message naming the
// file when it cannot be read, is larger than `max_bytes`, or is named .gz
// but is not gzip.
Result<std::string> ReadPage(const std::string& path, size_t max_bytes = size_t{512} << 20);

// Calls work(i) for i in [0, n) on `threads` threads (0: every core).
void ParallelFor(size_t n, int threads, const std::function<void(size_t)>& work);

}  // namespace concord::cli

#endif  // CONCORD_CLI_PAGE_FILES_H_
