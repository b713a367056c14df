// Internal: use include/concord/summarize.h instead.
//
// Sparse sentence-similarity graphs and PageRank, shared by lexrank and
// textrank.
#ifndef CONCORD_SUMMARIZE_GRAPH_H_
#define CONCORD_SUMMARIZE_GRAPH_H_

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

#include "summarize/corpus.h"

namespace concord::summarize::internal {

// Adjacency lists: edges[i] holds (j, weight), symmetric, no self loops.
struct Graph {
  std::vector<std::vector<std::pair<uint32_t, float>>> edges;
};

// Builds the graph of candidate pairs that share a content term and whose
// weight(i, j) is at least min_weight. Pairs are found through an inverted
// index, so cost is the number of pairs sharing a term, not n^2. That is
// still quadratic when a term is in most sentences, so for corpora over
// kDenseLimit candidates a term found in more than kMaxPostings sentences
// does not create pairs (see graph.cc).
Graph BuildGraph(const Corpus& corpus,
                 const std::function<float(uint32_t, uint32_t)>& weight,
                 float min_weight);

inline constexpr size_t kDenseLimit = 3000;
inline constexpr size_t kMaxPostings = 256;

// Weighted PageRank with damping d: r = (1-d)/n + d * sum_j w_ji/W_j r_j.
// Dangling nodes spread their rank uniformly. Stops when the L1 change is
// below tolerance or after max_iterations.
std::vector<double> PageRank(const Graph& graph, double damping = 0.85,
                             int max_iterations = 100, double tolerance = 1e-6);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_GRAPH_H_
