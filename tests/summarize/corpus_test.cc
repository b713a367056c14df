#include "summarize/corpus.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "concord/document.h"
#include "testing/analyzed_texts.h"

namespace concord::summarize::internal {
namespace {

using testing::AnalyzeTexts;

TEST(ArticleCentrality, AnOffTopicArticleIsLeastCentral) {
  const std::vector<Document> documents = AnalyzeTexts({
      "The harbor bridge closed after inspectors found a crack in a girder. "
      "Ferries carried commuters to the islands.",
      "Inspectors found a crack in a girder of the harbor bridge, which "
      "closed. "
      "The mayor said ferries would run all night.",
      "Penguins at the city aquarium hatched two chicks this spring. "
      "Keepers weighed the chicks every morning.",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<double> centrality = ArticleCentrality(corpus);
  ASSERT_EQ(centrality.size(), 3u);
  EXPECT_GT(centrality[0], centrality[2]);
  EXPECT_GT(centrality[1], centrality[2]);
  for (double c : centrality) {
    EXPECT_GE(c, 0.0);
    EXPECT_LE(c, 1.0 + 1e-9);
  }
}

TEST(ArticleCentrality, ALoneArticleHasNoOthersToBeCloseTo) {
  const std::vector<Document> documents =
      AnalyzeTexts({"The harbor bridge closed. Ferries ran all night."});
  const std::vector<double> centrality = ArticleCentrality(BuildCorpus(documents));
  ASSERT_EQ(centrality.size(), 1u);
  EXPECT_EQ(centrality[0], 0.0);
}

TEST(ArticleCentrality, MatchesTheCosineComputedDirectly) {
  const std::vector<Document> documents = AnalyzeTexts({
      "The harbor bridge closed after a crack was found.",
      "A crack closed the harbor bridge. Ferries ran.",
      "Ferries ran all night while the bridge stayed shut.",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<double> centrality = ArticleCentrality(corpus);
  for (size_t a = 0; a < corpus.num_articles; ++a) {
    std::vector<double> mine(corpus.vocabulary.size(), 0.0);
    std::vector<double> others(corpus.vocabulary.size(), 0.0);
    for (size_t i = 0; i < corpus.size(); ++i) {
      for (const auto& [term, weight] : corpus.vectors[i]) {
        (corpus.article[i] == a ? mine : others)[term] += weight;
      }
    }
    double dot = 0, mine2 = 0, others2 = 0;
    for (size_t t = 0; t < mine.size(); ++t) {
      dot += mine[t] * others[t];
      mine2 += mine[t] * mine[t];
      others2 += others[t] * others[t];
    }
    EXPECT_NEAR(centrality[a], dot / std::sqrt(mine2 * others2), 1e-6) << "article " << a;
  }
}

}  // namespace
}  // namespace concord::summarize::internal
