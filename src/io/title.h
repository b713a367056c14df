// Internal: use include/concord/io.h instead.
//
// The title rule every reader applies, so that the same article gives the
// same summary whether it comes as a file, on standard input or as JSON
// Lines: a short first line (at most 200 bytes) without final punctuation,
// followed by a blank line, is the article's title, not a sentence of it.
// When the input names a title itself (front matter, a JSON "title", the
// page's), such a line is dropped only when it repeats that title: pages
// and scrapes often keep the headline as the text's first line.
#ifndef CONCORD_SRC_IO_TITLE_H_
#define CONCORD_SRC_IO_TITLE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace concord::io::internal {

// When `text` starts with such a title line (after leading whitespace) and
// *title is empty: stores the line, trimmed, in *title and returns the
// offset of the line after it (where the body starts). When *title is
// given: returns that offset only if the line says the same as *title (the
// same letters and digits, ignoring ASCII case, spaces, ASCII punctuation
// and U+2000-U+203F such as curly quotes and dashes), and leaves *title
// alone. Returns 0 otherwise.
size_t SplitTitle(std::string_view text, std::string* title);

}  // namespace concord::io::internal

#endif  // CONCORD_SRC_IO_TITLE_H_
