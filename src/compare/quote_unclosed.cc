// Quotes never closed: how far one runs (quotes.h).
//
// News leaves a quotation's closing mark off at the end of a paragraph
// when the next one opens it again, so a quote still open at its
// paragraph's end runs to that end (quote_marks.cc). But an article
// scraped as one paragraph, a truncated one, or one that lost a closing
// mark would then give one "quote" of pages of the reporter's text. The
// summary reads such a quotation as joining nothing past five sentences
// (text::QuotationPassages); so does this. Cost: linear in the spans.
#include <string_view>
#include <vector>

#include "compare/quotes.h"

namespace concord::compare::internal {
namespace {

// True when the text from `pos` on, whitespace left out, opens with a
// double quotation mark: the quotation left open goes on there (the next
// paragraph, or the next sentence, opens it again).
bool OpenedAgainAt(std::string_view text, size_t pos) {
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t')) {
    ++pos;
  }
  const std::string_view rest = text.substr(pos);
  return rest.starts_with('"') || rest.starts_with("\xE2\x80\x9C") ||
         rest.starts_with("\xE2\x80\x9E") || rest.starts_with("\xC2\xAB") || rest.starts_with("``");
}

// True when the next double quotation mark after `pos` closes by its form
// (” or a straight one after a word, before a space or punctuation): the
// quotation went on over paragraphs without opening each again, as
// statements and posts split into lines are scraped.
bool ClosedLaterAt(std::string_view text, size_t pos) {
  while (pos < text.size()) {
    const size_t at = pos;
    const int32_t cp = NextCodePoint(text, &pos);
    if (cp == 0x201D) return true;
    if (cp == 0x201C || cp == 0x201E || cp == 0xAB) return false;
    if (cp != '"') continue;
    const int32_t before = PrevCodePoint(text, at);
    const char after = pos < text.size() ? text[pos] : ' ';
    return before != 0 && before != ' ' && before != '\n' &&
           (after == ' ' || after == '\n' || after == ',' || after == '.');
  }
  return false;
}

}  // namespace

void BoundUnclosedSpans(std::string_view text, const std::vector<Word>& words,
                        std::vector<QuotedSpan>& spans, size_t limit) {
  for (QuotedSpan& span : spans) {
    span.runs_on =
        !span.closed && (OpenedAgainAt(text, span.close) || ClosedLaterAt(text, span.close));
    if (span.closed || span.runs_on) continue;
    size_t first_end = 0;
    size_t ends = 0;
    // A sentence end at the span's own end starts no further sentence.
    for (size_t p = span.content_start; p + 1 < span.content_end; ++p) {
      if (!IsSentenceEndAt(text, p, words)) continue;
      if (ends++ == 0) first_end = p + 1;
      if (ends > limit) {
        span.content_end = first_end;
        span.close = first_end;
        break;
      }
    }
  }
}

}  // namespace concord::compare::internal
