// Internal to concord (use concord/group.h): the place rule of the
// grouper (docs/group.md, "Places that exclude each other"). Two events of
// one kind on one day (a warehouse fire in Lyon and one in Hamburg, told
// in one wire template) share every term but the place and the toll, so
// their cosine joins them in one story. The rule keeps them apart: an
// article does not join a story, and two stories do not merge, when the
// two are one template and state their events in places that exclude each
// other, and nothing binds them.
//
// What an article states as its place: the names right after "in",
// "near" or "off" (text::PlaceMentions: "in Lyon", "off the coast of
// Chile") in its first lead sentences, and the city of the dateline the
// cleaner took off its lead ("LYON, France (AP) —", "HAMBURG —"). Two
// such places exclude each other when they follow the same preposition
// (or are both datelines) and are not one place under two names
// (text::SamePlace: "the U.S." / "America").
//
// Kept narrow on purpose, because reports of one event are often
// datelined from other bureaus ("WASHINGTON —" / "BAGHDAD —") and name
// other places in passing. The rule parts two sides only when, besides,
// no place either states is written by the other at all (one shared place,
// "in Iraq", binds them), no name of two capitalised words is written by
// both, and a lead sentence of each is one template (copy_facts.h). A
// story's places and words are the union of its articles' (a story grown
// past kMaxStoryWords words is never refused: its words are no longer all
// known).
#ifndef CONCORD_GROUP_PLACE_FACTS_H_
#define CONCORD_GROUP_PLACE_FACTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"

namespace concord::group {

// One place an article states: the preposition it follows ("in"), or
// "dateline"; its lower-case words.
struct StatedPlace {
  std::string kind;
  std::vector<std::string> words;
  bool operator==(const StatedPlace&) const = default;
};

struct PlaceFacts {
  std::vector<StatedPlace> places;  // distinct, in order of first sight
  // Sorted distinct 32-bit hashes of the lower-case forms of the words of
  // the title, the dateline and the lead that may be part of a place (no
  // number, no stopword unless capitalised): where a place is looked for
  // as written.
  std::vector<uint32_t> words;
  // Sorted distinct hashes of the names of two capitalised words in a row
  // ("lindsay lohan"): a name both sides write binds them.
  std::vector<uint32_t> names;
  // The lead sentences' word hashes (CopyFacts::lead_words, folded to 32
  // bits as the words are) of its first articles, at most kMaxStoryLeads:
  // the rule parts only two sides told in one template (a lead sentence
  // of each, copy_facts.h).
  std::vector<std::vector<uint32_t>> leads;
  bool saturated = false;  // a story's words past kMaxStoryWords: never refused
};

// The lead sentences whose places count as the event's (past the title).
inline constexpr size_t kPlaceSentences = 2;
// At most this many places and words are kept for a story.
inline constexpr size_t kMaxStoryPlaces = 64;
inline constexpr size_t kMaxStoryWords = 1024;
inline constexpr size_t kMaxStoryLeads = 12;  // the first 4 articles' 3 lead sentences

// The lead sentences of CopyFacts::lead_words, as PlaceFacts::leads keeps
// them.
std::vector<std::vector<uint32_t>> FoldLeads(const std::vector<std::vector<uint64_t>>& lead_words);

// The places and words of one article: `title` and its tokens, the
// `dateline` the cleaner took off its lead ("LYON, France (AP) — ", or
// empty) and its tokens, the lead's `sentences`, of which the words of the
// first `lead_words` tokens count. The title's words count, not its
// places: a headline's capitals are those of title case.
PlaceFacts ReadPlaceFacts(std::string_view title, const std::vector<text::Token>& title_tokens,
                          std::string_view dateline,
                          const std::vector<text::Token>& dateline_tokens,
                          const std::vector<Sentence>& sentences, size_t lead_words);

// Adds `more` (an article joining, or a story merged in) to a story's facts.
void AddPlaceFacts(PlaceFacts& story, const PlaceFacts& more);

// True when `a` and `b` state places that exclude each other (above):
// one place of each follows the same preposition (or both are datelines)
// and the two are not one place, and no place of either has a word that
// the other writes. Either side saturated, or without places: false.
bool PlacesConflict(const PlaceFacts& a, const PlaceFacts& b);

}  // namespace concord::group

#endif  // CONCORD_GROUP_PLACE_FACTS_H_
