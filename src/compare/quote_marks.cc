// Quotation marks: finding them, pairing them into quoted spans, and the
// paragraphs they may not cross, and sentence ends in raw text (quotes.h).
// Attribution of the quoted spans to speakers is quotes.cc.
//
// Marks are found with their left/right context (a mark after a space
// opens, one before a space or punctuation closes; curly marks say which
// they are) and paired per paragraph with a stack, so only outermost quotes
// are kept. Cost: linear in the text.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <unordered_set>

#include "compare/quotes.h"
#include "compare/words.h"
#include "text/abbreviations.h"

namespace concord::compare::internal {
namespace {

enum class Style { kStraight, kOpen, kClose };

struct Mark {
  size_t start = 0;
  size_t end = 0;
  bool is_double = true;
  Style style = Style::kStraight;
  bool can_open = false;
  bool can_close = false;
};

}  // namespace

bool IsSpaceCp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x2009 ||
         cp == 0x202F || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         cp == 0x2060 || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF || cp == '\f';
}

bool IsQuoteCp(int32_t cp) {
  return cp == '"' || cp == '\'' || cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019 ||
         cp == 0x201E || cp == 0xAB || cp == 0xBB;
}

namespace {

bool IsLetterOrDigit(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  return !IsSpaceCp(cp) && !IsQuoteCp(cp) && cp != 0x2014 && cp != 0x2013 && cp != 0x2026;
}

}  // namespace

// Code point before byte `pos` (0 when none).
int32_t PrevCodePoint(std::string_view text, size_t pos) {
  if (pos == 0) return 0;
  size_t back = pos - 1;
  while (back > 0 && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) {
    --back;
  }
  size_t probe = back;
  return NextCodePoint(text, &probe);
}

char LastContentChar(std::string_view text, const QuotedSpan& span) {
  size_t end = span.content_end;
  while (end > span.content_start && IsQuoteCp(PrevCodePoint(text, end))) {
    --end;
    while (end > span.content_start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
      --end;
    }
  }
  return end > span.content_start ? text[end - 1] : '.';
}

