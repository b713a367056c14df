// The grouper's place rule (see place_facts.h and docs/group.md, "Places
// that exclude each other"). An article's places are read once, ahead of
// the grouper (features.cc); a story keeps the union of its articles'
// places and words, so a decision costs a few binary searches.
#include "group/place_facts.h"

#include <algorithm>
#include <iterator>

#include "group/copy_facts.h"
#include "text/differing_facts.h"
#include "util/fnv1a.h"

namespace concord::group {
namespace {

// A word's 32-bit hash (FNV-1a's two halves folded): half the memory of a
// story's words. Two words of one hash make the rule read a place as
// written where it is not, which only spares a story (one in 2^32 for a
// word).
uint32_t Fold(uint64_t hash) { return static_cast<uint32_t>(hash ^ (hash >> 32)); }

uint32_t Hash32(std::string_view word) { return Fold(util::Fnv1a(word)); }

// A word where a place may be written: it opens with an ASCII capital or
// a byte past ASCII (Ä, Д: the case of those is not read here).
bool MayBeName(std::string_view text, const text::Token& token) {
  if (token.span.start >= text.size()) return false;
  const char first = text[token.span.start];
  return (first >= 'A' && first <= 'Z') || (first & 0x80);
}

// The place of a dateline (`text`, which the cleaner took off the lead:
// "LYON, France (AP) — ", "NEW YORK (Reuters) - ", "HAMBURG — "): its
// words before the first comma, bracket or dash.
std::vector<std::string> DatelinePlace(std::string_view text,
                                       const std::vector<text::Token>& tokens) {
  const size_t end = text.find_first_of(",(-\xE2");  // \xE2: the first byte of – and —
  std::vector<std::string> place;
  for (const text::Token& token : tokens) {
    if (token.span.start >= end || token.is_number) break;
    place.emplace_back(token.lower);
  }
  return place;
}

void AddPlace(PlaceFacts& facts, StatedPlace place) {
  if (std::find(facts.places.begin(), facts.places.end(), place) == facts.places.end()) {
    facts.places.push_back(std::move(place));
  }
}

// The prepositions whose names are read as the event's place: "in Lyon",
// "near Lyon", "off Crete". Not "of", "from" and "at", which name as often
// an organisation ("a spokesman of Airbus"), where a person comes from or
// a venue ("at SAP Arena").
bool IsEventPreposition(std::string_view preposition) {
  return preposition == "in" || preposition == "near" || preposition == "off";
}

void AddMentions(PlaceFacts& facts, std::string_view text, const std::vector<text::Token>& tokens) {
  for (const text::PlaceMention& m : text::PlaceMentions(text, tokens)) {
    if (!IsEventPreposition(m.preposition)) continue;
    AddPlace(facts, {std::string(m.preposition), {m.words.begin(), m.words.end()}});
  }
}

// The words of `tokens` (the first `limit`) that may be part of a place
// (no number, and no stopword unless capitalised: "US"), and the names of
// two words in a row that may be names, separated by one space ("Lindsay
// Lohan", hashed as "lindsay lohan"). A word counts whatever its case: a
// text in lower case writes its places so ("los angeles ( ap ) — ... in
// san bernardino"), and a report of one event filed from another bureau
// is known by the place it writes.
void AddWords(PlaceFacts& facts, std::string_view text, const std::vector<text::Token>& tokens,
              size_t limit) {
  for (size_t i = 0; i < tokens.size() && i < limit; ++i) {
    const bool capital = MayBeName(text, tokens[i]);
    if (tokens[i].is_number || (tokens[i].is_stopword && !capital)) continue;
    facts.words.push_back(Hash32(tokens[i].lower));
    if (!capital || i == 0 || tokens[i].span.start != tokens[i - 1].span.end + 1 ||
        !MayBeName(text, tokens[i - 1]) || tokens[i - 1].is_stopword || tokens[i].is_stopword) {
      continue;
    }
    std::string name(tokens[i - 1].lower);
    name.append(" ").append(tokens[i].lower);
    facts.names.push_back(Hash32(name));
  }
}

void SortDistinct(std::vector<uint32_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// Sets `into` to the sorted union of itself and `more` (both sorted),
// through a buffer kept for the next call (no allocation once it is large
// enough: a story's words grow at every article that joins).
void Unite(std::vector<uint32_t>& into, const std::vector<uint32_t>& more) {
  if (more.empty()) return;
  thread_local std::vector<uint32_t> out;
  out.clear();
  std::set_union(into.begin(), into.end(), more.begin(), more.end(), std::back_inserter(out));
  into.swap(out);
}

// True when the two sorted lists share a value.
bool Meet(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  auto x = a.begin();
  auto y = b.begin();
  while (x != a.end() && y != b.end()) {
    if (*x == *y) return true;
    if (*x < *y) {
      ++x;
    } else {
      ++y;
    }
  }
  return false;
}

// True when `side` writes a word of `place` (in its title or lead).
bool Writes(const PlaceFacts& side, const StatedPlace& place) {
  return std::any_of(place.words.begin(), place.words.end(), [&](const std::string& word) {
    return std::binary_search(side.words.begin(), side.words.end(), Hash32(word));
  });
}

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

// True when a lead sentence of `a` and one of `b` are one template.
bool OneTemplate(const PlaceFacts& a, const PlaceFacts& b) {
  for (const std::vector<uint32_t>& x : a.leads) {
    for (const std::vector<uint32_t>& y : b.leads) {
      if (Resemblance(x, y) >= kTemplateResemblance) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::vector<uint32_t>> FoldLeads(const std::vector<std::vector<uint64_t>>& lead_words) {
  std::vector<std::vector<uint32_t>> leads;
  leads.reserve(lead_words.size());
  for (const std::vector<uint64_t>& words : lead_words) {
    std::vector<uint32_t>& lead = leads.emplace_back();
    lead.reserve(words.size());
    for (const uint64_t word : words) lead.push_back(Fold(word));
    SortDistinct(lead);
  }
  return leads;
}

PlaceFacts ReadPlaceFacts(std::string_view title, const std::vector<text::Token>& title_tokens,
                          std::string_view dateline,
                          const std::vector<text::Token>& dateline_tokens,
                          const std::vector<Sentence>& sentences, size_t lead_words) {
  PlaceFacts facts;
  AddWords(facts, title, title_tokens, title_tokens.size());
  std::vector<std::string> city = DatelinePlace(dateline, dateline_tokens);
  for (const std::string& word : city) facts.words.push_back(Hash32(word));
  if (!city.empty()) AddPlace(facts, {"dateline", std::move(city)});
  size_t words = 0;
  for (const Sentence& sentence : sentences) {
    if (words >= lead_words) break;
    if (sentence.index < kPlaceSentences) AddMentions(facts, sentence.text, sentence.tokens);
    AddWords(facts, sentence.text, sentence.tokens, lead_words - words);
    words += sentence.tokens.size();
  }
  SortDistinct(facts.words);
  SortDistinct(facts.names);
  return facts;
}

void AddPlaceFacts(PlaceFacts& story, const PlaceFacts& more) {
  if (story.saturated) return;
  for (const StatedPlace& place : more.places) AddPlace(story, place);
  for (const std::vector<uint32_t>& lead : more.leads) {
    if (story.leads.size() < kMaxStoryLeads) story.leads.push_back(lead);
  }
  Unite(story.words, more.words);
  Unite(story.names, more.names);
  if (more.saturated || story.places.size() > kMaxStoryPlaces ||
      story.words.size() + story.names.size() > kMaxStoryWords) {
    story = PlaceFacts{};
    story.saturated = true;
  }
}

bool PlacesConflict(const PlaceFacts& a, const PlaceFacts& b) {
  if (a.saturated || b.saturated || a.places.empty() || b.places.empty()) return false;
  if (Meet(a.names, b.names)) return false;  // one person or body named by both
  if (!OneTemplate(a, b)) return false;
  for (const StatedPlace& place : a.places) {
    if (Writes(b, place)) return false;
  }
  for (const StatedPlace& place : b.places) {
    if (Writes(a, place)) return false;
  }
  for (const StatedPlace& x : a.places) {
    for (const StatedPlace& y : b.places) {
      if (x.kind == y.kind && !text::SamePlace(Views(x.words), Views(y.words))) return true;
    }
  }
  return false;
}

}  // namespace concord::group
