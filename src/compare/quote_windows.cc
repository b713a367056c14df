// Where a quote's attribution may be written (quote_windows.h): the left
// window runs back from the opening mark to the sentence start, the
// previous quote or the paragraph start (into the paragraph before when
// that one ends with a colon: "Caddell continued:"); the right window runs
// from the closing mark to the sentence end, the next quote or the
// paragraph end, and its first clause (up to , ; : or a parenthesis) is
// where a cue after the quote is looked for. A quote that follows the
// reporter's words with no comma, colon, dash or mark between is embedded.
// Linear in the windows' bytes.
#include "compare/quote_windows.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "compare/words.h"

namespace concord::compare::internal {
namespace {

// Start of the left window of span q: back to the sentence start, the
// previous quote or the paragraph start; a quote opening a paragraph after
// one that ends with a colon ("Caddell continued:") looks into that
// paragraph.
size_t LeftWindow(const ArticleView& v, size_t q, size_t paragraph) {
  const std::string_view text = v.masked;
  const QuotedSpan& span = v.spans[q];
  const size_t paragraph_start = v.paragraphs[paragraph];
  const size_t previous_close = q > 0 ? v.spans[q - 1].close : 0;
  size_t left = std::max(paragraph_start, previous_close);
  for (size_t p = span.open; p > left; --p) {
    if (IsSentenceEndAt(text, p - 1, *v.words)) return p;
  }
  if (OnlySpace(text, paragraph_start, span.open) && paragraph > 0) {
    const size_t prev_end = ParagraphEnd(text, v.paragraphs, paragraph - 1);
    if (prev_end > 0 && text[prev_end - 1] == ':' && previous_close < prev_end) {
      left = std::max(v.paragraphs[paragraph - 1], previous_close);
      for (size_t p = prev_end - 1; p > left; --p) {
        if (IsSentenceEndAt(text, p - 1, *v.words)) return p;
      }
    }
  }
  return left;
}

}  // namespace

void ViewArticle(const Article& article, const Document& document, ArticleView& view) {
  view.masked = MaskedText(article, document, &view.storage);
  view.scan = &document.scan;
  view.words = &document.scan.words;
  view.paragraphs = ParagraphStarts(view.masked);
  view.spans = FindQuotedSpans(view.masked);
  BoundUnclosedSpans(view.masked, *view.words, view.spans);
}

Windows FindWindows(const ArticleView& v, size_t q) {
  const std::string_view text = v.masked;
  const QuotedSpan& span = v.spans[q];
  Windows w;
  w.paragraph = ParagraphOf(v.paragraphs, span.open);
  w.left = LeftWindow(v, q, w.paragraph);
  // Right window: to the sentence end, the next quote or the paragraph end.
  const size_t next_open = q + 1 < v.spans.size() ? v.spans[q + 1].open : text.size();
  const size_t right_end = std::min(ParagraphEnd(text, v.paragraphs, w.paragraph), next_open);
  w.window_end = right_end;
  for (size_t p = span.close; p < right_end; ++p) {
    if (IsSentenceEndAt(text, p, *v.words)) {
      w.window_end = p + 1;
      w.window_ends_sentence = true;
      break;
    }
  }
  // The clause right after the quote: up to , ; : ( or the sentence end.
  w.clause_start = span.close;
  while (w.clause_start < w.window_end &&
         (text[w.clause_start] == ',' || text[w.clause_start] == ' ' ||
          text[w.clause_start] == '\n')) {
    ++w.clause_start;
  }
  w.clause_end = w.clause_start;
  while (w.clause_end < w.window_end) {
    const char c = text[w.clause_end];
    if (c == ',' || c == ';' || c == ':' || c == '(' ||
        IsSentenceEndAt(text, w.clause_end, *v.words)) {
      break;
    }
    ++w.clause_end;
  }
  // Embedded: the quote continues the reporter's words.
  w.before = span.open;
  // (An invisible mark of direction before the quote is a space too:
  // "\u202A”Sorry …”".)
  while (w.before > w.left) {
    if (text[w.before - 1] == ' ' || text[w.before - 1] == '\n') {
      --w.before;
      continue;
    }
    size_t start = w.before - 1;
    while (start > w.left && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    if (start + 1 == w.before || !IsSpaceCp(PrevCodePoint(text, w.before))) break;
    w.before = start;
  }
  if (w.before > w.left) {
    const int32_t prev = PrevCodePoint(text, w.before);
    // A possessive apostrophe (Sanders’ "passion") is no quotation mark.
    const size_t mark_bytes = prev == '\'' ? 1 : 3;
    const bool possessive =
        (prev == 0x2019 || prev == '\'') && w.before > w.left + mark_bytes &&
        std::isalpha(static_cast<unsigned char>(text[w.before - mark_bytes - 1])) != 0;
    w.embedded = !(prev == ',' || prev == ':' || prev == ';' || prev == '(' || prev == 0x2014 ||
                   prev == 0x2013 || prev == '-' || (IsQuoteCp(prev) && !possessive));
  }
  return w;
}

}  // namespace concord::compare::internal
