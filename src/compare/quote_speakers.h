// Internal to concord_compare; use concord/compare.h instead.
//
// Finding who said a quote: the clause around it as words, and noun phrases
// read forward and backward from a cue verb (quote_speakers.cc; the cue of a
// clause, FindAttribution, in quote_attribution.cc; cues known by their
// form, VerbAfterQuote and Utterance, in quote_verb_cues.cc; sentence ends
// in raw text are in quotes.h). ExtractQuotes (quotes.cc) puts them
// together.
#ifndef CONCORD_SRC_COMPARE_QUOTE_SPEAKERS_H_
#define CONCORD_SRC_COMPARE_QUOTE_SPEAKERS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "compare/words.h"
#include "concord/text.h"

namespace concord::compare::internal {

// The words of a clause with their lower case.
struct Clause {
  std::vector<Word> words;
  std::vector<std::string> lower;
  std::string_view text;  // the text the words index
};

// The words of text[begin, end), read from the analysis (TextWords::In).
Clause MakeClause(const TextWords& text, size_t begin, size_t end);

// A capitalized word that is not a number.
bool Capitalized(const Word& w);

// The bytes of words [np.first, np.second] of the clause.
text::ByteSpan WordSpan(const Clause& c, std::pair<size_t, size_t> np);

// Words that may sit between a name and its cue verb ("then", "also",
// forms of have/be, -ly adverbs).
bool IsSkippable(std::string_view lower);

// Word classes (quote_word_classes.cc), each of a lower-case word: an
// auxiliary of the passive; a determiner ("the", "his", "one"); a time word
// ("weekend", a day); a word that makes a span a clause ("is", "said"); a
// lone opening word that is no name ("Eight", "Back"); a subordinator
// ("that", "who"); a word no noun phrase runs across ("and", "to", a cue).
bool IsPassiveAux(std::string_view lower);
bool IsDeterminer(std::string_view lower);
bool IsTimeWord(std::string_view lower);
bool IsClauseWord(std::string_view lower);
bool NotAName(std::string_view lower);
bool IsSubordinator(std::string_view lower);
bool BlocksPhrase(std::string_view lower);
bool IsPreposition(std::string_view lower);      // "in", "of", "during", …
bool ObjectPreposition(std::string_view lower);  // a preposition but "of", "for", "from"
// True when word m is the "of" of an office written in lower case before a
// name ("chief of staff Ada Okafor", "secretary of state Hillary Clinton",
// "master of ceremonies Asab Al-Tabchi"): a common word before it, one
// after it, and a name next.
bool OfficeOf(const Clause& c, size_t m);
// True when a speaker's last word waits for a noun ("his own", "the women's").
bool DanglingEnd(const Clause& c);
// True when word k is glued by a hyphen to the word before ("voice-over").
bool HyphenGlued(const Clause& c, size_t k);
// True for a word that names people ("officials", "father", "spokesman").
bool PeopleWord(std::string_view lower);
bool IsPeoplePlural(std::string_view lower);  // "witnesses", "police", "officials", …
// How many of a speaker's words come before a preposition it ends with.
size_t BeforeTrailingPreposition(const Clause& c);
bool IsRelationWord(std::string_view lower);  // "friend", "wife", "neighbor", …
// True when a phrase opens with a thing with words written on it, one of
// its first three words: "a sign held", "the protest banner" (no person or
// organisation; "a man holding a sign" is one).
bool WrittenThing(const Clause& c);
// True when word k is written in the possessive ("Smith's", "Jones'").
bool Possessive(const Clause& c, size_t k);
// Where a speaker after the cue at word k must end (an index of the
// clause's words): right after a cue of telling, since the one told is
// never the speaker ("Smith's lawyer told CNN"); else at the first
// pronoun's contraction after the cue, which opens a reported clause
// ("insists he'll coerce Mexico": Mexico is its object); else the end.
size_t SpeakerAfterCueEnd(const Clause& c, size_t k);

// "the president", "the vice president", "the spokesman" at word `first`
// (before `ceiling`): "the" and title words, the last a head ("the former"
// is none), and no name after them.
std::optional<std::pair<size_t, size_t>> TheTitle(const Clause& c, size_t first, size_t ceiling);

// True when word k is "with" or "to" after "familiar", "close" or a
// participle ("a source familiar with the talks", "an aide speaking to Fox
// News"): the noun phrase after it is no speaker (quote_word_classes.cc).
bool ModifierPreposition(const Clause& c, size_t floor, size_t k);

// True when the clause opens with a dateline: "WASHINGTON, Dec. 3 --".
bool Dateline(const Clause& c);

// "WASHINGTON -- Arizona Gov. Jan Brewer": the first word after a dateline
// (words in capitals, a date, an agency in parentheses, then a dash) that
// opens the clause at word `first`, else `first`.
size_t AfterDateline(const Clause& c, size_t first);

// True when a noun before "for" and a name speaks for that name: a title,
// role or occupation ("a spokesman for Acme", "a lawyer for Smith"), a
// relation or a plural of people ("the campaign for Ada Okafor" is hers).
bool SpeaksFor(std::string_view lower);

// The determiner opening "the mayor of" / "a congressman from" / "a
// spokesman for" (a word SpeaksFor takes before "for") right before a name
// at word `first` (up to four lower-case words, none a cue or clause word,
// between; a plural of people that speaks for the name needs none:
// "lawyers for Smith"), or nothing.
std::optional<size_t> HeadBeforePlace(const Clause& c, size_t floor, size_t first);

// A noun phrase starting at word `first`, before `ceiling`: [first, last].
std::optional<std::pair<size_t, size_t>> NpForward(const Clause& c, size_t first, size_t ceiling);

// A noun phrase ending with word `last` (inclusive), not reaching before
// `floor`: [first, last].
std::optional<std::pair<size_t, size_t>> NpBackward(const Clause& c, size_t floor, size_t last);
// NpBackward's lower-case phrase back to a determiner ("the secretary", "a
// spokesman for the Pentagon"), at most six words (quote_lower_phrase.cc).
std::optional<std::pair<size_t, size_t>> LowerPhraseBack(const Clause& c, size_t floor,
                                                         size_t last);

// True when the whole clause is a title phrase that may head an
// appositive: "the White House press secretary", "Google's chief human
// resources executive", "the economist Jared Bernstein" (two to eight
// words, opening with a capitalized word or a determiner, holding a name or
// ending in a title word; no cue, pronoun, time or clause word).
bool TitlePhrase(const Clause& c);

// "...," an aide, who asked not to be named, told reporters: when the
// clause `right` after a quote is a lower-case noun phrase (a determiner
// and one to four words) and the wider window `wide` (which opens with the
// same words) goes on with ", who ...,", the word after the comma that
// closes the relative clause (where its cue is looked for); else 0
// (quote_relative_speaker.cc).
size_t AfterRelativeClause(const Clause& right, const Clause& wide);

// The subject that opens a clause (before word `ceiling`), skipping an
// introductory phrase; it must be a name or a pronoun, or "the" and a name
// ("After the vote, the Bay Transit Authority was …"). `lowercase` holds
// the words seen in lower case in the article.
std::optional<std::pair<size_t, size_t>> SubjectNp(
    std::string_view text, const Clause& c, size_t ceiling,
    const std::unordered_set<std::string>& lowercase);

struct Attribution {
  bool found = false;  // a cue was found
  text::ByteSpan cue;
  text::ByteSpan speaker;  // empty when none (passive, unknown)
};

// True when the cue before a quote ends right at its opening mark, with
// only a comma or a colon between (`he warned, "…"`, `…, saying, "…"`): that
// cue introduces the quote (quote_attribution.cc).
bool CueOpensQuote(std::string_view text, const Attribution& prior, size_t open);

// The speaker of the cue at word k of a clause: the noun phrase before it
// (past adverbs, auxiliaries, "went on to" and an appositive), or after it
// ("said Caddell"); empty for a passive "was asked" / "was told".
text::ByteSpan SpeakerOfCue(std::string_view text, const Clause& c, size_t k,
                            const std::unordered_set<std::string>& lowercase);

// "according to NP" or "NP cue" / "cue NP" within the clause; `from_end`
// searches the last cue first (text before a quote), else the first
// (quote_attribution.cc). Before a quote, a clause ending with "in NP's
// words" or "in the words of NP" is attributed too (cue "words").
Attribution FindAttribution(std::string_view text, const Clause& c, bool from_end,
                            size_t max_words_after_cue,
                            const std::unordered_set<std::string>& lowercase);

// The last word k >= 1 of `clause` whose gap from the word before holds
// `mark` or an em dash; 0 when no gap does (quote_attribution.cc).
size_t LastBreak(std::string_view text, const Clause& clause, std::string_view mark);

// The speaker span cleaned: a leading day or month dropped ("Friday,
// Trump" -> "Trump"); empty when what is left is not a person or an
// organisation: a time ("Tuesday", "the weekend"), a clause ("that the
// findings", "the mother is") or a bare capitalized word seen in lower case
// in the article ("Hours").
text::ByteSpan CheckSpeaker(const TextWords& text, text::ByteSpan span,
                            const std::unordered_set<std::string>& lowercase);

// "Capt. Ada Okafor of the State Police said", read back from the cue to
// "State Police" at word `first`: the first word of the person before "of
// the" (a title and a name, or a name of two to four words; not before
// `floor`), else `first` (quote_span_trim.cc).
size_t PersonBeforeOfThe(const Clause& c, size_t floor, size_t first);

// The speaker span cut to the person (quote_span_trim.cc): an opening word
// seen in lower case before a party or title dropped ("Fellow Democratic
// Sen. Ada Okafor"), a place after the name ("Sen. Ada Okafor of Ohio",
// "Rep. Ada Okafor, Democrat of Ohio") and the place of an office before it
// ("the District of Ohio Ada Okafor" is Ada Okafor); empty for a sign or a
// banner (WrittenThing). CheckSpeaker calls it.
text::ByteSpan TrimSpeaker(const TextWords& text, text::ByteSpan span,
                           const std::unordered_set<std::string>& lowercase);

// The index of the capitalized word after a lower-case title of one or two
// words at word k of the clause that ends in a title or role word
// ("strategist Simon", "presidential candidate Ted", "press secretary
// Alyssa"), else 0.
size_t TitleBridge(const Clause& c, size_t k);

// The clause right after a quote that ends with , ! or ? and has no cue
// from the lexicon: "NP <verb>ed" ("Trump barked", "the editorial read" is
// in the lexicon) or "<verb>ed Name" ("beamed Donald Hartley"), "NP went
// on" / "NP shot back", and a plural subject with the plain form of a cue
// whose -s form is in the lexicon ("the Saudis state", "they write"). The
// verb is taken as the cue.
Attribution VerbAfterQuote(const Clause& right);

// `"…," the tall, 71-year-old captain said`: adjectives set apart by a
// comma before the noun. The clause after the quote (`right`) stops at that
// comma; when it is a determiner and lower-case words and the wider window
// `wide` goes on with at most four more, joined by spaces or hyphens, up to a
// cue, returns the cue's index in `wide` (those words speak), else 0.
size_t CoordinateAdjectives(const Clause& right, const Clause& wide);

// True when a quote opening at byte `open` (its content's first byte
// `first`, last byte `last`) is a whole sentence quoted right after its cue
// verb with no comma between (he yelled "You lie!", the ad claims "Jeb is
// ….", she says "we worked hard …."; Stop 25): the speaker's own words, not
// a phrase in the reporter's sentence. Opening with other than a capital
// (lower case, a digit, an ellipsis) only after a lower-case cue and not in
// a relative clause ("which he said "threatens …""). Not
// after "told": what follows it is the one told ("told "Today."").
bool Utterance(const TextWords& tw, size_t open, unsigned char first, char last);

// True when the cue `cue` is a verb of telling or of writing to someone
// followed by the one told and the comma at byte `before` - 1, right
// before a quote (told his supporters, "…"; tweeted at him, "…"): at most
// five words and no comma between (quote_verb_cues.cc; Stop 25).
bool TellsAddressee(const TextWords& tw, text::ByteSpan cue, size_t before);

// True when the words of [left, speaker) hold no comma, or open with one
// phrase set off by one comma that is a connective ("But,", "Later,") or a
// time phrase: after a preposition ("At one point,", "At the same time,"),
// or of at most four words ending in a time word and "later", "earlier" or
// "ago" ("Minutes later,", "Two weeks ago,"; not "Sooner or later,") or
// opening with "last", "this", "next" or "that" ("Last week,"):
// no subject the quote could go on from ("That, the panel said, "would
// help""), nor a topic of the words reported ("In cases of abortion, it
// said, "…"").
bool OpeningPhraseOnly(const TextWords& tw, size_t left, size_t speaker);

// True when the cue `cue` of the clause `right` after a quote goes on with a
// reported clause of its own ("Kasich said he would", "Greene added that"):
// after a quote that ends its sentence, that cue opens a new statement
// (quote_reported_clause.cc).
bool CueReportsOwnClause(const Clause& right, text::ByteSpan cue);

// True when the word before word `before` of the clause (the cue's first
// word, adverbs skipped) is a relative pronoun that is the cue's subject:
// "Lynch, who told", "a report, which notes" (quote_relative_speaker.cc).
bool RelativeBeforeCue(const Clause& c, size_t before);

// The subject of the time or reason clause ("when Clinton ended …", "even
// as he defended …") nearest before word k and after word `from` (the
// sentence's subject), when no cue stands between: a participle or a
// second verb at k ("…, remarking", "… and later said") goes on from that
// clause, not from the sentence's subject (quote_subordinate_subject.cc).
std::optional<std::pair<size_t, size_t>> SubordinateSubject(const Clause& c, size_t from, size_t k);

// The subject of the words [left, open) before a quote, or nothing: in
// `She invoked the idea of "subsidiarity," saying it means "…"` the
// participle after the first quote speaks through "She", when the first
// quote has no speaker of its own (quote_subordinate_subject.cc).
text::ByteSpan SubjectBeforeQuote(const TextWords& words, size_t left, size_t open,
                                  const std::unordered_set<std::string>& lowercase);

// "Frum called the moment "a display of panic"", "what Gilbert called "…"":
// when a quote follows the clause right after "called" (or "calls") and at
// most five words of its object, the name or personal pronoun that calls
// speaks; nothing for "is called" or a phrase ("a group called")
// (quote_called.cc). FindAttribution reads it when no cue is found.
Attribution CalledAttribution(std::string_view text, const Clause& c,
                              const std::unordered_set<std::string>& lowercase);

// True when the speaker at byte `speaker` follows "as" and its clause runs
// to the comma at byte `before` - 1, right before a quote ("As Ada Okafor
// put it, "…"", "as they say about the captain, "…""), or is "in NP's
// words" or "in the words of NP" there: a parenthetical attribution, whose
// quote is the speaker's words.
bool AsClauseBefore(const TextWords& tw, size_t speaker, size_t before);

// True when the quoted words are a title in marks ("Today", "Meet the
// Press", "On the Record with Greta …"): up to six words, each capitalized
// but the articles, conjunctions and prepositions inside.
bool TitleInMarks(const TextWords& tw, const std::vector<Word>& quoted);

// True when the quote opening at byte `open` (content `content`) is a term
// of one or two words the reporter names, not someone's words: right after
// "so-called", "dubbed", "labeled", "termed", "known as" or "the word",
// "the term", "the phrase" (a scare quote: no speaker).
bool NamedTerm(const TextWords& tw, text::ByteSpan content, size_t open);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTE_SPEAKERS_H_
