// "It" is never a speaker left unresolved (issue 15 item 6): a pronoun
// right after a participle cue is the subject of the clause the participle
// reports, not who speaks; and a quote whose speaker as written is a
// pronoun left unresolved ("It said" of a cable) is shown by no writer as
// if the pronoun were a name (docs/compare.md). The sentences are written
// for these tests; each fails without its rule.
#include <gtest/gtest.h>

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
using concord::testing::RuleSpeaker;

const std::string kPier = "The harbor board met on Tuesday to discuss the ferry schedule.\n\n";

// `…, saying it means "…"`: "it" opens the reported clause; the participle
// speaks through the sentence's subject, for the quote after it and for
// the quote before it.
TEST(ItSpeaker, PronounAfterAParticipleIsNotTheSpeaker) {
  const std::string text =
      kPier +
      "In an interview, Ada Okafor defended the plan. She invoked the old idea of "
      "\"subsidiarity,\" saying it means \"letting each town run its own dock and its own boats\" "
      "and little else.\n";
  EXPECT_EQ(RuleSpeaker(text, "letting each town"), "She");
  EXPECT_EQ(RuleSpeaker(text, "letting each town", true), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(text, "subsidiarity"), "She");
  // "they" too.
  EXPECT_EQ(RuleSpeaker(kPier + "Ada Okafor blamed the delay on \"a plain failure of the board "
                                "and its staff,\" adding they had known about the cracks for two "
                                "years.\n",
                        "plain failure"),
            "Ada Okafor");
}

// `X called it "…," claiming …`: a participle cue after a quote with no
// speaker of its own speaks through the subject before the quote.
TEST(ItSpeaker, ParticipleAfterTheQuoteSpeaksThroughTheSubjectBeforeIt) {
  EXPECT_EQ(RuleSpeaker(kPier + "Captain Lena Brandt took aim at the new timetable as \"a gift "
                                "to the tourists and nobody else in this town,\" noting that the "
                                "early boat was gone.\n",
                        "gift to the tourists"),
            "Captain Lena Brandt");
}

// "It said "…"" of a report: the speaker as written stays "It" (PolNeAR
// scores spans), but the text list, the Markdown table and compare's
// Quotes section never print it as a name.
TEST(ItSpeaker, UnresolvedItIsPrintedAsNoName) {
  const std::string text =
      kPier +
      "The report also warned that the north pier was failing. It said \"repairs to the north "
      "pier have been put off for years and nobody will say why,\" the paper noted.\n";
  EXPECT_EQ(RuleSpeaker(text, "repairs to the north pier"), "It");
  std::vector<Article> articles(1);
  articles[0].source = "Daily";
  articles[0].text = text;
  Analyzed analyzed = AnalyzeAll(articles);
  Result<Comparison> c = Compare(analyzed.articles, analyzed.documents);
  ASSERT_TRUE(c.ok());
  const Comparison& cmp = c.value();
  ASSERT_EQ(cmp.quotes.size(), 1u);
  EXPECT_EQ(cmp.quotes[0].speaker, "It");
  EXPECT_EQ(SpeakerLabel(cmp.quotes[0]), "? (said)");
  EXPECT_EQ(SpeakerLabel(cmp.quote_groups[cmp.quotes[0].group]), "(unattributed)");
  const std::string report = io::ComparisonToText(cmp, analyzed.articles, analyzed.documents);
  EXPECT_NE(report.find("(unattributed): \"repairs"), std::string::npos) << report;
  const std::string md = io::ComparisonToMarkdown(cmp, analyzed.articles, analyzed.documents);
  EXPECT_NE(md.find("| (unattributed) |"), std::string::npos) << md;
  EXPECT_EQ(md.find("| It |"), std::string::npos) << md;
}

}  // namespace
}  // namespace concord::compare
