// lead_first: the default's first pick opens an article (one of its first
// three sentences), so a summary reads from the story's start even when the
// position prior is flat and the best-covered facts come late.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "default_parameter.h"

namespace concord {
namespace {

// Two reports whose shared facts sit in their fourth and fifth sentences;
// their openings are their own.
Cluster LateFactsStory() {
  Cluster cluster;
  cluster.id = "late-facts";
  const char* openings[2][3] = {
      {"The town woke to grey skies on Monday.", "Market stalls opened an hour late.",
       "Few people walked along the quay."},
      {"Rain fell over the valley before dawn.", "School buses ran on a winter timetable.",
       "A church bell rang at seven."}};
  for (const auto& opening : openings) {
    Article article;
    for (const char* part : {opening[0], " ", opening[1], " ", opening[2],
                             " Engineers closed the harbor bridge after finding a crack in a "
                             "girder. The mayor said the harbor bridge will stay closed for "
                             "three weeks."}) {
      article.text.append(part);
    }
    cluster.articles.push_back(std::move(article));
  }
  return cluster;
}

// The first summary sentence's index in its article, with the position
// prior and the lead swap (lead_swap_test.cc) off and lead_first as given;
// -1 when the summary fails.
long FirstSentenceIndex(double lead_first) {
  SummarizeOptions options;
  options.budget = 24;  // both shared sentences, nothing more
  options.parameters = {{"position_weight", 0}, {"lead_swap", 0}, {"lead_first", lead_first}};
  const Result<Summary> summary = Summarize(LateFactsStory(), options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  if (!summary.ok() || summary.value().sentences.empty()) return -1;
  return static_cast<long>(summary.value().sentences[0].sentence);
}

TEST(LeadFirst, WithoutItAFlatPriorOpensWithALateSentence) { EXPECT_GE(FirstSentenceIndex(0), 3); }

TEST(LeadFirst, WithItTheSummaryOpensWithAnArticlesOpening) {
  const long first = FirstSentenceIndex(1);
  EXPECT_GE(first, 0);
  EXPECT_LT(first, 3);
}

TEST(LeadFirst, IsAParameterOffByDefault) {
  EXPECT_EQ(concord::testing::DefaultParameter("lead_first"), 0);
}

}  // namespace
}  // namespace concord
