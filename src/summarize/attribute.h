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

// Share of a sentence's idf mass that another article must cover for it to
// count as carrying the sentence.
inline constexpr double kSupportCoverage = 0.5;

// True when the candidates `others` (one article's) carry the content of
// candidate `target`: one of them has tf-idf cosine at least
// `duplicate_threshold` with it, or the two that share the most with it
// (each at least three content terms) together cover kSupportCoverage of its
// idf mass (the same statement reworded, split or embedded). A target whose
// every content term is in every sentence (idf mass 0) is carried by any
// non-empty `others`.
bool Supports(const Corpus& corpus, uint32_t target, const std::vector<uint32_t>& others,
              double duplicate_threshold);

// The articles that carry candidate i: its own first, then every other
// article with a supporting sentence, in cluster order.
std::vector<size_t> Attribute(const Corpus& corpus, uint32_t i, double duplicate_threshold);

// Reading order of articles: by `published` when every article has one
// (ISO 8601 strings compare in time order), else input order.
std::vector<size_t> ArticleOrder(const Cluster& cluster);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_ATTRIBUTE_H_
