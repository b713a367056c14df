// The word scan of the story analysis (text::ScanWords, Document::scan):
// spans of the article text, case and shape flags, interned lower-case
// forms, noise left out. Fixtures are short texts written here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"

namespace concord::text {
namespace {

std::vector<std::string> Surfaces(const std::string& s, const WordScan& scan) {
  std::vector<std::string> out;
  for (const Word& w : scan.words) out.push_back(s.substr(w.start, w.end - w.start));
  return out;
}

TEST(ScanWords, SpansAreBytesOfTheText) {
  const std::string s = "Gen. Ann O\xE2\x80\x99Neil told the U.S. Senate 1,700 troops left.";
  const WordScan scan = ScanWords(s);
  EXPECT_EQ(Surfaces(s, scan),
            (std::vector<std::string>{"Gen.", "Ann", "O\xE2\x80\x99Neil", "told", "the", "U.S.",
                                      "Senate", "1,700", "troops", "left"}));
  size_t previous_end = 0;
  for (const Word& w : scan.words) {
    EXPECT_LE(previous_end, w.start);
    EXPECT_LT(w.start, w.end);
    previous_end = w.end;
  }
}

TEST(ScanWords, FlagsAndInternedLowerCase) {
  const std::string s = "NATO said the Senate and the senate 20 times";
  const WordScan scan = ScanWords(s);
  ASSERT_EQ(scan.words.size(), 9u);
  const Word& nato = scan.words[0];
  EXPECT_TRUE(nato.capitalized);
  EXPECT_TRUE(nato.all_caps);
  EXPECT_FALSE(scan.words[1].capitalized);
  EXPECT_TRUE(scan.words[3].capitalized);
  EXPECT_FALSE(scan.words[3].all_caps);
  EXPECT_TRUE(scan.words[7].is_number);
  // "the" twice and "Senate"/"senate" share one term each.
  EXPECT_EQ(scan.words[2].term, scan.words[5].term);
  EXPECT_EQ(scan.words[3].term, scan.words[6].term);
  EXPECT_NE(scan.words[2].term, scan.words[3].term);
  EXPECT_EQ(scan.Lower(scan.words[3]), "senate");
  EXPECT_EQ(scan.Lower(nato), "nato");
  EXPECT_EQ(scan.vocabulary->size(), 7u);  // nato said the senate and 20 times
  for (const Word& w : scan.words) {
    EXPECT_EQ(scan.Lower(w), LowerWord(s.substr(w.start, w.end - w.start)));
  }
}

TEST(ScanWords, SkipsTheGivenSpans) {
  const std::string s = "Kerry MORE said it";
  const WordScan scan = ScanWords(s, {{6, 11}});  // "MORE "
  EXPECT_EQ(Surfaces(s, scan), (std::vector<std::string>{"Kerry", "said", "it"}));
}

TEST(ClippedWord, FlagsOfThePartLeft) {
  const std::string s = "McCAIN";
  const Word w = ClippedWord(s, 2, 6);
  EXPECT_TRUE(w.capitalized);
  EXPECT_TRUE(w.all_caps);
  EXPECT_EQ(w.term, Word::kNoTerm);
  EXPECT_FALSE(ClippedWord(s, 0, 6).all_caps);
}

TEST(AnalyzeScan, WordsOfTheArticleTextWithoutNoise) {
  Article article;
  article.text =
      "The council met on Tuesday.\n\n"
      "RELATED: Harbor bill clears committee\n\n"
      "The vote was 7 to 2, the clerk said.";
  Tokenizer tokenizer;
  const Document doc = Analyze(article, tokenizer);
  ASSERT_FALSE(doc.removed.empty());
  ASSERT_FALSE(doc.scan.words.empty());
  for (const Word& w : doc.scan.words) {
    for (const clean::Removal& r : doc.removed) {
      EXPECT_TRUE(w.end <= r.start || w.start >= r.end) << w.start;
    }
    // Every word is a word of its sentence's span of Article::text.
    bool inside = false;
    for (const Sentence& sentence : doc.sentences) {
      inside = inside || (sentence.start <= w.start && w.end <= sentence.end);
    }
    EXPECT_TRUE(inside) << article.text.substr(w.start, w.end - w.start);
  }
  EXPECT_EQ(doc.Lower(doc.scan.words.front()), "the");
  EXPECT_EQ(article.text.substr(doc.scan.words.back().start, 4), "said");

  AnalyzeOptions options;
  options.scan_words = false;
  const Document summarize_only = Analyze(article, tokenizer, options);
  EXPECT_TRUE(summarize_only.scan.words.empty());
  EXPECT_EQ(summarize_only.sentences.size(), doc.sentences.size());
  EXPECT_TRUE(summarize_only.masked_text.empty());
}

TEST(AnalyzeScan, MaskedTextBlanksTheNoiseOnceWithTheSameOffsets) {
  Article article;
  article.text =
      "The mayor\xC2\xA0spoke on Tuesday.\n\n"
      "RELATED: Harbor bill clears committee\n\n"
      "\"We will build it,\" she said.";
  Tokenizer tokenizer;
  const Document doc = Analyze(article, tokenizer);
  ASSERT_FALSE(doc.removed.empty());
  ASSERT_EQ(doc.masked_text.size(), article.text.size());
  for (size_t i = 0; i < article.text.size(); ++i) {
    bool in_noise = false;
    for (const clean::Removal& r : doc.removed) in_noise = in_noise || (r.start <= i && i < r.end);
    const bool no_break = article.text.compare(i, 2, "\xC2\xA0") == 0 ||
                          (i > 0 && article.text.compare(i - 1, 2, "\xC2\xA0") == 0);
    if (in_noise || no_break) {
      EXPECT_EQ(doc.masked_text[i], ' ') << i;
    } else {
      EXPECT_EQ(doc.masked_text[i], article.text[i]) << i;
    }
  }
  EXPECT_EQ(doc.masked_text.find("RELATED"), std::string::npos);
  EXPECT_EQ(doc.masked_text.substr(0, 17), "The mayor  spoke ");
  // MaskNoise is the function Analyze keeps the result of.
  EXPECT_EQ(MaskNoise(article.text, doc.removed), doc.masked_text);
}

}  // namespace
}  // namespace concord::text
