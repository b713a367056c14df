// Internal to concord: the quotation marks a sentence of a quotation over
// sentences lacks when it is printed without the rest of the quotation,
// and what a sentence its article's text is cut inside lacks.
// compare's reports (io/format/compare_passages.cc) and summaries
// (summarize.cc) print such sentences with them, so that quoted words never
// read as the outlet's own; both read this one rule.
#ifndef CONCORD_TEXT_LACKING_MARKS_H_
#define CONCORD_TEXT_LACKING_MARKS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/document.h"

namespace concord::text {

// The most sentences a quotation is followed over (QuotationPassages'
// limit) to mark a sentence of it as quoted: past that, an opening mark is
// more likely stray.
inline constexpr size_t kLongQuotation = 30;

// The marks to print before and after the sentences `shown` (first..last,
// inclusive, of `sentences`) of the quotation `quotation`
// (QuotationPassages(sentences, kLongQuotation)): an opening mark unless
// `shown` opens the quotation or its first sentence opens with a mark (a
// paragraph that goes on with it), a closing mark unless `shown` closes
// it. Straight marks when the quotation opens with a straight one, else
// curly. Both empty for a sentence in no quotation over sentences
// (quotation.first == quotation.last). REQUIRES: `shown` lies within
// `quotation`, both within `sentences`.
struct LackingMarks {
  std::string_view before;
  std::string_view after;
};
LackingMarks MarksLacking(const std::vector<Sentence>& sentences, Passage quotation,
                          Passage shown);

// `text` (the sentences `shown` as printed) with the marks MarksLacking
// gives.
std::string WithLackingMarks(const std::vector<Sentence>& sentences, Passage quotation,
                             Passage shown, std::string_view text);

// `text`, a sentence its article's text ends inside (a text cut short: a
// truncated feed or data set ends mid-sentence), as it is printed: "…"
// after its last word (before the closing quotation marks at its end, as
// a stop would stand, after closing brackets), then the closing mark of each quotation still
// open (ReadQuotation; straight when the outermost opened straight, else
// curly) and of each round or square bracket still open, innermost
// first, so that a reader sees the cut and no quotation or aside reads as
// running on. A single mark at the end is a closer only when one opens a
// quotation in `text` (else an apostrophe: "the nurses'…"). `text` as it
// is when it ends with "…" or holds only closers, or, unless `known_cut`
// (cut at a budget, so before its sentence's end: "The U.S.…"), when it
// ends with a stop (. ! ?, or 。 ！ ？ ؟ ۔ । of other scripts).
std::string WithCutShortEnding(std::string_view text, bool known_cut = false);

}  // namespace concord::text

#endif  // CONCORD_TEXT_LACKING_MARKS_H_
