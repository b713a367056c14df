// Internal to src/text: use concord/text.h (CollapseWhitespace) instead.
//
// CollapseWhitespace piece by piece, with a map of the bytes it copied:
// text::Analyze builds a sentence's display text from the pieces of the
// original between removed noise, and maps the display offsets of its
// tokens back to the original through the runs, so that the scan of the
// article's words can take the tokens' words instead of reading them again.
#ifndef CONCORD_SRC_TEXT_DISPLAY_TEXT_H_
#define CONCORD_SRC_TEXT_DISPLAY_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace concord::text {

// Bytes [display, display + length) of a display text are the bytes
// [original, original + length) of the original, copied as they are.
struct CopiedRun {
  size_t display = 0;
  size_t original = 0;
  size_t length = 0;
};

// Appends original[start, end) to *out with CollapseWhitespace's rules:
// a run of whitespace becomes one space, written only before the next
// character and never first. *in_white carries the pending whitespace from
// one call to the next (set it to true between two pieces to separate
// them), so CollapseWhitespace(t) is one call over all of t from false.
// When `runs` is not null, each copied stretch is added to it (merged with
// the last run when both continue it), in display order.
void AppendCollapsed(std::string_view original, size_t start, size_t end, std::string* out,
                     bool* in_white, std::vector<CopiedRun>* runs);

}  // namespace concord::text

#endif  // CONCORD_SRC_TEXT_DISPLAY_TEXT_H_
