#include "concord/learn.h"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "concord/io.h"
#include "summarize/salience.h"
#include "testing/shared_data.h"

namespace concord::learn {
namespace {

// Clusters of three articles over a small invented vocabulary. Each article
// has two sentences that every outlet prints and four of its own; the
// reference repeats only the shared ones, so a sentence's label follows
// how much of it other outlets carry.
std::vector<Cluster> SharedFactClusters(size_t count) {
  std::mt19937 rng(7);
  const std::vector<std::string> words = {
      "harbor", "bridge", "girder", "crack",  "ferry",  "mayor",  "island", "council",
      "truck",  "steel",  "repair", "brace",  "school", "bakery", "flour",  "review",
      "tunnel", "pier",   "barge",  "signal", "permit", "tender", "cable",  "anchor"};
  std::uniform_int_distribution<size_t> pick(0, words.size() - 1);
  auto sentence = [&](size_t length) {
    std::string s = "The";
    for (size_t w = 0; w < length; ++w) s += " " + words[pick(rng)];
    return s + ".";
  };
  std::vector<Cluster> clusters;
  for (size_t c = 0; c < count; ++c) {
    Cluster cluster;
    cluster.id = "c" + std::to_string(c);
    const std::string shared1 = sentence(9);
    const std::string shared2 = sentence(11);
    for (size_t a = 0; a < 3; ++a) {
      Article article;
      article.id = cluster.id + "-" + std::to_string(a);
      for (size_t s = 0; s < 6; ++s) {
        if (s == a) article.text += shared1 + " ";
        if (s == a + 2) article.text += shared2 + " ";
        article.text += sentence(8 + s) + " ";
      }
      cluster.articles.push_back(article);
    }
    cluster.references.push_back(shared1 + " " + shared2);
    clusters.push_back(cluster);
  }
  return clusters;
}

double Weight(const SalienceModel& model, const std::string& name) {
  for (const auto& [n, w] : model.weights) {
    if (n == name) return w;
  }
  ADD_FAILURE() << "no weight " << name;
  return 0;
}

TEST(TrainSalienceModel, LearnsThatSharedSentencesAreSummarized) {
  Result<SalienceModel> model = TrainSalienceModel(SharedFactClusters(40), {});
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(model.value().clusters, 40u);
  EXPECT_EQ(model.value().weights.size(), summarize::internal::kSalienceFeatures);
  EXPECT_GT(Weight(model.value(), "salience_shared"), 0.0);
  // The fit explains most of the labels' variance.
  EXPECT_LT(model.value().mean_squared_error, 0.5 * model.value().variance);
}

TEST(TrainSalienceModel, SameWeightsWhateverTheThreadCount) {
  const std::vector<Cluster> clusters = SharedFactClusters(30);
  TrainOptions one;
  one.threads = 1;
  TrainOptions two;
  two.threads = 2;
  Result<SalienceModel> a = TrainSalienceModel(clusters, one);
  Result<SalienceModel> b = TrainSalienceModel(clusters, two);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.value().weights, b.value().weights);
}

TEST(TrainSalienceModel, MaxClustersTakesTheFirstOnes) {
  TrainOptions options;
  options.max_clusters = 12;
  Result<SalienceModel> model = TrainSalienceModel(SharedFactClusters(30), options);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model.value().clusters, 12u);
}

TEST(TrainSalienceModel, ClustersWithoutReferencesAreAnError) {
  std::vector<Cluster> clusters = SharedFactClusters(3);
  for (Cluster& c : clusters) c.references.clear();
  Result<SalienceModel> model = TrainSalienceModel(clusters, {});
  ASSERT_FALSE(model.ok());
  EXPECT_EQ(model.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(model.status().message().find("reference"), std::string::npos);
}

TEST(TrainSalienceModel, NonPositiveRegularizationIsAnError) {
  TrainOptions options;
  options.regularization = 0;
  Result<SalienceModel> model = TrainSalienceModel(SharedFactClusters(3), options);
  ASSERT_FALSE(model.ok());
  EXPECT_NE(model.status().message().find("regularization"), std::string::npos);
}

TEST(FormatParameters, WritesOneNameValueLinePerWeight) {
  Result<SalienceModel> model = TrainSalienceModel(SharedFactClusters(10), {});
  ASSERT_TRUE(model.ok());
  std::istringstream text(FormatParameters(model.value()));
  std::string line;
  size_t weights = 0;
  while (std::getline(text, line)) {
    if (line.empty() || line[0] == '#') continue;
    EXPECT_EQ(line.rfind("salience_", 0), 0u) << line;
    EXPECT_NE(line.find(" = "), std::string::npos) << line;
    ++weights;
  }
  EXPECT_EQ(weights, summarize::internal::kSalienceFeatures);
}

// The weights compiled in as the default method's are what training on
// multinews/train-trunc10000 gives (to the six digits they are printed
// with). Slow under sanitizers (a minute), so the sanitizer build skips it;
// the release build of CI runs it.
TEST(SalienceTest, ShippedWeightsAreWhatTrainingLearns) {
#if defined(CONCORD_SANITIZED)
  GTEST_SKIP() << "training on 10,000 clusters is too slow under AddressSanitizer";
#else
  CONCORD_SHARED_OR_SKIP("data/multinews/train-trunc10000.jsonl");
  Result<io::Inputs> inputs =
      io::ReadInputs({testing::SharedPath("data/multinews/train-trunc10000.jsonl")});
  ASSERT_TRUE(inputs.ok()) << inputs.status().ToString();
  Result<SalienceModel> model = TrainSalienceModel(inputs.value().clusters, {});
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(model.value().clusters, 10000u);
  for (size_t k = 0; k < summarize::internal::kSalienceFeatures; ++k) {
    const double shipped = summarize::internal::kTrainedSalienceWeights[k];
    EXPECT_NEAR(model.value().weights[k].second, shipped, 1e-5 + 1e-5 * std::abs(shipped))
        << model.value().weights[k].first;
  }
#endif
}

}  // namespace
}  // namespace concord::learn
