// text::Vocabulary: ids by first sight, views that stay put while it grows
// and moves, and the Document that owns one (its tokens and word scan both
// point into it). Run under ASan (scripts/test --sanitize), a view that
// outlived its storage would fail here.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"

namespace concord::text {
namespace {

TEST(Vocabulary, IdsByFirstSightAndOneCopyAForm) {
  Vocabulary vocabulary;
  EXPECT_EQ(vocabulary.size(), 0u);
  EXPECT_EQ(vocabulary.Intern("senate"), 0u);
  EXPECT_EQ(vocabulary.Intern("vote"), 1u);
  EXPECT_EQ(vocabulary.Intern("senate"), 0u);
  EXPECT_EQ(vocabulary.Intern(""), 2u);
  EXPECT_EQ(vocabulary.Intern("Senate"), 3u);  // forms are compared as bytes
  EXPECT_EQ(vocabulary.size(), 4u);
  EXPECT_EQ(vocabulary.Lower(1), "vote");
  EXPECT_EQ(vocabulary.Lower(2), "");
  EXPECT_EQ(vocabulary.Find("vote"), 1u);
  EXPECT_EQ(vocabulary.Find("votes"), Vocabulary::kNotFound);
  EXPECT_FALSE(vocabulary.term(0).stemmed);
  vocabulary.SetStem(1, "vote", false);
  EXPECT_EQ(vocabulary.term(1).stem.data(), vocabulary.term(1).lower.data());  // shared bytes
  vocabulary.SetStem(0, "senat", false);
  EXPECT_EQ(vocabulary.term(0).stem, "senat");
  EXPECT_EQ(vocabulary.term(0).stem.data(), vocabulary.term(0).lower.data());  // a prefix
  const uint32_t ran = vocabulary.Intern("ran");
  vocabulary.SetStem(ran, "run", false);
  EXPECT_EQ(vocabulary.term(ran).stem, "run");
  EXPECT_TRUE(vocabulary.term(0).stemmed);
}

// Views given out before the table and the storage grew (and before the
// Vocabulary moved) still read their forms; the moved-from one is empty
// and usable.
TEST(Vocabulary, ViewsSurviveGrowthAndMoves) {
  Vocabulary vocabulary;
  const std::string_view first = vocabulary.Lower(vocabulary.Intern("first"));
  const std::string long_form(100000, 'x');  // longer than any chunk
  const std::string_view long_view = vocabulary.Lower(vocabulary.Intern(long_form));
  for (int i = 0; i < 50000; ++i) vocabulary.Intern("w" + std::to_string(i));
  EXPECT_EQ(vocabulary.size(), 50002u);
  Vocabulary moved = std::move(vocabulary);
  EXPECT_EQ(first, "first");
  EXPECT_EQ(long_view, long_form);
  EXPECT_EQ(moved.Intern("w49999"), 50001u);
  EXPECT_EQ(moved.Lower(0).data(), first.data());
  EXPECT_EQ(vocabulary.size(), 0u);  // NOLINT(bugprone-use-after-move): reset on purpose
  EXPECT_EQ(vocabulary.Intern("again"), 0u);
  EXPECT_EQ(vocabulary.Lower(0), "again");
}

TEST(Vocabulary, ReserveKeepsIdsAndClearForgets) {
  Vocabulary vocabulary;
  vocabulary.Intern("a");
  vocabulary.Intern("b");
  vocabulary.Reserve(10000);
  EXPECT_EQ(vocabulary.Intern("b"), 1u);
  EXPECT_EQ(vocabulary.Intern("c"), 2u);
  const std::string_view b = vocabulary.Lower(1);
  vocabulary.ShrinkToFit();
  EXPECT_EQ(vocabulary.Lower(1).data(), b.data());
  EXPECT_EQ(vocabulary.Intern("c"), 2u);
  const std::string_view kept = vocabulary.Keep("made by hand");
  EXPECT_EQ(kept, "made by hand");
  EXPECT_GE(vocabulary.bytes(), 15u);
  vocabulary.Clear();
  EXPECT_EQ(vocabulary.size(), 0u);
  EXPECT_EQ(vocabulary.bytes(), 0u);
  EXPECT_EQ(vocabulary.Intern("c"), 0u);
}

// ShrinkToFit lets the look-up table go: Find still finds every term (one
// by one), and Intern builds the table again for all of them, so no form
// gets a second id, however many terms there are.
TEST(Vocabulary, AfterShrinkToFitEveryTermKeepsItsOneId) {
  for (const int count : {0, 3, 300, 5000}) {
    Vocabulary vocabulary;
    for (int i = 0; i < count; ++i) vocabulary.Intern("t" + std::to_string(i));
    vocabulary.ShrinkToFit();
    for (int i = 0; i < count; i += 7) {
      EXPECT_EQ(vocabulary.Find("t" + std::to_string(i)), static_cast<uint32_t>(i)) << count;
    }
    EXPECT_EQ(vocabulary.Find("new"), Vocabulary::kNotFound);
    for (int i = 0; i < count; ++i) {
      ASSERT_EQ(vocabulary.Intern("t" + std::to_string(i)), static_cast<uint32_t>(i)) << count;
    }
    EXPECT_EQ(vocabulary.Intern("new"), static_cast<uint32_t>(count));
    EXPECT_EQ(vocabulary.Find("new"), static_cast<uint32_t>(count));
    EXPECT_EQ(vocabulary.size(), static_cast<size_t>(count) + 1);
  }
}

// Tokens of one Vocabulary share the bytes of equal forms, and two
// vocabularies give equal strings whatever was interned before.
TEST(Vocabulary, TokensViewTheirVocabulary) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  const std::vector<Token> tokens =
      tokenizer.Tokenize("Election ELECTION election elections", vocabulary);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(vocabulary.size(), 2u);
  EXPECT_EQ(tokens[0].lower.data(), tokens[1].lower.data());
  EXPECT_EQ(tokens[0].stem.data(), tokens[2].stem.data());
  EXPECT_EQ(tokens[3].stem, "elect");
  Vocabulary other;
  other.Intern("unrelated");
  const std::vector<Token> again = tokenizer.Tokenize("elections Election", other);
  ASSERT_EQ(again.size(), 2u);
  EXPECT_EQ(again[0].lower, tokens[3].lower);
  EXPECT_EQ(again[0].stem, tokens[3].stem);
  EXPECT_EQ(again[1].lower, "election");
  EXPECT_NE(again[1].lower.data(), tokens[0].lower.data());
}

// The Tokenizer's stem cache is cleared when full: stems stay right after
// many more distinct words than it holds, the last of them after a clear.
TEST(Vocabulary, StemsStayRightPastTheCacheBound) {
  Tokenizer tokenizer;
  std::string many;
  for (int i = 0; i < 70000; ++i) many += "running" + std::to_string(i) + "x ";
  many += "running connections";
  Vocabulary vocabulary;
  const std::vector<Token> tokens = tokenizer.Tokenize(many, vocabulary);
  ASSERT_EQ(tokens.size(), 70002u);
  EXPECT_EQ(tokens[70000].stem, "run");
  EXPECT_EQ(tokens[70001].stem, "connect");
  EXPECT_EQ(tokenizer.Stem("connections"), "connect");
}

Article ArticleOf(std::string text) {
  Article article;
  article.id = "a";
  article.text = std::move(text);
  return article;
}

// A Document's tokens and scan point into its own vocabulary, and a copy
// outlives the original with every view valid.
TEST(Vocabulary, DocumentOwnsTheFormsOfItsTokensAndScan) {
  Tokenizer tokenizer;
  std::unique_ptr<Document> original = std::make_unique<Document>(Analyze(
      ArticleOf("The Senate voted on Tuesday. Senators said the vote was close.\n\n"
                "Gen. Smith agreed, the U.S. envoy said."),
      tokenizer));
  ASSERT_NE(original->vocabulary, nullptr);
  EXPECT_EQ(original->scan.vocabulary, original->vocabulary);
  const Vocabulary& vocabulary = *original->vocabulary;
  for (const Sentence& sentence : original->sentences) {
    for (const Token& token : sentence.tokens) {
      const uint32_t id = vocabulary.Find(token.lower);
      ASSERT_NE(id, Vocabulary::kNotFound) << token.lower;
      const Vocabulary::Term& term = vocabulary.term(id);
      EXPECT_EQ(term.lower.data(), token.lower.data()) << token.lower;
      EXPECT_EQ(term.stem.data(), token.stem.data()) << token.lower;
    }
  }
  // The sentences' forms come first, then what only the scan has ("gen.").
  EXPECT_EQ(vocabulary.Lower(0), "the");
  EXPECT_EQ(original->Lower(original->scan.words.front()), "the");
  bool title = false;
  for (const Word& w : original->scan.words) title = title || original->Lower(w) == "gen.";
  EXPECT_TRUE(title);

  const Document copy = *original;
  const std::string first_stem(original->sentences[0].tokens[1].stem);
  original.reset();
  EXPECT_EQ(copy.sentences[0].tokens[1].stem, first_stem);
  EXPECT_EQ(copy.sentences[0].tokens[1].lower, "senate");
  EXPECT_EQ(copy.Lower(copy.scan.words[1]), "senate");
}

// Ids by first sight within each Document: the same whatever the thread
// that analysed it and whatever it analysed before.
TEST(Vocabulary, IdsDoNotDependOnTheThreadOrWhatCameBefore) {
  std::vector<Article> articles;
  for (int i = 0; i < 8; ++i) {
    articles.push_back(ArticleOf("Story " + std::to_string(i) +
                                 ": the council voted, the mayor said. Councils vote often."));
  }
  Tokenizer tokenizer;
  const std::vector<Document> together = AnalyzeArticles(articles, tokenizer);
  for (size_t a = 0; a < articles.size(); ++a) {
    Tokenizer fresh;
    const Document alone = Analyze(articles[a], fresh);
    ASSERT_EQ(alone.vocabulary->size(), together[a].vocabulary->size()) << a;
    for (uint32_t id = 0; id < alone.vocabulary->size(); ++id) {
      EXPECT_EQ(alone.vocabulary->Lower(id), together[a].vocabulary->Lower(id)) << a;
    }
  }
}

}  // namespace
}  // namespace concord::text
