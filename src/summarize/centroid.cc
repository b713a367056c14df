// centroid: closeness to the cluster centroid.
//
// Radev et al. (2004, "Centroid-based summarization of multiple documents")
// score a sentence by how much of the cluster's characteristic vocabulary it
// holds. Ours: the centroid is the normalised sum of all sentences' unit
// tf-idf vectors, a sentence's score its cosine with the centroid; MEAD's
// position and first-sentence-overlap features are left to `default`.
// Selection is the shared greedy one. Cost: O(total terms + n log n).
#include "summarize/method.h"

namespace concord::summarize::internal {
namespace {

class CentroidMethod : public Method {
 public:
  Selection Select(const Corpus& corpus, const Budget& budget) const override {
    const std::vector<float> centroid = Centroid(corpus);
    std::vector<double> scores(corpus.size());
    for (uint32_t i = 0; i < corpus.size(); ++i) scores[i] = Dot(corpus.vectors[i], centroid);
    return GreedySelect(corpus, scores, budget, BasicEligibility(corpus));
  }
};

}  // namespace

std::unique_ptr<Method> NewCentroidMethod(const SummarizeOptions&) {
  return std::make_unique<CentroidMethod>();
}

}  // namespace concord::summarize::internal
