// Internal to concord_compare; use concord/compare.h instead.
//
// Who a quote's speaker is (quote_resolve.cc): the article's names grouped,
// the names next to a cue verb, and a pronoun or title resolved to a name.
// ExtractQuotes (quotes.cc) calls them once its drafts have speakers.
#ifndef CONCORD_SRC_COMPARE_QUOTE_RESOLVE_H_
#define CONCORD_SRC_COMPARE_QUOTE_RESOLVE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compare/name_variants.h"
#include "compare/quote_speakers.h"
#include "compare/words.h"
#include "concord/compare.h"

namespace concord::compare::internal {

class NearbySpeakers;  // quote_nearest.h

// A named speaker candidate: a name next to a cue verb.
struct Speaker {
  size_t position = 0;
  std::string name;
};

// Names of the article, grouped, each group shown by its longest spelling.
struct ArticleNames {
  std::unordered_set<std::string> lowercase;  // words seen in lower case
  std::vector<FoundName> names;
  std::vector<size_t> groups;        // per name
  std::vector<std::string> display;  // per group
  // A group is a person when one of its spellings looks like a person's
  // name ("John Kerry" makes "Kerry" a person; "NBC" is not).
  std::vector<bool> person;  // per group
  // 'm' or 'f' when a spelling of the group carries a gendered title
  // ("Mr. Corker", "Ms. Clinton", "Congresswoman Tlaib"), else 0.
  std::vector<char> gender;  // per group

  // The names are in text order (by start). Per name, the furthest end of
  // it and the names before it: the first name ending after a byte is
  // found by a binary search.
  std::vector<size_t> reach;
  // The one person whose name ends with a word ("okafor"), by that word in
  // lower case; "" when two people's names end with it.
  std::unordered_map<std::string, std::string> by_surname;
  // Built on first use, one per title asked (TitleHolder): the names whose
  // group holds the title at or before them, ordered by where that holds
  // (the later of the name and its group's first holder), and, per entry,
  // the last name of those so far.
  struct TitleIndex {
    std::vector<size_t> holds_from;
    std::vector<size_t> last_name;
  };
  // Built on first use, one per state and party asked (PlacePartyHolder):
  // the people introduced with them, in text order, and the first of those
  // shown otherwise than the first.
  struct PlaceIndex {
    std::vector<size_t> introduced;
    size_t other = 0;
  };
  // (An ArticleNames is read by one thread at a time.)
  mutable std::unordered_map<std::string, TitleIndex> title_index;
  mutable std::unordered_map<std::string, PlaceIndex> place_index;

  // The first name starting at or after byte `pos`.
  size_t FirstFrom(size_t pos) const;
  // The first name overlapping [start, end), or names.size().
  size_t FirstOverlapping(size_t start, size_t end) const;
  // True when a person's name overlaps [start, end).
  bool PersonIn(size_t start, size_t end) const;
  // The display name of the first name overlapping [start, end), or "".
  std::string DisplayOf(size_t start, size_t end) const {
    const size_t i = FirstOverlapping(start, end);
    return i < names.size() ? display[groups[i]] : "";
  }
  // The display name of the one who speaks in [start, end): the last
  // person's name after a title that holds other names ("Democratic
  // presidential nominee Hillary Clinton", "Pence press secretary Alyssa
  // Farah"), else the first name, or the name after it when it is a
  // possessive ("The Post's Dana Milbank" is Dana Milbank); "" when none.
  std::string SpeakerDisplayOf(std::string_view text, size_t start, size_t end) const;
  bool IsPerson(size_t i) const { return person[groups[i]]; }
};

// The article's names, grouped, with the words seen in lower case.
ArticleNames NameArticle(const TextWords& text);

// Where the spaces and tabs that end at byte `k` of `text` begin.
size_t BlanksBefore(std::string_view text, size_t k);

// Named speakers anywhere in the text: a person-like name whose clause has
// a cue verb right after it (or an appositive and then one), or right
// before it.
std::vector<Speaker> CuedSpeakers(const TextWords& tw, const ArticleNames& n);

// The display name of the person named last before byte `at` whose title
// holds the title word `head` with the same qualifier as the word `before`
// it ("the governor" is not "Lt. Gov. Ada Okafor") and, when `head` says a
// gender ("congressman"), no title of the other gender in its group
// ("Ms. Okafor"), or "".
std::string TitleHolder(const ArticleNames& n, const std::string& head, std::string_view before,
                        size_t at);

// For a pronoun ("he", "she") at byte `at` of `quote`: when the subject of
// the reporter's sentence it refers back through is a bare title ("The
// president stepped in. The next day, he said"), the holder of that title
// named before it, or "" when no one fitting is (quote_title_subject.cc);
// nothing when that subject is no bare title, so that the nearest speaker
// is taken.
std::optional<std::string> TitledSubjectHolder(const TextWords& text, const ArticleNames& n,
                                               const Quote& quote, size_t at);

// For a speaker written as a state and a party ("The Arizona Republican",
// `np` its words) at byte `at`: the display name of the one person named
// before it with that state and no other party ("Sen. Ada Okafor,
// R-Ariz.", "Arizona Sen. Ada Okafor"), "" when none or more than one is
// (quote_party_place.cc); nothing when the speaker is no such description.
std::optional<std::string> PlacePartyHolder(const TextWords& text, const ArticleNames& n,
                                            const Clause& np, size_t at);

// For a relative pronoun speaker at `relative` ("Lynch, who told"): the
// display name of the noun phrase it follows, or that phrase's words ("the
// report" of "the report, which notes"); "" when no phrase is right before
// it. `person` is set when the phrase holds a person's name
// (quote_relative_speaker.cc).
std::string RelativeAntecedent(const TextWords& text, const ArticleNames& n,
                               text::ByteSpan relative, bool* person);

// True when a continuation joins the head quote `head` (closing at byte
// `head_close`) as one more part: always for a head of its own, and for an
// embedded head only after its cue and when it is no title in marks
// (quote_continuation.cc).
bool JoinsHead(const TextWords& tw, const Quote& head, size_t head_close);

// Resolves quote.speaker to quote.speaker_name: a pronoun (he, she, I) to
// the nearest named speaker, a title ("the secretary") to the nearest name
// written with it, a name to its group's longest spelling. A resolved
// person is added to `speakers` for the quotes after it.
void ResolveSpeaker(const TextWords& text, const ArticleNames& n, NearbySpeakers& speakers,
                    Quote& quote);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTE_RESOLVE_H_
