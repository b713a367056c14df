// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// The word lists the sentence splitter consults at a period: which words
// before it are abbreviations, of what kind, and which capitalised words
// after it usually open a sentence. Kept apart from sentence_splitter.cc so
// that adding a word is a one-line change in abbreviations.cc.
#ifndef CONCORD_SRC_TEXT_ABBREVIATIONS_H_
#define CONCORD_SRC_TEXT_ABBREVIATIONS_H_

#include <string_view>

namespace concord::internal {

enum class AbbreviationKind {
  kNone,       // not an abbreviation we know
  kTitle,      // precedes a name and never ends a sentence: Mr. Sen. Gen.
  kNeverEnds,  // never ends a sentence: vs. e.g. i.e. cf. approx.
  kNumbered,   // precedes a number: No. 5, Vol. 2, Fig. 3, Art. 9
  kMonth,      // Jan. 5; ends a sentence only before a sentence opener
  kAmbiguous,  // may end a sentence: Inc. Corp. Co. St. Jr. Calif.
  kTrailing,   // ends a list or a measure, so a sentence before a capital:
               // etc. (and, by context, "26.2 mi." and "plan B.")
};

// The kind of `word`, the text before a period without the period (e.g.
// "Sen", "Inc", "Calif"). Words that collide with ordinary English words
// ("Wash", "Miss", "Mass") count only when capitalised; the rest match in
// any case, because lower-cased corpora write "inc." and "mr.".
AbbreviationKind LookUpAbbreviation(std::string_view word);

// True when `word` (as written, capitalised) commonly opens a sentence and
// rarely continues a name: "The", "He", "But", "In", "However". After an
// abbreviation that may end a sentence ("in the U.S. The next day"), such a
// word is taken as the start of a new sentence.
bool IsSentenceOpener(std::string_view word);

// True for verbs of saying that follow a quotation, in lower case and in
// any of their plain forms: `"Why?" Smith asked.`, `"Where?" she whispers.`
bool IsSpeechVerb(std::string_view lower_word);

// True for the commonest of them as a quote's attribution writes them
// ("said", "asked", "told", "wrote", ...): those that also go on a new
// sentence with an object ("Neighbors called 911", "Officials confirmed
// the deal") are not among them.
bool IsCommonSpeechVerb(std::string_view lower_word);

// True when `word` (as written) continues a clock time after "a.m." or
// "p.m.": a weekday, a month or a time zone ("5 p.m. Monday", "8 p.m. ET").
bool ContinuesClockTime(std::string_view word);

// True when `word` (as written) opens a time phrase at the start of a
// sentence, after which the main clause follows: "At 5 a.m. Mr. Smith left."
bool OpensTimePhrase(std::string_view word);

// True for a unit of measure or of money written short after a number, as
// written (lower case): "mi" in "26.2 mi.", "bn" in "1.2 bn.", "oz", "pts".
bool IsUnitAbbreviation(std::string_view word);

// True for a noun that a capital letter labels ("plan B", "vitamin D",
// "Terminal C"), so that the letter is no initial; any case.
bool IsLetterLabelNoun(std::string_view word);

// True for a pronoun that opens a sentence and that no surname spells
// ("We", "They'll", "Let's"; not "He" or "I", which can): after a title it
// opens the next sentence, the title ending an address ("Thanks, Dr.").
bool IsPronounNoNameSpells(std::string_view word);

// True for names written with an exclamation mark: "Yahoo!", "Jeopardy!".
bool IsExclaimedName(std::string_view word);

// True for a plural noun that is often the subject of a news sentence
// ("Investors", "Shares", "Voters"): after a capitalised abbreviation that
// may end a sentence it opens the next one ("Acme Co. Shares rose").
bool IsSubjectNoun(std::string_view word);

// True for a capitalised sentence adverb or indefinite pronoun
// ("Separately", "Eventually", "Something"): after a capitalised
// abbreviation it opens the next sentence ("Hollis Inc. Eventually it"),
// as it does after any abbreviation when a comma follows it ("in the u.s.
// Overall, prices").
bool IsSentenceAdverb(std::string_view word);

// True for a lower-case article, conjunction or preposition that neither a
// sentence nor a headline ends in ("the", "of", "to", "and"): a line that
// ends in one goes on on the next line, even before a capital.
bool IsDanglingWord(std::string_view word);

// True for a country, continent or capital city ("Britain", "Germany's",
// "Europe", "Beijing"): after an acronym it opens a sentence ("in the U.K.
// Britain's economy"), because no acronym's name goes on with one.
bool IsCountryName(std::string_view word);

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_ABBREVIATIONS_H_
