// The default's length exponent (gain per word^length_exponent), refitted
// on training clusters at 50 to 300 words (docs/summarize.md, "Every
// length"): at the shipped 0.85 a long sentence must cover more per word
// than it had to at the old 0.6 to beat a short, dense one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/summarize.h"

namespace concord {
namespace {

// One article: a dense nine-word sentence and a 25-word one that covers
// more concepts in all but fewer per word. A 26-word budget holds either,
// not both (the third sentence is too short to be a candidate).
Cluster DenseOrLongStory() {
  Cluster cluster;
  cluster.id = "dense-or-long";
  Article article;
  article.text =
      "Harbor engineers found deep cracks in rusted steel girders. "
      "The council said that repairs to the old bridge would take three months and would "
      "cost the city about nine million dollars in all. "
      "Ferries ran late.";
  cluster.articles.push_back(article);
  return cluster;
}

// The default with the prior switched off (no position, quotation or
// salience term), so the pick is concept weight per word^exponent alone.
std::string PickedWithExponent(const std::vector<std::pair<std::string, double>>& exponent) {
  SummarizeOptions options;
  options.budget = 26;
  options.parameters = {{"position_weight", 0}, {"quote_weight", 0}, {"salience_exponent", 0}};
  options.parameters.insert(options.parameters.end(), exponent.begin(), exponent.end());
  const Result<Summary> summary = Summarize(DenseOrLongStory(), options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  if (!summary.ok() || summary.value().sentences.size() != 1) return "";
  return summary.value().sentences[0].text;
}

TEST(LengthExponent, TheShippedExponentPrefersTheDenseSentence) {
  EXPECT_EQ(PickedWithExponent({}), "Harbor engineers found deep cracks in rusted steel girders.");
  EXPECT_EQ(PickedWithExponent({{"length_exponent", 0.6}}).rfind("The council said", 0), 0u);
}

}  // namespace
}  // namespace concord
