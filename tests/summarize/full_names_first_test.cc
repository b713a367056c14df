// Full names first (docs/summarize.md): the reading order moves the
// article block that names a person in full before the one that calls
// them by surname, after the opening block, which stays first.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"

namespace concord {
namespace {

Cluster ThreeArticles() {
  Cluster cluster;
  cluster.id = "varga";
  for (const std::string text :
       {"Engineers closed the harbor bridge on Monday after finding a crack in a girder.\n\n"
        "Ferries will carry commuters.",
        "Varga said the girder had cracked in the coldest night of the winter.\n\n"
        "The council met on Tuesday.",
        "Peter Varga, the city's chief engineer, ordered the bridge shut at dawn.\n\n"
        "Repairs will take three weeks."}) {
    Article article;
    article.text = text;
    cluster.articles.push_back(std::move(article));
  }
  return cluster;
}

std::vector<size_t> ArticlesInOrder(bool full_names_first) {
  SummarizeOptions options;
  options.method = "lead";
  options.unit = BudgetUnit::kSentences;
  options.budget = 3;
  options.full_names_first = full_names_first;
  const Result<Summary> summary = Summarize(ThreeArticles(), options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  std::vector<size_t> articles;
  if (summary.ok()) {
    for (const SummarySentence& s : summary.value().sentences) articles.push_back(s.article);
  }
  return articles;
}

TEST(FullNamesFirst, TheFullNameComesBeforeTheSurname) {
  // The three leads tie on position: article order decides, then the
  // block that gives "Peter Varga" moves before "Varga said".
  EXPECT_EQ(ArticlesInOrder(false), (std::vector<size_t>{0, 1, 2}));
  EXPECT_EQ(ArticlesInOrder(true), (std::vector<size_t>{0, 2, 1}));
}

TEST(FullNamesFirst, TheOpeningBlockStaysFirst) {
  Cluster cluster = ThreeArticles();
  std::swap(cluster.articles[0], cluster.articles[1]);  // "Varga said" opens now
  SummarizeOptions options;
  options.method = "lead";
  options.unit = BudgetUnit::kSentences;
  options.budget = 3;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  ASSERT_EQ(summary.value().sentences.size(), 3u);
  EXPECT_EQ(summary.value().sentences[0].article, 0u);
}

}  // namespace
}  // namespace concord
