// cut_by_prefix (docs/summarize.md, "The cut at the budget"): when the last
// sentence is cut at a word budget (--truncate, as eval runs), the
// candidates that do not fit whole are weighed by what the cut keeps.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "default_parameter.h"

namespace concord {
namespace {

// Two articles. The story's shared words, "the bridge collapse killed nine
// commuters", close two sentences, after six words that the other article
// does not share; the third sentence opens with "Nine commuters" and goes
// on for 18 words that no other sentence holds, so whole it covers less
// per word than either of the others.
Cluster BridgeStory() {
  Cluster cluster;
  cluster.id = "bridge";
  Article a;
  a.text =
      "Late on Tuesday, after hours of talks, officials confirmed the bridge collapse killed "
      "nine commuters.\n\n"
      "Nine commuters died, a spokeswoman for the regional transit authority told reporters in "
      "a brief statement on the steps of the old courthouse.";
  Article b;
  b.text =
      "According to a statement released by the state police, the bridge collapse killed nine "
      "commuters.";
  cluster.articles = {a, b};
  return cluster;
}

// The default with the prior switched off (no position, quotation or
// salience term), six words cut at the budget: no sentence fits whole.
std::vector<std::string> Cut(const std::vector<std::pair<std::string, double>>& extra,
                             bool truncate = true) {
  SummarizeOptions options;
  options.budget = 6;
  options.truncate = truncate;
  options.parameters = {{"position_weight", 0}, {"quote_weight", 0}, {"salience_exponent", 0}};
  options.parameters.insert(options.parameters.end(), extra.begin(), extra.end());
  const Result<Summary> summary = Summarize(BridgeStory(), options);
  std::vector<std::string> texts;
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  if (!summary.ok()) return texts;
  for (const SummarySentence& s : summary.value().sentences) texts.push_back(s.text);
  return texts;
}

TEST(CutAtBudget, TheCutSentenceIsTheOneWhoseOpeningSaysMost) {
  EXPECT_EQ(Cut({}), std::vector<std::string>{"Nine commuters died, a spokeswoman for…"});
  // Weighed whole, the best sentence is cut to six words that hold none
  // of the shared ones.
  EXPECT_EQ(Cut({{"cut_by_prefix", 0}}),
            std::vector<std::string>{"According to a statement released by…"});
  EXPECT_EQ(testing::DefaultParameter("cut_by_prefix"), 1.0);
}

TEST(CutAtBudget, WithoutACutNothingChanges) {
  // Whole sentences (no --truncate, as `concord summarize` runs by
  // default): nothing is cut, so the setting changes nothing.
  SummarizeOptions options;
  options.budget = 20;
  options.parameters = {{"position_weight", 0}, {"quote_weight", 0}, {"salience_exponent", 0}};
  const Result<Summary> shipped = Summarize(BridgeStory(), options);
  options.parameters.emplace_back("cut_by_prefix", 0);
  const Result<Summary> off = Summarize(BridgeStory(), options);
  ASSERT_TRUE(shipped.ok() && off.ok());
  ASSERT_EQ(shipped.value().sentences.size(), off.value().sentences.size());
  for (size_t k = 0; k < off.value().sentences.size(); ++k) {
    EXPECT_EQ(shipped.value().sentences[k].text, off.value().sentences[k].text);
  }
}

}  // namespace
}  // namespace concord
