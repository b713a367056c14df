// Internal to concord_compare; use concord/compare.h instead.
//
// The pieces of MergeQuotes (quote_merge.cc), exposed for tests: word keys
// of quotes, the candidate pairs that can be one quote, and the components.
#ifndef CONCORD_SRC_COMPARE_QUOTE_MERGE_H_
#define CONCORD_SRC_COMPARE_QUOTE_MERGE_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "concord/compare.h"

namespace concord::compare::internal {

// A quote's words as ids (for phrases, in order) and as a sorted multiset
// (for the shared-word count), with a flag per sorted id for content words.
struct QuoteKey {
  std::vector<uint32_t> sequence;
  std::vector<uint32_t> sorted;
  std::vector<bool> content;  // by sorted position
};

// The story the quotes come from: their words are read from its analysis.
struct Story {
  const std::vector<Article>& articles;
  const std::vector<Document>& documents;
};

// The keys of `quotes` (ids shared across them), read from `story` when
// given, else scanned from each Quote::text.
std::vector<QuoteKey> QuoteKeys(const std::vector<Quote>& quotes, const Story* story = nullptr);

// The most quotes of one story a token (a word's n-th occurrence in a
// quote; for a phrase of up to five words, the word) may be held by for a
// quote to be looked up by it (quote_merge.cc, "Cost").
inline constexpr size_t kMaxPostings = 256;

// True when two quotes are one (the rule in quote_merge.cc).
bool SameQuote(const QuoteKey& a, const QuoteKey& b);

// The pairs (i < j, sorted, each once) that may pass SameQuote: while no
// token is held by more than `max_postings` quotes, every pair that does is
// among them; past that, the pairs that share a rarer token and each exact
// copy with the copy before it. Each quote is paired only with quotes at
// least as long that hold its rarest words and can share enough with it
// (quote_merge.cc, "Cost").
std::vector<std::pair<size_t, size_t>> CandidatePairs(const std::vector<QuoteKey>& keys,
                                                      size_t max_postings = kMaxPostings);

// The root (smallest member) of each quote's group. `all_pairs` compares
// every pair instead of the candidates (for tests: the result is the same
// up to the bound on postings).
std::vector<size_t> QuoteComponents(const std::vector<Quote>& quotes, bool all_pairs,
                                    const Story* story = nullptr);

}  // namespace concord::compare::internal

#endif  // CONCORD_SRC_COMPARE_QUOTE_MERGE_H_
