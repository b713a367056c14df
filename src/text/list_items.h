// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// The layout of lists, as the sentence splitter sees it: bullets
// ("•", "⁃", "◦", "▪", "‣"), item markers ("1.", "1.)", "1)", "a.", "b)")
// and blocks of short lines without final punctuation ("tents\nsleeping
// bags\ncamp stoves"). Each item of a list is a sentence of its own, even
// when the items run on one line ("1.) Pack 2.) Fill"). Kept apart from
// sentence_splitter.cc, which decides at punctuation; these functions only
// recognise shapes and never allocate.
#ifndef CONCORD_SRC_TEXT_LIST_ITEMS_H_
#define CONCORD_SRC_TEXT_LIST_ITEMS_H_

#include <cstddef>
#include <string_view>

namespace concord::internal {

// The number of bytes of a bullet character at text[pos], or 0.
size_t BulletLength(std::string_view text, size_t pos);

// An item marker: one or two digits, one letter or a Roman numeral, then
// ".", ".)" or ")" (or the same inside parentheses: "(a)", "(2)", "(iv)"),
// then a space and more text.
struct ListMarker {
  int value = 0;        // 1 for "1." and for "a."; 0 for "ii."
  bool letter = false;  // "a." or "ii." rather than "1."
  int roman = 0;        // read as a Roman numeral: 1 for "i.", 2 for "II."
  char style = 0;       // '.' "1.", ')' "1)", 'p' "1.)", 'q' "(1)"
  size_t end = 0;       // just after the marker's punctuation
};

// True, with *marker filled, when a marker starts at text[pos].
bool ParseListMarker(std::string_view text, size_t pos, ListMarker* marker);

// True when `line` (without its line break) can be an item of a list written
// one per line: short (at most six words and 60 bytes), not empty, and not
// ending in punctuation that ends or continues a sentence (. ? ! , ; : -).
// A block of such lines is a list; prose wrapped over lines ends in a period.
bool IsListLine(std::string_view line);

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_LIST_ITEMS_H_
