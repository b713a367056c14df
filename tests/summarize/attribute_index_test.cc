// The indexed attribution (Attributor) and near-duplicate check (PickIndex)
// give the answers of the direct ones (Attribute, NearDuplicates against
// every pick) on clusters whose sentences share many words.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "concord/document.h"
#include "summarize/attribute.h"
#include "summarize/corpus.h"
#include "summarize/select.h"
#include "testing/analyzed_texts.h"

namespace concord::summarize::internal {
namespace {

using testing::AnalyzeTexts;

// `articles` texts of sentences drawn from a small vocabulary, so that
// most pairs share terms, some reach the duplicate threshold and a few
// sentences are repeated word for word in another article.
std::vector<std::string> RandomCluster(unsigned seed, size_t articles) {
  // 24 real words most sentences share, and 200 made-up ones (two syllables)
  // that few do.
  std::vector<std::string> words = {
      "bridge", "harbor",  "crack",  "girder", "mayor",    "ferry",  "council", "budget",
      "storm",  "river",   "police", "strike", "tram",     "union",  "vote",    "court",
      "judge",  "witness", "school", "teacher", "hospital", "nurse", "engineer", "inspector"};
  const std::vector<std::string> syllables = {"ka", "lo", "mi", "te", "ru", "sa", "no", "vi",
                                              "pe", "do", "zu", "ba", "fi", "go"};
  for (const std::string& x : syllables) {
    for (const std::string& y : syllables) words.push_back(x + y + "n");
  }
  std::mt19937 random(seed);
  std::vector<std::string> texts(articles);
  std::string repeated;
  for (size_t a = 0; a < articles; ++a) {
    for (size_t s = 0; s < 12; ++s) {
      std::string sentence = "The";
      const size_t length = 4 + random() % 9;
      for (size_t w = 0; w < length; ++w) sentence += " " + words[random() % words.size()];
      sentence += ".";
      if (s == 3 && !repeated.empty()) sentence = repeated;  // a copied sentence
      if (s == 5) repeated = sentence;
      texts[a] += sentence + " ";
    }
  }
  return texts;
}

TEST(Attributor, NamesTheArticlesAttributeNames) {
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const std::vector<Document> documents = AnalyzeTexts(RandomCluster(seed, 7));
    const Corpus corpus = BuildCorpus(documents);
    ASSERT_GT(corpus.size(), 50u);
    for (double threshold : {0.3, 0.5, 0.9}) {
      const Attributor attributor(corpus, threshold);
      size_t carried = 0;  // (candidate, other article) pairs
      for (uint32_t i = 0; i < corpus.size(); ++i) {
        const std::vector<size_t> expected = Attribute(corpus, i, threshold);
        EXPECT_EQ(attributor.Sources(i), expected) << "seed " << seed << ", candidate " << i;
        carried += expected.size() - 1;
      }
      // The clusters are built to share some: the comparison must meet
      // both answers.
      EXPECT_GT(carried, 0u);
      EXPECT_LT(carried, corpus.size() * (documents.size() - 1));
    }
  }
}

TEST(PickIndex, FindsTheNearDuplicatesEveryPickWouldFind) {
  for (unsigned seed = 1; seed <= 4; ++seed) {
    const std::vector<Document> documents = AnalyzeTexts(RandomCluster(seed, 16));
    const Corpus corpus = BuildCorpus(documents);
    std::mt19937 random(seed);
    Selection selection;
    size_t redundant = 0;
    size_t indexed_kept = 0;  // candidates the index found no duplicate of
    // Past PickIndex::kDirectPicks picks the index answers: appended picks,
    // and once a list the caller replaced by a shorter one that is still
    // long enough to be indexed.
    const size_t rounds = PickIndex::kDirectPicks + 30;
    for (size_t round = 0; round < rounds; ++round) {
      if (round == rounds - 10) {
        selection.picks.erase(selection.picks.begin(), selection.picks.begin() + 3);
      }
      selection.picks.push_back({static_cast<uint32_t>(random() % corpus.size()), 0, 0});
      for (uint32_t i = 0; i < corpus.size(); ++i) {
        bool expected = false;
        for (const Pick& pick : selection.picks) {
          expected = expected || NearDuplicates(corpus, i, pick.candidate, 0.5);
        }
        EXPECT_EQ(IsRedundant(corpus, i, selection, 0.5), expected)
            << "seed " << seed << ", round " << round << ", candidate " << i;
        redundant += expected;
        indexed_kept += selection.picks.size() > PickIndex::kDirectPicks && !expected;
      }
    }
    EXPECT_GT(redundant, 0u);
    EXPECT_GT(indexed_kept, 0u);
  }
}

}  // namespace
}  // namespace concord::summarize::internal
