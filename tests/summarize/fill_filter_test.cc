// fill_filter: what the well-formed candidates leave of the budget is filled
// only with sentences a reader can take alone; a headline, a caption or a
// colon ending fills only a summary that would otherwise be empty.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "default_parameter.h"

namespace concord {
namespace {

Cluster OneArticle(std::string text) {
  Cluster cluster;
  cluster.id = "fill";
  Article article;
  article.text = std::move(text);
  cluster.articles.push_back(std::move(article));
  return cluster;
}

// Two sentences of 14 and 13 words and, between them, a 5-word subheading
// and a sentence ending in a colon: a 32-word budget leaves 5 words after
// the two sentences.
Cluster SubheadingStory() {
  return OneArticle(
      "Engineers closed the harbor bridge on Monday after finding a crack in a girder.\n\n"
      "Harbor Bridge Repairs Begin Today\n\n"
      "The city listed the detours:\n\n"
      "The mayor said the harbor bridge will stay closed for three more weeks.\n");
}

std::vector<std::string> Picked(const Cluster& cluster, double fill_filter, size_t budget) {
  SummarizeOptions options;
  options.budget = budget;
  options.parameters = {{"fill_filter", fill_filter}};
  const Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  std::vector<std::string> texts;
  if (!summary.ok()) return texts;
  for (const SummarySentence& s : summary.value().sentences) texts.push_back(s.text);
  return texts;
}

bool Holds(const std::vector<std::string>& texts, const std::string& needle) {
  for (const std::string& t : texts) {
    if (t.find(needle) != std::string::npos) return true;
  }
  return false;
}

TEST(FillFilter, WithoutItASubheadingFillsTheLastWords) {
  const std::vector<std::string> texts = Picked(SubheadingStory(), 0, 32);
  EXPECT_TRUE(Holds(texts, "Repairs Begin Today")) << ::testing::PrintToString(texts);
}

TEST(FillFilter, WithItOnlyWholeSentencesFill) {
  const std::vector<std::string> texts = Picked(SubheadingStory(), 1, 32);
  EXPECT_EQ(texts.size(), 2u) << ::testing::PrintToString(texts);
  EXPECT_FALSE(Holds(texts, "Repairs Begin Today"));
  EXPECT_FALSE(Holds(texts, "detours:"));
  EXPECT_TRUE(Holds(texts, "crack in a girder."));
  EXPECT_TRUE(Holds(texts, "three more weeks."));
}

TEST(FillFilter, ASummaryOfOnlyFurnitureIsNotLeftEmpty) {
  // Nothing here is a sentence a reader can take alone, but an empty
  // summary would say less than the page does.
  const Cluster cluster =
      OneArticle("Harbor Bridge Repairs Begin Today\n\nPhoto by Jane Roe for the Harbor Times\n");
  const std::vector<std::string> texts = Picked(cluster, 1, 20);
  EXPECT_FALSE(texts.empty());
}

TEST(FillFilter, IsAParameterOnByDefault) {
  EXPECT_EQ(concord::testing::DefaultParameter("fill_filter"), 1);
}

}  // namespace
}  // namespace concord