namespace {

int32_t CodePointAt(std::string_view text, size_t pos) {
  if (pos >= text.size()) return 0;
  return NextCodePoint(text, &pos);
}

bool OpensContext(int32_t before) {
  return before == 0 || IsSpaceCp(before) || before == '(' || before == '[' || before == '{' ||
         before == 0x2014 || before == 0x2013 || before == '-' || before == '/' ||
         IsQuoteCp(before) || before == ':';
}

bool ClosesContext(int32_t after) {
  return after == 0 || IsSpaceCp(after) || after == '.' || after == ',' || after == ';' ||
         after == ':' || after == '!' || after == '?' || after == ')' || after == ']' ||
         after == '}' || after == 0x2014 || after == 0x2013 || after == '-' || IsQuoteCp(after) ||
         after == 0x2026;
}

// True when only spaces (IsSpaceCp) stand between the start of its line
// and byte `pos`.
bool LineStartBefore(std::string_view text, size_t pos) {
  while (pos > 0) {
    const int32_t cp = PrevCodePoint(text, pos);
    if (cp == '\n') return true;
    if (!IsSpaceCp(cp)) return false;
    --pos;
    while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  }
  return true;
}

std::vector<Mark> ScanMarks(std::string_view text) {
  std::vector<Mark> marks;
  size_t pos = 0;
  while (pos < text.size()) {
    const size_t start = pos;
    const int32_t cp = NextCodePoint(text, &pos);
    if (!IsQuoteCp(cp)) continue;
    Mark mark;
    mark.start = start;
    mark.end = pos;
    if (cp == '\'' && pos < text.size() && text[pos] == '\'') {
      mark.end = pos + 1;  // '' : a double mark as NYT writes it
      pos = mark.end;
    } else if (cp == '\'' || cp == 0x2018 || cp == 0x2019) {
      mark.is_double = false;
    }
    const int32_t before = PrevCodePoint(text, mark.start);
    const int32_t after = CodePointAt(text, mark.end);
    if (!mark.is_double && IsLetterOrDigit(before) && IsLetterOrDigit(after)) {
      continue;  // an apostrophe: don't, Iran's
    }
    // A left mark written to close ("It's unusual,“ said Noble): after
    // a , . ! or ? and before a space it can only close.
    const bool misused_left = cp == 0x201C &&
                              (before == ',' || before == '.' || before == '!' || before == '?') &&
                              (after == 0 || IsSpaceCp(after));
    // A right mark written to open at the start of a line (a pasted
    // comment: "”Sorry Sarah, …!!” posted Sharon Powers Geyer.").
    const bool misused_right =
        cp == 0x201D && LineStartBefore(text, mark.start) && IsLetterOrDigit(after);
    if (misused_left) {
      mark.style = Style::kClose;
    } else if (misused_right) {
      mark.style = Style::kOpen;
    } else if (cp == 0x201C || cp == 0x2018 || cp == 0x201E || cp == 0xAB) {
      mark.style = Style::kOpen;
    } else if (cp == 0x201D || cp == 0xBB || (cp == 0x2019 && mark.end == pos)) {
      mark.style = Style::kClose;
    }
    // A mark before punctuation that ends a clause opens nothing (tokenized
    // text: 'called it " a deal ", and', 'of " brand challenges ". The'),
    // unless the period opens an ellipsis ("...we will").
    const bool ellipsis = after == '.' && CodePointAt(text, mark.end + 1) == '.';
    const bool before_stop = (after == ',' || after == ';' || after == ':' || after == ')' ||
                              after == ']' || after == '.' || after == '!' || after == '?') &&
                             !ellipsis;
    mark.can_open = OpensContext(before) && after != 0 && !IsSpaceCp(after) && !before_stop;
    mark.can_close = before != 0 && !IsSpaceCp(before) && ClosesContext(after);
    if (mark.style == Style::kClose && !mark.is_double && !mark.can_close) {
      continue;
    }
    marks.push_back(mark);
  }
  return marks;
}

}  // namespace

// Byte offsets where paragraphs start (0 first). A paragraph ends at a
// blank line, or at a single line break after final punctuation or a
// closing quote, or before a capital letter or an opening quote; a line
// break inside a running sentence ("personally\nin caucuses") is a wrap.
std::vector<size_t> ParagraphStarts(std::string_view text) {
  std::vector<size_t> starts = {0};
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\n') {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool blank = false;
    while (j < text.size() &&
           (text[j] == ' ' || text[j] == '\t' || text[j] == '\r' || text[j] == '\n')) {
      if (text[j] == '\n') blank = true;
      ++j;
    }
    if (j >= text.size()) break;
    bool breaks = blank;
    if (!breaks) {
      size_t back = i;
      while (back > 0 &&
             (text[back - 1] == ' ' || text[back - 1] == '\r' || text[back - 1] == '\t')) {
        --back;
      }
      const int32_t last = PrevCodePoint(text, back);
      const int32_t next = CodePointAt(text, j);
      breaks = last == '.' || last == '!' || last == '?' || last == ':' || IsQuoteCp(last) ||
               (next >= 'A' && next <= 'Z') || IsQuoteCp(next) || (last >= 0x80 && last == 0xA0);
    }
    if (breaks) starts.push_back(j);
    i = j;
  }
  return starts;
}

size_t ParagraphOf(const std::vector<size_t>& starts, size_t pos) {
  return static_cast<size_t>(std::upper_bound(starts.begin(), starts.end(), pos) - starts.begin()) -
         1;
}

size_t ParagraphEnd(std::string_view text, const std::vector<size_t>& starts, size_t paragraph) {
  size_t end = paragraph + 1 < starts.size() ? starts[paragraph + 1] : text.size();
  while (end > starts[paragraph] && (text[end - 1] == '\n' || text[end - 1] == ' ' ||
                                     text[end - 1] == '\r' || text[end - 1] == '\t')) {
    --end;
  }
  return end;
}

