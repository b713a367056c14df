#include "compare/quotes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;
using concord::testing::TextArticle;

std::string Part(const std::string& text, const Quote& q, size_t i) {
  return text.substr(q.parts[i].start, q.parts[i].end - q.parts[i].start);
}

TEST(FindQuotedSpans, IgnoresApostrophes) {
  EXPECT_TRUE(
      internal::FindQuotedSpans("Iran's leaders don't change the Iranians' plans.").empty());
}

TEST(FindQuotedSpans, KeepsNestedQuotesInsideOuterOne) {
  const std::string text = "\"He told me 'never again' and \u201Cno\u201D twice,\" she said.";
  const auto spans = internal::FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(text.substr(spans[0].content_start, spans[0].content_end - spans[0].content_start),
            "He told me 'never again' and \u201Cno\u201D twice,");
}

TEST(FindQuotedSpans, EndsAnUnclosedQuoteAtItsParagraph) {
  const std::string text = "He said: \"This runs on and on\n\nNext paragraph here.";
  const auto spans = internal::FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_FALSE(spans[0].closed);
  EXPECT_EQ(text.substr(spans[0].content_start, spans[0].content_end - spans[0].content_start),
            "This runs on and on");
}

std::string Content(const std::string& text, const internal::QuotedSpan& span) {
  return text.substr(span.content_start, span.content_end - span.content_start);
}

// Tokenized text puts spaces on both sides of a mark; one before a comma
// cannot open a quotation, so it closes the one open, and the pairing does
// not slip by one mark for the rest of the article.
TEST(FindQuotedSpans, AStraightMarkBeforeACommaCloses) {
  const std::string text =
      "Officials called it \" a fair deal \", and the mayor said \" we will sign it \" today . "
      "Buses ran all week and the pier stayed shut .";
  const auto spans = internal::FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(Content(text, spans[0]), " a fair deal ");
  EXPECT_EQ(Content(text, spans[1]), " we will sign it ");
  EXPECT_TRUE(spans[0].closed && spans[1].closed);
}

// A second opening mark at a sentence start while a quotation is open
// opens it again (the first was never closed): the first quote ends with
// its sentence instead of swallowing the attribution and the rest of the
// paragraph.
TEST(FindQuotedSpans, AnOpeningMarkAtASentenceStartOpensTheQuotationAgain) {
  const std::string text =
      "Holt said: \u201CThe storm is here. \u201CWe are ready for it,\u201D she said. "
      "The ferry ran buses for three days.";
  const auto spans = internal::FindQuotedSpans(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_FALSE(spans[0].closed);
  EXPECT_EQ(Content(text, spans[0]), "The storm is here.");
  EXPECT_TRUE(spans[1].closed);
  EXPECT_EQ(Content(text, spans[1]), "We are ready for it,");
}

// A quotation never closed in a long paragraph (an article scraped as one
// paragraph, a lost closing mark) ends with its first sentence, as
// text::QuotationPassages reads one: the rest is the reporter's.
TEST(ExtractQuotes, AQuoteNeverClosedInALongParagraphEndsWithItsSentence) {
  const std::string text =
      "Mayor Ana Holt said: \"The boats stay in the harbor until the storm passes. "
      "The ferry company ran buses. Residents queued at the pier. Many waited in the rain. "
      "A bus came at noon. Another came at two. The pier opened on Friday.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "The boats stay in the harbor until the storm passes.");
  EXPECT_EQ(quotes[0].speaker, "Mayor Ana Holt");
}

// News style for a quotation over paragraphs: no closing mark at the end
// of the first, an opening mark at the start of the next. One quote, two
// parts; the paragraph after it is not quoted.
TEST(ExtractQuotes, AQuoteLeftOpenGoesOnInAParagraphOpeningWithAMark) {
  const std::string text =
      "Mayor Ana Holt said: \u201CThe boats stay in the harbor.\n\n"
      "\u201CNobody sails until the storm has passed and the pier is safe again.\u201D\n\n"
      "Buses ran all week and the pier stayed shut.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(Part(text, quotes[0], 1),
            "Nobody sails until the storm has passed and the pier is safe again.");
  EXPECT_EQ(quotes[0].speaker, "Mayor Ana Holt");
}

