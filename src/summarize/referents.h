// Internal to concord_summarize.
//
// Who "he" is (docs/summarize.md, "A pronoun needs a person before it"):
// a sentence whose subject is a personal pronoun ("He will stay in office
// ...", "\"We won,\" she said.") waits for the sentence before it in its
// article, but that sentence may name no one ("Oslo was calm on Friday
// evening."), and then the summary prints a "He" with no referent. When
// several outlets carry the pronoun's sentence, the copy whose previous
// sentence names a person or a role is the one to print.
#ifndef CONCORD_SRC_SUMMARIZE_REFERENTS_H_
#define CONCORD_SRC_SUMMARIZE_REFERENTS_H_

#include <string>
#include <vector>

#include "concord/document.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

// True when the sentence's subject is a singular personal pronoun: it
// opens with "He", "She", "His" or "Her", or a quotation that opens it is
// spoken by "he" or "she" after its close ("\"We won,\" she said."), or
// such a pronoun speaks set off by commas (", he said,").
bool PersonalPronounSubject(const Sentence& sentence);

// True when `sentence` gives a singular pronoun a person to stand for: it
// holds a word for a person or a role ("the prime minister", "a woman",
// "the spokesman", "the 49-year-old"), a personal pronoun itself (the
// person is already in play), or a name compare's name finder reads as a
// person's by its shape (two to four name words, or after a title: "Erik
// Solberg", "Mr. Varga"). Its other names of one word ("Varga", "Oslo")
// are added to `*single`, as written, when it is given: they name a
// person when the story gives them as a surname elsewhere.
bool NamesSomeone(const Sentence& sentence, std::vector<std::string>* single = nullptr);

// For each candidate of `corpus`: true when it is a personal-pronoun
// sentence (PersonalPronounSubject) that `waits` for the one before it,
// of a cased article whose sentence
// before it names no one: not by NamesSomeone, and not by a one-word name
// that the story gives as a person's surname somewhere (the last word of
// a name of NamesSomeone's shapes in any article sentence: "Cowan" where
// another says "William Cowan" or "Mr. Cowan"). When that
// sentence itself `waits` for the one before it (a piece of a quotation
// opened earlier, another "She said ..."), they are taken together, and
// the one before may name the person (up to five sentences back). An
// article whose words are never capitalized inside a sentence
// (lower-cased text, as Multi-News's training files are) cannot say
// whether a sentence names someone, and nothing of it is marked. A
// shorter form (compress.h) is marked when its sentence is and it still
// has the pronoun for subject. An article's first sentence has no
// sentence before it (the orphan rule of coverage.cc covers it).
// REQUIRES: `waits` has a value for each candidate.
std::vector<bool> PronounsWithNoOneBefore(const Corpus& corpus, const std::vector<bool>& waits);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SRC_SUMMARIZE_REFERENTS_H_