namespace {

// True when a double mark opens a quote (else it closes one): curly marks
// say which they are, a straight one by its context, and an ambiguous one
// opens unless a straight or closing quote is open.
bool OpensQuote(const Mark& mark, const std::vector<const Mark*>& stack) {
  if (mark.style == Style::kOpen) return true;
  if (mark.style == Style::kClose) return false;
  if (mark.can_open && !mark.can_close) return true;
  if (mark.can_close && !mark.can_open) return false;
  return stack.empty() || stack.back()->style == Style::kOpen;
}

// The end of the text before byte `pos`, spaces left out, when that text
// ends a sentence (. ! or ?); 0 otherwise.
size_t SentenceEndBefore(std::string_view text, size_t pos) {
  while (pos > 0 && (text[pos - 1] == ' ' || text[pos - 1] == '\n' || text[pos - 1] == '\t')) --pos;
  const char last = pos > 0 ? text[pos - 1] : ' ';
  if (last == '.' && AbbreviationHoldsPeriod(text, pos - 1)) return 0;
  return last == '.' || last == '!' || last == '?' ? pos : 0;
}

// Outermost quotes of double marks, per paragraph, with a stack for
// nesting; a quote still open at its paragraph's end ends there, and one
// still open before a mark that opens a new sentence ends with the
// sentence before: the mark opens the quotation again (a stray mark, or a
// writer's that repeats it), as text::ReadQuotation reads a sentence that
// opens with a mark while a quotation is open.
std::vector<QuotedSpan> PairDoubleMarks(std::string_view text, const std::vector<Mark>& marks,
                                        const std::vector<size_t>& paragraphs) {
  std::vector<QuotedSpan> spans;
  std::vector<const Mark*> stack;
  size_t current_paragraph = 0;
  auto flush_at = [&](size_t end) {
    if (!stack.empty()) {
      QuotedSpan span;
      span.open = stack.front()->start;
      span.content_start = stack.front()->end;
      span.content_end = end;
      span.close = span.content_end;
      span.closed = false;
      if (span.content_end > span.content_start) spans.push_back(span);
    }
    stack.clear();
  };
  auto flush = [&](size_t paragraph) { flush_at(ParagraphEnd(text, paragraphs, paragraph)); };
  for (const Mark& mark : marks) {
    if (!mark.is_double) continue;
    const size_t paragraph = ParagraphOf(paragraphs, mark.start);
    if (paragraph != current_paragraph) {
      flush(current_paragraph);
      current_paragraph = paragraph;
    }
    if (OpensQuote(mark, stack)) {
      // Opened again at a new sentence while one is open: the open one ends
      // with the sentence before.
      if (!stack.empty()) {
        const size_t sentence_end = SentenceEndBefore(text, mark.start);
        if (sentence_end > stack.front()->end) flush_at(sentence_end);
      }
      stack.push_back(&mark);
      continue;
    }
    if (stack.empty()) continue;  // a stray closing mark
    const Mark* open = stack.back();
    stack.pop_back();
    if (stack.empty()) spans.push_back({open->start, open->end, mark.start, mark.end});
  }
  flush(current_paragraph);
  return spans;
}

// Quotes of single marks outside the double quotes `doubles`, closed
// within 300 bytes in the same paragraph.
std::vector<QuotedSpan> PairSingleMarks(const std::vector<Mark>& marks,
                                        const std::vector<size_t>& paragraphs,
                                        const std::vector<QuotedSpan>& doubles) {
  auto inside_double = [&](size_t pos) {
    for (const QuotedSpan& s : doubles) {
      if (pos >= s.open && pos < s.close) return true;
    }
    return false;
  };
  std::vector<QuotedSpan> singles;
  for (size_t m = 0; m < marks.size(); ++m) {
    const Mark& open = marks[m];
    if (open.is_double || !open.can_open || open.style == Style::kClose ||
        inside_double(open.start)) {
      continue;
    }
    for (size_t n = m + 1; n < marks.size(); ++n) {
      const Mark& close = marks[n];
      if (close.start - open.end > 300 || close.is_double) break;
      if (ParagraphOf(paragraphs, close.start) != ParagraphOf(paragraphs, open.start)) break;
      if (close.can_close && close.style != Style::kOpen) {
        QuotedSpan span{open.start, open.end, close.start, close.end};
        span.single = true;
        singles.push_back(span);
        m = n;
        break;
      }
    }
  }
  return singles;
}

}  // namespace

