// Attribution: which outlets back a summary sentence.
//
// A summary sentence is taken from one article, but the reader wants to know
// who else reports it. Exact repeats are rare across outlets (each rewrites
// the wire copy), so "carries it" is measured on content: a near-identical
// sentence (tf-idf cosine at the duplicate threshold), or a sentence that
// holds most of the target's distinctive content — at least three shared
// content stems that make up half of the target's idf mass. Weighting by idf
// keeps the story's ubiquitous words (the names in every sentence) from
// making every sentence "shared". Cost: O(n) sparse comparisons per picked
// sentence.
#include "summarize/attribute.h"

#include <algorithm>
#include <numeric>

namespace concord::summarize::internal {

bool Supports(const Corpus& corpus, uint32_t target, uint32_t other,
              double duplicate_threshold) {
  const SparseVector& a = corpus.vectors[target];
  const SparseVector& b = corpus.vectors[other];
  if (Dot(a, b) >= duplicate_threshold) return true;
  double total = 0;
  double shared = 0;
  size_t shared_terms = 0;
  size_t y = 0;
  for (const auto& [term, weight] : a) {
    const double idf = corpus.idf[term];
    total += idf;
    while (y < b.size() && b[y].first < term) ++y;
    if (y < b.size() && b[y].first == term) {
      shared += idf;
      ++shared_terms;
    }
  }
  return shared_terms >= 3 && total > 0 && shared >= 0.5 * total;
}

std::vector<size_t> Attribute(const Corpus& corpus, uint32_t i, double duplicate_threshold) {
  std::vector<size_t> sources = {corpus.article[i]};
  for (size_t a = 0; a < corpus.by_article.size(); ++a) {
    if (a == corpus.article[i]) continue;
    for (uint32_t j : corpus.by_article[a]) {
      if (Supports(corpus, i, j, duplicate_threshold)) {
        sources.push_back(a);
        break;
      }
    }
  }
  return sources;
}

std::vector<size_t> ArticleOrder(const Cluster& cluster) {
  std::vector<size_t> order(cluster.articles.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const bool all_dated =
      std::all_of(cluster.articles.begin(), cluster.articles.end(),
                  [](const Article& a) { return !a.published.empty(); });
  if (all_dated) {
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return cluster.articles[x].published < cluster.articles[y].published;
    });
  }
  return order;
}

}  // namespace concord::summarize::internal
