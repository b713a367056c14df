// Internal: use include/concord/summarize.h instead.
//
// Attribution and ordering of the picked sentences.
#ifndef CONCORD_SUMMARIZE_ATTRIBUTE_H_
#define CONCORD_SUMMARIZE_ATTRIBUTE_H_

#include <cstddef>
#include <vector>

#include "concord/article.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

// True when candidate `other` carries the content of candidate `target`:
// their tf-idf cosine is at least `duplicate_threshold`, or `other` holds at
// least three of target's content terms making up at least half of target's
// idf mass (the same statement reworded or embedded in a longer sentence).
bool Supports(const Corpus& corpus, uint32_t target, uint32_t other,
              double duplicate_threshold);

// The articles that carry candidate i: its own first, then every other
// article with a supporting sentence, in cluster order.
std::vector<size_t> Attribute(const Corpus& corpus, uint32_t i, double duplicate_threshold);

// Reading order of articles: by `published` when every article has one
// (ISO 8601 strings compare in time order), else input order.
std::vector<size_t> ArticleOrder(const Cluster& cluster);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_ATTRIBUTE_H_
