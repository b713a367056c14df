// What opens a summary (issue 15 item 3): a sentence that says what
// happened, not a quotation reacting to it. The reading order puts an
// article whose earliest pick opens the story (OpensStory: among its
// article's first three sentences, no quotation mark or leaning word
// opening it) before one whose earliest pick is a quotation, and the
// default's lead swap brings such a sentence in when no pick is one.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "concord/text.h"

namespace concord {
namespace {

Cluster Articles(const std::vector<std::string>& texts) {
  Cluster cluster;
  cluster.id = "opening";
  for (const std::string& text : texts) {
    Article article;
    article.text = text;
    cluster.articles.push_back(std::move(article));
  }
  return cluster;
}

Summary Summarized(const Cluster& cluster, SummarizeOptions options) {
  const Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  return summary.ok() ? summary.value() : Summary{};
}

// The lead method's two sentences: both articles' openings, tied on
// position, so only the reading order decides which comes first.
Summary LeadsOfTwo(const Cluster& cluster) {
  SummarizeOptions options;
  options.method = "lead";
  options.unit = BudgetUnit::kSentences;
  options.budget = 2;
  return Summarized(cluster, options);
}

// The first article opens with a quotation, the second with the news; the
// lead method takes both openings, tied on position.
TEST(Opening, TheNewsComesBeforeAQuotationReactingToIt) {
  const Cluster cluster =
      Articles({"\"This is a sad day for everyone who crosses the bay,\" the mayor said on Monday. "
                "Officials gave no date for the repairs.",
                "Engineers closed the harbor bridge on Monday after finding a crack in a girder. "
                "Ferries will carry commuters."});
  const Summary summary = LeadsOfTwo(cluster);
  ASSERT_EQ(summary.sentences.size(), 2u);
  EXPECT_EQ(summary.sentences[0].article, 1u);
  EXPECT_FALSE(text::OpensWithMark(summary.sentences[0].text));
  EXPECT_EQ(summary.sentences[1].article, 0u);
}

// Found by the review of stop 28: a quotation in single marks (British
// style) or another language's marks opened the summary as the news. Both
// articles lead with the mayor's words; the default takes one of them.
TEST(Opening, AQuotationInSingleOrOtherLanguagesMarksDoesNotOpenTheSummary) {
  // (German's „...“ is left out: the quotation reader takes its “ for an
  // opening mark, so the sentence reads as a quotation running on.)
  for (const std::string open : {"'", "\u2018", "\u00AB"}) {
    const std::string close = open == "'" ? "'" : open == "\u2018" ? "\u2019" : "\u00BB";
    const std::string quote = open + "We will rebuild the bridge this year," + close;
    const Cluster cluster = Articles(
        {quote + " the mayor of Mersey Cross told reporters on Monday.\n"
                 "The council closed the harbor bridge on Monday after engineers found a crack "
                 "in the main span.\nRepairs will take three weeks and cost two million pounds, "
                 "the council said.\n",
         quote + " the mayor of Mersey Cross said on Monday.\nThe harbor bridge was closed on "
                 "Monday after engineers found a crack in its main span.\nFerries will run "
                 "every half hour until the bridge reopens, the council said.\n"});
    SummarizeOptions options;
    options.budget = 60;
    const Summary summary = Summarized(cluster, options);
    ASSERT_FALSE(summary.sentences.empty()) << open;
    EXPECT_FALSE(summary.sentences[0].text.starts_with(open)) << summary.sentences[0].text;
  }
}

TEST(Opening, ALeadOpeningWithAConnectiveDoesNotOpenTheSummary) {
  const Cluster cluster = Articles(
      {"And on the second day of the closure, the harbor bridge stayed shut to all traffic. "
       "Officials gave no date for the repairs.",
       "Engineers closed the harbor bridge on Monday after finding a crack in a girder. "
       "Ferries will carry commuters."});
  const Summary summary = LeadsOfTwo(cluster);
  ASSERT_EQ(summary.sentences.size(), 2u);
  EXPECT_EQ(summary.sentences[0].article, 1u);
}

TEST(Opening, WithNoOpeningOfTheNewsTheFirstArticleLeadsAsBefore) {
  const Cluster cluster =
      Articles({"\"This is a sad day for everyone who crosses the bay,\" the mayor said on Monday. "
                "Officials gave no date for the repairs.",
                "\"We found the crack just in time,\" an engineer said of the harbor bridge. "
                "Ferries will carry commuters."});
  const Summary summary = LeadsOfTwo(cluster);
  ASSERT_EQ(summary.sentences.size(), 2u);
  EXPECT_EQ(summary.sentences[0].article, 0u);
}

// Two reports open with the same quotation, which both carry (so it weighs
// most), then two sentences of news of their own, then their shared facts
// (from the fourth sentence on: they open no article).
Cluster QuotationLeads() {
  const std::string quote =
      "\"Nobody will drive over that bridge until it is safe,\" the mayor said on Monday.";
  const std::string facts =
      " Engineers closed the harbor bridge after finding a crack in a girder. The mayor said "
      "the harbor bridge will stay closed for three weeks.";
  return Articles({quote +
                       " The town council met in an emergency session at noon. Crews "
                       "worked through the night." +
                       facts,
                   quote +
                       " Rain fell over the valley as the crews arrived. Schools stayed "
                       "open." +
                       facts});
}

TEST(Opening, TheLeadSwapBringsTheNewsWhenTheOnlyOpeningIsAQuotation) {
  SummarizeOptions options;
  options.budget = 40;
  options.parameters = {{"position_weight", 0}, {"lead_swap", 1}};
  const Summary summary = Summarized(QuotationLeads(), options);
  ASSERT_FALSE(summary.sentences.empty());
  EXPECT_FALSE(text::OpensWithMark(summary.sentences[0].text)) << summary.sentences[0].text;
  EXPECT_LT(summary.sentences[0].sentence, 3u);
  // Without the swap the quotation opens it: the story needs the rule.
  options.parameters = {{"position_weight", 0}, {"lead_swap", 0}};
  const Summary plain = Summarized(QuotationLeads(), options);
  ASSERT_FALSE(plain.sentences.empty());
  EXPECT_TRUE(text::OpensWithMark(plain.sentences[0].text)) << plain.sentences[0].text;
}

}  // namespace
}  // namespace concord
