// pronoun_quotes_wait: a quotation that a pronoun speaks ("...," she said)
// is taken only after the sentence before it, which says who she is.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/summarize.h"
#include "summarize/coverage_params.h"
#include "summarize/two_article_story.h"

namespace concord {
namespace {

constexpr char kQuote[] = "\"We can bake bread for two more days on the island,\" she said.";
constexpr char kWho[] = "Mira Olsen runs the only bakery on Kestrel Island.";

using testing::TwoArticleStory;

// Scraped text mixes styles: a curly opening closed by a straight mark.
constexpr char kMixedQuote[] =
    "\u201CWe can bake bread for two more days on the island,\" she said.";

Cluster BakeryStory(std::string_view quote = kQuote) {
  return TwoArticleStory("bakery", std::string("The harbor bridge closed on Thursday after a "
                                               "crack was found. ") +
                                       kWho + " " + std::string(quote) +
                                       " Ferries will run twice as often this week.");
}

// Over budgets of `from` to `to` words (step 5), with `parameter` set to
// `value`: how many summaries of `story` hold `quote` without `who`, the
// sentence that says who speaks it. The lead swap is off: a summary whose
// only opening is the quotation would take an opening of the news in
// (opening_test.cc), which hides what the waiting rule does alone.
int AloneCount(const Cluster& story, const char* parameter, double value, std::string_view quote,
               std::string_view who, size_t from, size_t to) {
  int alone = 0;
  for (size_t budget = from; budget <= to; budget += 5) {
    SummarizeOptions options;
    options.budget = budget;
    options.parameters = {{parameter, value}, {"lead_swap", 0}};
    const Result<Summary> summary = Summarize(story, options);
    if (!summary.ok()) continue;
    bool has_quote = false;
    bool has_who = false;
    for (const SummarySentence& s : summary.value().sentences) {
      has_quote = has_quote || s.text == quote;
      has_who = has_who || s.text == who;
    }
    alone += has_quote && !has_who ? 1 : 0;
  }
  return alone;
}

int QuoteAloneCount(double wait) {
  return AloneCount(BakeryStory(), "pronoun_quotes_wait", wait, kQuote, kWho, 5, 60);
}

TEST(PronounQuotes, WithoutTheRuleTheQuotationComesAlone) { EXPECT_GT(QuoteAloneCount(0), 0); }

TEST(PronounQuotes, WithItTheQuotationFollowsTheSentenceBefore) {
  EXPECT_EQ(QuoteAloneCount(1), 0);
}

TEST(PronounQuotes, AQuotationWithMixedMarksWaitsToo) {
  EXPECT_GT(
      AloneCount(BakeryStory(kMixedQuote), "pronoun_quotes_wait", 0, kMixedQuote, kWho, 5, 60), 0);
  EXPECT_EQ(
      AloneCount(BakeryStory(kMixedQuote), "pronoun_quotes_wait", 1, kMixedQuote, kWho, 5, 60), 0);
}

TEST(PronounQuotes, OnlyAPronounAfterTheQuotationCounts) {
  using summarize::internal::PronounSpeaksQuotation;
  EXPECT_TRUE(PronounSpeaksQuotation(kQuote));
  EXPECT_TRUE(PronounSpeaksQuotation("\u201CWe are closed,\u201D they said."));
  EXPECT_TRUE(PronounSpeaksQuotation(kMixedQuote));
  EXPECT_TRUE(PronounSpeaksQuotation("\"We are closed,\u201D he said."));
  EXPECT_FALSE(PronounSpeaksQuotation("\"We can bake,\" Mira Olsen said."));
  EXPECT_FALSE(PronounSpeaksQuotation("She said \"we can bake.\""));
  EXPECT_FALSE(PronounSpeaksQuotation("\"We can bake, she said."));
}

TEST(PronounQuotes, TheTestsReadTheirShapes) {
  using summarize::internal::PronounAside;
  EXPECT_TRUE(PronounAside("The real trouble, he said, is the weather."));
  EXPECT_TRUE(PronounAside("The pier will reopen in May, she added."));
  EXPECT_TRUE(PronounAside("Prices rose, they noted. Sales fell."));
  EXPECT_FALSE(PronounAside("The trouble, Omar Reyes said, is fog."));
  EXPECT_FALSE(PronounAside("When the fog lifted, he said goodbye to the crew."));
  EXPECT_FALSE(PronounAside("He said the pier will reopen."));
}

// connective_asides_wait: "Fox, however, ..." leans on the sentence
// before it as "However, ..." does (found by the hostile pass of stop 29
// in a BASIL summary that opened a paragraph with it).
TEST(ConnectiveAsides, TheTestReadsItsShapes) {
  using summarize::internal::ConnectiveAside;
  EXPECT_TRUE(ConnectiveAside("Fox, however, is not worried about the wall."));
  EXPECT_TRUE(ConnectiveAside("the council , meanwhile , voted to close the pier ."));
  EXPECT_TRUE(ConnectiveAside("The mayor of Port Alder, though, wants a vote."));
  EXPECT_FALSE(ConnectiveAside("Fox said, however tired he was, that he would go."));
  EXPECT_FALSE(
      ConnectiveAside("When the ferry stopped at the old pier on Monday, however, nobody came."));
  EXPECT_FALSE(ConnectiveAside("The pier reopened, and the ferry ran again."));
}

constexpr char kSetUp[] =
    "It was, as the former president Vicente Fox put it to a crowd on that evening, a long night.";
constexpr char kAside[] = "Fox, however, says Mexico will never pay for the border wall.";

int AsideAloneCount(double wait) {
  const Cluster story = TwoArticleStory(
      "wall", std::string("The border wall was debated by the candidates on Tuesday. ") + kSetUp +
                  " " + kAside + " The wall would cost Mexico billions, the candidates said.");
  return AloneCount(story, "connective_asides_wait", wait, kAside, kSetUp, 5, 60);
}

TEST(ConnectiveAsides, WithoutTheRuleTheAsideComesAlone) { EXPECT_GT(AsideAloneCount(0), 0); }

TEST(ConnectiveAsides, WithItTheAsideFollowsTheSentenceBefore) { EXPECT_EQ(AsideAloneCount(1), 0); }

// A two-sentence quotation with no attribution inside it, after the
// sentence that says who speaks it, and a sentence of its own beside.
constexpr char kWhoSpeaks[] = "Omar Reyes, who runs the ferry, spoke at the pier on Monday.";
constexpr char kRunOpen[] = "\"The ferry to Kestrel Island is not a luxury for us.";
constexpr char kRunClose[] = "The ferry to Kestrel Island is how the island eats.\"";

Cluster FerryStory() {
  return TwoArticleStory(
      "ferry", std::string("The ferry to Kestrel Island stopped on Monday after its engine "
                           "failed. ") +
                   kWhoSpeaks + " " + kRunOpen + " " + kRunClose +
                   " A second ferry will come from the mainland this week.");
}

int RunAloneCount(double wait) {
  return AloneCount(FerryStory(), "bare_quotation_runs", wait, kRunOpen, kWhoSpeaks, 10, 70);
}

TEST(BareQuotationRuns, WithoutTheRuleTheQuotationComesAlone) { EXPECT_GT(RunAloneCount(0), 0); }

TEST(BareQuotationRuns, WithItTheQuotationFollowsTheSentenceNamingItsSpeaker) {
  EXPECT_EQ(RunAloneCount(1), 0);
}

// An article that opens with a quotation "she" speaks has nothing before
// it to say who she is: the other outlet's copy, which names the mayor, is
// taken instead, at every budget.
TEST(OrphanOpeners, AnOpeningQuotationAPronounSpeaksGivesWayToACopyThatNamesTheSpeaker) {
  Cluster cluster;
  cluster.id = "rebuild";
  Article a;
  a.id = "a";
  a.source = "A";
  a.text = "\"We will rebuild the harbor wall,\" she said. \"It will take years,\" she added.";
  Article b;
  b.id = "b";
  b.source = "B";
  b.text =
      "\"We will rebuild the harbor wall,\" the mayor said on Tuesday. \"It will take "
      "years.\"";
  cluster.articles = {a, b};
  for (size_t budget : {15, 40, 100}) {
    SummarizeOptions options;
    options.budget = budget;
    Result<Summary> summary = Summarize(cluster, options);
    ASSERT_TRUE(summary.ok()) << summary.status().message();
    ASSERT_FALSE(summary.value().sentences.empty());
    EXPECT_NE(summary.value().sentences[0].text.find("the mayor said"), std::string::npos)
        << budget << " words: " << summary.value().sentences[0].text;
    for (const SummarySentence& s : summary.value().sentences) {
      EXPECT_EQ(s.text.find("she said"), std::string::npos) << budget << " words: " << s.text;
    }
  }
}

}  // namespace
}  // namespace concord
