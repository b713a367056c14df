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

void AddMentions(PlaceFacts& facts, std::string_view text,
                 const std::vector<text::Token>& tokens) {
  for (const text::PlaceMention& m : text::PlaceMentions(text, tokens)) {
    if (!IsEventPreposition(m.preposition)) continue;
    AddPlace(facts, {std::string(m.preposition), {m.words.begin(), m.words.end()}});
  }
}

// The words of `tokens` (the first `limit`) that may be names, and the
// names of two such words in a row, separated by one space ("Lindsay
// Lohan", hashed as "lindsay lohan").
void AddWords(PlaceFacts& facts, std::string_view text, const std::vector<text::Token>& tokens,
              size_t limit) {
  for (size_t i = 0; i < tokens.size() && i < limit; ++i) {
    if (!MayBeName(text, tokens[i])) continue;
    facts.words.push_back(util::Fnv1a(tokens[i].lower));
    if (i == 0 || tokens[i].span.start != tokens[i - 1].span.end + 1 ||
        !MayBeName(text, tokens[i - 1]) || tokens[i - 1].is_stopword || tokens[i].is_stopword) {
      continue;
    }
    std::string name(tokens[i - 1].lower);
    name.append(" ").append(tokens[i].lower);
    facts.names.push_back(util::Fnv1a(name));
  }
}

void SortDistinct(std::vector<uint64_t>& values) {
  std::sort(values.begin(), values.end());
  values.erase(std::unique(values.begin(), values.end()), values.end());
}

// Sets `into` to the sorted union of itself and `more` (both sorted).
void Unite(std::vector<uint64_t>& into, const std::vector<uint64_t>& more) {
  std::vector<uint64_t> out;
  out.reserve(into.size() + more.size());
  std::set_union(into.begin(), into.end(), more.begin(), more.end(), std::back_inserter(out));
  into = std::move(out);
}

// True when the two sorted lists share a value.
bool Meet(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
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
    return std::binary_search(side.words.begin(), side.words.end(), util::Fnv1a(word));
  });
}

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

// True when a lead sentence of `a` and one of `b` are one template.
bool OneTemplate(const PlaceFacts& a, const PlaceFacts& b) {
  for (const std::vector<uint64_t>& x : a.leads) {
    for (const std::vector<uint64_t>& y : b.leads) {
      if (Resemblance(x, y) >= kTemplateResemblance) return true;
    }
  }
  return false;
}

}  // namespace

PlaceFacts ReadPlaceFacts(std::string_view title, const std::vector<text::Token>& title_tokens,
                          std::string_view dateline, const std::vector<text::Token>& dateline_tokens,
                          const std::vector<Sentence>& sentences, size_t lead_words) {
  PlaceFacts facts;
  AddWords(facts, title, title_tokens, title_tokens.size());
  std::vector<std::string> city = DatelinePlace(dateline, dateline_tokens);
  for (const std::string& word : city) facts.words.push_back(util::Fnv1a(word));
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
  for (const std::vector<uint64_t>& lead : more.leads) {
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
