// Internal to concord: what keeps two articles written from one template
// from being taken for copies of one report. A wire template (a fire, a
// crash, a company's results) gives the same sentences with another place
// (or company, or team) and another number; their shingles resemble as
// much as a lightly edited copy's do, but they report different events. So
// a pair that the shingle test calls copies is no copy when one of their
// lead sentences is the other's with a name replaced on both sides: each
// states a name that the other article never writes. A number alone does
// not part them: a wire report's update changes its toll ("killed three" /
// "killed 12") and is still the same report (collapse.h keeps the fuller
// version; the first backs only the sentences it holds word for word).
#ifndef CONCORD_GROUP_COPY_FACTS_H_
#define CONCORD_GROUP_COPY_FACTS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "concord/document.h"

namespace concord::group {

struct CopyFacts {
  // Per lead sentence (the first kLeadSentences of the compared words),
  // sorted distinct hashes of its lower-case words, and of its names: its
  // capitalised words that are no stopword, past the sentence's first
  // word. The names of the United States and the United Kingdom ("the
  // U.S.", "America", "Britain") are hashed as one name each.
  std::vector<std::vector<uint64_t>> lead_words;
  std::vector<std::vector<uint64_t>> lead_facts;
  // Sorted distinct hashes of every lower-case word compared (the same
  // words as the shingles).
  std::vector<uint64_t> words;
};

inline constexpr size_t kLeadSentences = 3;
// Two lead sentences are one template when this share of their distinct
// words (Jaccard) is common to both.
inline constexpr double kTemplateResemblance = 0.5;

// The share of the values of two sorted distinct lists common to both
// (Jaccard); 0 for two empty lists. Two lead sentences (lead_words) are
// one template when it reaches kTemplateResemblance; the place rule
// (place_facts.h) reads it over 32-bit hashes.
template <typename Hash>
double Resemblance(const std::vector<Hash>& a, const std::vector<Hash>& b) {
  size_t common = 0;
  for (const Hash value : a) common += std::binary_search(b.begin(), b.end(), value);
  const size_t all = a.size() + b.size() - common;
  return all == 0 ? 0 : static_cast<double>(common) / static_cast<double>(all);
}

// The facts of the first `shingle_words` tokens of `sentences` (the words
// LeadShingles reads).
CopyFacts LeadFacts(const std::vector<Sentence>& sentences, size_t shingle_words);

// True when a lead sentence of `a` and one of `b` are one template
// (kTemplateResemblance) and each states a name absent from every word of
// the other article: then they are not copies, whatever their shingles.
// One side only (a copy that drops or adds a name, a dateline, a
// byline) is no conflict. Empty facts (none computed) never conflict.
bool StateOtherFacts(const CopyFacts& a, const CopyFacts& b);

}  // namespace concord::group

#endif  // CONCORD_GROUP_COPY_FACTS_H_
