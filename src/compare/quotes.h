// Internal to concord_compare; use concord/compare.h instead.
//
// Quotation marks, paragraphs and sentence ends in raw text
// (quote_marks.cc), shared by quote extraction (quotes.cc) and exposed for
// tests.
#ifndef CONCORD_SRC_COMPARE_QUOTES_H_
#define CONCORD_SRC_COMPARE_QUOTES_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "compare/cue_words.h"
#include "compare/words.h"
#include "concord/compare.h"
#include "concord/text.h"

namespace concord::compare::internal {

// A span between quotation marks: content excludes the marks.
struct QuotedSpan {
  size_t open = 0;           // first byte of the opening mark
  size_t content_start = 0;  // after the opening mark
  size_t content_end = 0;    // before the closing mark
  size_t close = 0;          // one past the closing mark (== content_end
                             // when the quote runs to its paragraph's end)
  bool closed = true;
  bool single = false;  // single marks (‘ ’ or ')
  // Not closed, but a mark right after it opens the quotation again (a
  // paragraph or sentence that goes on with it): set by BoundUnclosedSpans.
  bool runs_on = false;
};

// The outermost quoted spans of `text`, in order. Double marks (" “ ” „ «
// » and '' as NYT writes it) pair first, with nesting; single marks pair
// outside double quotes only and within 300 bytes. Apostrophes inside words
// are not marks. A double quote not closed by the end of its paragraph ends
// there; one not closed before a mark that opens a new sentence ends with
// the sentence before (the mark opens the quotation again: “We wait.
// “We check,” she said.); a straight mark after a space that comes before
// punctuation ending a clause (, ; : . ! ? ) ], not an ellipsis) opens
// nothing (tokenized text).
std::vector<QuotedSpan> FindQuotedSpans(std::string_view text);

// Bounds the spans of `spans` never closed (quote_unclosed.cc): one that
// runs over more than `limit` sentences after its first ends with its
// first sentence, as text::QuotationPassages reads a quotation never
// closed. In an article scraped as one paragraph, or after a lost closing
// mark, the paragraph's end is no evidence of where the quote ends.
// `words` are the words of `text`, sorted by start.
void BoundUnclosedSpans(std::string_view text, const std::vector<Word>& words,
                        std::vector<QuotedSpan>& spans, size_t limit = 5);

// A cue word that takes an object or reads as an adjective ("reported a
// spike", "Trump's reported request"): no speaker after it, and a name next
// to it is not a cued speaker.
bool IsObjectCue(std::string_view lower);

// Sets Quote::negated, negation and negation_span of `quote` (its cue
// found, `tw` the words of its article) when the text reports that the
// speaker did NOT say it ("did not say", "never said", "didn't tell",
// "denied saying"); leaves them unset otherwise (quote_negation.cc).
void MarkNegated(const TextWords& tw, Quote& quote);

// True when the cue `lower` answers someone ("fired back", "responded").
bool IsReplyCue(std::string_view lower);

// True for a quotation mark code point (straight, curly, low-9, guillemets).
bool IsQuoteCp(int32_t cp);
// True for a space of any width and for the invisible marks of direction
// and joining (U+200B to U+200F, U+202A to U+202E, U+2060, U+2066 to
// U+2069, U+FEFF: a pasted post opens "\u202A”Sorry …").
bool IsSpaceCp(int32_t cp);

// The last byte of the quote's words, past a nested closing quote
// ("… 'false,'"); '.' for a quote without words.
char LastContentChar(std::string_view text, const QuotedSpan& span);

// Code point before byte `pos` of `text` (0 when none).
int32_t PrevCodePoint(std::string_view text, size_t pos);

// Byte offsets where paragraphs start (0 first). A paragraph ends at a
// blank line, or at a single line break after final punctuation or a
// closing quote, or before a capital letter or an opening quote; a line
// break inside a running sentence ("personally\nin caucuses") is a wrap.
std::vector<size_t> ParagraphStarts(std::string_view text);

// The paragraph (index in `starts`) holding byte `pos`.
size_t ParagraphOf(const std::vector<size_t>& starts, size_t pos);

// End of paragraph `paragraph`, trailing whitespace and line breaks left out.
size_t ParagraphEnd(std::string_view text, const std::vector<size_t>& starts, size_t paragraph);

// True when text[pos] is . ! or ? ending a sentence (not a period inside
// one of `words`, such as "U.S.", nor one AbbreviationHoldsPeriod holds). `words` are sorted by
// start.
bool IsSentenceEndAt(std::string_view text, size_t pos, const std::vector<Word>& words);

// True when the period at text[pos] follows an abbreviation that the
// sentence splitter does not end a sentence with there (its word lists,
// src/text/abbreviations.h): a title ("Gen.", "Rep."), one that never ends
// a sentence ("vs."), one written before a number with a number next ("the
// No. 3 House Democrat"), or one that may end a sentence ("St.", "Inc.",
// "Jr.", "Aug.") before a lower-case word, a number or a capitalised word
// on the same line that does not usually open a sentence ("Ft. Worth", not
// "Inc. The"). False for anything else, so callers keep their own reading
// of other periods.
bool AbbreviationHoldsPeriod(std::string_view text, size_t pos);

// text[start, end) without whitespace at both ends and , ; : at the end.
text::ByteSpan TrimContent(std::string_view text, size_t start, size_t end);

// True when text[from, to) is only whitespace.
bool OnlySpace(std::string_view text, size_t from, size_t to);

// `"…," she said. "…." She noted a rally …`: true when `quote` (quoted span
// `span`), right after its head's attribution, ends its sentence and its own
// cue opens the next sentence with a pronoun or the head's surname (from
// `head_speaker`) as subject. That sentence tells what the same speaker did
// next; the quote goes on in the head's voice (quote_continuation.cc).
bool TellsOnAfter(std::string_view text, const QuotedSpan& span, const Quote& quote,
                  const std::string& head_speaker);

// True when words [from, to) after a quote hold a cue word (not `according`)
// right after a pronoun or a capitalized word (`… with the old times, she
// said.`): the quote's own sentence names its speaker further on
// (quote_continuation.cc).
bool SpokenLaterInSentence(const TextWords& tw, size_t from, size_t to);

// Copies the cue and speaker (spans and text) of `from` to `to`
// (quote_continuation.cc).
void TakeAttribution(const Quote& from, Quote& to);

// True when byte `open` starts a paragraph (of `paragraphs`) or follows a
// sentence end, whitespace between (quote_continuation.cc).
bool OpensSentence(std::string_view text, const std::vector<size_t>& paragraphs, size_t open,
                   const std::vector<Word>& words);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTES_H_