std::vector<QuotedSpan> FindQuotedSpans(std::string_view text) {
  const std::vector<Mark> marks = ScanMarks(text);
  const std::vector<size_t> paragraphs = ParagraphStarts(text);
  std::vector<QuotedSpan> spans = PairDoubleMarks(text, marks, paragraphs);
  const std::vector<QuotedSpan> singles = PairSingleMarks(marks, paragraphs, spans);
  spans.insert(spans.end(), singles.begin(), singles.end());
  std::sort(spans.begin(), spans.end(),
            [](const QuotedSpan& a, const QuotedSpan& b) { return a.open < b.open; });
  return spans;
}

bool IsObjectCue(std::string_view lower) {
  return lower == "reported" || lower == "reports" || lower == "reporting" || lower == "echoed" ||
         lower == "echoes";
}

bool IsReplyCue(std::string_view lower) {
  static constexpr std::array<std::string_view, 9> kReplies = {"fired",     "hit",      "shot",
                                                               "responded", "replied",  "retorted",
                                                               "countered", "answered", "snapped"};
  return std::any_of(kReplies.begin(), kReplies.end(),
                     [&](std::string_view reply) { return lower.starts_with(reply); });
}

namespace {

// After an abbreviation that may end a sentence ("St.", "Inc.", "Jr."), as
// the splitter reads it: the sentence goes on before a lower-case word or a
// number, and before a capitalised word on the same line unless that word
// usually opens a sentence ("The", "Shares", "Separately", "Britain").
bool AmbiguousGoesOn(std::string_view text, size_t next) {
  if (next >= text.size()) return false;
  const unsigned char first = static_cast<unsigned char>(text[next]);
  if (std::islower(first) != 0 || std::isdigit(first) != 0) return true;
  if (std::isupper(first) == 0) return false;  // a line break, a mark
  size_t end = next;
  while (end < text.size() &&
         (std::isalpha(static_cast<unsigned char>(text[end])) != 0 || text[end] == '\'')) {
    ++end;
  }
  const std::string_view word = text.substr(next, end - next);
  return !(concord::internal::IsSentenceOpener(word) || concord::internal::IsSubjectNoun(word) ||
           concord::internal::IsSentenceAdverb(word) || concord::internal::IsCountryName(word));
}

}  // namespace

bool AbbreviationHoldsPeriod(std::string_view text, size_t pos) {
  if (pos >= text.size() || text[pos] != '.') return false;
  auto letter = [&](size_t k) { return std::isalpha(static_cast<unsigned char>(text[k])) != 0; };
  size_t start = pos;
  while (start > 0 && letter(start - 1)) --start;
  // A whole word: not the last letters of "U.S" or "3rd".
  if (start == pos || (start > 0 && (text[start - 1] == '.' ||
                                     std::isdigit(static_cast<unsigned char>(text[start - 1]))))) {
    return false;
  }
  size_t next = pos + 1;
  while (next < text.size() && (text[next] == ' ' || text[next] == '\t')) ++next;
  const bool digit_next =
      next < text.size() && std::isdigit(static_cast<unsigned char>(text[next])) != 0;
  using concord::internal::AbbreviationKind;
  switch (concord::internal::LookUpAbbreviation(text.substr(start, pos - start))) {
    case AbbreviationKind::kTitle:
    case AbbreviationKind::kNeverEnds:
      return true;
    case AbbreviationKind::kNumbered:
      return digit_next;
    case AbbreviationKind::kMonth:
    case AbbreviationKind::kAmbiguous:
      return AmbiguousGoesOn(text, next);
    default:
      return false;
  }
}

