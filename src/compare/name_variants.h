// Internal to concord_compare; use concord/compare.h instead.
//
// Finding names in text and grouping the spellings of one entity.
#ifndef CONCORD_SRC_COMPARE_NAME_VARIANTS_H_
#define CONCORD_SRC_COMPARE_NAME_VARIANTS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "compare/words.h"

namespace concord::compare::internal {

struct FoundName {
  size_t start = 0;  // byte span of the surface, title included
  size_t end = 0;
  size_t name_start = 0;  // where the name proper starts
  std::string surface;    // as written
  std::string name;       // title and "the" removed, possessive removed
  std::string title;      // lower case title words ("secretary of state")
  // Looks like a person: two to four name words or a title, and no word
  // of an organisation or place ("Fox News", "Oval Office", "D-N.Y.").
  bool person_like = false;
  bool acronym = false;  // one all-caps word ("ISIS", "U.S.")
};

// Capitalized runs of the words of text[begin, end) read as names: words joined by
// spaces or hyphens, with particles (al-, bin, de, van) and, inside a run of
// two or more capitalized words, the connectors of/in/and/for. A leading
// title ("Secretary of State", "Gen.", "Iraqi Prime Minister") is split off
// into `title`. A capitalized word that opens a sentence is taken only when
// it is not a function word and is not in `lowercase_words` (words seen in
// lower case in the same texts), when that set is given. Days and months
// are not names.
std::vector<FoundName> FindNames(const TextWords& text, size_t begin, size_t end,
                                 const std::unordered_set<std::string>* lowercase_words = nullptr);

// True for a lower-case word that opens sentences without being a name
// ("the", "when", "however").
bool IsFunctionWord(std::string_view lower);

// True for a lower-case day, month or "today" / "yesterday" / "tomorrow".
bool IsCalendarWord(std::string_view lower);

// True for a lower-case title word ("secretary", "gen", "senator").
bool IsTitleWord(std::string_view lower);

// True for a lower-case role word that ends a title before a name
// ("editor", "aide", "candidate", "nominee").
bool IsRoleWord(std::string_view lower);

// Normalised words of a name: lower case, periods and possessives dropped.
std::vector<std::string> NameKey(std::string_view name);

// A key of two to four words (particles aside) with no connector or "the":
// the shape of a person's name (name_groups.cc).
bool PersonKey(const std::vector<std::string>& key);

// True for a one-word key written in capitals ("ISIS", "U.S.").
bool IsAcronymKey(const std::vector<std::string>& key, std::string_view name);

// Groups names (as FoundName::name). Returns, for each input, a group id
// (0..k-1, ids in order of first appearance). Identical keys share a group;
// multi-word names join by SameName; a single word joins the only group
// whose person surname it is or whose initials it spells, and stays alone
// when it fits several groups. A name written as one hyphenated word
// ("U.S.-Mexico", "Romney-Ryan") gives no surname to a single word.
std::vector<size_t> GroupNames(const std::vector<std::string>& names);

// Adds every lower-case word of `text` (possessive removed) to `words`.
void CollectLowercaseWords(const TextWords& text, std::unordered_set<std::string>* words);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_NAME_VARIANTS_H_
