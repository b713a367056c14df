// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// Cues the sentence splitter reads around a period that the word lists
// and the preceding-words helpers do not cover: a period glued to the
// next word ("said.The", "lost 3-1.The"), list markers that number items
// inside one sentence ("parts: i. survey, ii. clear"), note labels that
// open a sentence ("N.B. The office") and imperative verbs that open a
// sentence after an abbreviation ("in the U.K. Ask an accountant"). Kept
// apart from sentence_splitter.cc, which decides; none allocates.
#ifndef CONCORD_SRC_TEXT_BOUNDARY_CUES_H_
#define CONCORD_SRC_TEXT_BOUNDARY_CUES_H_

#include <cstddef>
#include <string_view>

#include "text/sentence_words.h"

namespace concord::internal {

// True when the terminal run text[i, run_end), with no closing marks after
// it (end == run_end), is glued to a capitalised word that starts a new
// sentence: after an ordinary lower-case word ("said.The", "Tuesday.I
// bought") or a number standing alone ("bought 1,000.That", "lost
// 3-1.The"), also when the next sentence opens a bracket ("the
// lake.(It was lovely.)"); not inside an address ("Jane.Doe@x.org"), an abbreviation
// ("U.S.A") or a decimal ("3.5").
bool GluedBoundary(std::string_view text, size_t sentence_start, size_t i, size_t run_end,
                   size_t end, int periods, bool question);

// True when `word` (at text[word_start], before a period that whitespace
// follows) marks an item of a list rather than ending a sentence: one or
// two digits at the start of a line ("1. Preheat"), "1" after a colon
// ("Steps: 1. Rinse", "need: 1. a pass"), or, before a lower-case word,
// a later number or a lower-case Roman numeral whose item before stands
// earlier in the sentence ("need: 1. a pass, 2. a map"; "parts: i. survey
// the site, ii. clear it, iii. build").
bool MarksItemInSentence(std::string_view text, size_t sentence_start, size_t word_start,
                         std::string_view word, const NextWord& next);

// True for a note label written before the note it opens: "N.B.", "NB.",
// "P.S.", "PS.", "P.P.S." (the word without its last period).
bool IsNoteLabel(std::string_view word);

// True for a capitalised verb that opens an instruction ("Ask", "Call",
// "Please", "Let's"): after a capitalised abbreviation in the middle of a
// sentence it opens the next one ("differ in the U.K. Ask an
// accountant"), as no name the abbreviation ends goes on with it.
bool IsImperativeOpener(std::string_view word);

// True when the '!' or '?' at text[terminal] closes an aside set off by
// dashes: from text[pos] (past the run) a dash between spaces ("--", or
// "-", which is how Normalize writes "—" and "–") and a lower-case word
// follow on the same line, and a dash between spaces opened the aside
// within the sentence, after some of its words ("and -- voila! -- you have
// cake", "can be -- dare I say? -- odd"). Not a dash at the start of the
// next line (a bullet), one that opens the sentence, or one before the
// signature of an embedded post ("smart! -- jane doe (@jd) may 26").
bool ClosesDashedAside(std::string_view text, size_t sentence_start, size_t terminal, size_t pos);

// True when the word after `next` is an auxiliary verb ("is", "was",
// "will", ...): after a company suffix or a state, `next` is then the
// subject of a new clause ("sponsored by Lark Co. Entry is free", "in
// Savannah, Ga. Savannah is shivering").
bool AuxiliaryFollows(std::string_view text, const NextWord& next);

// True for "St", "Mt" and "Ft", which also stand before a name ("Mount
// St. Helens is", "at Ft. Collins is"), and "Bros", which a division's
// name follows ("Warner Bros. Pictures is"): a capitalised word and an
// auxiliary after them say nothing.
bool NameGoesOnAfter(std::string_view word);

// True when a parenthesis closed and followed by the final punctuation
// comes after text[end] (past spaces), `end` being just past `." ` or
// `?" `: a citation of the quotation, `... stairs." (Lee 55).`
bool CitationFollows(std::string_view text, size_t end);

// True when `next`, after "Pt." or "Fig.", is "II" or "B": a Roman numeral
// or a capital letter standing alone that is no sentence opener ("No. I
// think not", "Fig. A man").
bool IsDesignator(std::string_view text, const NextWord& next);

// True when `next` is a sentence adverb followed by a comma, which opens a
// sentence even in damaged text: "in the u.s. Overall, prices fell".
bool AdverbWithComma(std::string_view text, const NextWord& next);

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_BOUNDARY_CUES_H_
