// A quote whose cue is negated ("did not say", "never said", "denied
// saying") keeps its speaker but is marked negated, and every writer shows
// it as "not said by" the speaker (src/compare/quote_negation.cc; issue 15
// item 6). The sentences are written for these tests.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "concord/format.h"
#include "test_documents.h"
#include "testing/analyzed_texts.h"

namespace concord::compare {
namespace {

using concord::testing::AnalyzeAll;
using concord::testing::Analyzed;
using concord::testing::QuotesOf;

// The quote of `text` holding `words`; fails the test when none does.
Quote QuoteWith(const std::string& text, const std::string& words) {
  for (const Quote& q : QuotesOf(text)) {
    if (q.text.find(words) != std::string::npos) return q;
  }
  ADD_FAILURE() << "no quote holds \"" << words << "\" in: " << text;
  return {};
}

const std::string kBridge = "Mayor Dana Okafor opened the new bridge on Monday.\n";

TEST(NegatedQuotes, DidNotSayKeepsTheSpeakerAndMarksTheQuote) {
  const Quote q = QuoteWith(
      kBridge + "The mayor did not say \"I resign\" at the meeting, aides insisted.\n", "I resign");
  EXPECT_TRUE(q.negated);
  EXPECT_EQ(q.negation, "did not say");
  EXPECT_EQ(q.speaker_name, "Dana Okafor");
  EXPECT_EQ(SpeakerLabel(q), "not said by Dana Okafor (did not say)");
}

TEST(NegatedQuotes, NeverSaidDidntTellAndDeniedSaying) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"Okafor never said \"the bridge will close in winter.\"\n", "never said"},
      // ("didn't" is skipped before the cue as "did not" is, so Okafor speaks.)
      {"Okafor didn't say \"the bridge will close in winter.\"\n", "didn't say"},
      {"Okafor wouldn't tell reporters: \"The bridge will close in winter.\"\n",
       "wouldn't tell reporters"},
      {"Okafor denied saying \"the bridge will close in winter.\"\n", "denied saying"},
      {"Okafor denied ever saying \"the bridge will close in winter.\"\n", "denied ever saying"},
      {"Okafor has never once said \"the bridge will close in winter.\"\n", "never once said"},
  };
  for (const auto& [sentence, negation] : cases) {
    const Quote q = QuoteWith(kBridge + sentence, "close in winter");
    EXPECT_TRUE(q.negated) << sentence;
    EXPECT_EQ(q.negation, negation) << sentence;
    EXPECT_EQ(q.speaker_name, "Dana Okafor") << sentence;
  }
}

TEST(NegatedQuotes, OwnWordsAreNotNegated) {
  std::vector<std::string> cases = {
      // A denial written after its quote is the speaker's own words.
      "\"The bridge is safe and it stays open,\" Okafor denied.\n",
      // A negation inside the quote is what was said.
      "Okafor said \"the bridge will not close in winter.\"\n",
      // "not just" says more, not less.
      "Okafor did not just say \"the bridge stays open all winter,\" she promised it.\n",
      // A cue after the quote that negates belongs to the next sentence.
      "Ms. Okafor, at another stop on Saturday, in Dayton, Ohio, called the idea of bridges "
      "being run by the federal government or by state governments \"anachronistic.\" Ms. "
      "Okafor did not say public bridges were a bad idea, and she said that there was a role "
      "for government help in transport.\n",
  };
  // A negated cue in the sentence before the quote is not its cue (a
  // multinews article cut short after the quote opens).
  cases.push_back(
      "Seniors were asked to arrive by 7:30. Authorities have not yet confirmed the boy's "
      "identity. \" everyone is just kind of in shock and nobody knows what to say");
  for (const std::string& sentence : cases) {
    for (const Quote& q : QuotesOf(kBridge + sentence)) {
      EXPECT_FALSE(q.negated) << sentence << " -> " << q.text << " (" << q.negation << ")";
      EXPECT_TRUE(q.negation.empty()) << sentence;
    }
  }
}

// One outlet quotes the words as hers, another reports she never said
// them: two groups, the second shown as not said by her in every writer.
TEST(NegatedQuotes, NeverMergedWithTheSameWordsSaidAndShownAsNotSaid) {
  std::vector<Article> articles(2);
  articles[0].source = "Daily";
  articles[0].text = kBridge + "Okafor said \"the bridge will close in winter for repairs.\"\n";
  articles[1].source = "Herald";
  articles[1].text =
      kBridge + "Okafor never said \"the bridge will close in winter for repairs.\"\n";
  Analyzed analyzed = AnalyzeAll(articles);
  Result<Comparison> c = Compare(analyzed.articles, analyzed.documents);
  ASSERT_TRUE(c.ok());
  const Comparison& cmp = c.value();
  ASSERT_EQ(cmp.quotes.size(), 2u);
  ASSERT_EQ(cmp.quote_groups.size(), 2u);
  const QuoteGroup& said = cmp.quote_groups[cmp.quotes[0].group];
  const QuoteGroup& not_said = cmp.quote_groups[cmp.quotes[1].group];
  EXPECT_FALSE(said.negated);
  EXPECT_TRUE(not_said.negated);
  EXPECT_EQ(SpeakerLabel(said), "Dana Okafor");
  EXPECT_EQ(SpeakerLabel(not_said), "not said by Dana Okafor");

  const std::string text = io::ComparisonToText(cmp, analyzed.articles, analyzed.documents);
  EXPECT_NE(text.find("not said by Dana Okafor: \"the bridge will close"), std::string::npos)
      << text;
  const std::string md = io::ComparisonToMarkdown(cmp, analyzed.articles, analyzed.documents);
  EXPECT_NE(md.find("| not said by Dana Okafor |"), std::string::npos) << md;
  const nlohmann::json quotes = io::QuotesToJson(cmp, analyzed.articles);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_FALSE(quotes[0]["negated"].get<bool>());
  EXPECT_TRUE(quotes[0]["negation"].is_null());
  EXPECT_TRUE(quotes[1]["negated"].get<bool>());
  EXPECT_EQ(quotes[1]["negation"]["text"], "never said");
  const nlohmann::json full = io::ComparisonToJson(cmp, analyzed.articles, analyzed.documents);
  size_t negated_groups = 0;
  for (const nlohmann::json& g : full["quotes"]) negated_groups += g["negated"].get<bool>();
  EXPECT_EQ(negated_groups, 1u);
}

}  // namespace
}  // namespace concord::compare
