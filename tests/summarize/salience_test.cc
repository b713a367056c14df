#include "summarize/salience.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/document.h"
#include "summarize/coverage_params.h"
#include "testing/analyzed_texts.h"

namespace concord::summarize::internal {
namespace {

size_t Feature(const std::string& name) {
  for (size_t k = 0; k < kSalienceFeatures; ++k) {
    if (name == kSalienceFeatureNames[k]) return k;
  }
  ADD_FAILURE() << "no feature " << name;
  return 0;
}

class SalienceFeaturesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    documents_ = testing::AnalyzeTexts({
        "The harbor bridge closed after a crack was found. \"We will fix it. It takes "
        "weeks,\" the mayor said. He thanked 40 inspectors.",
        "A crack closed the harbor bridge on Monday. Bakeries sold bread.",
    });
    corpus_ = BuildCorpus(documents_);
    concepts_ = BuildConcepts(corpus_);
    const std::vector<double> weight = ConceptWeights(corpus_, concepts_, CoverageParams{});
    const std::vector<double> centrality = ArticleCentrality(corpus_);
    const std::vector<bool> inside = InsideQuotation(corpus_);
    features_ = SalienceFeatures(corpus_, {concepts_, weight, centrality, inside});
  }
  // The candidate whose text starts with `prefix`.
  const SalienceVector& Of(const std::string& prefix) const {
    for (size_t i = 0; i < corpus_.size(); ++i) {
      if (corpus_.sentence[i]->text.rfind(prefix, 0) == 0) return features_[i];
    }
    ADD_FAILURE() << "no sentence " << prefix;
    return features_[0];
  }

  std::vector<Document> documents_;
  Corpus corpus_;
  Concepts concepts_;
  std::vector<SalienceVector> features_;
};

TEST_F(SalienceFeaturesTest, OneVectorPerCandidateWithABias) {
  ASSERT_EQ(features_.size(), corpus_.size());
  for (const SalienceVector& x : features_) EXPECT_EQ(x[Feature("bias")], 1.0);
}

TEST_F(SalienceFeaturesTest, SharedShareCountsConceptsOtherArticlesCarry) {
  EXPECT_GT(Of("The harbor bridge")[Feature("shared")], 0.3);
  EXPECT_EQ(Of("Bakeries sold")[Feature("shared")], 0.0);
}

TEST_F(SalienceFeaturesTest, FlagsQuotesContinuationsLeaningAndNumbers) {
  EXPECT_EQ(Of("\"We will")[Feature("quote")], 1.0);
  EXPECT_EQ(Of("\"We will")[Feature("continues")], 0.0);
  EXPECT_EQ(Of("It takes")[Feature("continues")], 1.0);
  EXPECT_EQ(Of("He thanked")[Feature("leaning")], 1.0);
  EXPECT_EQ(Of("He thanked")[Feature("number")], 1.0);
  EXPECT_EQ(Of("The harbor bridge")[Feature("number")], 0.0);
}

TEST_F(SalienceFeaturesTest, CoverageIsScaledToTheClustersLargest) {
  double largest = 0;
  for (const SalienceVector& x : features_) {
    EXPECT_GE(x[Feature("coverage")], 0.0);
    largest = std::max(largest, x[Feature("coverage")]);
  }
  EXPECT_DOUBLE_EQ(largest, 1.0);
}

TEST(Salience, IsTheDotProduct) {
  SalienceVector w{};
  SalienceVector x{};
  w[0] = 0.5;
  x[0] = 1.0;
  w[1] = 2.0;
  x[1] = 0.25;
  EXPECT_DOUBLE_EQ(Salience(w, x), 1.0);
}

}  // namespace
}  // namespace concord::summarize::internal
