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

// The lists of one text as the splitter walks it: the list opened by the
// marker at the start of the current line ("1.) a 2.) b": the next marker
// on the line starts a new item), bullets, and blocks of list lines.
class ListTracker {
 public:
  explicit ListTracker(std::string_view text) : text_(text) {}

  // At the start of a line: past a bullet and an item marker ("• 9.",
  // "1.)", "a."), so their periods are not read as sentence ends; a marker
  // opens a list whose next marker on the line starts a new sentence.
  size_t AtLineStart(size_t i);

  // True when a bullet at text[i] is followed on its line by text other
  // than more bullets ("• • •" is an ornament, not three items).
  bool BulletOpensItem(size_t i) const;

  // Past the bullet at text[i], its spaces and an item marker after them.
  size_t AfterBullet(size_t i) const;

  // True while the current line holds an open list.
  bool open() const { return open_; }

  // True when the next marker of the open list starts at text[i] and the
  // item before it holds a word ("A. B. Smith" is a name); item_end() is
  // then just past the marker. A list opened by "i." or "I." may go on as
  // letters ("j.") or as Roman numerals ("ii.").
  bool NextItem(size_t i);
  size_t item_end() const { return item_end_; }

  // True when the line at `line_start` and every later line of its
  // paragraph are list lines (IsListLine): "tents\nsleeping bags\ncamp
  // stoves". Each paragraph is scanned once, so calls must come in order.
  bool LinesFormList(size_t line_start);

 private:
  std::string_view text_;
  // The open list on this line: the value and shape of its next marker,
  // counted as digits or letters and as Roman numerals (-1: not so).
  bool open_ = false;
  int next_ = 0;
  int roman_next_ = 0;
  bool letter_ = false;
  char style_ = 0;
  size_t item_end_ = 0;
  // The paragraph LinesFormList last scanned: where it ends and the start
  // of its last line that is not a list item.
  size_t block_end_ = 0;
  size_t last_bad_line_ = std::string_view::npos;
};

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_LIST_ITEMS_H_
