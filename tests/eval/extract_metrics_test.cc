// The ScrapingHub and WCXB extraction metrics, checked by hand-counted
// examples and, when ../shared is there, against the published table.
#include "concord/extract_metrics.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "testing/shared_data.h"

namespace concord::eval {
namespace {

TEST(WordTokens, FollowPythonsWordClass) {
  EXPECT_EQ(WordTokens("Café-au_lait, 3½ déjà!", false),
            (std::vector<std::string>{"Café", "au_lait", "3½", "déjà"}));
  EXPECT_EQ(WordTokens("ÉTÉ Été", true), (std::vector<std::string>{"été", "été"}));
}

TEST(ScoreShingles, CountsFourGramMultisets) {
  // truth: a b c d e -> {abcd, bcde}; predicted: a b c d x -> {abcd, bcdx}.
  const ShingleScore s = ScoreShingles("a b c d x", "a b c d e");
  EXPECT_EQ(s.tp, 1);
  EXPECT_EQ(s.fp, 1);
  EXPECT_EQ(s.fn, 1);
  EXPECT_FALSE(s.exact);
  // Fewer than four tokens make one shingle of all of them.
  const ShingleScore short_text = ScoreShingles("Hello, world", "hello world");
  EXPECT_EQ(short_text.tp, 0);  // case matters in this benchmark
  EXPECT_TRUE(ScoreShingles("one. two, three", "one two three").exact);
}

TEST(SummarizeShingles, AveragesPrecisionAndRecallSeparately) {
  std::vector<ShingleScore> pages(3);
  pages[0] = {1, 1, 0, false};  // P 0.5, R 1
  pages[1] = {0, 0, 2, false};  // empty prediction: no precision, R 0
  pages[2] = {0, 0, 0, true};   // both empty: a perfect page
  const ShingleSummary s = SummarizeShingles(pages);
  EXPECT_DOUBLE_EQ(s.precision, (0.5 + 1) / 2);
  EXPECT_DOUBLE_EQ(s.recall, (1 + 0 + 1) / 3.0);
  EXPECT_DOUBLE_EQ(s.f1, 2 * s.precision * s.recall / (s.precision + s.recall));
  EXPECT_DOUBLE_EQ(s.accuracy, 1 / 3.0);
}

TEST(ScoreWords, IsAMultisetF1OfLowerCasedTokens) {
  const WordScore w = ScoreWords("The cat the", "the CAT sat");  // shared: the, cat
  EXPECT_DOUBLE_EQ(w.precision, 2 / 3.0);
  EXPECT_DOUBLE_EQ(w.recall, 2 / 3.0);
  EXPECT_DOUBLE_EQ(w.f1, 2 / 3.0);
  EXPECT_DOUBLE_EQ(ScoreWords("", "").f1, 1);
  EXPECT_DOUBLE_EQ(ScoreWords("text", "").f1, 0);
}

TEST(SnippetsFound, IgnoresCaseAndWhitespaceRuns) {
  EXPECT_EQ(SnippetsFound("Fall isn't just\npumpkin   SPICE season",
                          {"just pumpkin spice", "Order Now", ""}),
            1u);
}

TEST(SameWordsAndDate, CompareWhatMatters) {
  EXPECT_TRUE(SameWords("Ada  Varga", "ada varga"));
  EXPECT_FALSE(SameWords("", ""));
  EXPECT_TRUE(SameDate("2024-03-05T09:30:00+01:00", "2024-03-05"));
  EXPECT_FALSE(SameDate("2024-03-06", "2024-03-05"));
  EXPECT_FALSE(SameDate("", ""));
}

// The shared copy of the benchmark holds trafilatura's outputs; the
// benchmark's README gives it F1 0.958, precision 0.938, recall 0.978.
TEST(ScrapingHubShared, ReproducesThePublishedTrafilaturaFigures) {
  CONCORD_SHARED_OR_SKIP("data/article-extraction-benchmark/output/trafilatura.json");
  const std::string dir = ::concord::testing::SharedPath("data/article-extraction-benchmark");
  std::string truth_text, output_text;
  ASSERT_TRUE(::concord::testing::ReadFile(dir + "/ground-truth.json", &truth_text));
  ASSERT_TRUE(::concord::testing::ReadFile(dir + "/output/trafilatura.json", &output_text));
  const nlohmann::json truth = nlohmann::json::parse(truth_text);
  nlohmann::json output = nlohmann::json::parse(output_text);
  if (output.contains("output")) output = output["output"];
  std::vector<ShingleScore> pages;
  for (const auto& [id, item] : truth.items()) {
    const std::string predicted = output.contains(id) && output[id]["articleBody"].is_string()
                                      ? output[id]["articleBody"].get<std::string>()
                                      : "";
    pages.push_back(ScoreShingles(predicted, item["articleBody"].get<std::string>()));
  }
  const ShingleSummary s = SummarizeShingles(pages);
  EXPECT_EQ(s.pages, 181u);
  EXPECT_NEAR(s.f1, 0.958, 0.0005);
  EXPECT_NEAR(s.precision, 0.938, 0.0005);
  EXPECT_NEAR(s.recall, 0.978, 0.0005);
}

}  // namespace
}  // namespace concord::eval
