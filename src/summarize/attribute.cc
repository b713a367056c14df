// Attribution: which outlets back a summary sentence.
//
// A summary sentence is taken from one article, but the reader wants to know
// who else reports it. Exact repeats are rare across outlets (each rewrites
// the wire copy), so "carries it" is measured on content: a near-identical
// sentence (tf-idf cosine at the duplicate threshold), or at most two
// sentences that together hold most of the target's distinctive content:
// each shares at least three content stems with it, and together they cover
// kSupportCoverage of the target's idf mass. Two, because outlets often
// split one statement ("Kerry said X, calling it Y") over two sentences.
// Weighting by idf keeps the story's ubiquitous words (the names in every
// sentence) from making every sentence "shared". Cost: O(n) sparse
// comparisons per picked sentence.
#include "summarize/attribute.h"

#include <algorithm>
#include <numeric>
#include <string>

namespace concord::summarize::internal {

namespace {

// Content terms of `target` that `other` also holds, as a bit per position
// of target's vector.
std::vector<bool> SharedTerms(const SparseVector& target, const SparseVector& other) {
  std::vector<bool> shared(target.size(), false);
  size_t y = 0;
  for (size_t x = 0; x < target.size(); ++x) {
    while (y < other.size() && other[y].first < target[x].first) ++y;
    shared[x] = y < other.size() && other[y].first == target[x].first;
  }
  return shared;
}

}  // namespace

bool Supports(const Corpus& corpus, uint32_t target, const std::vector<uint32_t>& others,
              double duplicate_threshold) {
  const SparseVector& a = corpus.vectors[target];
  const std::string& text = corpus.sentence[target]->text;
  double total = 0;
  for (const auto& entry : a) total += corpus.idf[entry.first];
  // The idf, log((N + 1) / sf), is never 0: only a target without content
  // terms has no mass, and nothing backs it.
  if (total <= 0) return false;
  // The two sentences of `others` that share the most idf mass with the
  // target, each sharing at least three content terms.
  struct Match {
    double mass = 0;
    std::vector<bool> shared;
  };
  Match best;
  Match second;
  for (uint32_t j : others) {
    const SparseVector& b = corpus.vectors[j];
    // One merge of the two vectors gives the cosine (summed in term order,
    // as Dot does) and the shared terms' count and idf mass; the bit
    // vector of shared terms is built only for the two best.
    double dot = 0;
    size_t count = 0;
    double mass = 0;
    size_t y = 0;
    for (size_t x = 0; x < a.size(); ++x) {
      while (y < b.size() && b[y].first < a[x].first) ++y;
      if (y < b.size() && b[y].first == a[x].first) {
        dot += static_cast<double>(a[x].second) * b[y].second;
        ++count;
        mass += corpus.idf[a[x].first];
      }
    }
    if (dot >= duplicate_threshold || corpus.sentence[j]->text == text) return true;
    if (count < 3) continue;
    if (mass > best.mass) {
      second = std::move(best);
      best = {mass, SharedTerms(a, b)};
    } else if (mass > second.mass) {
      second = {mass, SharedTerms(a, b)};
    }
  }
  if (best.shared.empty()) return false;
  double covered = 0;
  for (size_t x = 0; x < a.size(); ++x) {
    if (best.shared[x] || (!second.shared.empty() && second.shared[x])) {
      covered += corpus.idf[a[x].first];
    }
  }
  return covered >= kSupportCoverage * total;
}

std::vector<size_t> Attribute(const Corpus& corpus, uint32_t i, double duplicate_threshold) {
  std::vector<size_t> sources = {corpus.article[i]};
  for (size_t a = 0; a < corpus.by_article.size(); ++a) {
    if (a == corpus.article[i]) continue;
    if (Supports(corpus, i, corpus.by_article[a], duplicate_threshold)) sources.push_back(a);
  }
  return sources;
}

std::vector<size_t> ArticleOrder(const Cluster& cluster) {
  std::vector<size_t> order(cluster.articles.size());
  std::iota(order.begin(), order.end(), size_t{0});
  const bool all_dated = std::all_of(cluster.articles.begin(), cluster.articles.end(),
                                     [](const Article& a) { return !a.published.empty(); });
  if (all_dated) {
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
      return cluster.articles[x].published < cluster.articles[y].published;
    });
  }
  return order;
}

}  // namespace concord::summarize::internal
