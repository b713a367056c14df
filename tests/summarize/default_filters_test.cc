#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/document.h"
#include "summarize/coverage_params.h"

namespace concord::summarize::internal {
namespace {

std::vector<Document> Analyze(const std::vector<std::string>& texts) {
  text::Tokenizer tokenizer;
  std::vector<Document> documents;
  for (const std::string& text : texts) {
    Article article;
    article.text = text;
    documents.push_back(text::Analyze(article, tokenizer));
  }
  return documents;
}

TEST(InsideQuotation, MarksSentencesThatContinueAnOpenQuotation) {
  const std::vector<Document> documents = Analyze({
      "The mayor spoke on Monday. \"We will close the bridge. Nobody crosses "
      "it. "
      "Safety comes first,\" she said. Ferries ran all night.",
  });
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.size(), 5u);
  const std::vector<bool> inside = InsideQuotation(corpus);
  EXPECT_EQ(inside, (std::vector<bool>{false, false, true, true, false}));
  // The piece that opens the quotation is a piece but does not continue one.
  EXPECT_TRUE(IsQuotationPiece(*corpus.sentence[1]));
  EXPECT_FALSE(IsQuotationPiece(*corpus.sentence[2]));
  EXPECT_TRUE(IsQuotationPiece(*corpus.sentence[3]));
}

TEST(InsideQuotation, CurlyQuotesAndArticleBoundaries) {
  const std::vector<Document> documents = Analyze({
      "Varga said \xE2\x80\x9CWe wait. We check every bolt.\xE2\x80\x9D "
      "Traffic moved.",
      "\xE2\x80\x9COpen it now,\xE2\x80\x9D a driver said. Ferries ran.",
  });
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.size(), 5u);
  const std::vector<bool> inside = InsideQuotation(corpus);
  // Nothing left open at the end of the first article carries over.
  EXPECT_EQ(inside, (std::vector<bool>{false, true, false, false, false}));
}

TEST(InsideQuotation, AStrayQuoteMarkDoesNotLeakIntoTheNextArticle) {
  const std::vector<Document> documents = Analyze({
      "He called it \"a mess. The council met.",
      "The council met again. It voted.",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<bool> inside = InsideQuotation(corpus);
  ASSERT_EQ(inside.size(), corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    if (corpus.article[i] == 1) {
      EXPECT_FALSE(inside[i]) << i;
    }
  }
}

TEST(InsideQuotation, AQuotationRunningOverParagraphsReopensEachOne) {
  // News style: the first paragraph of the quotation has no closing mark,
  // the next opens with a mark again and closes it.
  const std::vector<Document> documents = Analyze({
      "The mayor spoke. \"We will close the bridge. Nobody crosses it.\n\n"
      "\"Safety comes first. I will not bend,\" she said.\n\n"
      "Ferries ran all night. Traffic was slow.",
  });
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.size(), 7u);
  const std::vector<bool> inside = InsideQuotation(corpus);
  // "Nobody crosses it." continues; "\"Safety comes first." opens visibly
  // (not inside); "I will not bend," continues; after it nothing is open.
  EXPECT_EQ(inside, (std::vector<bool>{false, false, true, false, true, false, false}));
}

TEST(InsideQuotation, AParagraphWithoutAMarkEndsAnUnclosedQuotation) {
  const std::vector<Document> documents = Analyze({
      "He called it \"a mess. The council met.\n\nThe council met again. It voted.",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<bool> inside = InsideQuotation(corpus);
  ASSERT_EQ(inside.size(), 4u);
  EXPECT_TRUE(inside[1]);
  EXPECT_FALSE(inside[2]);
  EXPECT_FALSE(inside[3]);
}

TEST(InsideQuotation, AStrayMarkDoesNotTurnLaterQuotationsInsideOut) {
  // One paragraph (single line breaks, as scraped text often has): the
  // unmatched mark in the first sentence must not make the quotation that
  // follows look closed and its continuation free to stand alone.
  const std::vector<Document> documents = Analyze({
      "The headline said \"inch by mistake. \"We wait. We check every bolt,\" she said.\n"
      "Traffic moved.",
  });
  const Corpus corpus = BuildCorpus(documents);
  ASSERT_EQ(corpus.size(), 4u);
  const std::vector<bool> inside = InsideQuotation(corpus);
  EXPECT_EQ(inside, (std::vector<bool>{false, false, true, false}));
}

TEST(InsideQuotation, MarksWithSpacesOnBothSidesToggle) {
  // Tokenized text: " on both sides of a mark says nothing of its role.
  const std::vector<Document> documents = Analyze({
      "The crowd chanted \" stop ! Then it stopped . \" Police left .",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<bool> inside = InsideQuotation(corpus);
  ASSERT_EQ(inside.size(), corpus.size());
  ASSERT_GE(corpus.size(), 2u);
  EXPECT_FALSE(inside[0]);
  EXPECT_TRUE(inside[1]);
}

TEST(InsideQuotation, TwoApostrophesCloseAQuotation) {
  // Some sites close with '' (and open with ``) instead of a double quote.
  const std::vector<Document> documents = Analyze({
      "\"We had no plan,'' she said. The bridge closed. ``It is shut. "
      "For weeks,'' he said. Ferries ran.",
  });
  const Corpus corpus = BuildCorpus(documents);
  const std::vector<bool> inside = InsideQuotation(corpus);
  ASSERT_EQ(inside.size(), 5u);
  EXPECT_EQ(inside, (std::vector<bool>{false, false, false, true, false}));
}

}  // namespace
}  // namespace concord::summarize::internal