bool IsSentenceEndAt(std::string_view text, size_t pos, const std::vector<Word>& words) {
  const char c = text[pos];
  if (c != '.' && c != '!' && c != '?') return false;
  if (AbbreviationHoldsPeriod(text, pos)) return false;
  if (c == '.') {
    // A period kept inside a word (U.S., Gen.) does not end a sentence
    // unless a capitalized word after it follows a line break.
    auto it = std::upper_bound(words.begin(), words.end(), pos,
                               [](size_t p, const Word& w) { return p < w.start; });
    if (it != words.begin()) {
      const Word& w = *(it - 1);
      if (pos >= w.start && pos < w.end) return false;
      // A middle initial: "Edwin M. Truman", "William D. Burns".
      if (w.end == pos && w.end - w.start == 1 && text[w.start] >= 'A' && text[w.start] <= 'Z' &&
          it - 1 != words.begin()) {
        const Word& name = *(it - 2);
        if ((name.capitalized && !name.is_number) && name.end + 1 == w.start &&
            text[name.end] == ' ' && pos + 2 < text.size() && text[pos + 1] == ' ' &&
            text[pos + 2] >= 'A' && text[pos + 2] <= 'Z') {
          return false;
        }
      }
    }
  }
  // A first initial: "J. Gerald Hebert" (a capital letter, then two
  // capitalized words).
  if (c == '.' && pos >= 1 && text[pos - 1] >= 'A' && text[pos - 1] <= 'Z' &&
      (pos < 2 || !std::isalpha(static_cast<unsigned char>(text[pos - 2]))) &&
      pos + 2 < text.size() && text[pos + 1] == ' ') {
    auto next = std::upper_bound(words.begin(), words.end(), pos,
                                 [](size_t p, const Word& w) { return p < w.start; });
    if (next != words.end() && next + 1 != words.end() && next->start == pos + 2 &&
        next->capitalized && !next->is_number && (next + 1)->capitalized &&
        !(next + 1)->is_number && (next + 1)->start == next->end + 1 && text[next->end] == ' ') {
      return false;
    }
    // A run of initials: the first of "J. J. Price" (another initial next)
    // and the second (an initial before it, a capitalized word next).
    const bool initial_next = next != words.end() && next->start == pos + 2 &&
                              next->end == next->start + 1 && next->capitalized &&
                              next->end + 1 < text.size() && text[next->end] == '.' &&
                              text[next->end + 1] == ' ';
    const bool initial_before =
        pos >= 4 && text[pos - 2] == ' ' && text[pos - 3] == '.' && text[pos - 4] >= 'A' &&
        text[pos - 4] <= 'Z' &&
        (pos < 5 || !std::isalpha(static_cast<unsigned char>(text[pos - 5])));
    const bool name_next =
        next != words.end() && next->start == pos + 2 && next->capitalized && !next->is_number;
    if (initial_next || (initial_before && name_next)) return false;
  }
  if (pos + 1 >= text.size()) return true;
  const int32_t after = NextCodePoint(text, &(++pos));
  return after == ' ' || after == '\n' || after == '\t' || after == '\r' || after == '"' ||
         after == 0x201D || after == 0x2019 || after == '\'';
}

// Trims whitespace at both ends and , ; : at the end.
text::ByteSpan TrimContent(std::string_view text, size_t start, size_t end) {
  auto space = [&](size_t p) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
  };
  while (start < end && space(start)) ++start;
  while (end > start &&
         (space(end - 1) || text[end - 1] == ',' || text[end - 1] == ';' || text[end - 1] == ':')) {
    --end;
  }
  return {start, end};
}

bool OnlySpace(std::string_view text, size_t from, size_t to) {
  for (size_t i = from; i < to && i < text.size(); ++i) {
    const char c = text[i];
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r') return false;
  }
  return true;
}

}  // namespace concord::compare::internal
