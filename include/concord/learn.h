// Learning the default method's salience model from summarized clusters.
//
// The default method (summarize.h) multiplies each sentence's worth by a
// learned salience: a linear estimate of the share of the sentence's word
// bigrams that a human summary of the story repeats, from a few features of
// the sentence in its cluster (closeness to the cluster centroid, how much
// of it other outlets carry, its concepts' weight, quotation marks,
// length...). TrainSalienceModel fits that estimate on clusters with
// reference summaries by least squares (ridge regression with LIBLINEAR).
// The weights it returns are parameters of the default method
// ("salience_<feature>"): give them to `concord summarize --params FILE`,
// or compile them in as the defaults (src/summarize/coverage_params.h).
//
//   concord::learn::TrainOptions options;
//   concord::Result<concord::learn::SalienceModel> model =
//       concord::learn::TrainSalienceModel(clusters, options);
//   std::cout << concord::learn::FormatParameters(model.value());
//
// Thread safety: TrainSalienceModel runs clusters on `threads` threads of
// its own TBB arena; `progress` is called from those threads, one call at
// a time.
#ifndef CONCORD_LEARN_H_
#define CONCORD_LEARN_H_

#include <cstddef>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/status.h"

namespace concord::learn {

struct TrainOptions {
  // Behaviour
  size_t max_clusters = 0;      // 0: all; otherwise the first N with references
  double regularization = 1.0;  // LIBLINEAR's C (larger: weaker prior on the weights)
  // Performance
  int threads = 0;  // 0: every core
  // Called while features are extracted: (clusters done, clusters in all).
  std::function<void(size_t done, size_t total)> progress;
};

struct SalienceModel {
  // ("salience_<feature>", weight), in the order of the default method's
  // parameter list.
  std::vector<std::pair<std::string, double>> weights;
  size_t clusters = 0;            // clusters used
  size_t sentences = 0;           // training examples (their sentences)
  double mean_squared_error = 0;  // of the fitted model on them
  double variance = 0;            // of the labels: the error of their mean
};

// Fits the model on every cluster with articles and at least one reference
// (the first max_clusters of them). Fails with InvalidArgument when there is
// none, when they hold fewer sentences than the model has weights, or for a
// regularization that is not a positive finite number or negative threads.
Result<SalienceModel> TrainSalienceModel(const std::vector<Cluster>& clusters,
                                         const TrainOptions& options);

// The weights as "name = value" lines after a comment header naming the
// clusters, sentences and fit: the --params file format.
std::string FormatParameters(const SalienceModel& model);

}  // namespace concord::learn

#endif  // CONCORD_LEARN_H_
