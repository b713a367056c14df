// TrainSalienceModel: salience features and labels from summarized
// clusters, then ridge regression with LIBLINEAR (Fan et al. 2008, the
// field's standard linear solver; its L2-loss support vector regression
// with epsilon 0 is least squares with an L2 penalty).
//
// A sentence's label is the share of its adjacent stem pairs (bigrams, as
// ROUGE-2 counts them) that occur in a reference of the cluster: how much of
// it a human summary repeats. Articles are analysed exactly as the
// summarizer analyses them, so the features are those it will compute.
#include "concord/learn.h"

#include <linear.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <cmath>
#include <mutex>
#include <sstream>
#include <string_view>
#include <unordered_set>

#include "concord/document.h"
#include "concord/text.h"
#include "summarize/concepts.h"
#include "summarize/corpus.h"
#include "summarize/coverage_params.h"
#include "summarize/salience.h"

namespace concord::learn {
namespace {

using summarize::internal::kSalienceFeatureNames;
using summarize::internal::kSalienceFeatures;
using summarize::internal::SalienceVector;

struct Examples {
  std::vector<SalienceVector> features;
  std::vector<double> labels;
};

// "a b": the stems of two adjacent tokens.
std::string StemBigram(const text::Token& first, const text::Token& second) {
  std::string bigram;
  bigram.reserve(first.stem.size() + 1 + second.stem.size());
  return bigram.append(first.stem).append(" ").append(second.stem);
}

// The stem pairs ("a b") of adjacent tokens in a sentence of a reference.
std::unordered_set<std::string> ReferenceBigrams(const std::vector<std::string>& references,
                                                 text::Tokenizer& tokenizer) {
  std::unordered_set<std::string> out;
  text::Vocabulary vocabulary;  // the references' forms, for this call
  for (const std::string& reference : references) {
    const text::Normalized norm = text::Normalize(reference);
    for (const text::ByteSpan& span : text::SplitSentences(norm.text)) {
      const std::vector<text::Token> tokens =
          tokenizer.Tokenize(std::string_view(norm.text).substr(span.start, span.end - span.start),
                             vocabulary);
      for (size_t t = 1; t < tokens.size(); ++t) {
        out.insert(StemBigram(tokens[t - 1], tokens[t]));
      }
    }
  }
  return out;
}

Examples ClusterExamples(const Cluster& cluster, text::Tokenizer& tokenizer) {
  Examples out;
  text::AnalyzeOptions analyze;
  analyze.scan_words = false;  // training reads only sentences and tokens
  const std::vector<Document> documents = text::AnalyzeArticles(cluster.articles, tokenizer, analyze);
  const summarize::internal::Corpus corpus = summarize::internal::BuildCorpus(documents);
  if (corpus.size() == 0) return out;
  const summarize::internal::Concepts concepts = summarize::internal::BuildConcepts(corpus);
  const std::vector<double> weight =
      summarize::internal::ConceptWeights(corpus, concepts, summarize::internal::CoverageParams{});
  const std::vector<double> centrality = summarize::internal::ArticleCentrality(corpus);
  const std::vector<bool> inside = summarize::internal::InsideQuotation(corpus);
  out.features =
      summarize::internal::SalienceFeatures(corpus, {concepts, weight, centrality, inside});
  const std::unordered_set<std::string> reference = ReferenceBigrams(cluster.references, tokenizer);
  out.labels.reserve(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    const std::vector<text::Token>& tokens = corpus.sentence[i]->tokens;
    size_t hits = 0;
    for (size_t t = 1; t < tokens.size(); ++t) {
      hits += reference.count(StemBigram(tokens[t - 1], tokens[t]));
    }
    out.labels.push_back(tokens.size() < 2
                             ? 0.0
                             : static_cast<double>(hits) / static_cast<double>(tokens.size() - 1));
  }
  return out;
}

void Quiet(const char*) {}

// Features and labels of every used cluster, cluster by cluster in
// parallel; kept by index so that the result does not depend on the thread
// count.
std::vector<Examples> CollectExamples(const std::vector<const Cluster*>& used,
                                      const TrainOptions& options) {
  std::vector<Examples> per_cluster(used.size());
  size_t done = 0;
  std::mutex progress_mutex;
  tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
  arena.execute([&] {
    tbb::parallel_for(size_t{0}, used.size(), [&](size_t c) {
      thread_local text::Tokenizer tokenizer;
      per_cluster[c] = ClusterExamples(*used[c], tokenizer);
      std::lock_guard<std::mutex> lock(progress_mutex);
      ++done;
      if (options.progress) options.progress(done, used.size());
    });
  });
  return per_cluster;
}

// The ridge regression's weights (LIBLINEAR's L2-loss regression, no
// insensitive zone) over `rows` examples.
Result<SalienceVector> FitWeights(const std::vector<Examples>& per_cluster, size_t rows,
                                  double regularization) {
  // LIBLINEAR's problem: each example is dense (every feature, then the -1
  // terminator); the bias is our feature 0, so LIBLINEAR adds none.
  std::vector<feature_node> nodes;
  nodes.reserve(rows * (kSalienceFeatures + 1));
  std::vector<double> labels;
  labels.reserve(rows);
  for (const Examples& e : per_cluster) {
    for (size_t r = 0; r < e.labels.size(); ++r) {
      for (size_t k = 0; k < kSalienceFeatures; ++k) {
        nodes.push_back({static_cast<int>(k + 1), e.features[r][k]});
      }
      nodes.push_back({-1, 0.0});
      labels.push_back(e.labels[r]);
    }
  }
  std::vector<feature_node*> x(rows);
  for (size_t r = 0; r < rows; ++r) x[r] = &nodes[r * (kSalienceFeatures + 1)];
  problem prob{};
  prob.l = static_cast<int>(rows);
  prob.n = static_cast<int>(kSalienceFeatures);
  prob.y = labels.data();
  prob.x = x.data();
  prob.bias = -1;
  parameter param{};
  param.solver_type = L2R_L2LOSS_SVR;
  param.C = regularization;
  param.p = 0.0;  // no insensitive zone: squared loss
  param.eps = 0.0001;
#if defined(LIBLINEAR_VERSION) && LIBLINEAR_VERSION >= 240
  param.regularize_bias = 1;  // 2.40 added the field; our bias is a feature
#endif
  set_print_string_function(&Quiet);
  if (const char* error = check_parameter(&prob, &param)) {
    return Status::InvalidArgument(std::string("LIBLINEAR: ") + error);
  }
  model* fitted = train(&prob, &param);
  SalienceVector w{};
  for (size_t k = 0; k < kSalienceFeatures; ++k) {
    w[k] = get_decfun_coef(fitted, static_cast<int>(k + 1), 0);
  }
  free_and_destroy_model(&fitted);
  return w;
}

// The fit's mean squared error and the labels' variance, into `out`.
void AddFit(const std::vector<Examples>& per_cluster, const SalienceVector& w, size_t rows,
            SalienceModel& out) {
  double mean = 0;
  for (const Examples& e : per_cluster) {
    for (double y : e.labels) mean += y;
  }
  mean /= static_cast<double>(rows);
  for (const Examples& e : per_cluster) {
    for (size_t k = 0; k < e.labels.size(); ++k) {
      const double error = summarize::internal::Salience(w, e.features[k]) - e.labels[k];
      out.mean_squared_error += error * error;
      out.variance += (e.labels[k] - mean) * (e.labels[k] - mean);
    }
  }
  out.mean_squared_error /= static_cast<double>(rows);
  out.variance /= static_cast<double>(rows);
}

}  // namespace

Result<SalienceModel> TrainSalienceModel(const std::vector<Cluster>& clusters,
                                         const TrainOptions& options) {
  if (!(std::isfinite(options.regularization) && options.regularization > 0)) {
    return Status::InvalidArgument("the regularization C must be a positive finite number");
  }
  if (options.threads < 0) return Status::InvalidArgument("threads must not be negative");
  std::vector<const Cluster*> used;
  for (const Cluster& cluster : clusters) {
    if (options.max_clusters > 0 && used.size() >= options.max_clusters) break;
    if (!cluster.references.empty() && !cluster.articles.empty()) used.push_back(&cluster);
  }
  if (used.empty()) {
    return Status::InvalidArgument("no cluster has both articles and a reference summary");
  }
  const std::vector<Examples> per_cluster = CollectExamples(used, options);
  size_t rows = 0;
  for (const Examples& e : per_cluster) rows += e.labels.size();
  if (rows < kSalienceFeatures) {
    return Status::InvalidArgument("too few sentences to learn from (" + std::to_string(rows) +
                                   ")");
  }
  Result<SalienceVector> w = FitWeights(per_cluster, rows, options.regularization);
  if (!w.ok()) return w.status();
  SalienceModel out;
  for (size_t k = 0; k < kSalienceFeatures; ++k) {
    out.weights.emplace_back(std::string("salience_") + kSalienceFeatureNames[k], w.value()[k]);
  }
  out.clusters = used.size();
  out.sentences = rows;
  AddFit(per_cluster, w.value(), rows, out);
  return out;
}

std::string FormatParameters(const SalienceModel& model) {
  std::ostringstream out;
  out << "# salience model: " << model.clusters << " clusters, " << model.sentences
      << " sentences\n"
      << "# mean squared error " << model.mean_squared_error << " (variance of the labels "
      << model.variance << ")\n";
  out.precision(6);
  for (const auto& [name, weight] : model.weights) out << name << " = " << weight << "\n";
  return out.str();
}

}  // namespace concord::learn
