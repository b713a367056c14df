// Internal to concord_compare; use concord/compare.h instead.
//
// The article as quote extraction reads it (ArticleView) and, for each
// quoted span, where its attribution may be written (Windows): the text
// before the quote back to its sentence start and the clause after it
// (quote_windows.cc). Read by quotes.cc, which finds the cue and the
// speaker inside the windows.
#ifndef CONCORD_SRC_COMPARE_QUOTE_WINDOWS_H_
#define CONCORD_SRC_COMPARE_QUOTE_WINDOWS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "compare/quotes.h"
#include "compare/words.h"
#include "concord/article.h"
#include "concord/document.h"

namespace concord::compare::internal {

// The article as quote extraction reads it: Document::masked_text, the
// scraper noise blanked out with spaces (same length, so every offset still
// points into Article::text): a hovercard glued between a name and its cue
// verb ("John KerryJohn Forbes Kerry... MORE said") disappears, and so do
// quotation marks inside noise. A no-break space (U+00A0, two bytes) is two
// spaces there, so "self.\u00A0\u201CThe ..." ends a sentence before the
// quote as a plain space does. Not copyable in practice: `masked` may
// point into `storage`.
struct ArticleView {
  std::string storage;  // the masked text when the Document has none
  std::string_view masked;
  const std::vector<Word>* words = nullptr;  // Document::scan's
  const text::WordScan* scan = nullptr;
  std::vector<size_t> paragraphs;
  std::vector<QuotedSpan> spans;
  // The analysis' words over the masked text (same offsets, same words:
  // the scan left the noise out).
  TextWords Words() const { return TextWords(masked, *scan); }
};

// Fills `view` for `article` and its analysis `document`; `view` borrows
// from both, so they must outlive it.
void ViewArticle(const Article& article, const Document& document, ArticleView& view);

// Where the attribution of quoted span q may be: the text before it back
// to its sentence start (the left window) and the clause after it.
struct Windows {
  size_t paragraph = 0;
  size_t left = 0;        // start of the left window
  size_t before = 0;      // end of the left window, whitespace left out
  size_t window_end = 0;  // end of the right window
  bool window_ends_sentence = false;
  size_t clause_start = 0;  // the clause right after the quote
  size_t clause_end = 0;
  bool embedded = false;  // the quote continues the reporter's words
};

// The windows of span `q` of `v.spans`. REQUIRES: q < v.spans.size().
Windows FindWindows(const ArticleView& v, size_t q);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTE_WINDOWS_H_
