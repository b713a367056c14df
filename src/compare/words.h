// Internal to concord_compare; use concord/compare.h instead.
//
// A light word scanner over raw UTF-8 article text. The compare stage needs
// words with their case and exact byte offsets in Article::text (quotes and
// speakers are reported as spans of the input), which the Document's tokens
// do not give (they are offsets into the display text of a sentence). The
// scanner keeps letters, digits, internal apostrophes and the periods of
// abbreviations ("U.S.", "Gen."); everything else separates words.
#ifndef CONCORD_SRC_COMPARE_WORDS_H_
#define CONCORD_SRC_COMPARE_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace concord::compare::internal {

struct Word {
  size_t start = 0;  // byte span in the scanned text
  size_t end = 0;
  bool capitalized = false;  // first letter upper case
  bool all_caps = false;     // two or more letters, all upper case
  bool is_number = false;    // starts with a digit
};

// Words of text[begin, end).
std::vector<Word> ScanWords(std::string_view text, size_t begin, size_t end);
inline std::vector<Word> ScanWords(std::string_view text) {
  return ScanWords(text, 0, text.size());
}

// Lower case of a word (ASCII and Unicode letters via utf8proc), typographic
// apostrophes made straight, a possessive "'s" or trailing "'" removed when
// `strip_possessive`.
std::string Lower(std::string_view word, bool strip_possessive = false);

// The one UTF-8 decoder (util/utf8.h).
using util::CodePointOffset;
using util::NextCodePoint;

// True for he, she, they, I, we, it, him, her (lower case input).
bool IsPronoun(std::string_view lower);

// Levenshtein distance over bytes, stopping early past `limit` (returns
// limit + 1 then).
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_WORDS_H_
