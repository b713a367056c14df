// Internal: use include/concord/summarize.h instead.
//
// Salience: a learned estimate of how much of a candidate sentence a human
// summary of its story would contain. It is a linear model over a few
// features of the sentence in its cluster (closeness to the cluster and to
// the other outlets, what its concepts are worth, quotation marks, length;
// no position, which truncated training articles cannot teach),
// fitted by `concord train` (learn.h) on Multi-News training clusters, and
// it is a factor of the default method's prior (coverage.cc).
#ifndef CONCORD_SUMMARIZE_SALIENCE_H_
#define CONCORD_SUMMARIZE_SALIENCE_H_

#include <array>
#include <cstddef>
#include <vector>

#include "summarize/concepts.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

inline constexpr size_t kSalienceFeatures = 11;
// The features' names; the model's weights are the default method's
// parameters "salience_<name>".
extern const std::array<const char*, kSalienceFeatures> kSalienceFeatureNames;
using SalienceVector = std::array<double, kSalienceFeatures>;

// The weights `concord train --data multinews/train-trunc10000.jsonl`
// learns (all 10,000 training clusters; mean squared error 0.0441 against
// the labels' variance 0.0499), in the order of kSalienceFeatureNames.
// SalienceTest.ShippedWeightsAreWhatTrainingLearns checks them.
inline constexpr SalienceVector kTrainedSalienceWeights = {
    0.0725975, 0.159287,    0.0194432, 0.0870052, -0.00671698, 0.0453588,
    0.206777,  -0.00721432, 0.018419,  0.101472,  -0.0189526};

// What the features are computed from, beyond the corpus: the weight of
// each concept of `concepts` (ConceptWeights), each article's centrality
// (ArticleCentrality) and which candidates continue a quotation
// (InsideQuotation). The default method has them already.
struct SalienceInputs {
  const Concepts& concepts;
  const std::vector<double>& concept_weight;
  const std::vector<double>& centrality;
  const std::vector<bool>& inside_quotation;
};

// The features of every candidate.
std::vector<SalienceVector> SalienceFeatures(const Corpus& corpus, const SalienceInputs& inputs);

// w . x
double Salience(const SalienceVector& w, const SalienceVector& x);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_SALIENCE_H_
