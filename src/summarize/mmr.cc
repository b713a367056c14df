// mmr: maximal marginal relevance.
//
// Carbonell & Goldstein (1998, "The use of MMR, diversity-based reranking
// for reordering documents and producing summaries"): pick, one at a time,
// the sentence maximising  lambda * Sim(s, query) - (1 - lambda) *
// max_{t picked} Sim(s, t). With no user query, the query is the cluster
// centroid (as in Fabbri et al. 2019's MMR baseline); Sim is tf-idf cosine;
// lambda = 0.7. Each step rescans the remaining candidates, but the max
// similarity to the picked set is kept incrementally, so a step costs O(n)
// dot products: O(n k) for k picks.
#include <algorithm>

#include "summarize/method.h"

namespace concord::summarize::internal {
namespace {

constexpr double kLambda = 0.7;

class MmrMethod : public Method {
 public:
  Selection Select(const Corpus& corpus, const Budget& budget) const override {
    const size_t n = corpus.size();
    const std::vector<float> centroid = Centroid(corpus);
    std::vector<double> relevance(n);
    for (uint32_t i = 0; i < n; ++i) relevance[i] = Dot(corpus.vectors[i], centroid);
    std::vector<bool> open = BasicEligibility(corpus);
    std::vector<double> max_similarity(n, 0.0);
    Selection selection;
    BudgetTracker tracker(corpus, budget);
    while (!tracker.Full()) {
      uint32_t best = UINT32_MAX;
      double best_score = 0;
      for (uint32_t i = 0; i < n; ++i) {
        if (!open[i]) continue;
        const double score = kLambda * relevance[i] - (1 - kLambda) * max_similarity[i];
        if (best == UINT32_MAX || score > best_score) {
          best = i;
          best_score = score;
        }
      }
      if (best == UINT32_MAX) break;
      open[best] = false;
      if (IsRedundant(corpus, best, selection, budget.duplicate_threshold)) continue;
      if (!tracker.TryAdd(best, best_score, selection)) continue;
      for (uint32_t i = 0; i < n; ++i) {
        if (open[i]) {
          max_similarity[i] =
              std::max(max_similarity[i], Dot(corpus.vectors[i], corpus.vectors[best]));
        }
      }
    }
    return selection;
  }
};

}  // namespace

std::unique_ptr<Method> NewMmrMethod(const SummarizeOptions&) {
  return std::make_unique<MmrMethod>();
}

}  // namespace concord::summarize::internal
