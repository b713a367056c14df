// A fact several outlets word alike is printed once (select.h, Repeats):
// the story's own idf weighs the words every outlet uses near zero, so
// their cosine stayed under the duplicate threshold and a summary printed
// the fact twice, and one quotation in two wordings twice (found by the
// hostile pass of stop 29).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/summarize.h"

namespace concord {
namespace {

Cluster Outlets(const std::vector<std::string>& texts) {
  Cluster cluster;
  cluster.id = "story";
  for (size_t k = 0; k < texts.size(); ++k) {
    Article article;
    article.id = std::string(1, static_cast<char>('a' + k));
    article.source = "Outlet " + article.id;
    article.text = texts[k];
    cluster.articles.push_back(article);
  }
  return cluster;
}

// How many sentences of the default's summary of `cluster` at `budget`
// words hold `words`.
size_t Holding(const Cluster& cluster, size_t budget, const std::string& words) {
  SummarizeOptions options;
  options.budget = budget;
  Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().message();
  if (!summary.ok()) return 0;
  size_t count = 0;
  for (const SummarySentence& s : summary.value().sentences) {
    count += s.text.find(words) != std::string::npos;
  }
  return count;
}

TEST(RepeatedFacts, FourOutletsWordingOneFactGiveItOnce) {
  const Cluster cluster = Outlets(
      {"The harbor bridge closed on Monday for urgent repairs to its cables, the city said.",
       "The harbor bridge was closed on Monday for urgent repairs to the cables.",
       "The harbor bridge is closed for urgent repairs to its cables since Monday.",
       "The harbor bridge closed for urgent repairs to its cables on Monday."});
  EXPECT_EQ(Holding(cluster, 30, "harbor bridge"), 1u);
}

TEST(RepeatedFacts, OneQuotationInTwoWordingsIsPrintedOnce) {
  const Cluster cluster =
      Outlets({"Acme Corp will close its plant in Leipzig next year, the company said on Tuesday. "
               "\"We have no choice,\" said chief executive Maria Lopez.",
               "Acme Corp is closing its Leipzig plant, it announced on Tuesday. "
               "Lopez said: \"We have no choice.\""});
  for (size_t budget : {40, 100}) {
    EXPECT_EQ(Holding(cluster, budget, "We have no choice"), 1u) << budget << " words";
  }
}

// Comments that differ only in their number are one comment to a reader.
TEST(RepeatedFacts, CopiesThatDifferInANumberArePrintedOnce) {
  std::string comments =
      "The harbor bridge will close for three weeks of repairs, the council decided on Tuesday.";
  for (int k = 0; k < 8; ++k) {
    comments +=
        "\n\nResidents say the council keeps promising a new bridge and nothing ever "
        "happens, says reader " +
        std::to_string(k) + ".";
  }
  const Cluster cluster =
      Outlets({comments,
               "The council voted on Tuesday to close the harbor bridge for three weeks of "
               "repairs. Ferries will run every half hour."});
  EXPECT_LE(Holding(cluster, 200, "keeps promising a new bridge"), 1u);
}

// One country under two names is one place: the rule that keeps another
// event's report ("in Lyon" / "in Hamburg") took "in the United States" /
// "in the U.S." / "in America" for three places and printed the fact three
// times (found by the review of stop 29).
TEST(RepeatedFacts, OneCountryNamedThreeWaysIsOnePlace) {
  const Cluster cluster = Outlets(
      {"Acme Corp said on Tuesday it will cut 2,000 jobs in the United States over the next "
       "year as demand for its printers falls. Its shares fell 8 percent in early trading.",
       "Acme Corp said Tuesday it will cut 2,000 jobs in the U.S. over the next year as demand "
       "for its printers falls. The union called the decision a betrayal of workers.",
       "Acme Corp will cut 2,000 jobs in America over the next year as demand for its printers "
       "falls, the company said Tuesday. Workers learned of the news from television."});
  EXPECT_EQ(Holding(cluster, 120, "2,000 jobs"), 1u);
}

}  // namespace
}  // namespace concord
