// SalienceFeatures. Each feature is cheap and local to the cluster: nothing
// depends on letter case (the training text is lower-cased) or on an
// article's length (training articles are cut).
#include "summarize/salience.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "summarize/coverage_params.h"

namespace concord::summarize::internal {

const std::array<const char*, kSalienceFeatures> kSalienceFeatureNames = {
    "bias",         // 1
    "centroid",     // cosine with the cluster centroid
    "centrality",   // cosine of the article with the rest of the cluster
    "quote",        // 1 when it carries a quotation mark
    "log_words",    // ln(words)
    "coverage",     // concept weight per word^0.6, over the cluster's largest
    "shared",       // share of its concepts other articles carry too
    "number",       // 1 when it has a number
    "leaning",      // 1 when it opens like "He ..." (OpensLeaning)
    "continues",    // 1 when it continues a quotation (InsideQuotation)
    "log_cluster",  // ln(articles of the cluster)
};

std::vector<SalienceVector> SalienceFeatures(const Corpus& corpus, const SalienceInputs& inputs) {
  const size_t n = corpus.size();
  const Concepts& concepts = inputs.concepts;
  const std::vector<float> centroid = Centroid(corpus);
  std::vector<double> coverage(n, 0.0);
  double largest = 0;
  for (size_t i = 0; i < n; ++i) {
    for (uint32_t c : concepts.of_candidate[i]) coverage[i] += inputs.concept_weight[c];
    coverage[i] /= std::pow(std::max<double>(1, corpus.words[i]), 0.6);
    if (i < corpus.originals) largest = std::max(largest, coverage[i]);
  }
  std::vector<SalienceVector> out(n);
  for (size_t i = 0; i < n; ++i) {
    const Sentence& s = *corpus.sentence[i];
    bool number = false;
    for (const text::Token& token : s.tokens) number = number || token.is_number;
    size_t shared = 0;
    for (uint32_t c : concepts.of_candidate[i]) shared += concepts.stats[c].articles > 1;
    const double concept_count = std::max<size_t>(1, concepts.of_candidate[i].size());
    out[i] = {
        1.0,
        Dot(corpus.vectors[i], centroid),
        corpus.num_articles > 1 ? inputs.centrality[corpus.article[i]] : 1.0,
        HasQuotationMark(s.text) ? 1.0 : 0.0,
        std::log(std::max<double>(1, corpus.words[i])),
        largest > 0 ? coverage[i] / largest : 0.0,
        static_cast<double>(shared) / concept_count,
        number ? 1.0 : 0.0,
        OpensLeaning(s) ? 1.0 : 0.0,
        inputs.inside_quotation[i] ? 1.0 : 0.0,
        std::log(static_cast<double>(std::max<size_t>(1, corpus.num_articles))),
    };
  }
  return out;
}

double Salience(const SalienceVector& w, const SalienceVector& x) {
  double sum = 0;
  for (size_t k = 0; k < kSalienceFeatures; ++k) sum += w[k] * x[k];
  return sum;
}

}  // namespace concord::summarize::internal
