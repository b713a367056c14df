// lexrank: eigenvector centrality on the cosine similarity graph.
//
// Erkan & Radev (2004, "LexRank: Graph-based lexical centrality as salience
// in text summarization"): sentences are nodes, edges join pairs whose
// tf-idf cosine is at least a threshold (0.1 here, the paper's best), and a
// sentence's salience is its PageRank (damping 0.85). We use the
// "continuous" variant, weighting edges by cosine. The idf is the cluster's
// sentence-level idf (corpus.cc), not a background collection's.
// Cost: the pairs sharing a content term (graph.cc; quadratic in the worst
// case, approximated above kDenseLimit sentences) plus PageRank iterations
// over the edges.
#include "summarize/graph.h"
#include "summarize/method.h"

namespace concord::summarize::internal {
namespace {

constexpr float kThreshold = 0.1f;

class LexRankMethod : public Method {
 public:
  Selection Select(const Corpus& corpus, const Budget& budget) const override {
    const Graph graph = BuildGraph(
        corpus,
        [&](uint32_t i, uint32_t j) {
          return static_cast<float>(Dot(corpus.vectors[i], corpus.vectors[j]));
        },
        kThreshold);
    const std::vector<double> scores = PageRank(graph);
    return GreedySelect(corpus, scores, budget, BasicEligibility(corpus));
  }
};

}  // namespace

std::unique_ptr<Method> NewLexRankMethod(const SummarizeOptions&) {
  return std::make_unique<LexRankMethod>();
}

}  // namespace concord::summarize::internal
