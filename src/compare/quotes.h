// Internal to concord_compare; use concord/compare.h instead.
//
// Pieces of quote extraction exposed for tests.
#ifndef CONCORD_SRC_COMPARE_QUOTES_H_
#define CONCORD_SRC_COMPARE_QUOTES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace concord::compare::internal {

// A span between quotation marks: content excludes the marks.
struct QuotedSpan {
  size_t open = 0;           // first byte of the opening mark
  size_t content_start = 0;  // after the opening mark
  size_t content_end = 0;    // before the closing mark
  size_t close = 0;          // one past the closing mark (== content_end
                             // when the quote runs to its paragraph's end)
  bool closed = true;
  bool single = false;       // single marks (‘ ’ or ')
};

// The outermost quoted spans of `text`, in order. Double marks (" “ ” „ «
// » and '' as NYT writes it) pair first, with nesting; single marks pair
// outside double quotes only and within 300 bytes. Apostrophes inside words
// are not marks. A double quote not closed by the end of its paragraph ends
// there.
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text);

// True when `lower` is a speech or attribution verb ("said", "told",
// "tweeted", "according").
bool IsCueWord(std::string_view lower);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTES_H_
