// The speaker model: the shipped weights, ExtractQuotes with the model, and
// its training (compare.h). The weights below are what
//   concord train --task speakers --data ../shared/data/polnear --split train-a
//       --only-unattributed --c 0.1 --threshold 0.4
// prints (settings chosen by 5-fold cross-validation on train, `--folds 5`;
// learned on train-a only since the sixth round, so that train-b is held out
// from the model as well as from the rules; docs/compare.md);
// SpeakerModelTest.ShippedWeightsAreWhatTrainingLearns checks it.
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "compare/speaker_model.h"
#include "concord/compare.h"

namespace concord::compare {
namespace {

using internal::kSpeakerFeatures;
using internal::SpeakerCandidate;

// kSpeakerFeatures weights, then the bias.
constexpr double kShippedWeights[kSpeakerFeatures + 1] = {
    -0.0518493, -0.539774, 0.769592,  -0.286223, 0.660935, 0.110598,  -0.11821,
    -0.293853,  0.193664,  -0.220439, 0.020346,  0.321225, -0.304734, 0.260363,
    0.276414,   0.428996,  0.497353,  -0.105256, -3.69879};
constexpr double kShippedThreshold = 0.4;

struct Example {
  internal::SpeakerVector x;
  bool positive;
};

bool Overlaps(text::ByteSpan a, text::ByteSpan b) { return a.start < b.end && b.start < a.end; }

// The examples of one article: candidates of its quotes that match a gold
// quote with a source.
void CollectExamples(const SpeakerTrainingArticle& a, const SpeakerTrainOptions& options,
                     std::vector<Example>& out) {
  CompareOptions extract;
  extract.learned_speakers = false;
  std::vector<std::vector<SpeakerCandidate>> candidates;
  const std::vector<Quote> quotes = internal::ExtractQuotesWith(
      *a.article, *a.document, extract,
      [&](const internal::QuoteContext& context, std::vector<Quote>& found) {
        candidates = internal::CandidatesOfQuotes(context, found, !options.only_unattributed);
      });
  for (size_t q = 0; q < quotes.size() && q < candidates.size(); ++q) {
    if (candidates[q].empty()) continue;
    const SourcedQuote* gold = nullptr;
    for (const SourcedQuote& g : a.gold) {
      if (!g.parts.empty() && Overlaps(g.parts.front(), quotes[q].parts.front())) gold = &g;
    }
    // A quote no gold quote with a source matches should stay without a
    // speaker: all its candidates are negatives.
    const bool sourced = gold != nullptr && gold->source.end > gold->source.start;
    for (const SpeakerCandidate& c : candidates[q]) {
      out.push_back({c.x, sourced && Overlaps(c.span, gold->source)});
    }
  }
}

// Solves a x = b in place (Gaussian elimination, partial pivoting); false
// when a is singular.
bool Solve(std::vector<std::vector<double>>& a, std::vector<double>& b) {
  const size_t n = b.size();
  for (size_t col = 0; col < n; ++col) {
    size_t pivot = col;
    for (size_t r = col + 1; r < n; ++r) {
      if (std::fabs(a[r][col]) > std::fabs(a[pivot][col])) pivot = r;
    }
    if (std::fabs(a[pivot][col]) < 1e-12) return false;
    std::swap(a[pivot], a[col]);
    std::swap(b[pivot], b[col]);
    for (size_t r = 0; r < n; ++r) {
      if (r == col) continue;
      const double f = a[r][col] / a[col][col];
      for (size_t k = col; k < n; ++k) a[r][k] -= f * a[col][k];
      b[r] -= f * b[col];
    }
  }
  for (size_t i = 0; i < n; ++i) b[i] /= a[i][i];
  return true;
}

// Newton's method on the L2-penalized log loss; the last weight is the bias.
std::vector<double> FitLogistic(const std::vector<Example>& examples, double l2) {
  constexpr size_t n = kSpeakerFeatures + 1;
  std::vector<double> w(n, 0.0);
  for (int iteration = 0; iteration < 30; ++iteration) {
    std::vector<double> gradient(n, 0.0);
    std::vector<std::vector<double>> hessian(n, std::vector<double>(n, 0.0));
    for (size_t i = 0; i < kSpeakerFeatures; ++i) {
      gradient[i] = l2 * w[i];
      hessian[i][i] = l2;
    }
    hessian[n - 1][n - 1] = 1e-9;
    for (const Example& e : examples) {
      double z = w[n - 1];
      for (size_t i = 0; i < kSpeakerFeatures; ++i) z += w[i] * e.x[i];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double r = p - (e.positive ? 1.0 : 0.0);
      const double s = p * (1.0 - p);
      for (size_t i = 0; i < n; ++i) {
        const double xi = i < kSpeakerFeatures ? e.x[i] : 1.0;
        gradient[i] += r * xi;
        for (size_t j = 0; j < n; ++j)
          hessian[i][j] += s * xi * (j < kSpeakerFeatures ? e.x[j] : 1.0);
      }
    }
    if (!Solve(hessian, gradient)) break;
    double step = 0;
    for (size_t i = 0; i < n; ++i) {
      w[i] -= gradient[i];
      step = std::max(step, std::fabs(gradient[i]));
    }
    if (step < 1e-10) break;
  }
  return w;
}

}  // namespace

SpeakerModel ShippedSpeakerModel() {
  SpeakerModel model;
  model.weights.assign(std::begin(kShippedWeights), std::end(kShippedWeights));
  model.threshold = kShippedThreshold;
  return model;
}

std::vector<Quote> ExtractQuotes(const Article& article, const Document& document,
                                 const CompareOptions& options) {
  return internal::ExtractQuotesWith(
      article, document, options,
      [&options](const internal::QuoteContext& context, std::vector<Quote>& quotes) {
        if (!options.learned_speakers) return;
        const SpeakerModel shipped = ShippedSpeakerModel();
        internal::LearnedSpeakers(context, options.speaker_model ? *options.speaker_model : shipped,
                                  quotes);
      });
}

SpeakerModel TrainSpeakerModel(const std::vector<SpeakerTrainingArticle>& data,
                               const SpeakerTrainOptions& options) {
  std::vector<Example> examples;
  for (const SpeakerTrainingArticle& a : data) {
    if (a.article != nullptr && a.document != nullptr) CollectExamples(a, options, examples);
  }
  SpeakerModel model;
  model.weights = FitLogistic(examples, options.l2);
  model.threshold = options.threshold;
  return model;
}

std::string FormatSpeakerModel(const SpeakerModel& model) {
  std::string out = "constexpr double kShippedWeights[kSpeakerFeatures + 1] = {";
  for (size_t i = 0; i < model.weights.size(); ++i) {
    char buffer[32];
    std::snprintf(buffer, sizeof(buffer), "%s%.6g", i == 0 ? "" : ", ", model.weights[i]);
    out += buffer;
  }
  char threshold[64];
  std::snprintf(threshold, sizeof(threshold), "};\nconstexpr double kShippedThreshold = %.6g;\n",
                model.threshold);
  return out + threshold;
}

}  // namespace concord::compare
