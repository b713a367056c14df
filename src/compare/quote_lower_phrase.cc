// The lower-case phrase that ends a speaker before its cue
// (quote_speakers.h, NpBackward): back to its determiner, not across a
// comma into a list or an apposition of things, and not the object of a
// preposition.
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "compare/name_variants.h"
#include "compare/name_words.h"
#include "compare/quote_speakers.h"
#include "compare/quotes.h"

namespace concord::compare::internal {

namespace {

// A head noun that speaks after a possessive name: a person ("Smith's
// lawyer", "Alabama's governor", "Stone's aides") or a group ("Trump's
// campaign", "Weiner's office"); not a thing ("Braley's apology noted").
bool SpeakingHead(std::string_view lower) {
  static const std::unordered_set<std::string_view> kHeads = {
      "family",  "campaign", "office",     "team",      "board",     "staff",
      "camp",    "lawyer",   "legal",      "official",  "executive", "spokesperson",
      "company", "agency",   "department", "committee", "government"};
  return PeopleWord(lower) || In(kOccupationWords, lower) || kHeads.count(lower) > 0;
}

// Word k's name run back from word k in the possessive ("Smith's", "Mr.
// Seel's"): its first word, not before `floor`.
size_t NameStart(const Clause& c, size_t floor, size_t k) {
  while (k > floor && Capitalized(c.words[k - 1]) && !IsDeterminer(c.lower[k - 1])) {
    const size_t end = c.words[k - 1].end;
    const bool joined = OnlySpace(c.text, end, c.words[k].start) ||
                        (c.text[end] == '.' && OnlySpace(c.text, end + 1, c.words[k].start) &&
                         (IsTitleWord(c.lower[k - 1]) || end - c.words[k - 1].start == 1));
    if (!joined) break;
    --k;
  }
  return k;
}

// "Smith's lawyer", "The Washington Post's editorial board" ending at word
// `last`, when word `first` is a name in the possessive and the head
// speaks: the phrase's first word. Not a time ("Wednesday's shooting"), not
// a title before a name in apposition, which is left to the name ("Stone's
// attorney, Grant Smith, said"), and not a name after "of", "from" or
// "for", which belongs to the phrase before it ("a release from Mr. Seel's
// office"): nothing then.
std::optional<size_t> OwnerBefore(const Clause& c, size_t floor, size_t first, size_t last) {
  if (first >= last || !Capitalized(c.words[first]) || !Possessive(c, first) ||
      !SpeakingHead(c.lower[last]) || IsTimeWord(StripPossessive(c.lower[first]))) {
    return std::nullopt;
  }
  if (last + 1 < c.words.size() && Capitalized(c.words[last + 1]) &&
      c.text.substr(c.words[last].end, c.words[last + 1].start - c.words[last].end).find(',') !=
          std::string_view::npos) {
    return std::nullopt;
  }
  const size_t owner = NameStart(c, floor, first);
  if (owner == floor || !OnlySpace(c.text, c.words[owner - 1].end, c.words[owner].start)) {
    return owner;
  }
  const std::string& before = c.lower[owner - 1];
  if (before == "the") return owner - 1;
  if (before == "of" || before == "from" || before == "for") return std::nullopt;
  return owner;
}

}  // namespace

std::optional<std::pair<size_t, size_t>> LowerPhraseBack(const Clause& c, size_t floor,
                                                         size_t last) {
  // "Based on the first study, state health officials concluded": a phrase
  // that reaches back over a comma is the part after it when that names
  // people; "the study, the ancestry derived" is a list or apposition.
  size_t comma = 0;  // the word after the last comma passed, 0 for none
  const auto after_comma =
      [&](std::pair<size_t, size_t> np) -> std::optional<std::pair<size_t, size_t>> {
    // (A title before a name in apposition is left to the name: "…, Trump
    // Jr.'s attorney, Alan Futerfas, said".)
    const bool appositive =
        last + 1 < c.words.size() && Capitalized(c.words[last + 1]) &&
        c.text.substr(c.words[last].end, c.words[last + 1].start - c.words[last].end).find(',') !=
            std::string_view::npos;
    if (comma == 0 || appositive) return np;
    if (PeopleWord(c.lower[last])) return std::make_pair(comma, last);
    // ("At one town hall, he only hinted": the pronoun.)
    if (IsPronoun(c.lower[comma])) return std::make_pair(comma, comma);
    return std::nullopt;
  };
  for (size_t first = last + 1; first-- > floor;) {
    if (last - first >= 6) break;
    if (first < last && comma == 0 &&
        c.text.substr(c.words[first].end, c.words[first + 1].start - c.words[first].end)
                .find_first_of(",;") != std::string_view::npos) {
      comma = first + 1;
    }
    // ("a source familiar with the talks": not the object's determiner.)
    if (IsDeterminer(c.lower[first]) &&
        !(first > floor && ModifierPreposition(c, floor, first - 1))) {
      if (first == last) return std::nullopt;
      // "a release from Mr. Seel's office about the planned meeting noted":
      // the object of "about" gives way to the phrase before it.
      // ("ends with a voice over saying": "with" and "to" are left alone.)
      if (first >= floor + 2 && ObjectPreposition(c.lower[first - 1]) &&
          c.lower[first - 1] != "with" && c.lower[first - 1] != "to") {
        const auto before = NpBackward(c, floor, first - 2);
        if (before && IsDeterminer(c.lower[before->first])) return after_comma(*before);
        // "someone in the audience", "a friend in the room", "witnesses at
        // the scene": the whole phrase; "Weeks before the election, asked"
        // and "objects in the Indian Ocean experts said" (a plural may be
        // things): none.
        const std::string& lone = c.lower[first - 2];
        if (!lone.starts_with("some") && !lone.starts_with("any") && !IsRelationWord(lone) &&
            !IsTitleWord(lone) && !IsRoleWord(lone) && !IsPeoplePlural(lone)) {
          return std::nullopt;
        }
        return after_comma({first - 2, last});
      }
      return after_comma({first, last});
    }
    // "Smith's lawyer said", "John Smith's family said": a name in the
    // possessive opens the phrase as a determiner does; the head noun
    // speaks, not the possessor.
    if (const auto owner = OwnerBefore(c, floor, first, last)) return after_comma({*owner, last});
    // "a source familiar with Cruz's thinking", "people close to the mayor".
    const bool familiar = ModifierPreposition(c, floor, first);
    // "a thing or two about big-screen great apes, once said": the object
    // of a preposition.
    if (first != last && ObjectPreposition(c.lower[first]) && !familiar) break;
    if (first != last && BlocksPhrase(c.lower[first]) && c.lower[first] != "of" &&
        c.lower[first] != "for" && c.lower[first] != "at" && !familiar) {
      break;
    }
    if (first == floor) {
      // "officials said", "aides told": a bare plural at clause start.
      if (last - first <= 1 && c.lower[last].ends_with("s") && !BlocksPhrase(c.lower[last])) {
        return std::make_pair(first, last);
      }
    }
  }
  return std::nullopt;
}

}  // namespace concord::compare::internal
