// QuotationPassages (document.h): the sentences one quotation runs over.
#include <string_view>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"

namespace concord::text {
namespace {

// True when `text` opens with a quotation mark (a paragraph that goes on
// with a quotation opens it again).
bool OpensWithMark(std::string_view text) {
  return text.starts_with('"') || text.starts_with("\xE2\x80\x9C") || text.starts_with("``");
}

// The sentence after `first` that closes the quotation `first` leaves
// open, or `first` when none does within `limit` sentences and the
// paragraph rule.
size_t ClosingSentence(const std::vector<Sentence>& sentences, size_t first, size_t limit) {
  bool open = true;
  for (size_t j = first + 1; j < sentences.size() && j - first <= limit; ++j) {
    const std::string_view text = sentences[j].text;
    std::vector<QuoteMark> marks = QuoteMarks(text);
    if (sentences[j].paragraph != sentences[j - 1].paragraph) {
      if (!OpensWithMark(text)) return first;
      marks.erase(marks.begin());  // the mark that opens it again
    }
    for (const QuoteMark mark : marks) {
      open = mark == QuoteMark::kOpen || (mark == QuoteMark::kEither && !open);
    }
    if (!open) return j;
  }
  return first;
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

}  // namespace concord::text
