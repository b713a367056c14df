// Hovercards: the pop-up card some sites (The Hill among them) attach to a
// person's name, which a scraper flattens into the sentence:
//
//   Secretary of State John KerryJohn Forbes KerryMellman: Memories ... |
//   Iran, Syria on agenda for Macron visit MORE said the United States ...
//
// The card is the person's full name glued to the displayed name with no
// space, then the headlines of recent stories about them, then the word
// "MORE" (the card's link). Removing from the glued full name through
// "MORE " gives back "John Kerry said the United States ...".
//
// Detection, for each " MORE " in the line (upper case, a word of its own):
//   1. look back from it, no further than 800 bytes, the previous card or
//      the start of the line, for the leftmost "glue": a lower-case letter
//      followed directly by an upper-case one inside a word that starts
//      with a capital ("KerryJohn");
//   2. confirm it is a card: the glued-on word (X = "Kerry") must begin one
//      of the next eight words after the glue, because the card spells the
//      full name, which ends with the same surname ("John Forbes Kerry").
//      This keeps "McDonald", "iPhone" or "DeSantis" out: they are not
//      followed by their own first part.
// The removal is inline (the sentence goes on after it) and covers the
// space after "MORE", so the two sides join with the one space the caller
// puts back.
//
// Letters are classified with utf8proc, so "José ÁlvarezJosé Luis Álvarez"
// is found too. Cost: one find per "MORE" and a bounded scan back that never
// crosses the previous card, so the whole line is read a constant number of
// times.
#include <utf8proc.h>

#include <algorithm>
#include <string_view>

#include "clean/rules.h"
#include "clean/scan.h"
#include "util/utf8.h"

namespace concord::internal::clean {
namespace {

constexpr size_t kMaxCard = 800;
constexpr int kNameWords = 8;

struct Char {
  utf8proc_int32_t code = -1;
  size_t size = 1;
};

Char Decode(std::string_view text, size_t pos) {
  Char c;
  size_t next = pos;
  c.code = util::NextCodePoint(text, &next);
  c.size = next - pos;
  return c;
}

bool IsLower(utf8proc_int32_t code) {
  return code >= 0 && utf8proc_category(code) == UTF8PROC_CATEGORY_LL;
}
bool IsUpper(utf8proc_int32_t code) {
  return code >= 0 && (utf8proc_category(code) == UTF8PROC_CATEGORY_LU ||
                       utf8proc_category(code) == UTF8PROC_CATEGORY_LT);
}

bool IsContinuation(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// True when the glued-on word `glued` starts one of the next kNameWords
// words of `line` from `pos`.
bool NameRepeats(std::string_view line, size_t pos, size_t limit,
                 std::string_view glued) {
  int words = 0;
  while (pos < limit && words < kNameWords) {
    while (pos < limit && line[pos] == ' ') ++pos;
    const size_t start = pos;
    while (pos < limit && line[pos] != ' ') ++pos;
    if (pos == start) break;
    if (words > 0) {
      std::string_view word = line.substr(start, pos - start);
      if (!word.empty() && word.front() == '(') word.remove_prefix(1);
      if (word.starts_with(glued)) return true;
    }
    ++words;
  }
  return false;
}

// The start of the card that ends at `more` (the space before "MORE"),
// looking no further back than `floor`; npos when there is none.
size_t CardStart(std::string_view line, size_t floor, size_t more) {
  while (floor < more && IsContinuation(line[floor])) ++floor;
  size_t word_start = floor;
  bool word_capital = false;
  utf8proc_int32_t previous = -1;
  size_t pos = floor;
  while (pos < more) {
    const Char c = Decode(line, pos);
    if (c.code == ' ') {
      word_start = pos + 1;
      word_capital = false;
      previous = c.code;
      pos += c.size;
      continue;
    }
    if (pos == word_start) word_capital = IsUpper(c.code);
    if (word_capital && IsLower(previous) && IsUpper(c.code) &&
        pos - word_start >= 2) {
      const std::string_view glued = line.substr(word_start, pos - word_start);
      if (NameRepeats(line, pos, more, glued)) return pos;
    }
    previous = c.code;
    pos += c.size;
  }
  return std::string_view::npos;
}

}  // namespace

void FindHovercards(std::string_view line, std::vector<Hit>* hits) {
  size_t floor = 0;
  size_t search = 0;
  while (true) {
    const size_t more = Find(line, " MORE", search);
    if (more == std::string_view::npos) return;
    size_t end = more + 5;
    search = end;
    if (end < line.size() && line[end] != ' ') continue;  // "MOREOVER"
    const size_t low = more > kMaxCard ? more - kMaxCard : 0;
    const size_t start = CardStart(line, std::max(floor, low), more);
    if (start == std::string_view::npos) {
      floor = end;  // a later card cannot reach back past this "MORE"
      continue;
    }
    if (end < line.size()) ++end;  // the space after "MORE"
    hits->push_back(Hit{start, end, kHovercard, end < line.size()});
    floor = end;
  }
}

}  // namespace concord::internal::clean
