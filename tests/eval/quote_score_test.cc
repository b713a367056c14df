#include "concord/quote_score.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compare/test_documents.h"
#include "concord/compare.h"

namespace concord::eval {
namespace {

using compare::ExtractQuotes;
using compare::Quote;

// Offsets count code points: the curly marks are three bytes each.
const char kText[] =
    "\u201CYes, it works,\u201D said Roe. Roe said that it may rain. "
    "\u201CWe are done here,\u201D she added.";
// Code points: “Yes, it works,” = 0..16; said 17..21; Roe 22..25.
// "Roe said that it may rain." starts at 27; content "that it may rain"
// 36..52. “We are done here,” 54..73; she 74..77; added 78..83.
const char kAnn[] =
    "T1\tContent 0 16\t\u201CYes, it works,\u201D\n"
    "T2\tCue 17 21\tsaid\n"
    "T3\tSource 22 25\tRoe\n"
    "T4\tAttribution 17 21\tsaid\n"
    "E1\tAttribution:T4 Content:T1 Cue:T2 Source:T3\n"
    "T5\tSource 27 30\tRoe\n"
    "T6\tCue 31 35\tsaid\n"
    "T7\tContent 36 52\tthat it may rain\n"
    "T8\tAttribution 31 35\tsaid\n"
    "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
    "T9\tContent 54 73\t\u201CWe are done here,\u201D\n"
    "T10\tSource 74 77\tshe\n"
    "E3\tContent:T9 Source:T10\n";

TEST(ReadBratDirectQuotes, KeepsOnlyQuotedContent) {
  const std::string text = kText;
  Result<std::vector<GoldQuote>> gold = ReadBratDirectQuotes(text, kAnn);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold.value().size(), 2u);
  const GoldQuote& first = gold.value()[0];
  EXPECT_EQ(text.substr(first.parts[0].start, first.parts[0].end - first.parts[0].start),
            "\u201CYes, it works,\u201D");
  EXPECT_EQ(text.substr(first.source.start, first.source.end - first.source.start), "Roe");
}

TEST(ReadBratDirectQuotes, QuotationSplitIntoPartsMidSentenceIsDirect) {
  // brat cuts a long quotation into parts at sentence ends: the first part
  // opens it and the last closes it. A part outside the marks makes the
  // content indirect.
  const std::string text =
      "\"Not a scientist. Not a lawyer,\" she said. \"But right.\" "
      "\"At war,\" only with them, \"not with all.\"";
  // Code points = bytes (ASCII): "Not a scientist. 0..17; Not a lawyer," 18..32;
  // she 33..36; "But right." 43..55; "At war," 56..65; only with them 66..80;
  // "not with all." 82..97.
  ASSERT_EQ(text.substr(43, 12), "\"But right.\"");
  ASSERT_EQ(text.substr(66, 14), "only with them");
  const char ann[] =
      "T1\tContent 0 17;18 32;43 55\tx\n"
      "T2\tSource 33 36\tshe\n"
      "E1\tContent:T1 Source:T2\n"
      "T3\tContent 56 65;66 80;82 97\tx\n"
      "E2\tContent:T3\n"
      "T4\tContent 18 32\tx\n"
      "E3\tContent:T4\n";
  Result<std::vector<GoldQuote>> gold = ReadBratDirectQuotes(text, ann);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  ASSERT_EQ(gold.value().size(), 1u);  // T4 alone neither opens nor follows an opening
  EXPECT_EQ(gold.value()[0].parts.size(), 3u);
  EXPECT_EQ(gold.value()[0].parts[0].start, 0u);
}

TEST(ReadBratDirectQuotes, MalformedLineIsAnErrorNamingTheLine) {
  Result<std::vector<GoldQuote>> bad = ReadBratDirectQuotes(kText, "T1\tContent x y\tz\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kParseError);
  EXPECT_NE(bad.status().message().find("line 1"), std::string::npos);
  EXPECT_FALSE(ReadBratDirectQuotes("short", "T1\tContent 0 999\tz\n").ok());
  EXPECT_FALSE(ReadBratDirectQuotes("short", "no tab here\n").ok());
}

TEST(ScoreQuotes, CountsExactOverlapAndSpeaker) {
  const std::string text = kText;
  const Article article = concord::testing::TextArticle(text);
  const std::vector<Quote> quotes = ExtractQuotes(article, Document{});
  ASSERT_EQ(quotes.size(), 2u);
  Result<std::vector<GoldQuote>> gold = ReadBratDirectQuotes(text, kAnn);
  ASSERT_TRUE(gold.ok());
  const QuoteScores s = ScoreQuotes(text, quotes, gold.value());
  EXPECT_EQ(s.exact.true_positives, 2u);
  EXPECT_EQ(s.overlap.true_positives, 2u);
  EXPECT_EQ(s.speaker.true_positives, 2u);
  EXPECT_DOUBLE_EQ(s.overlap.F1(), 1.0);
}

TEST(ScoreQuotes, PartialQuoteCountsAsOverlapOnly) {
  const std::string text = kText;
  Result<std::vector<GoldQuote>> gold = ReadBratDirectQuotes(text, kAnn);
  ASSERT_TRUE(gold.ok());
  Quote q;
  q.parts.push_back({3, 12});  // "Yes, it wo": most of the first quote
  const QuoteScores s = ScoreQuotes(text, {q}, gold.value());
  EXPECT_EQ(s.exact.true_positives, 0u);
  EXPECT_EQ(s.overlap.true_positives, 1u);
  EXPECT_EQ(s.speaker.true_positives, 0u);
  EXPECT_EQ(s.overlap.predicted, 1u);
  EXPECT_EQ(s.overlap.gold, 2u);
}

TEST(ScoreQuotes, ListsPairsThenUnmatchedQuotesThenMissedGold) {
  const std::string text = kText;
  Result<std::vector<GoldQuote>> gold = ReadBratDirectQuotes(text, kAnn);
  ASSERT_TRUE(gold.ok());
  ASSERT_EQ(gold.value().size(), 2u);
  Quote embedded;
  embedded.parts.push_back({3, 12});
  embedded.embedded = true;
  Quote partial;
  partial.parts.push_back({3, 12});  // most of the first gold quote
  Quote elsewhere;
  const size_t rain = text.find("may rain");  // no word of a gold direct quote
  elsewhere.parts.push_back({rain, rain + 8});
  std::vector<QuoteMatch> matches;
  ScoreQuotes(text, {embedded, partial, elsewhere}, gold.value(), &matches);
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].predicted, 1u);  // the embedded quote is not scored
  EXPECT_EQ(matches[0].gold, 0u);
  EXPECT_TRUE(matches[0].overlap);
  EXPECT_FALSE(matches[0].speaker);
  EXPECT_EQ(matches[1].predicted, 2u);
  EXPECT_EQ(matches[1].gold, QuoteMatch::kNone);
  EXPECT_EQ(matches[2].predicted, QuoteMatch::kNone);
  EXPECT_EQ(matches[2].gold, 1u);
}

TEST(PrfCounts, ZeroDenominatorsGiveZero) {
  PrfCounts c;
  EXPECT_EQ(c.Precision(), 0.0);
  EXPECT_EQ(c.Recall(), 0.0);
  EXPECT_EQ(c.F1(), 0.0);
}

}  // namespace
}  // namespace concord::eval
