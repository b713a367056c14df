// One reading of each word (text::Analyze): the word scan takes the words
// the Tokenizer already read (Tokenize's plain_words, ScanWords' `known`)
// where its own rules would read them the same, and reads the rest itself.
// The scan must equal the one of two separate passes exactly (spans, flags
// and term ids, ids by first sight: the sentences' tokens, then the scan),
// on texts written here where the two word rules differ and on Multi-News.
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/text.h"
#include "testing/shared_data.h"

namespace concord::text {
namespace {

// The scan of two passes, as Analyze made it before it read a word once:
// every sentence tokenized into a fresh vocabulary, then ScanWords over
// the article text without `known`.
WordScan TwoPassScan(const Article& article, const Document& doc, Tokenizer& tokenizer) {
  auto vocabulary = std::make_shared<Vocabulary>();
  for (const Sentence& sentence : doc.sentences) tokenizer.Tokenize(sentence.text, *vocabulary);
  std::vector<ByteSpan> noise;
  for (const clean::Removal& r : doc.removed) noise.push_back({r.start, r.end});
  return ScanWords(article.text, noise, vocabulary);
}

// Expects doc.scan to be the two passes' scan word for word; returns the
// number of words compared.
size_t ExpectSameScan(const Article& article, Tokenizer& tokenizer) {
  const Document doc = Analyze(article, tokenizer);
  const WordScan reference = TwoPassScan(article, doc, tokenizer);
  EXPECT_EQ(doc.scan.words.size(), reference.words.size());
  for (size_t i = 0; i < doc.scan.words.size() && i < reference.words.size(); ++i) {
    const Word& got = doc.scan.words[i];
    const Word& want = reference.words[i];
    const std::string surface = article.text.substr(want.start, want.end - want.start);
    EXPECT_EQ(got.start, want.start) << surface;
    EXPECT_EQ(got.end, want.end) << surface;
    EXPECT_EQ(got.term, want.term) << surface;
    EXPECT_EQ(doc.scan.Lower(got), reference.Lower(want)) << surface;
    EXPECT_EQ(got.capitalized, want.capitalized) << surface;
    EXPECT_EQ(got.all_caps, want.all_caps) << surface;
    EXPECT_EQ(got.is_number, want.is_number) << surface;
  }
  EXPECT_EQ(doc.vocabulary->size(), reference.vocabulary->size());
  return reference.words.size();
}

TEST(OnePass, ScanEqualsTwoPassesWhereTheWordRulesDiffer) {
  // Titles keep their period in the scan only; "Ph.D." and "a.m." join in
  // the tokens only; "5,6" joins in the scan only; Unicode digits and
  // spacing marks are word characters of the tokens only; U+2018, curly
  // apostrophes, a letter after a digit before an apostrophe, NBSP,
  // inline and block noise, a sentence cut inside a number.
  const std::vector<std::string> texts = {
      "Gen. Smith met Mr. Jones and Dr. Who at 9 a.m. in the U.S. on Jan. 5.",
      "She holds a Ph.D. from MIT. Sen. Reid, Rep. Ryan and Prof. X spoke.",
      "The vote was 5,6 or 1,700 or 12,500,000 and 3.5 or 1.2.3 and 4,56.",
      "Prices: \xD9\xA3\xD9\xA4 rupees, na\xC3\xAFve caf\xC3\xA9 \xE0\xA4\x95\xE0\xA4\xBE "
      "word.",
      "\xE2\x80\x98Quoted\xE2\x80\x99 O\xE2\x80\x99Neill don't 5a's rock'n'roll 'tis ABC's.",
      "The mayor\xC2\xA0spoke on Tuesday.\n\nRELATED: Harbor bill clears committee\n\n"
      "\"We will build it,\" she said. No. 5 won.",
      "A U.S.A.F. pilot. B. C. D. e.g. i.e. the vs. team vs the Co. Inc. ltd. "
      "sept. oct. WHO'S NASA'S X. x.",
      "Line one\r\n\tline\xE2\x80\x83two  three. 10. 11, 12' 13'a ab'1 ab.1 a.1 1.a",
      "End with a title Gen.",
      "End with a number 3,",
  };
  Tokenizer tokenizer;
  for (const std::string& text : texts) {
    Article article;
    article.text = text;
    SCOPED_TRACE(text);
    EXPECT_GT(ExpectSameScan(article, tokenizer), 0u);
  }
}

TEST(OnePass, ScanTakesTheKnownWordsItWouldReadTheSame) {
  // A known word is taken as it is, not read again: a flag that its bytes
  // do not have (all_caps, of words in lower or title case) shows which
  // words were taken.
  const std::string text = "Big news, Gen. Lee said 5,6 and Iran's ok.";
  auto vocabulary = std::make_shared<Vocabulary>();
  std::vector<Word> known;
  for (std::string_view w : {"Big", "news", "Gen", "Lee", "said", "5", "Iran", "ok"}) {
    const size_t start = text.find(w);
    known.push_back({start, start + w.size(), vocabulary->Intern(LowerWord(w)),
                     w[0] >= 'A' && w[0] <= 'Z', true, w[0] >= '0' && w[0] <= '9'});
  }
  const WordScan scan = ScanWords(text, {}, vocabulary, known);
  std::vector<std::string> taken;
  std::vector<std::string> read;
  for (const Word& w : scan.words) {
    (w.all_caps ? taken : read).push_back(text.substr(w.start, w.end - w.start));
    EXPECT_EQ(scan.Lower(w), LowerWord(text.substr(w.start, w.end - w.start)));
  }
  // "news," (a comma after a letter), "ok." (no title) and "Lee" are
  // taken; "Gen." (a title), "5,6" and "Iran's" (joiners) are read again.
  EXPECT_EQ(taken, (std::vector<std::string>{"Big", "news", "Lee", "said", "ok"}));
  EXPECT_EQ(read, (std::vector<std::string>{"Gen.", "5,6", "and", "Iran's"}));
}

TEST(OnePass, ScanEqualsTwoPassesOnMultiNews) {
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-full250.jsonl");
  std::ifstream in(concord::testing::SharedPath("data/multinews/validation-full250.jsonl"));
  Tokenizer tokenizer;
  std::string line;
  size_t clusters = 0;
  size_t words = 0;
  while (std::getline(in, line)) {
    const nlohmann::json cluster = nlohmann::json::parse(line);
    for (const nlohmann::json& document : cluster.at("documents")) {
      Article article;
      article.text = document.get<std::string>();
      words += ExpectSameScan(article, tokenizer);
      if (::testing::Test::HasFailure()) return;
    }
    ++clusters;
  }
  EXPECT_EQ(clusters, 250u);
  EXPECT_GT(words, 400000u);
}

}  // namespace
}  // namespace concord::text
