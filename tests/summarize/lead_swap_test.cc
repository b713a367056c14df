// lead_swap: when the default's selection opens no article (none of its
// picks is among an article's first three sentences), an opening sentence
// takes the place of the picks it costs least to lose, if the coverage
// objective loses at most the tolerance's share; the swap keeps the rules
// of the selection (a leaning sentence only after its predecessor, a
// quotation whole, the budget).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "default_parameter.h"

namespace concord {
namespace {

// What two reports share, in their fourth and fifth sentences: two
// 12-word sentences, so a 24-word summary of the default holds both.
constexpr const char* kSharedFacts =
    " Engineers closed the harbor bridge after finding a crack in a girder. The mayor said the "
    "harbor bridge will stay closed for three weeks.";

// A cluster of two articles, each its three opening sentences and then the
// shared facts.
Cluster Story(const std::vector<std::string>& openings) {
  Cluster cluster;
  cluster.id = "late-facts";
  for (const std::string& opening : openings) {
    Article article;
    article.text = opening + kSharedFacts;
    cluster.articles.push_back(std::move(article));
  }
  return cluster;
}

// Short openings of their own: any of them may open the summary.
Cluster PlainOpenings() {
  return Story(
      {"The town woke to grey skies on Monday. Market stalls opened an hour late. Few "
       "people walked along the quay.",
       "Rain fell over the valley before dawn. School buses ran on a winter "
       "timetable. A church bell rang at seven."});
}

// Openings that lean: each article's first sentence is too long to be a
// candidate (over 50 words), the next two open with a pronoun (a dropped
// "But" would not do: a shorter form without it stands alone).
Cluster LeaningOpenings() {
  std::string long_first = "The council met";
  for (int k = 0; k < 12; ++k) long_first += " and talked about the old town";
  long_first += ".";
  return Story({long_first + " He spoke for an hour about the ferry. He did not mention the "
                             "tolls.",
                long_first + " He said the road would be repaired soon. She said the budget "
                             "was not agreed."});
}

// Openings that are a quotation over two sentences (8 + 21 words in the
// first article) and a sentence that leans on it.
Cluster QuotationOpenings() {
  return Story(
      {"The mayor told reporters: \"We have no choice. Nobody will drive over that old "
       "crossing again until every single girder has been checked twice by engineers "
       "from the city.\" He spoke for ten minutes.",
       "A council spokeswoman said: \"Our ferries are ready. Extra boats will run from "
       "the north pier every twenty minutes until the crossing opens again for cars and "
       "buses and trucks.\" She took no questions."});
}

// The summary's sentences (article, index), or none when it fails.
std::vector<std::pair<size_t, size_t>> Picks(const Cluster& cluster, size_t words,
                                             double lead_swap) {
  SummarizeOptions options;
  options.budget = words;
  options.parameters = {{"position_weight", 0}, {"lead_swap", lead_swap}};
  const Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().ToString();
  std::vector<std::pair<size_t, size_t>> out;
  if (!summary.ok()) return out;
  for (const SummarySentence& s : summary.value().sentences)
    out.emplace_back(s.article, s.sentence);
  return out;
}

bool OpensLate(const std::vector<std::pair<size_t, size_t>>& picks) {
  return !picks.empty() && picks.front().second >= 3;
}

TEST(LeadSwap, WithoutItAFlatPriorOpensWithALateSentence) {
  EXPECT_TRUE(OpensLate(Picks(PlainOpenings(), 24, 0)));
}

TEST(LeadSwap, AnOpeningSentenceTakesThePlaceOfAPick) {
  const auto picks = Picks(PlainOpenings(), 24, 1);
  ASSERT_FALSE(picks.empty());
  EXPECT_LT(picks.front().second, 3u);
  // One shared fact stays: the opening replaced the other.
  size_t facts = 0;
  for (const auto& [article, sentence] : picks) facts += sentence >= 3;
  EXPECT_EQ(facts, 1u);
}

TEST(LeadSwap, ASmallToleranceBlocksACostlySwap) {
  // Losing a fact both reports carry for an opening one carries costs far
  // more than 1% of the covered concept weight.
  EXPECT_TRUE(OpensLate(Picks(PlainOpenings(), 24, 0.01)));
}

TEST(LeadSwap, ALeaningOpeningIsNotSwappedIn) {
  EXPECT_TRUE(OpensLate(Picks(LeaningOpenings(), 24, 1)));
}

TEST(LeadSwap, AQuotationComesWholeOrNotAtAll) {
  // 24 words: the whole quotation (29) cannot fit, its first sentence
  // alone (8) would in place of one fact.
  EXPECT_TRUE(OpensLate(Picks(QuotationOpenings(), 24, 1)));
  EXPECT_TRUE(OpensLate(Picks(QuotationOpenings(), 40, 0)));
  // 40 words: it fits in place of the facts, both of its sentences.
  const auto picks = Picks(QuotationOpenings(), 40, 1);
  ASSERT_FALSE(picks.empty());
  EXPECT_EQ(picks.front().second, 0u);
  const std::pair<size_t, size_t> closing{picks.front().first, 1};
  EXPECT_NE(std::find(picks.begin(), picks.end(), closing), picks.end());
}

TEST(LeadSwap, IsAParameterOnByDefault) {
  EXPECT_EQ(concord::testing::DefaultParameter("lead_swap"), 0.2);
}

// Eight shared facts after the openings: a budget that holds all of them
// loses about an eighth of the covered weight when one gives way.
Cluster ManyFacts() {
  const std::string facts =
      " Engineers closed the harbor bridge on Monday. Inspectors found a crack in a girder."
      " The mayor promised repairs within three weeks. Ferries will carry commuters across the"
      " bay. Shops near the pier reported fewer customers. Trucks must take the northern"
      " highway detour. Schools changed their bus routes for the month. The council approved"
      " emergency funds on Tuesday.";
  Cluster cluster = PlainOpenings();
  for (Article& article : cluster.articles) {
    article.text = article.text.substr(0, article.text.find(kSharedFacts)) + facts;
  }
  return cluster;
}

TEST(LeadSwap, TheDefaultSwapsThisStory) {
  // Losing one of eight facts for an opening costs under a fifth of the
  // covered weight, the default's tolerance.
  SummarizeOptions options;
  options.budget = 55;
  options.parameters = {{"position_weight", 0}};
  const Result<Summary> summary = Summarize(ManyFacts(), options);
  ASSERT_TRUE(summary.ok()) << summary.status().ToString();
  ASSERT_FALSE(summary.value().sentences.empty());
  EXPECT_LT(summary.value().sentences.front().sentence, 3u);
  // Without the swap the same story opens late.
  options.parameters.push_back({"lead_swap", 0});
  const Result<Summary> plain = Summarize(ManyFacts(), options);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  ASSERT_FALSE(plain.value().sentences.empty());
  EXPECT_GE(plain.value().sentences.front().sentence, 3u);
}

// With --truncate the budget is always full (the last pick is cut to fit),
// so the cut pick's units are no room the swap must find: the story opens
// with an opening sentence as it does with whole sentences.
TEST(LeadSwap, TheSwapAlsoHappensWhenTheLastPickIsCut) {
  // (24 words whole hold two facts, and losing one costs more than the
  // tolerance; cut, the last pick is a remainder, and the swap is cheap.)
  for (const size_t budget : {24, 50}) {
    for (const bool truncate : {false, true}) {
      if (budget == 24 && !truncate) continue;
      SummarizeOptions options;
      options.budget = budget;
      options.truncate = truncate;
      options.parameters = {{"position_weight", 0}};
      const Result<Summary> summary = Summarize(ManyFacts(), options);
      ASSERT_TRUE(summary.ok()) << summary.status().ToString();
      ASSERT_FALSE(summary.value().sentences.empty());
      EXPECT_LT(summary.value().sentences.front().sentence, 3u)
          << budget << " words, truncate " << truncate;
    }
  }
}

// The exact solver's selection is swapped as the greedy's is.
TEST(LeadSwap, TheExactSolversSelectionIsSwappedToo) {
  SummarizeOptions options;
  options.budget = 55;
  options.parameters = {{"position_weight", 0}, {"solver", 1}};
  const Result<Summary> swapped = Summarize(ManyFacts(), options);
  ASSERT_TRUE(swapped.ok()) << swapped.status().ToString();
  ASSERT_FALSE(swapped.value().sentences.empty());
  EXPECT_LT(swapped.value().sentences.front().sentence, 3u);
  options.parameters.push_back({"lead_swap", 0});
  const Result<Summary> plain = Summarize(ManyFacts(), options);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  ASSERT_FALSE(plain.value().sentences.empty());
  EXPECT_GE(plain.value().sentences.front().sentence, 3u);
}

}  // namespace
}  // namespace concord
