// Internal to concord_compare; use concord/compare.h instead.
//
// Compare reads words from the story analysis, never from raw text: a
// TextWords is a view of one article's Document::scan (byte spans of
// Article::text, case flags, interned lower-case forms) next to the text the
// spans point into (Article::text, or a copy with the noise blanked out).
// Windows of the text (a clause, a quote) take the scanned words inside
// them; a word cut by the window's edge is clipped to it.
#ifndef CONCORD_SRC_COMPARE_WORDS_H_
#define CONCORD_SRC_COMPARE_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"
#include "util/utf8.h"

namespace concord::compare::internal {

using Word = text::Word;

class TextWords {
 public:
  // REQUIRES: `scan` holds the words of `text` (or of a text of the same
  // length whose words are the same, such as the text with noise blanked);
  // both outlive this view.
  TextWords(std::string_view text, const text::WordScan& scan) : text_(text), scan_(&scan) {}

  std::string_view text() const { return text_; }
  const std::vector<Word>& words() const { return scan_->words; }

  // The words inside [begin, end), a word cut by either end clipped to it.
  std::vector<Word> In(size_t begin, size_t end) const;

  // Lower-case form (text::LowerWord) of a word of this view or of In().
  std::string Lower(const Word& w) const {
    return w.term != Word::kNoTerm ? std::string(scan_->Lower(w))
                                   : text::LowerWord(text_.substr(w.start, w.end - w.start));
  }

 private:
  std::string_view text_;
  const text::WordScan* scan_;
};

// The text compare reads: the analysis' Document::masked_text (the noise
// blanked, same length as Article::text). A Document built without it (by
// hand, or with AnalyzeOptions::scan_words off) gets it computed into
// `*storage`, which must then outlive the view returned.
std::string_view MaskedText(const Article& article, const Document& document, std::string* storage);

// A possessive "'s" or trailing "'" removed from a lower-case word.
std::string StripPossessive(std::string lower);

// The one UTF-8 decoder (util/utf8.h).
using util::CodePointOffset;
using util::NextCodePoint;

// True for he, she, they, I, we, it, him, her (lower case input).
bool IsPronoun(std::string_view lower);

// True when a speaker as written names nobody: empty, a pronoun left
// unresolved ("It said", "it says" of a cable or a web page) or a relative
// one ("which" said). Group speakers and the printed speaker labels skip it.
bool NamesNobody(std::string_view speaker);

// Levenshtein distance over bytes, stopping early past `limit` (returns
// limit + 1 then).
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

// `s` with each run of spaces, tabs and line breaks as one space, none at
// either end.
std::string CollapseSpaces(std::string_view s);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_WORDS_H_