// A quote never closed and with no speaker is kept only when the text
// after it shows the quotation going on: a mark opening it again, or a
// closing mark further on (a statement scraped as lines without marks).
TEST(ExtractQuotes, AnUnattributedQuoteNeverClosedNeedsAQuotationGoingOn) {
  const std::string open =
      "The pier closed early on Monday.\n\n"
      "\"The boats stay in the harbor until the storm passes and the pier "
      "is safe.\n\n";
  EXPECT_TRUE(QuotesOf(open + "Buses ran all week.").empty());
  const std::vector<Quote> later = QuotesOf(open + "Nobody sails before Friday.\" Buses ran.");
  ASSERT_EQ(later.size(), 1u);
  EXPECT_EQ(later[0].text,
            "The boats stay in the harbor until the storm passes and the pier is safe.");
}

TEST(ExtractQuotes, AttributionAfterQuoteWithPronounResolved) {
  const std::string text = "Senator John Roe spoke on Monday. \"We will win this,\" he said.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(Part(text, quotes[0], 0), "We will win this");
  EXPECT_EQ(quotes[0].speaker, "he");
  EXPECT_EQ(text.substr(quotes[0].speaker_span.start,
                        quotes[0].speaker_span.end - quotes[0].speaker_span.start),
            "he");
  EXPECT_EQ(quotes[0].speaker_name, "John Roe");
  EXPECT_EQ(quotes[0].cue, "said");
  EXPECT_FALSE(quotes[0].embedded);
}

TEST(ExtractQuotes, CurlyQuoteAfterColon) {
  const std::string text = "Roe said: \u201CNothing is off the table.\u201D";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "Nothing is off the table.");
  EXPECT_EQ(quotes[0].speaker, "Roe");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(ExtractQuotes, QuoteSplitByAttributionIsOneQuote) {
  const std::string text = "\"The plan is ready,\" Roe said, \"and we will vote on it.\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(Part(text, quotes[0], 0), "The plan is ready");
  EXPECT_EQ(Part(text, quotes[0], 1), "and we will vote on it.");
  EXPECT_EQ(quotes[0].speaker, "Roe");
}

TEST(ExtractQuotes, ContinuationInNextSentenceJoinsTheQuote) {
  const std::string text = "\"Yes, we can,\" said Mr. Roe. \"We will do it again.\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Mr. Roe");
  EXPECT_EQ(quotes[0].speaker_name, "Roe");
}

TEST(ExtractQuotes, QuoteOpeningTheNextParagraphContinuesTheAttributedOne) {
  const std::string text =
      "\"We will win the state,\" Mr. Roe said.\n\n\"And then we will win the rest.\"\n\n"
      "Polls opened early.\n\n\"Nobody here expected a turnout this high today,\" an aide "
      "wrote.\n\nThe count went on.\n\n\"It is far too early to call it tonight for anyone.\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(quotes[0].text, "We will win the state ... And then we will win the rest.");
  EXPECT_EQ(quotes[0].speaker, "Mr. Roe");
  // Not after a paragraph that goes on past the attribution.
  EXPECT_EQ(quotes[1].parts.size(), 1u);
  EXPECT_EQ(quotes[2].parts.size(), 1u);
  EXPECT_EQ(quotes[2].speaker, "");
  // Nor after a quote embedded in the reporter's sentence.
  const std::vector<Quote> after_embedded = QuotesOf(
      "Roe said the leaders were \"obsessed\" with it.\n\n\"The politics of this bill are so "
      "blatant here, and everyone knows it.\"");
  ASSERT_EQ(after_embedded.size(), 2u);
  EXPECT_EQ(after_embedded[1].speaker, "");
}

TEST(ExtractQuotes, TitleInTheAttributionDoesNotStopTheContinuation) {
  // A show's name quoted in the attribution sentence: the next quote goes
  // on in the head's voice, as one more part.
  const std::string text =
      "\"We will keep the plant open all winter,\" Roe said on \"Morning Hour.\" \"And "
      "nobody who works there will lose a single shift before spring.\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  ASSERT_EQ(quotes[0].parts.size(), 2u);
  EXPECT_EQ(Part(text, quotes[0], 1),
            "And nobody who works there will lose a single shift before spring.");
  EXPECT_EQ(quotes[0].speaker, "Roe");
  // So does a word quoted later in the same sentence ("...," said Roe,
  // who called the delays "absurd" this week. "...").
  const std::string word =
      "\"The bridge will open in May,\" said Ada Roe, who called the delays \"absurd\" "
      "this week. \"Nobody in this town wants to wait another whole year for it.\"";
  const std::vector<Quote> joined = QuotesOf(word);
  ASSERT_EQ(joined.size(), 2u);
  EXPECT_EQ(joined[0].parts.size(), 2u);
  EXPECT_EQ(joined[0].speaker, "Ada Roe");
  EXPECT_TRUE(joined[1].embedded);  // "absurd"
}

