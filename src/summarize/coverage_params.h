// Internal: use include/concord/summarize.h instead.
//
// The global parameters of the default method and its candidate filter. They
// are few on purpose: they are chosen on training and validation data
// (docs/benchmarks.md says how), never fitted to single clusters.
#ifndef CONCORD_SUMMARIZE_COVERAGE_PARAMS_H_
#define CONCORD_SUMMARIZE_COVERAGE_PARAMS_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "concord/status.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

struct CoverageParams {
  double support_exponent = 1.0;      // weight = articles^exponent
  double unigram_weight = 0.3;        // a unigram concept against a bigram
  double single_source_weight = 0.5;  // concepts only one article carries
  double position_weight = 1.0;       // prior = 1 + w / (1 + index / scale)
  double position_scale = 3.0;
  double length_exponent = 0.6;       // gain / words^exponent
  double min_words = 6;               // shorter candidates are dropped
  double max_words = 70;              // longer ones too
};

// Applies SummarizeOptions::parameters to `params`; fails naming an
// unknown parameter.
Status ApplyParameters(const std::vector<std::pair<std::string, double>>& overrides,
                       CoverageParams& params);

// Candidates the default method may pick: the basic filter plus length
// bounds, no questions, no sentence that opens by leaning on the previous
// one ("He added that...", "But ..."), no dateline/byline/caption shapes.
std::vector<bool> DefaultEligibility(const Corpus& corpus, const CoverageParams& params);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COVERAGE_PARAMS_H_
