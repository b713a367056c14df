// Internal to concord: where the quotation that opens a sentence closes.
// The public reading of quotation marks is concord/text.h (ReadQuoteMarks,
// ReadQuotation); this adds the byte offsets of the marks, which the
// summarizer's speaker tests (summarize/default_filters.cc) and eval's
// readability check (eval/readability.cc) read to find the words after a
// quotation's close, so that both read mixed marks the same way; and where
// a sentence's own words end before its closing marks.
#ifndef CONCORD_TEXT_QUOTATION_CLOSE_H_
#define CONCORD_TEXT_QUOTATION_CLOSE_H_

#include <cstddef>
#include <string_view>

namespace concord::text {

// The byte offset just past the mark that closes the quotation opening
// `text`, or npos when `text` does not open with a double mark
// (OpensWithMark) or the quotation is still open at its end. Marks are
// read as ReadQuoteMarks reads them, whatever their style: a curly opening
// mark may be closed by a straight one and the reverse (`“... marriage,"
// she wrote.`, `"... hosting Trump,” he said.`), since scraped text mixes
// them. After the opening mark, any mark that only opens nests (`"He said
// “no” today," she said.`) and a closing mark, or one that may be either,
// closes the innermost open.
size_t OpeningQuotationEnd(std::string_view text);

// `text` without the closing quotation marks and spaces at its end
// (straight or curly, double or single; single only when `singles`, as
// they may be apostrophes; and the closing marks of other languages:
// » › of French, “ « ‹ of German, 」 』 of CJK), and without closing
// brackets ) ] too when `brackets`. The one reading of "where a
// sentence's own words end" for the summarizer's filters, eval's
// readability report and the text reader.
std::string_view WithoutClosers(std::string_view text, bool brackets, bool singles);

// True when `text` ends with a stop: . ! ? …, or one of the scripts whose
// stops are not Latin ones (。 ！ ？, Arabic ؟ ۔, Devanagari ।).
bool EndsWithStop(std::string_view text);

// True when `text`, without its closers (WithoutClosers with brackets and
// single marks), ends with a stop: a sentence that ends as one.
inline bool EndsLikeSentence(std::string_view text) {
  return EndsWithStop(WithoutClosers(text, true, true));
}

}  // namespace concord::text

#endif  // CONCORD_TEXT_QUOTATION_CLOSE_H_
