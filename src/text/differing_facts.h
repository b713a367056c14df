// Internal to concord: whether two sentences that say much the same thing
// give different facts — a number attached to the same word with another
// value ("1,700 Shiites" / "1,500 Shiites"), one negating the other ("resigned"
// / "did not resign"), or a place named after the same
// preposition ("off the coast of Chile" / "off the coast of Japan").
// compare lists the different numbers of related sentences
// (compare/alignment.cc, "Different numbers") and does not align such
// sentences as one content; the summarizer's attribution
// (summarize/attribute.cc) does not let a sentence back another that it
// contradicts so. One notion for both, so that a summary never names as
// support an outlet that compare shows giving other numbers.
#ifndef CONCORD_TEXT_DIFFERING_FACTS_H_
#define CONCORD_TEXT_DIFFERING_FACTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/text.h"

namespace concord::text {

// A number of a sentence with the word it counts: the first word after it
// (past its scale words, "million", "percent", ..., and at most two
// stopwords) that is no number and has three letters or more.
struct NumberMention {
  std::string unit;   // stem of the counted word
  std::string what;   // that word as written (lower case)
  std::string value;  // as written, with its scale words
  std::string key;    // the value without commas, with its scale words
};

// A number token's value without its commas ("1,700" -> "1700").
std::string NumberKey(std::string_view lower);

// The numbers of sentence `text` (tokens: its word tokens, spans in `text`),
// in order; not a number that names a time rather than an amount (a day of
// a month, "March 2"; a year, 1900 to 2099; a time of day, "7:30", "1
// a.m."; an age, "9-year-old").
std::vector<NumberMention> NumberMentions(std::string_view text, const std::vector<Token>& tokens);

// The pairs (x, y) of first[x] and second[y] that count the same word with
// different values, when neither value is also in the other sentence ("10
// kilometres" / "120 kilometres" is no difference when the first sentence
// also says 120), in order of x then y.
std::vector<std::pair<size_t, size_t>> DifferentNumbers(const std::vector<NumberMention>& first,
                                                        const std::vector<NumberMention>& second);

// True when one sentence negates what the other states and the other has
// no negation at all: a cue (not, never, n't, cannot, no, none, nothing,
// nobody, neither, nor, "no longer", deny before "that" or an -ing word,
// "refused to", "declined to"; not "not just", "not only") whose first word past it that
// is no stopword (within six words of its clause, past a form of say;
// a comma, quotation mark, bracket or stop ends a clause) the other
// sentence writes with the same neighbour in a clause: the next content word ("did not
// resign on Monday" / "resigned on Monday"; "denied that it will cut jobs"
// / "will cut jobs"; "did not say that it will cut jobs" / "said it will
// cut 2,000 jobs"), or the one before the cue when nothing follows ("The
// mayor did not resign." / "The mayor resigned."). Words are compared by
// stem (say and said are one word; an irregular form such as "pay" /
// "paid" is missed). Not when both negate ("did not resign" / "never
// resigned", "no foul play" / "foul play wasn't suspected"), nor a word
// negated in another clause ("not to limit what they eat" / "limiting food
// intake"), nor the word in another part: a verb against a noun after an
// article ("could not meet" / "a private meeting"), a predicate against
// the same phrase elsewhere ("is not the right candidate" / "that the
// right candidate be chosen"), or a time word ("did not a week ago" /
// "unlike him a week ago"). A cue after another in one statement (no
// "and", "but" or "or" between, the first no "no" before a noun) negates
// the negation ("wasn't saying he's not"): it denies nothing.
bool NegateEachOther(std::string_view first_text, const std::vector<Token>& first,
                     std::string_view second_text, const std::vector<Token>& second);

// True when the tokens hold a negation cue as NegateEachOther reads them:
// of two sentences that negate each other, exactly one has a cue.
bool HasNegationCue(const std::vector<Token>& tokens);

// NegateEachOther for a caller that has read each sentence's cue once
// (HasNegationCue of each: `first_cue`, `second_cue`), as a caller that
// compares one sentence with many does; the same answer.
bool NegateEachOther(std::string_view first_text, const std::vector<Token>& first, bool first_cue,
                     std::string_view second_text, const std::vector<Token>& second,
                     bool second_cue);

// The usual initials ("us", "uk") of a country news writes under names
// that share no word ("the United States", "the U.S.", "USA", "America";
// "the United Kingdom", "the U.K.", "Britain", "Great Britain"), from the
// name's lower-case letters without periods ("unitedstates", "us",
// "america"); "" for any other name. The one list of them: the place test
// below and the grouper's copy test (group/copy_facts.cc) read it.
std::string_view CountryOf(std::string_view letters);

// A name right after a place preposition (in, of, from, near, at, off,
// past one "the"): a run of capitalised words (ASCII capitals), separated
// by one space each, that are no number, month or day ("in Lyon", "off
// the coast of Chile"). Views into the tokens' lower-case forms.
struct PlaceMention {
  std::string_view preposition;
  std::vector<std::string_view> words;  // lower case
};

// The place mentions of sentence `text` (tokens: its word tokens, spans
// in `text`), in order. The grouper's place rule (group/place_facts.h)
// reads them too.
std::vector<PlaceMention> PlaceMentions(std::string_view text, const std::vector<Token>& tokens);

// True when two place names (lower-case words) name one place in other
// words: one is the other's initials ("u.s." / "united states"), or one is
// a country under a name that is not its initials ("america", "britain":
// CountryOf) and the other names it ("the U.S.", "the United Kingdom").
bool SamePlace(const std::vector<std::string_view>& x, const std::vector<std::string_view>& y);

// True when each sentence has a name right after the same place
// preposition and no word of either name is anywhere in the other, nor
// are the two one place under two names (one the other's initials, "U.S."
// / "United States"; "America" or "USA" and the U.S., "Britain" and the
// U.K.): the place test of GiveDifferentFacts, below, read alone.
bool NameDifferentPlaces(std::string_view first_text, const std::vector<Token>& first_tokens,
                         std::string_view second_text, const std::vector<Token>& second_tokens);

// True when the two sentences (text and its tokens) give different numbers
// (DifferentNumbers), negate each other (NegateEachOther), or, when the caller says they are
// `near_copies` (the same sentence with some words changed), name different places: each has a name
// (a run of capitalised words, no day or month) right after the same place preposition (in, of,
// from, near, at, off, past one "the"), and no word of either name is anywhere in the other
// sentence ("off the coast of Chile" / "off the coast of Japan"; not "in Chile" / "in Santiago,
// Chile", nor "of President Trump" / "of President Donald Trump", nor "in the U.S." / "in America":
// NameDifferentPlaces). Places are read in near-copies
// only: in two sentences that say one thing in other words, another name is as often the same place
// named at another scale ("in New York" / "in Manhattan").
bool GiveDifferentFacts(std::string_view first_text, const std::vector<Token>& first_tokens,
                        std::string_view second_text, const std::vector<Token>& second_tokens,
                        bool near_copies);

}  // namespace concord::text

#endif  // CONCORD_TEXT_DIFFERING_FACTS_H_
