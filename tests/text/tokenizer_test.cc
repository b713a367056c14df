#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/text.h"

namespace concord::text {
namespace {

std::vector<std::string> Lower(const std::string& text) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  std::vector<std::string> out;
  for (const Token& token : tokenizer.Tokenize(text, vocabulary)) out.emplace_back(token.lower);
  return out;
}

using Words = std::vector<std::string>;

TEST(Tokenizer, SplitsOnSpacesAndPunctuation) {
  EXPECT_EQ(Lower("The cat, the hat; (and) \"more\"!"),
            (Words{"the", "cat", "the", "hat", "and", "more"}));
  EXPECT_TRUE(Lower("").empty());
  EXPECT_TRUE(Lower(" ... -- !? ").empty());
}

TEST(Tokenizer, KeepsInternalApostrophes) {
  EXPECT_EQ(Lower("Don't stop Iran's O'Neill"),
            (Words{"don't", "stop", "iran's", "o'neill"}));
  // The typographic apostrophe becomes '.
  EXPECT_EQ(Lower("Iran\xE2\x80\x99s"), Words{"iran's"});
  // Quotes around words are not apostrophes.
  EXPECT_EQ(Lower("'quoted' students' books"),
            (Words{"quoted", "students", "books"}));
}

TEST(Tokenizer, KeepsAbbreviationAndNumberPeriods) {
  EXPECT_EQ(Lower("U.S. troops at 3.5 a.m. paid $1.5 for Ph.D."),
            (Words{"u.s.", "troops", "at", "3.5", "a.m.", "paid", "1.5", "for",
                   "ph.d."}));
  // At the end of a sentence the acronym keeps its period; a word does not.
  EXPECT_EQ(Lower("in the U.S. The end."),
            (Words{"in", "the", "u.s.", "the", "end"}));
  EXPECT_EQ(Lower("said.The example.com"),
            (Words{"said", "the", "example", "com"}));
}

TEST(Tokenizer, KeepsThousandsCommas) {
  EXPECT_EQ(Lower("1,700 and 12,500,000 but 5,6 and 1,23"),
            (Words{"1,700", "and", "12,500,000", "but", "5", "6", "and", "1",
                   "23"}));
}

TEST(Tokenizer, SplitsHyphens) {
  EXPECT_EQ(Lower("well-known U.S.-led 3-2"),
            (Words{"well", "known", "u.s.", "led", "3", "2"}));
}

TEST(Tokenizer, LowerCasesUnicode) {
  EXPECT_EQ(Lower("\xC3\x89" "COLE M\xC3\x9C" "NCHEN \xCE\xA3\xCE\x9F"),
            (Words{"\xC3\xA9" "cole", "m\xC3\xBC" "nchen",
                   "\xCF\x83\xCE\xBF"}));
}

TEST(Tokenizer, SpansPointIntoTheText) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  const std::string text = "  Hello, U.S. world";
  const std::vector<Token> tokens = tokenizer.Tokenize(text, vocabulary);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].span, (ByteSpan{2, 7}));
  EXPECT_EQ(text.substr(tokens[1].span.start,
                        tokens[1].span.end - tokens[1].span.start),
            "U.S.");
  EXPECT_EQ(tokens[2].span, (ByteSpan{14, 19}));
}

TEST(Tokenizer, StemsWithSnowballEnglish) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  const std::vector<Token> tokens =
      tokenizer.Tokenize("Running generously flies Iran's 2015 connections", vocabulary);
  ASSERT_EQ(tokens.size(), 6u);
  EXPECT_EQ(tokens[0].stem, "run");
  EXPECT_EQ(tokens[1].stem, "generous");
  EXPECT_EQ(tokens[2].stem, "fli");
  EXPECT_EQ(tokens[3].stem, "iran");
  EXPECT_EQ(tokens[4].stem, "2015");
  EXPECT_EQ(tokens[5].stem, "connect");
  EXPECT_EQ(tokenizer.Stem("presidents"), "presid");
  // Cached and uncached stems agree.
  EXPECT_EQ(tokenizer.Stem("presidents"), "presid");
}

TEST(Tokenizer, MarksNumbersAndStopwords) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  const std::vector<Token> tokens = tokenizer.Tokenize("The 3.5 senators said", vocabulary);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_TRUE(tokens[0].is_stopword);
  EXPECT_FALSE(tokens[0].is_number);
  EXPECT_TRUE(tokens[1].is_number);
  EXPECT_FALSE(tokens[2].is_stopword);
  EXPECT_FALSE(tokens[3].is_stopword);
}

TEST(Tokenizer, SurvivesInvalidUtf8) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  const std::vector<Token> tokens = tokenizer.Tokenize("ab\xFF" "cd \xE2\x82", vocabulary);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].lower, "ab");
  EXPECT_EQ(tokens[1].lower, "cd");
}

TEST(Tokenizer, SurvivesRandomBytes) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  uint32_t state = 3;
  std::string bytes;
  for (int i = 0; i < 100000; ++i) {
    state = state * 1664525u + 1013904223u;
    bytes.push_back(static_cast<char>(state >> 24));
  }
  size_t previous_end = 0;
  for (const Token& token : tokenizer.Tokenize(bytes, vocabulary)) {
    ASSERT_LT(token.span.start, token.span.end);
    ASSERT_GE(token.span.start, previous_end);
    ASSERT_LE(token.span.end, bytes.size());
    ASSERT_TRUE(IsValidUtf8(token.lower));
    previous_end = token.span.end;
  }
}

}  // namespace
}  // namespace concord::text
