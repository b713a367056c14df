// Quotation marks (text.h): which open, which close, and whether a text
// leaves a quotation open.
#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord::text {

std::vector<QuoteMark> QuoteMarks(std::string_view text) {
  std::vector<QuoteMark> marks;
  const size_t n = text.size();
  // Only four bytes can start a mark; look at the rest no further.
  for (size_t k = 0; k < n; ++k) {
    const char c = text[k];
    if (c == '\xE2') {
      if (k + 2 < n && text[k + 1] == '\x80' && (text[k + 2] == '\x9C' || text[k + 2] == '\x9D')) {
        marks.push_back(text[k + 2] == '\x9C' ? QuoteMark::kOpen : QuoteMark::kClose);
        k += 2;
      }
    } else if (c == '`' || c == '\'') {
      if (k + 1 < n && text[k + 1] == c) {
        marks.push_back(c == '`' ? QuoteMark::kOpen : QuoteMark::kClose);
        k += 1;
      }
    } else if (c == '"') {
      const bool after_space =
          k == 0 || text[k - 1] == ' ' || text[k - 1] == '(' || text[k - 1] == '[';
      const bool before_word = k + 1 < n && text[k + 1] != ' ';
      marks.push_back(after_space && before_word     ? QuoteMark::kOpen
                      : !after_space && !before_word ? QuoteMark::kClose
                                                     : QuoteMark::kEither);
    }
  }
  return marks;
}

bool EndsInsideQuotation(std::string_view text) {
  bool open = false;
  for (const QuoteMark mark : QuoteMarks(text)) {
    open = mark == QuoteMark::kEither ? !open : mark == QuoteMark::kOpen;
  }
  return open;
}

}  // namespace concord::text
