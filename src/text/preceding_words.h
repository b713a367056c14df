// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// What lies before a word that ends in a period, within its sentence: the
// context that tells the sentence splitter what kind of abbreviation or
// letter the word is ("you and I.", "plan B.", "Mulberry Dr.", a dateline
// "NEWTOWN, Conn."). Each function takes the text, the start of the
// current sentence (sentence_start) and the start of the word
// (word_start), and looks no further back than the sentence (but
// RepeatsWordsBefore, which also reads the words after); none allocates. Kept apart from
// sentence_splitter.cc, which decides.
#ifndef CONCORD_SRC_TEXT_PRECEDING_WORDS_H_
#define CONCORD_SRC_TEXT_PRECEDING_WORDS_H_

#include <cstddef>
#include <string_view>

#include "text/sentence_words.h"

namespace concord::internal {

// True when only whitespace and opening marks lie between sentence_start
// and word_start: the word opens its sentence.
bool OpensSentence(std::string_view text, size_t sentence_start, size_t word_start);

// True when the word before text[word_start] starts in lower case or ends
// in a comma: "you and I.", "me, I.".
bool AfterLowerCaseWord(std::string_view text, size_t sentence_start, size_t word_start);

// True when the word before text[word_start] is a capitalised word that
// does not open the sentence: "Mulberry" in "She lives on Mulberry Dr.".
bool AfterCapitalisedName(std::string_view text, size_t sentence_start, size_t word_start);

// True when "Dr." at text[word_start] is a street ("Mulberry Dr."): after
// a capitalised name (AfterCapitalisedName) that is no title a doctor
// holds ("Surgeon General Dr.", "Health Minister Dr."), and not before an
// initial ("Dr. A. Smith").
bool DriveAfterName(std::string_view text, size_t sentence_start, size_t word_start);

// True when the word before text[word_start] is a determiner ("the",
// "a", "last", "its"): "the Sept. Fed meeting".
bool AfterDeterminer(std::string_view text, size_t sentence_start, size_t word_start);

// True when the word before text[word_start] is a noun that a letter
// labels: "plan B.", "Terminal C." (see IsLetterLabelNoun).
bool AfterLabelNoun(std::string_view text, size_t sentence_start, size_t word_start);

// True when the word before text[word_start] is a decimal number or ends
// in a degree sign: "101.3 F.", "41° N." (but "220 W. 57th St.").
bool AfterDecimal(std::string_view text, size_t sentence_start, size_t word_start);

// True when the sentence so far is a dateline that ends in the word at
// text[word_start]: a place in capitals, a comma and a state ("NEWTOWN,
// Conn. Parents of ...", "ST. PAUL, Minn. The"); it belongs to the
// sentence after it.
bool EndsDateline(std::string_view text, size_t sentence_start, size_t word_start);

// True when the word before text[word_start] is one after which "I" closes
// a short answer or a comparison, capitalised or not: "Not I.", "Nor I.",
// "Than I." (an initial follows a name: "Henry I. Walsh").
bool AfterElidingWord(std::string_view text, size_t sentence_start, size_t word_start);

// True when the capital "I" at text[word_start], before a period, is an
// initial and not the pronoun: another initial follows ("I. M. Sato",
// read past the period) or it comes after a preposition that takes an
// object, which the pronoun never does ("designed by I. Kovacs", "a
// letter from I. Ward"; but "you and I.", "than I.").
bool IsInitialI(std::string_view text, size_t sentence_start, size_t word_start);

// True when `number` (one or two digits, at text[word_start], before a
// period) marks an item of a list inside the sentence ("you need: 1. a
// pass, 2. a ticket and 3. patience"): "1" after a colon, any later one
// after ',', ';', "and" or "or" when the item before ("2.") stands earlier
// in the sentence. Not an age or a count after a comma ("said Ito, 30.").
bool ContinuesNumberedItems(std::string_view text, size_t sentence_start, size_t word_start,
                            std::string_view number);

// True when the two words before the ellipsis at text[dots] come again
// right after it, `next` and the word after that: a speaker who falters
// and starts over ("I thought... I thought it was over"), one sentence.
bool RepeatsWordsBefore(std::string_view text, size_t sentence_start, size_t dots,
                        const NextWord& next);

// True when the text before text[close_end] (just past a ')') ends in a
// parenthesis of one word, "(CNN)", "(Reuters)": a dateline that belongs
// to the next line.
bool EndsInOneWordParenthesis(std::string_view text, size_t sentence_start, size_t close_end);

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_PRECEDING_WORDS_H_
