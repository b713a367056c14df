// Internal to concord_names (compare's name finder as a library of its
// own, which the summarizer and eval's readability check link too).
//
// Who a set of sentences names and how: a person's full name ("Peter
// Varga") or a surname alone or after a title ("Varga", "Mr. Varga"),
// found by FindNames and grouped by GroupNames, so that a reader's "who
// is Varga?" can be asked of a summary (docs/summarize.md, "Full names
// first").
#ifndef CONCORD_SRC_COMPARE_PERSON_REFS_H_
#define CONCORD_SRC_COMPARE_PERSON_REFS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::compare::internal {

struct PersonRef {
  size_t text = 0;    // index in the texts given
  size_t start = 0;   // byte offset of the name (title included) in that text
  size_t person = 0;  // the same id for every spelling of one person
  bool full = false;  // two or more name words ("Peter Varga", "Gen. Martin Dempsey")
  std::string name;   // as FindNames reads it: titles removed ("Martin Dempsey")
};

// The people `texts` (sentences, each read on its own) name, in text order
// and by position within a text. A full name is a person-like name of two
// to four words (particles aside). A surname counts only when it is the
// last word of a full name of its group somewhere in `texts`, so a name
// never given in full ("Obama" alone, "Apple") is not listed; nor is one
// used as a modifier after "the", "a" or "an" ("the Trump administration").
// A group is listed only when some mention says it is a person: a title
// ("Rep. Ryan", "Ms. Townsend", "Gen. Martin Dempsey") or a full name
// whose first word is a given name (GivenNameGender: "Paul Ryan"), so that
// "Whittington Lecture" or "Romney-Ryan Medicare" make no person of
// "Medicare".
// A capitalized word that opens a text is read as a name only when no
// text has it in lower case (FindNames' `lowercase_words`).
std::vector<PersonRef> FindPersonRefs(const std::vector<std::string_view>& texts);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_PERSON_REFS_H_
