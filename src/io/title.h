// Internal: use include/concord/io.h instead.
//
// The title rule every reader applies, so that the same article gives the
// same summary whether it comes as a file, on standard input or as JSON
// Lines: a short first line (at most 200 bytes) without final punctuation,
// followed by a blank line, is the article's title, not a sentence of it.
#ifndef CONCORD_SRC_IO_TITLE_H_
#define CONCORD_SRC_IO_TITLE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::io::internal {

// When `text` starts with such a title line (after leading whitespace):
// stores it, trimmed, in *title and returns the offset of the line after it
// (where the body starts). Returns 0 and leaves *title alone otherwise.
size_t SplitTitle(std::string_view text, std::string* title);

}  // namespace concord::io::internal

#endif  // CONCORD_SRC_IO_TITLE_H_
