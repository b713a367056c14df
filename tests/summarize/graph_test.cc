// The sparse similarity graph against a plainly correct all-pairs version.
#include "summarize/graph.h"

#include <gtest/gtest.h>

#include <memory>
#include <random>

#include "concord/document.h"

namespace concord::summarize::internal {
namespace {

std::vector<Document> RandomDocuments(unsigned seed) {
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> word(0, 40);
  std::uniform_int_distribution<int> length(1, 12);
  std::vector<Document> documents(3);
  for (Document& d : documents) {
    auto vocabulary = std::make_shared<text::Vocabulary>();  // holds the stems
    d.vocabulary = vocabulary;
    for (int s = 0; s < 15; ++s) {
      Sentence sentence;
      sentence.index = static_cast<size_t>(s);
      const int n = length(rng);
      for (int w = 0; w < n; ++w) {
        text::Token token;
        token.stem = vocabulary->Keep("w" + std::to_string(word(rng)));
        token.lower = token.stem;
        sentence.tokens.push_back(token);
        sentence.text.append(token.stem).append(" ");
      }
      d.sentences.push_back(sentence);
    }
  }
  return documents;
}

TEST(BuildGraph, MatchesAllPairsCosine) {
  for (unsigned seed = 0; seed < 10; ++seed) {
    const std::vector<Document> documents = RandomDocuments(seed);
    const Corpus corpus = BuildCorpus(documents);
    auto cosine = [&](uint32_t i, uint32_t j) {
      return static_cast<float>(Dot(corpus.vectors[i], corpus.vectors[j]));
    };
    const Graph graph = BuildGraph(corpus, cosine, 0.1f);
    for (uint32_t i = 0; i < corpus.size(); ++i) {
      std::vector<std::pair<uint32_t, float>> expected;
      for (uint32_t j = 0; j < corpus.size(); ++j) {
        if (j != i && cosine(i, j) >= 0.1f) expected.emplace_back(j, cosine(i, j));
      }
      EXPECT_EQ(graph.edges[i], expected) << "seed " << seed << " node " << i;
    }
  }
}

TEST(PageRank, SumsToOneAndFavoursTheHub) {
  Graph graph;
  graph.edges.resize(4);
  for (uint32_t leaf = 1; leaf < 4; ++leaf) {
    graph.edges[0].emplace_back(leaf, 1.0f);
    graph.edges[leaf].emplace_back(0, 1.0f);
  }
  const std::vector<double> rank = PageRank(graph);
  double total = 0;
  for (double r : rank) total += r;
  EXPECT_NEAR(total, 1.0, 1e-6);
  EXPECT_GT(rank[0], rank[1]);
  EXPECT_NEAR(rank[1], rank[2], 1e-9);
}

}  // namespace
}  // namespace concord::summarize::internal
