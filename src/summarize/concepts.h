// Internal: use include/concord/summarize.h instead.
//
// Concepts: the units of content the default method covers — stemmed word
// bigrams (not two stopwords) and content unigrams — with what the cluster
// says about each (how many articles and sentences carry it), from which
// the default method weighs it.
#ifndef CONCORD_SUMMARIZE_CONCEPTS_H_
#define CONCORD_SUMMARIZE_CONCEPTS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "summarize/corpus.h"

namespace concord::summarize::internal {

struct ConceptStats {
  bool bigram = false;
  uint32_t articles = 0;         // articles carrying it
  uint32_t sentences = 0;        // candidates carrying it
  uint32_t first_candidate = 0;  // where it first occurs: candidate ...
  uint32_t first_token = 0;      // ... and token (of a bigram, the first)
};

struct Concepts {
  std::vector<ConceptStats> stats;
  // The distinct concepts of each candidate, sorted by id.
  std::vector<std::vector<uint32_t>> of_candidate;
  size_t size() const { return stats.size(); }
};

// Interns the concepts of every candidate. O(total tokens).
Concepts BuildConcepts(const Corpus& corpus);

// The concept as text: "stem" or "stem stem" (stems of its tokens).
std::string ConceptText(const Corpus& corpus, const Concepts& concepts, uint32_t id);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_CONCEPTS_H_
