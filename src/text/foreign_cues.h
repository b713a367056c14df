// Internal to src/text: use concord/text.h (SplitSentences) instead.
//
// What the sentence splitter reads around a period in news written in
// other languages than English, where the English word lists say nothing:
// initials in any cased script ("В. В. Путин", "Ł. Nowak"), an ordinal
// day before a month as German and the Nordic languages write it ("am 3.
// Mai", "den 17. mai"), the Russian year "г." after a number, and an
// abbreviation in a non-Latin script before a lower-case word ("т. е.",
// "тыс. человек"). The abbreviations of German, French, Spanish and
// Russian news themselves are in abbreviations.cc. Kept apart from
// sentence_splitter.cc, which decides; none allocates.
#ifndef CONCORD_SRC_TEXT_FOREIGN_CUES_H_
#define CONCORD_SRC_TEXT_FOREIGN_CUES_H_

#include <cstddef>
#include <string_view>

#include "text/sentence_words.h"

namespace concord::internal {

// True for one capital letter of any cased script, or several joined by
// periods, with at least one outside ASCII ("В", "Ł", "В.В", "Ж.-П" is
// not): initials, as "J" and "J.R.R" are in English (IsAcronym). The word
// is the text before its last period.
bool IsNonAsciiInitials(std::string_view word);

// True when the one or two digits `number` (a day, 1 to 31, standing alone
// at text[word_start]) come before a month's name or "Jahrhundert": an
// ordinal as German writes it ("am 3. Mai", "vom 1. Januar", "im 19.
// Jahrhundert"), and the Nordic languages ("den 17. mai"). A month English
// spells the same way counts only after a German word that stands before
// a date or a weekday and a comma ("am 3. April", "Montag, 3. April"; but
// "won 9 to 3. April was"); "May" and "March" never do.
bool OrdinalBeforeMonth(std::string_view text, size_t word_start, std::string_view number,
                        const NextWord& next);

// True for the Russian "г." ("год", year) and "гг." (years) after a number
// ("в 2025 г. Закон"), which may end a sentence as a unit does; before a
// name "г." is "город" (city: "в г. Москве") and never ends one.
bool IsYearAfterNumber(std::string_view text, size_t sentence_start, size_t word_start,
                       std::string_view word);

// True when `word` holds a letter outside ASCII and the word after the
// period, `next`, starts with a lower-case letter outside ASCII: in
// Russian or Greek text a sentence never opens in lower case, so the
// period ends an abbreviation ("т. е.", "тыс. человек", "ул. и"). (The
// rule that a period before a lower-case word ends a sentence is for
// damaged English text, which is lower-cased.)
bool NonAsciiBeforeLowerCase(std::string_view text, std::string_view word, const NextWord& next);

}  // namespace concord::internal

#endif  // CONCORD_SRC_TEXT_FOREIGN_CUES_H_
