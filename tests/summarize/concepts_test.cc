#include "summarize/concepts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/document.h"
#include "testing/analyzed_texts.h"

namespace concord::summarize::internal {
namespace {

using testing::AnalyzeTexts;

// The id of the concept whose text is `wanted`, or -1.
long Find(const Corpus& corpus, const Concepts& concepts, const std::string& wanted) {
  for (uint32_t c = 0; c < concepts.size(); ++c) {
    if (ConceptText(corpus, concepts, c) == wanted) return c;
  }
  return -1;
}

TEST(Concepts, CountsArticlesAndSentencesOfEachConcept) {
  const std::vector<Document> documents =
      AnalyzeTexts({"The harbor bridge closed on Monday. Ferries ran all night.",
                    "Engineers said the harbor bridge had a crack. The harbor "
                    "bridge stays shut."});
  const Corpus corpus = BuildCorpus(documents);
  const Concepts concepts = BuildConcepts(corpus);
  const long bridge = Find(corpus, concepts, "harbor bridg");
  ASSERT_GE(bridge, 0);
  EXPECT_TRUE(concepts.stats[bridge].bigram);
  EXPECT_EQ(concepts.stats[bridge].articles, 2u);
  EXPECT_EQ(concepts.stats[bridge].sentences, 3u);
  const long ferry = Find(corpus, concepts, "ferri");
  ASSERT_GE(ferry, 0);
  EXPECT_FALSE(concepts.stats[ferry].bigram);
  EXPECT_EQ(concepts.stats[ferry].articles, 1u);
}

TEST(Concepts, TwoStopwordsAreNoConceptAndNoBigramCrossesSentences) {
  const std::vector<Document> documents = AnalyzeTexts({"Most of the crews left. Ferries ran."});
  const Corpus corpus = BuildCorpus(documents);
  const Concepts concepts = BuildConcepts(corpus);
  EXPECT_EQ(Find(corpus, concepts, "of the"), -1);
  EXPECT_GE(Find(corpus, concepts, "the crew"), 0);
  EXPECT_EQ(Find(corpus, concepts, "left ferri"), -1);
  EXPECT_EQ(Find(corpus, concepts, "the"),
            -1);  // stopwords are no unigram concept
}

TEST(Concepts, EachCandidateListsItsConceptsOnceSorted) {
  const std::vector<Document> documents =
      AnalyzeTexts({"Crack after crack after crack was found in the girder."});
  const Corpus corpus = BuildCorpus(documents);
  const Concepts concepts = BuildConcepts(corpus);
  ASSERT_EQ(concepts.of_candidate.size(), 1u);
  const std::vector<uint32_t>& list = concepts.of_candidate[0];
  for (size_t k = 1; k < list.size(); ++k) EXPECT_LT(list[k - 1], list[k]);
  const long crack = Find(corpus, concepts, "crack");
  ASSERT_GE(crack, 0);
  EXPECT_EQ(concepts.stats[crack].sentences, 1u);
}

}  // namespace
}  // namespace concord::summarize::internal
