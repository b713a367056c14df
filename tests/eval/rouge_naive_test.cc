// The fast scorer against the slow transcription of the script
// (tests/testing/naive_rouge.h) on generated texts and options: every
// count and figure must be equal.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <string>
#include <vector>

#include "concord/rouge.h"
#include "testing/naive_rouge.h"

namespace concord::eval {
namespace {

RougeData FixtureData() {
  RougeData data;
  data.exceptions = {{"went", "go"},     {"children", "child"},
                     {"mice", "mouse"},  {"better", "good"},
                     {"geese", "goose"}, {"ran", "run"}};
  data.stopwords = {"the", "a", "of", "and", "to"};
  data.has_stopwords = true;
  data.source = "fixture";
  return data;
}

// Words chosen to hit every rule: stems, exceptions, short words, hyphens,
// numbers, '$', punctuation, upper case, non-ASCII bytes, stopwords.
const std::vector<std::string> kWords = {
    "the",      "a",        "of",       "and",       "to",      "cat",
    "cats",     "running",  "runs",     "ran",       "went",    "go",
    "children", "child",    "mice",     "mouse",     "better",  "good",
    "agreement", "argument", "happily", "e-mail",    "U.S.-led", "$1,700",
    "3-D",      "2014.",    "Iran",     "IRAN,",     "talks",   "talk;",
    "caf\xc3\xa9", "na\xc3\xafve", "\xe2\x80\x9cquoted\xe2\x80\x9d", "--",
    "x",        "yes",      "yelling",  "geese",     "analysis", "rational"};

std::vector<std::string> RandomText(std::mt19937* rng, bool long_lines) {
  std::uniform_int_distribution<int> line_count(0, 5);
  std::uniform_int_distribution<int> word_count(0, long_lines ? 150 : 14);
  std::uniform_int_distribution<int> word(0, static_cast<int>(kWords.size()) - 1);
  std::uniform_int_distribution<int> odd(0, 9);
  std::vector<std::string> lines;
  const int count = line_count(*rng);
  for (int l = 0; l < count; ++l) {
    std::string line;
    if (odd(*rng) == 0) line += "  ";  // leading blanks: an empty first field
    const int words = word_count(*rng);
    for (int w = 0; w < words; ++w) {
      if (w > 0) line += odd(*rng) == 0 ? "\t " : " ";
      line += kWords[word(*rng)];
    }
    if (odd(*rng) == 0) line += "\r";
    lines.push_back(line);  // may be empty: skipped like an empty line
  }
  return lines;
}

RougeOptions RandomOptions(std::mt19937* rng) {
  std::uniform_int_distribution<int> coin(0, 1);
  std::uniform_int_distribution<int> die(0, 5);
  RougeOptions options;
  options.max_n = die(*rng) % 5;
  options.rouge_l = coin(*rng) == 1;
  if (coin(*rng) == 1) options.skip_distance = die(*rng) - 1;  // -1 .. 4
  options.skip_unigrams = options.skip_distance.has_value() && coin(*rng) == 1;
  options.stem = coin(*rng) == 1;
  options.remove_stopwords = die(*rng) == 0;
  const int limit = die(*rng);
  if (limit == 1) options.word_limit = 1 + die(*rng) * 7;
  if (limit == 2) options.byte_limit = 1 + die(*rng) * 33;
  options.aggregate = coin(*rng) == 1 ? RougeOptions::Aggregate::kBest
                                      : RougeOptions::Aggregate::kAverage;
  const double alphas[] = {0, 0.2, 0.5, 0.8, 1};
  options.alpha = alphas[die(*rng) % 5];
  options.round_like_script = die(*rng) != 0;
  if (options.max_n == 0 && !options.skip_distance.has_value()) {
    options.rouge_l = true;
  }
  return options;
}

void CompareOnGeneratedInputs(unsigned seed, int rounds, bool long_lines) {
  std::mt19937 rng(seed);
  const RougeData data = FixtureData();
  std::uniform_int_distribution<int> reference_count(1, 4);
  for (int round = 0; round < rounds; ++round) {
    const RougeOptions options = RandomOptions(&rng);
    Result<RougeScorer> scorer = RougeScorer::Create(options, data);
    ASSERT_TRUE(scorer.ok()) << scorer.status().message();
    const std::vector<std::string> system = RandomText(&rng, long_lines);
    std::vector<std::vector<std::string>> references(reference_count(rng));
    for (auto& reference : references) reference = RandomText(&rng, long_lines);

    Result<RougeScores> fast = scorer.value().Score(system, references);
    ASSERT_TRUE(fast.ok()) << fast.status().message();
    const std::map<std::string, RougeScore> slow =
        testing::NaiveRouge(options, data, system, references);
    ASSERT_EQ(fast.value().measures.size(), slow.size());
    for (const auto& [name, score] : fast.value().measures) {
      SCOPED_TRACE("seed " + std::to_string(seed) + " round " +
                   std::to_string(round) + " " + name);
      const RougeScore& want = slow.at(name);
      EXPECT_EQ(score.hits, want.hits);
      EXPECT_EQ(score.model_count, want.model_count);
      EXPECT_EQ(score.peer_count, want.peer_count);
      EXPECT_DOUBLE_EQ(score.recall, want.recall);
      EXPECT_DOUBLE_EQ(score.precision, want.precision);
      EXPECT_DOUBLE_EQ(score.f, want.f);
    }
    if (::testing::Test::HasFailure()) return;
  }
}

// Under the sanitizers the naive scorer is slow (37 s of CI for the two
// tests, against 1 s in Release), so they run the first fifth of the same
// rounds there; the Release build runs them all.
#if defined(CONCORD_SANITIZED)
constexpr int kRoundsDivisor = 5;
#else
constexpr int kRoundsDivisor = 1;
#endif

TEST(RougeNaive, AgreesWithTheScriptTranscriptionOnShortTexts) {
  CompareOnGeneratedInputs(1, 3000 / kRoundsDivisor, false);
}

TEST(RougeNaive, AgreesOnSentencesLongerThanOneMachineWord) {
  // Sentences of up to 150 tokens: ROUGE-L's bit rows span several words.
  CompareOnGeneratedInputs(2, 300 / kRoundsDivisor, true);
}

}  // namespace
}  // namespace concord::eval
