// textrank: PageRank over word-overlap similarity.
//
// Mihalcea & Tarau (2004, "TextRank: Bringing order into texts"): the
// similarity of two sentences is the number of words they share divided by
// log|Si| + log|Sj| (lengths in words), and a sentence's salience is its
// weighted PageRank (damping 0.85). Ours counts shared distinct content
// stems and measures length in content terms; sentences of one content term
// have log 1 = 0, so lengths are floored at 2 to keep the ratio finite.
// Cost: as lexrank (graph.cc).
#include <algorithm>
#include <cmath>

#include "summarize/graph.h"
#include "summarize/method.h"

namespace concord::summarize::internal {
namespace {

class TextRankMethod : public Method {
 public:
  Selection Select(const Corpus& corpus, const Budget& budget) const override {
    std::vector<float> log_length(corpus.size());
    for (size_t i = 0; i < corpus.size(); ++i) {
      log_length[i] = static_cast<float>(
          std::log(std::max<size_t>(2, corpus.terms[i].size())));
    }
    const Graph graph = BuildGraph(
        corpus,
        [&](uint32_t i, uint32_t j) {
          // vectors hold each distinct term once, sorted.
          const SparseVector& a = corpus.vectors[i];
          const SparseVector& b = corpus.vectors[j];
          size_t shared = 0;
          for (size_t x = 0, y = 0; x < a.size() && y < b.size();) {
            if (a[x].first < b[y].first) {
              ++x;
            } else if (a[x].first > b[y].first) {
              ++y;
            } else {
              ++shared;
              ++x;
              ++y;
            }
          }
          return static_cast<float>(shared) / (log_length[i] + log_length[j]);
        },
        1e-6f);
    const std::vector<double> scores = PageRank(graph);
    return GreedySelect(corpus, scores, budget, BasicEligibility(corpus));
  }
};

}  // namespace

std::unique_ptr<Method> NewTextRankMethod(const SummarizeOptions&) {
  return std::make_unique<TextRankMethod>();
}

}  // namespace concord::summarize::internal
