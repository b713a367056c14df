#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "concord/document.h"
#include "summarize/coverage_params.h"
#include "testing/analyzed_texts.h"

namespace concord::summarize::internal {
namespace {

using testing::AnalyzeTexts;

// InsideQuotation over the candidates of `texts` (one article each).
std::vector<bool> Inside(const std::vector<std::string>& texts) {
  const std::vector<Document> documents = AnalyzeTexts(texts);
  return InsideQuotation(BuildCorpus(documents));
}

TEST(InsideQuotation, MarksSentencesThatContinueAnOpenQuotation) {
  const std::vector<Document> documents = AnalyzeTexts({
      "The mayor spoke on Monday. \"We will close the bridge. Nobody crosses it. "
      "Safety comes first,\" she said. Ferries ran all night.",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<bool> inside = InsideQuotation(corpus);
  ASSERT_EQ(inside.size(), 5u);
  EXPECT_EQ(inside, (std::vector<bool>{false, false, true, true, false}));
  // The piece that opens the quotation is a piece but does not continue one.
  EXPECT_TRUE(IsQuotationPiece(*corpus.sentence[1]));
  EXPECT_FALSE(IsQuotationPiece(*corpus.sentence[2]));
  EXPECT_TRUE(IsQuotationPiece(*corpus.sentence[3]));
}

TEST(InsideQuotation, CurlyQuotesAndArticleBoundaries) {
  const std::vector<bool> inside = Inside({
      "Varga said \xE2\x80\x9CWe wait. We check every bolt.\xE2\x80\x9D "
      "Traffic moved.",
      "\xE2\x80\x9COpen it now,\xE2\x80\x9D a driver said. Ferries ran.",
  });
  ASSERT_EQ(inside.size(), 5u);
  // Nothing left open at the end of the first article carries over.
  EXPECT_EQ(inside, (std::vector<bool>{false, true, false, false, false}));
}

// A quotation nested in an open one (“ … “shut” …) closes only itself:
// the sentence after it is still inside the outer quotation.
TEST(InsideQuotation, ANestedQuotationLeavesTheOuterOneOpen) {
  const std::vector<bool> inside = Inside({
      "Varga said \xE2\x80\x9Cthe sign reads \xE2\x80\x9Cshut\xE2\x80\x9D today. We wait. "
      "We check every bolt,\xE2\x80\x9D she said. Traffic moved.",
  });
  ASSERT_EQ(inside.size(), 4u);
  EXPECT_EQ(inside, (std::vector<bool>{false, true, true, false}));
}

TEST(InsideQuotation, AStrayQuoteMarkDoesNotLeakIntoTheNextArticle) {
  const std::vector<bool> inside = Inside({
      "He called it \"a mess. The council met.",
      "The council met again. It voted.",
  });
  ASSERT_EQ(inside.size(), 4u);
  EXPECT_TRUE(inside[1]);   // still inside the stray quotation
  EXPECT_FALSE(inside[2]);  // the next article starts afresh
  EXPECT_FALSE(inside[3]);
}

TEST(InsideQuotation, AQuotationRunningOverParagraphsReopensEachOne) {
  // News style: the first paragraph of the quotation has no closing mark,
  // the next opens with a mark again and closes it.
  const std::vector<bool> inside = Inside({
      "The mayor spoke. \"We will close the bridge. Nobody crosses it.\n\n"
      "\"Safety comes first. I will not bend,\" she said.\n\n"
      "Ferries ran all night. Traffic was slow.",
  });
  ASSERT_EQ(inside.size(), 7u);
  // "Nobody crosses it." continues; "\"Safety comes first." opens visibly
  // (not inside); "I will not bend," continues; after it nothing is open.
  EXPECT_EQ(inside, (std::vector<bool>{false, false, true, false, true, false, false}));
}

TEST(InsideQuotation, AParagraphWithoutAMarkEndsAnUnclosedQuotation) {
  const std::vector<bool> inside = Inside({
      "He called it \"a mess. The council met.\n\nThe council met again. It voted.",
  });
  ASSERT_EQ(inside.size(), 4u);
  EXPECT_TRUE(inside[1]);
  EXPECT_FALSE(inside[2]);
  EXPECT_FALSE(inside[3]);
}

TEST(InsideQuotation, AStrayMarkDoesNotTurnLaterQuotationsInsideOut) {
  // One paragraph (single line breaks, as scraped text often has): the
  // unmatched mark in the first sentence must not make the quotation that
  // follows look closed and its continuation free to stand alone.
  const std::vector<bool> inside = Inside({
      "The headline said \"inch by mistake. \"We wait. We check every bolt,\" she said.\n"
      "Traffic moved.",
  });
  ASSERT_EQ(inside.size(), 4u);
  EXPECT_EQ(inside, (std::vector<bool>{false, false, true, false}));
}

TEST(InsideQuotation, MarksWithSpacesOnBothSidesToggle) {
  // Tokenized text: " on both sides of a mark says nothing of its role.
  const std::vector<bool> inside = Inside({
      "The crowd chanted \" stop ! Then it stopped . \" Police left .",
  });
  ASSERT_GE(inside.size(), 2u);
  EXPECT_FALSE(inside[0]);
  EXPECT_TRUE(inside[1]);
}

TEST(InsideQuotation, TwoApostrophesCloseAQuotation) {
  // Some sites close with '' (and open with ``) instead of a double quote.
  const std::vector<bool> inside = Inside({
      "\"We had no plan,'' she said. The bridge closed. ``It is shut. "
      "For weeks,'' he said. Ferries ran.",
  });
  ASSERT_EQ(inside.size(), 5u);
  EXPECT_EQ(inside, (std::vector<bool>{false, false, false, true, false}));
}

TEST(Furniture, CaptionsCreditsAndHeadlines) {
  EXPECT_TRUE(LooksLikeFurniture("Photograph by: Jane Roe, AFP/Getty Images."));
  EXPECT_TRUE(LooksLikeFurniture("For a full recap of the night, click here."));
  EXPECT_TRUE(LooksLikeFurniture("Full List: The Highest-Paid Actresses"));
  EXPECT_TRUE(LooksLikeFurniture("Dear Friends of Nepal,"));
  EXPECT_FALSE(LooksLikeFurniture("The bridge reopened on Monday, officials said."));
  EXPECT_FALSE(LooksLikeFurniture("\"We will rebuild,\" she said."));
  EXPECT_TRUE(LooksLikeFurniture("Senator Ada Okafor, Democrat of Ohio, at the Capitol in May."));
  EXPECT_FALSE(LooksLikeFurniture("Senator Ada Okafor, Democrat of Ohio, spoke at the Capitol."));
  EXPECT_FALSE(
      LooksLikeFurniture("He called it \xE2\x80\x9C"
                         "a mess.\xE2\x80\x9D"));
  EXPECT_TRUE(CreditLine("Please sign up for our newsletter."));
  EXPECT_FALSE(CreditLine("Full List: The Highest-Paid Actresses"));
}

TEST(Furniture, CreditLineFindsEachMarkerInAnyCaseAndPlace) {
  // Each marker, in upper, lower and mixed case, at the start, middle and
  // very end of the text; a marker cut by the end of the text, or with a
  // letter changed, is none.
  for (const char* marker :
       {"photograph by", "photo by", "ap photo", "getty images", "click here", "sign up",
        "email this", "http://", "https://", "www.", "photo credit", "image caption"}) {
    std::string upper(marker);
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::string mixed(marker);
    mixed[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(mixed[0])));
    EXPECT_TRUE(CreditLine(marker)) << marker;
    EXPECT_TRUE(CreditLine("Seen at the fair: " + upper)) << upper;
    EXPECT_TRUE(CreditLine(mixed + " for more on the fair.")) << mixed;
    const std::string cut(marker, std::string_view(marker).size() - 1);
    EXPECT_FALSE(CreditLine("The fair closed early, " + cut)) << cut;
    std::string changed(marker);
    changed.back() = changed.back() == 'q' ? 'z' : 'q';
    EXPECT_FALSE(CreditLine(changed + " at the fair.")) << changed;
  }
  EXPECT_FALSE(CreditLine(""));
  EXPECT_FALSE(CreditLine("The photographer signed the photos by hand."));
}

// A sentence that is one quotation and nothing else leans on the sentence
// before it for its speaker; so does one with a quotation nested in double
// curly marks whose inner closing mark was dropped. A quotation with its
// speaker inside, or a sentence that only ends with one, does not.
TEST(Leaning, BareQuotationsIncludeADoubleMarkedNestedQuote) {
  EXPECT_TRUE(BareQuotation("\"We will rebuild the pier.\""));
  EXPECT_TRUE(BareQuotation("\xE2\x80\x9CWe will rebuild the pier.\xE2\x80\x9D"));
  EXPECT_TRUE(
      BareQuotation("\xE2\x80\x9CThe closure was not \xE2\x80\x9C"
                    "a choice of the council.\xE2\x80\x9D"));
  EXPECT_FALSE(
      BareQuotation("\xE2\x80\x9CWe will,\xE2\x80\x9D she said, \xE2\x80\x9C"
                    "rebuild it.\xE2\x80\x9D"));
  EXPECT_FALSE(
      BareQuotation("She called it \xE2\x80\x9C"
                    "a choice of the council.\xE2\x80\x9D"));
  EXPECT_FALSE(BareQuotation("\xE2\x80\x9CWe will \xE2\x80\x9D rebuild \xE2\x80\x9D"));
}

TEST(Furniture, AnArticlesLastSentenceCutShortStaysACandidate) {
  // A call to action inside an article goes; a sentence without a final
  // stop at the end is a text cut short (as truncated articles end) and
  // stays, unless it is a credit or call-to-action line or shorter than
  // cut_short_min_words.
  const std::vector<Document> documents = AnalyzeTexts({
      "Inspectors closed the harbor bridge on Thursday. Repairs will take weeks, and for "
      "updates on the bridge click here. Engineers will inspect the steel girders of the old "
      "harbor bridge on Monday before",
      "Ferries ran across the harbor all night long. Ferry crews worked until dawn, and to "
      "thank them sign up",
      "The harbor bridge will stay shut for three weeks. Engineers found two cracked girders near "
      "the",
  });
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.size(), 7u);
  CoverageParams params;
  EXPECT_EQ(DefaultEligibility(corpus, params),
            (std::vector<bool>{true, false, true, true, false, true, false}));
  params.cut_short_min_words = 0;
  EXPECT_EQ(DefaultEligibility(corpus, params),
            (std::vector<bool>{true, false, true, true, false, true, true}));
  params.furniture_filter = 0;
  EXPECT_EQ(DefaultEligibility(corpus, params),
            (std::vector<bool>{true, true, true, true, true, true, true}));
}

TEST(EndsInsideQuotation, DefiniteOpeningMarksOnly) {
  EXPECT_TRUE(EndsInsideQuotation("She said \"we will rebuild."));
  EXPECT_TRUE(EndsInsideQuotation("She said \"we will rebuild.", /*definite=*/true));
  EXPECT_FALSE(EndsInsideQuotation("She said \"we will rebuild.\""));
  // A straight mark with spaces on both sides (tokenized text) toggles,
  // but is no definite opening.
  EXPECT_TRUE(EndsInsideQuotation(" \" she declined to comment."));
  EXPECT_FALSE(EndsInsideQuotation(" \" she declined to comment.", /*definite=*/true));
  // A nested pair leaves the outer quotation open, definitely opened.
  EXPECT_TRUE(
      EndsInsideQuotation("She said \xE2\x80\x9Cthe sign reads \xE2\x80\x9Cshut\xE2\x80\x9D today.",
                          /*definite=*/true));
}

}  // namespace
}  // namespace concord::summarize::internal
