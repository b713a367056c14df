// QuotationPassages (document.h): the sentences one quotation runs over,
// the marks a sentence of one lacks shown alone, and the end a sentence
// cut short lacks (lacking_marks.h).
#include <string>
#include <string_view>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"
#include "text/lacking_marks.h"
#include "text/quotation_close.h"

namespace concord::text {
namespace {

// `text`, which opens with a mark (OpensWithMark), after that mark.
std::string_view AfterOpeningMark(std::string_view text) {
  text.remove_prefix(text.find_first_not_of(' '));
  return text.substr(text.starts_with('"') ? 1 : text.starts_with("``") ? 2 : 3);
}

// The sentence after `first` that closes the quotation `first` leaves
// open, or `first` when none does within `limit` sentences and the
// paragraph rule. A quotation nested inside closes only itself
// (ReadQuotation).
size_t ClosingSentence(const std::vector<Sentence>& sentences, size_t first, size_t limit) {
  QuotationState state = ReadQuotation(sentences[first].text);
  for (size_t j = first + 1; j < sentences.size() && j - first <= limit; ++j) {
    std::string_view text = sentences[j].text;
    // A new paragraph goes on with the quotation only when it opens it
    // again (news style); its first mark does that, whatever it reads as.
    if (sentences[j].paragraph != sentences[j - 1].paragraph) {
      if (!OpensWithMark(text)) return first;
      text = AfterOpeningMark(text);
    }
    state = ReadQuotation(text, state);
    if (state.depth == 0) return j;
  }
  return first;
}

// True when a single mark (' or \u2018) opens a quotation in `text`: one
// at its start or after a space or an opening bracket or mark. Without
// one, a single mark at the end is an apostrophe ("the nurses'").
bool OpensSingleQuotation(std::string_view text) {
  for (size_t k = 0; k < text.size(); ++k) {
    const bool single = text[k] == '\'' || text.substr(k).starts_with("\u2018");
    if (!single) continue;
    if (k == 0 || text[k - 1] == ' ' || text[k - 1] == '(' || text[k - 1] == '[' ||
        text[k - 1] == '"' || text.substr(0, k).ends_with("\u201C")) {
      return true;
    }
  }
  return false;
}

struct OpenBracket {
  char closer;             // ')' or ']'
  size_t quotation_depth;  // quotations open where it opened
};

// The round and square brackets of `text` that no bracket closes, in the
// order they open, each with the number of quotations open before it.
std::vector<OpenBracket> BracketsLeftOpen(std::string_view text) {
  std::vector<OpenBracket> open;
  QuotationState state;  // of text[0, read)
  size_t read = 0;
  for (size_t k = 0; k < text.size(); ++k) {
    const char c = text[k];
    if (c == '(' || c == '[') {
      // Read on from the last bracket, so the cost stays linear; each
      // piece starts at a bracket, never at a mark.
      state = ReadQuotation(text.substr(read, k - read), state);
      read = k;
      open.push_back({c == '(' ? ')' : ']', state.depth});
    } else if ((c == ')' || c == ']') && !open.empty() && open.back().closer == c) {
      open.pop_back();
    }
  }
  return open;
}

}  // namespace

std::vector<Passage> QuotationPassages(const std::vector<Sentence>& sentences, size_t limit) {
  std::vector<Passage> passages(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) passages[i] = {i, i};
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (!EndsInsideQuotation(sentences[i].text)) continue;
    const size_t last = ClosingSentence(sentences, i, limit);
    for (size_t k = i; k <= last; ++k) passages[k] = {i, last};
    i = last;
  }
  return passages;
}

LackingMarks MarksLacking(const std::vector<Sentence>& sentences, Passage quotation,
                          Passage shown) {
  if (quotation.first == quotation.last) return {};
  const std::string_view opening = sentences[quotation.first].text;
  const bool straight = opening.find('"') != std::string_view::npos &&
                        opening.find("\u201C") == std::string_view::npos;
  LackingMarks marks;
  if (shown.first != quotation.first && !OpensWithMark(sentences[shown.first].text)) {
    marks.before = straight ? "\"" : "\u201C";
  }
  if (shown.last != quotation.last) marks.after = straight ? "\"" : "\u201D";
  return marks;
}

std::string WithLackingMarks(const std::vector<Sentence>& sentences, Passage quotation,
                             Passage shown, std::string_view text) {
  const LackingMarks marks = MarksLacking(sentences, quotation, shown);
  std::string out;
  out.reserve(marks.before.size() + text.size() + marks.after.size());
  out.append(marks.before).append(text).append(marks.after);
  return out;
}

std::string WithCutShortEnding(std::string_view text, bool known_cut) {
  const bool singles = OpensSingleQuotation(text);
  const std::string_view last = WithoutClosers(text, true, singles);
  if (last.empty() || last.ends_with("\u2026") || (!known_cut && EndsWithStop(last))) {
    return std::string(text);
  }
  const std::string_view body = WithoutClosers(text, false, singles);
  const QuotationState state = ReadQuotation(text);
  std::string out(body);
  out += "\u2026";
  out += text.substr(body.size());
  // Innermost first: a bracket opened inside the quotation closes before
  // it (`"He (the mayor…)"`), one opened outside after it.
  const std::string_view quote = state.straight ? "\"" : "\u201D";
  size_t depth = state.depth;
  const std::vector<OpenBracket> brackets = BracketsLeftOpen(text);
  for (auto b = brackets.rbegin(); b != brackets.rend(); ++b) {
    for (; depth > b->quotation_depth; --depth) out += quote;
    out += b->closer;
  }
  for (; depth > 0; --depth) out += quote;
  return out;
}

}  // namespace concord::text
