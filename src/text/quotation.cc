// Quotation marks (text.h): which open, which close, and how many
// quotations a text leaves open.
#include <string_view>
#include <vector>

#include "concord/text.h"
#include "text/quotation_close.h"

namespace concord::text {
namespace {

// True when text[k] is punctuation that ends a clause or closes a bracket
// (, ; : . ! ? ) ]), a period only when no second one follows it.
bool IsClauseStop(std::string_view text, size_t k) {
  switch (text[k]) {
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
      return true;
    case '.':
      return k + 1 >= text.size() || text[k + 1] != '.';
    default:
      return false;
  }
}

// The one reader behind QuoteMarks, ReadQuotation and OpeningQuotationEnd:
// each double mark of `text` in order, with the byte offset just past it
// in `ends` when that is given.
std::vector<QuoteMarkRead> ReadMarks(std::string_view text, std::vector<size_t>* ends) {
  std::vector<QuoteMarkRead> marks;
  const size_t n = text.size();
  // Only four bytes can start a mark; look at the rest no further.
  for (size_t k = 0; k < n; ++k) {
    const char c = text[k];
    if (c == '\xE2') {
      if (k + 2 < n && text[k + 1] == '\x80' && (text[k + 2] == '\x9C' || text[k + 2] == '\x9D')) {
        marks.push_back({text[k + 2] == '\x9C' ? QuoteMark::kOpen : QuoteMark::kClose, false});
        k += 2;
        if (ends != nullptr) ends->push_back(k + 1);
      }
    } else if (c == '`' || c == '\'') {
      if (k + 1 < n && text[k + 1] == c) {
        marks.push_back({c == '`' ? QuoteMark::kOpen : QuoteMark::kClose, false});
        k += 1;
        if (ends != nullptr) ends->push_back(k + 1);
      }
    } else if (c == '"') {
      const bool after_space =
          k == 0 || text[k - 1] == ' ' || text[k - 1] == '(' || text[k - 1] == '[';
      const bool before_word = k + 1 < n && text[k + 1] != ' ';
      // Punctuation that ends a clause is no word to open a quotation on:
      // after a space, a mark before it may close one (tokenized text:
      // `a " sheer farce ".`, `called it " a deal ", and`), unless its
      // period opens an ellipsis (`"...we will`).
      const bool opens = after_space && before_word && !IsClauseStop(text, k + 1);
      marks.push_back({opens                          ? QuoteMark::kOpen
                       : !after_space && !before_word ? QuoteMark::kClose
                                                      : QuoteMark::kEither,
                       true});
      if (ends != nullptr) ends->push_back(k + 1);
    }
  }
  return marks;
}

}  // namespace

std::vector<QuoteMarkRead> ReadQuoteMarks(std::string_view text) {
  return ReadMarks(text, nullptr);
}

std::vector<QuoteMark> QuoteMarks(std::string_view text) {
  std::vector<QuoteMark> marks;
  for (const QuoteMarkRead& read : ReadQuoteMarks(text)) marks.push_back(read.mark);
  return marks;
}

bool OpensWithMark(std::string_view text) {
  const size_t first = text.find_first_not_of(' ');
  if (first == std::string_view::npos) return false;
  text.remove_prefix(first);
  return text.starts_with('"') || text.starts_with("\xE2\x80\x9C") || text.starts_with("``");
}

QuotationState ReadQuotation(std::string_view text, QuotationState state) {
  const std::vector<QuoteMarkRead> marks = ReadQuoteMarks(text);
  // Only the mark that opens the text can open the same quotation again.
  const bool reopens = state.depth > 0 && OpensWithMark(text);
  for (size_t k = 0; k < marks.size(); ++k) {
    const QuoteMark mark = marks[k].mark;
    if (mark == QuoteMark::kClose || (mark == QuoteMark::kEither && state.depth > 0)) {
      if (state.depth > 0) --state.depth;
      if (state.depth == 0) state.definite = state.straight = false;
      continue;
    }
    // Writers nest straight marks in single ones, so a straight opening
    // mark inside a quotation opens it again (or is a closing mark glued
    // to the next word: `wrong. "Perry`), as one opening the text does.
    // A curly one inside a quotation a straight mark opened is a writer
    // mixing styles, not nesting: it opens the same quotation again.
    const bool again = (k == 0 && reopens) || marks[k].straight || state.straight;
    if (state.depth > 0 && mark == QuoteMark::kOpen && again) {
      if (state.depth == 1) state.definite = true;
      continue;
    }
    if (state.depth == 0) {
      state.definite = mark == QuoteMark::kOpen;
      state.straight = marks[k].straight;
    }
    ++state.depth;
  }
  return state;
}

bool EndsInsideQuotation(std::string_view text) { return ReadQuotation(text).depth > 0; }

size_t OpeningQuotationEnd(std::string_view text) {
  if (!OpensWithMark(text)) return std::string_view::npos;
  std::vector<size_t> ends;
  const std::vector<QuoteMarkRead> marks = ReadMarks(text, &ends);
  size_t depth = 1;  // the first mark opens the text
  for (size_t k = 1; k < marks.size(); ++k) {
    if (marks[k].mark == QuoteMark::kOpen) {
      ++depth;
    } else if (--depth == 0) {
      return ends[k];
    }
  }
  return std::string_view::npos;
}

std::string_view WithoutClosers(std::string_view text, bool brackets, bool singles) {
  for (;;) {
    if (!text.empty() &&
        (text.back() == '"' || (singles && text.back() == '\'') || text.back() == ' ' ||
         (brackets && (text.back() == ')' || text.back() == ']')))) {
      text.remove_suffix(1);
    } else if (text.ends_with("\u201D") || (singles && text.ends_with("\u2019")) ||
               text.ends_with("\u201C") || text.ends_with("\u203A") || text.ends_with("\u2039") ||
               text.ends_with("\u300D") || text.ends_with("\u300F")) {
      text.remove_suffix(3);  // and German's closing “, › ‹, and 」 』 of CJK
    } else if (text.ends_with("\u00BB") || text.ends_with("\u00AB")) {
      text.remove_suffix(2);  // » of French, « of German
    } else {
      return text;
    }
  }
}

bool EndsWithStop(std::string_view text) {
  if (text.ends_with('.') || text.ends_with('!') || text.ends_with('?')) return true;
  for (std::string_view stop :
       {"\u2026", "\u3002", "\uFF01", "\uFF1F", "\u061F", "\u06D4", "\u0964"}) {
    if (text.ends_with(stop)) return true;
  }
  return false;
}

}  // namespace concord::text
