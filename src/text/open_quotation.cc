// Whether a quotation is open where the splitter stands (open_quotation.h).
#include "text/open_quotation.h"

#include "text/sentence_words.h"

namespace concord::internal {

size_t SpacedMarkEnd(std::string_view text, size_t end) {
  if (end + 1 >= text.size() || text[end] != ' ' || text[end + 1] != '"') return 0;
  const size_t after = end + 2;
  if (after < text.size() && !IsWhite(text[after])) return 0;
  return after;
}

bool OpenQuotation::OpenAt(std::span<const text::ByteSpan> done, size_t sentence_start,
                           size_t pos) {
  for (; read_ < done.size(); ++read_) {
    const text::ByteSpan sentence = done[read_];
    if (BlankLineBefore(read_end_, sentence.start)) {
      state_ = {};
      quiet_ = 0;
    }
    Read(sentence.start, sentence.end, true, &state_, &quiet_);
    read_end_ = sentence.end;
    partial_start_ = static_cast<size_t>(-1);
  }
  if (partial_start_ != sentence_start) {
    partial_start_ = sentence_start;
    partial_pos_ = sentence_start;
    partial_ = state_;
    size_t first = sentence_start;
    while (first < pos && IsWhite(text_[first])) ++first;
    if (BlankLineBefore(read_end_, first)) partial_ = {};
  }
  int quiet = 0;  // only whole sentences count as quiet
  Read(partial_pos_, pos, false, &partial_, &quiet);
  partial_pos_ = pos;
  return partial_.depth > 0;
}

size_t OpenQuotation::ClosingMarkEnd(std::span<const text::ByteSpan> done, size_t sentence_start,
                                     size_t terminal, size_t end) {
  const size_t mark_end = SpacedMarkEnd(text_, end);
  if (mark_end == 0 || !OpenAt(done, sentence_start, terminal)) return 0;
  return mark_end;
}

void OpenQuotation::Read(size_t a, size_t b, bool whole, text::QuotationState* state,
                         int* quiet) const {
  if (b <= a) return;
  const std::string_view part = text_.substr(a, b - a);
  if (!text::ReadQuoteMarks(part).empty()) {
    *state = text::ReadQuotation(part, *state);
    *quiet = 0;
    return;
  }
  // A sentence with no mark inside a quotation a straight mark opened.
  if (whole && state->depth > 0 && state->straight && ++*quiet > kMaxQuotedSentences) {
    *state = {};
    *quiet = 0;
  }
}

bool OpenQuotation::BlankLineBefore(size_t from, size_t to) const {
  int breaks = 0;
  for (size_t k = from; k < to && k < text_.size(); ++k) breaks += text_[k] == '\n';
  return breaks >= 2;
}

}  // namespace concord::internal
