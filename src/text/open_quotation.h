// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// Whether a quotation is open where the sentence splitter stands, for the
// one case where the splitter needs it: a straight quotation mark that
// stands between spaces after a sentence's final punctuation, as
// tokenized text writes it (`he said it was " a good day . " the mayor`).
// The mark closes the quotation the period ends when one is open there
// and opens a new one otherwise (`in the team . " i will fight that
// decision , " she told`). The marks are read as text::ReadQuotation reads
// them, sentence by sentence, so the splitter, the summarizer and eval's
// readability check read them alike.
#ifndef CONCORD_SRC_TEXT_OPEN_QUOTATION_H_
#define CONCORD_SRC_TEXT_OPEN_QUOTATION_H_

#include <cstddef>
#include <span>
#include <string_view>

#include "concord/text.h"

namespace concord::internal {

// The offset just past a straight mark that stands alone after the
// terminal run ending at text[end]: text[end] is a space, text[end + 1]
// is '"' and whitespace or the end of the text follows it. 0 when there
// is no such mark: a mark glued to the next word (`wrong. "Perry`) opens
// a quotation, and one glued to the period (`said." Next`) is the
// splitter's own closing rule.
size_t SpacedMarkEnd(std::string_view text, size_t end);

// Reads the quotation marks of a text in the order the splitter emits its
// sentences. Each sentence is read once, and the sentence in progress
// from where the last question left off, so the cost over a text is
// linear; it allocates only while reading marks.
//
// After an unbalanced mark the reading would be inside out for the rest
// of the text, so it starts afresh: at a paragraph break (a blank line),
// at a mark that only closes (`said"` glued to its word, a curly or ''
// closing mark; text::ReadQuotation), and when a quotation opened by a
// straight mark has stayed open over more than kMaxQuotedSentences
// sentences with no mark in them (in the training sample of 1,000
// clusters, 11 of about 3,650 straight-mark quotations run that long).
class OpenQuotation {
 public:
  static constexpr int kMaxQuotedSentences = 4;

  explicit OpenQuotation(std::string_view text) : text_(text) {}

  // True when a quotation is open at text[pos]. `done` holds the
  // sentences emitted so far, in order (a prefix of the same vector on
  // every call); the current sentence runs from `sentence_start` to `pos`.
  // REQUIRES: pos is at or after every earlier call's pos.
  bool OpenAt(std::span<const text::ByteSpan> done, size_t sentence_start, size_t pos);

  // `it was " a good day . " the mayor`: the offset just past a spaced
  // mark (SpacedMarkEnd) after the terminal run text[terminal, end) when
  // it closes the quotation open at the run and so belongs to its
  // sentence, as a mark glued to the run does; 0 when there is no such
  // mark or it opens the next sentence's quotation. Arguments as OpenAt's.
  size_t ClosingMarkEnd(std::span<const text::ByteSpan> done, size_t sentence_start,
                        size_t terminal, size_t end);

 private:
  // Reads text[a, b), a sentence or the part of one after an earlier
  // question, into `state`, counting `quiet` sentences without a mark.
  void Read(size_t a, size_t b, bool whole, text::QuotationState* state, int* quiet) const;
  bool BlankLineBefore(size_t from, size_t to) const;

  std::string_view text_;
  text::QuotationState state_;  // after the first `read_` sentences
  int quiet_ = 0;               // sentences read since a mark, inside one
  size_t read_ = 0;
  size_t read_end_ = 0;  // where the last sentence read ends
  // The sentence in progress, read up to partial_pos_.
  size_t partial_start_ = static_cast<size_t>(-1);
  size_t partial_pos_ = 0;
  text::QuotationState partial_;
};

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_OPEN_QUOTATION_H_
