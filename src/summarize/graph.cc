// Sparse similarity graphs through an inverted index, and PageRank.
//
// LexRank and TextRank are defined over all n^2 sentence pairs. Two
// sentences that share no content term have similarity 0 under both
// measures, so only pairs that share a term need computing: for each
// sentence we walk the postings of its terms, mark each later sentence once
// and compute its weight. On ordinary clusters (a few hundred sentences) this
// is exact. On very large clusters (a 10 MB "story" of 100k sentences)
// common terms would bring back n^2 pairs; beyond kDenseLimit sentences,
// terms in more than kMaxPostings sentences are skipped when finding pairs
// (they still count in the weight of pairs found through other terms). The
// pairs examined are then at most kMaxPostings times the postings, linear in
// the input. The skipped terms are the least specific ones (idf below
// log(n / kMaxPostings)), so mostly weak edges are lost. This is the only
// place the methods are not exact, and it is documented in
// docs/benchmarks.md.
#include "summarize/graph.h"

#include <algorithm>
#include <cmath>

namespace concord::summarize::internal {

Graph BuildGraph(const Corpus& corpus,
                 const std::function<float(uint32_t, uint32_t)>& weight,
                 float min_weight) {
  const size_t n = corpus.size();
  std::vector<std::vector<uint32_t>> postings(corpus.vocabulary.size());
  for (uint32_t i = 0; i < n; ++i) {
    for (const auto& [term, unused] : corpus.vectors[i]) postings[term].push_back(i);
  }
  const size_t max_postings = n > kDenseLimit ? kMaxPostings : n;

  Graph graph;
  graph.edges.resize(n);
  std::vector<uint32_t> seen(n, UINT32_MAX);
  for (uint32_t i = 0; i < n; ++i) {
    for (const auto& [term, unused] : corpus.vectors[i]) {
      const std::vector<uint32_t>& list = postings[term];
      if (list.size() > max_postings) continue;
      // Postings are sorted; only pairs (i, j) with j > i.
      for (auto it = std::upper_bound(list.begin(), list.end(), i); it != list.end(); ++it) {
        const uint32_t j = *it;
        if (seen[j] == i) continue;
        seen[j] = i;
        const float w = weight(i, j);
        if (w >= min_weight && w > 0) {
          graph.edges[i].emplace_back(j, w);
          graph.edges[j].emplace_back(i, w);
        }
      }
    }
  }
  for (auto& list : graph.edges) std::sort(list.begin(), list.end());
  return graph;
}

std::vector<double> PageRank(const Graph& graph, double damping, int max_iterations,
                             double tolerance) {
  const size_t n = graph.edges.size();
  if (n == 0) return {};
  std::vector<double> out_weight(n, 0.0);
  for (size_t i = 0; i < n; ++i) {
    for (const auto& edge : graph.edges[i]) out_weight[i] += edge.second;
  }
  std::vector<double> rank(n, 1.0 / static_cast<double>(n));
  std::vector<double> next(n);
  for (int iteration = 0; iteration < max_iterations; ++iteration) {
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] == 0) dangling += rank[i];
    }
    const double base = (1.0 - damping) / static_cast<double>(n) +
                        damping * dangling / static_cast<double>(n);
    std::fill(next.begin(), next.end(), base);
    for (size_t i = 0; i < n; ++i) {
      if (out_weight[i] == 0) continue;
      const double share = damping * rank[i] / out_weight[i];
      for (const auto& [j, w] : graph.edges[i]) next[j] += share * w;
    }
    double change = 0;
    for (size_t i = 0; i < n; ++i) change += std::fabs(next[i] - rank[i]);
    rank.swap(next);
    if (change < tolerance) break;
  }
  return rank;
}

}  // namespace concord::summarize::internal