TEST(ExtractQuotes, ClauseIntroducingTheNextQuoteDoesNotSpeakTheOneBefore) {
  const std::string text =
      "Roe wrote to the court. \"The case was brought with unusual zeal.\" He added, \"In "
      "this case things happened that are not ordinary.\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  // The first is spoken by the sentence before it, which ends with its cue
  // ("Roe wrote to the court."), never by "He added".
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Roe");
  EXPECT_EQ(quotes[1].parts.size(), 1u);
  EXPECT_EQ(quotes[1].speaker, "He");
  EXPECT_EQ(quotes[1].text, "In this case things happened that are not ordinary.");
  // With no cue in the sentence before, the first has no speaker and under
  // 8 words: dropped.
  const std::vector<Quote> alone = QuotesOf(
      "Roe went to the court. \"The case was brought with unusual zeal.\" He added, \"In "
      "this case things happened that are not ordinary.\"");
  ASSERT_EQ(alone.size(), 1u);
  EXPECT_EQ(alone[0].speaker, "He");
}

TEST(ExtractQuotes, MultiSentenceQuoteIsOnePart) {
  const std::string text = "\"First point. Second point. Third point,\" she said.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].parts.size(), 1u);
  EXPECT_EQ(quotes[0].text, "First point. Second point. Third point");
}

TEST(ExtractQuotes, DoubledSingleMarksAsNewYorkTimesWritesThem) {
  const std::string text = "Jane Roe left early. ''I felt fine,'' Ms. Roe said.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].text, "I felt fine");
  EXPECT_EQ(quotes[0].speaker, "Ms. Roe");
  EXPECT_EQ(quotes[0].speaker_name, "Jane Roe");
}

TEST(ExtractQuotes, TitleResolvesToNamedHolder) {
  const std::string text =
      "Secretary of State Ann Smith arrived on Friday with Gen. Bo Lee. "
      "\"We are ready to talk,\" the secretary said.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "the secretary");
  EXPECT_EQ(quotes[0].speaker_name, "Ann Smith");
}

TEST(ExtractQuotes, EmbeddedQuoteKeepsReportingSpeaker) {
  const std::string text = "Roe said the plan was \"dead on arrival\" in the Senate.";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].embedded);
  EXPECT_EQ(quotes[0].speaker, "Roe");
}

TEST(ExtractQuotes, PassiveQuestionHasNoSpeaker) {
  const std::string text = "Roe was asked: \"Will you run for the seat again next year?\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].speaker.empty());
  EXPECT_EQ(quotes[0].cue, "asked");
}

TEST(ExtractQuotes, DropsUnattributedScareQuotes) {
  EXPECT_TRUE(QuotesOf("The so-called \"reset\" failed last year.").empty());
}

TEST(ExtractQuotes, AppositiveBetweenSpeakerAndCue) {
  const std::string text =
      "Gen. Bo Lee, the head of the army, said: \"We are not going anywhere soon.\"";
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_name, "Bo Lee");
}

TEST(ExtractQuotes, SkipsQuotesInsideRemovedNoise) {
  const std::string text = "\"Buy now and save a lot,\" says the ad. Real text here.";
  Document document;
  clean::Removal removal;
  removal.start = 0;
  removal.end = 38;
  removal.rule = "advertisement";
  document.removed.push_back(removal);
  EXPECT_TRUE(ExtractQuotes(TextArticle(text), document).empty());
  const Article article = TextArticle(text);
  EXPECT_EQ(ExtractQuotes(article, concord::testing::WordsOnly(article)).size(), 1u);
}

TEST(ExtractQuotes, BadInputGivesNoQuotesAndNoCrash) {
  EXPECT_TRUE(QuotesOf("").empty());
  EXPECT_TRUE(QuotesOf("\"").empty());
  EXPECT_TRUE(QuotesOf("\"\"\"\"''''\u201C\u201D").empty());
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 37) % 256));
  (void)QuotesOf(binary);
  std::string many(100000, '"');
  (void)QuotesOf(many);
  SUCCEED();
}

}  // namespace
}  // namespace concord::compare
