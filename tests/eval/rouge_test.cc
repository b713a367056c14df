// RougeScorer's behaviour on short texts written for these tests.
#include "concord/rouge.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

namespace concord::eval {
namespace {

RougeData Data() {
  RougeData data;
  data.exceptions = {{"went", "go"}, {"children", "child"}};
  data.stopwords = {"the", "a", "of"};
  data.has_stopwords = true;
  return data;
}

RougeScorer Scorer(const std::string& flags) {
  Result<RougeOptions> options = ParseRougeFlags(flags);
  EXPECT_TRUE(options.ok()) << options.status().message();
  Result<RougeScorer> scorer = RougeScorer::Create(options.value(), Data());
  EXPECT_TRUE(scorer.ok()) << scorer.status().message();
  return scorer.value();
}

RougeScore ScoreOf(const RougeScorer& scorer, const std::string& measure,
                   const std::vector<std::string>& system,
                   const std::vector<std::vector<std::string>>& references) {
  Result<RougeScores> scores = scorer.Score(system, references);
  EXPECT_TRUE(scores.ok()) << scores.status().message();
  const RougeScore* score = scores.value().Find(measure);
  EXPECT_NE(score, nullptr) << measure;
  return score != nullptr ? *score : RougeScore{};
}

TEST(RougeScorer, IdenticalTextsScoreOne) {
  const RougeScorer scorer = Scorer("-n 2 -2 4 -u");
  const std::vector<std::string> text = {"The cat sat on the mat.", "It slept."};
  Result<RougeScores> scores = scorer.Score(text, {text});
  ASSERT_TRUE(scores.ok());
  ASSERT_EQ(scores.value().measures.size(), 4u);
  for (const auto& [name, score] : scores.value().measures) {
    EXPECT_EQ(score.recall, 1.0) << name;
    EXPECT_EQ(score.precision, 1.0) << name;
    EXPECT_EQ(score.f, 1.0) << name;
  }
}

TEST(RougeScorer, NamesMeasuresLikeTheScript) {
  EXPECT_EQ(RougeMeasureNames(ParseRougeFlags("-n 3 -2 4 -u").value()),
            (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-3", "ROUGE-L",
                                      "ROUGE-SU4"}));
  EXPECT_EQ(RougeMeasureNames(ParseRougeFlags("-n 1 -x -2 -1").value()),
            (std::vector<std::string>{"ROUGE-1", "ROUGE-S*"}));
}

TEST(RougeScorer, TokensAreRunsOfLettersAndDigits) {
  // "e-mail" is e + mail, "$1,700" is 1 + 700, "Café" keeps only "caf".
  const RougeScorer scorer = Scorer("-n 1 -x");
  const RougeScore score = ScoreOf(scorer, "ROUGE-1", {"E-MAIL $1,700 Café"},
                                   {{"e mail 1 700 caf"}});
  EXPECT_EQ(score.hits, 5);
  EXPECT_EQ(score.model_count, 5);
  EXPECT_EQ(score.peer_count, 5);
}

TEST(RougeScorer, ClipsRepeatedNgrams) {
  const RougeScorer scorer = Scorer("-n 1 -x");
  const RougeScore score =
      ScoreOf(scorer, "ROUGE-1", {"iran iran iran talks"}, {{"iran talks talks"}});
  EXPECT_EQ(score.hits, 2);  // one iran, one talks
  EXPECT_EQ(score.recall, RoundLikeRouge(2.0 / 3));
  EXPECT_EQ(score.precision, 0.5);
}

TEST(RougeScorer, StemsWithExceptionsThenPorterOnLongTokensOnly) {
  const RougeScorer scorer = Scorer("-n 1 -x -m");
  // children -> child (exception), running -> run (Porter), "ran" has 3
  // letters and is not stemmed.
  const RougeScore score = ScoreOf(scorer, "ROUGE-1", {"children running ran"},
                                   {{"child runs run"}});
  EXPECT_EQ(score.hits, 2);
}

TEST(RougeScorer, RemovesStopwordsBeforeCounting) {
  const RougeScorer scorer = Scorer("-n 2 -x -s");
  const RougeScore score =
      ScoreOf(scorer, "ROUGE-2", {"the end of days"}, {{"end days"}});
  EXPECT_EQ(score.model_count, 1);
  EXPECT_EQ(score.peer_count, 1);
  EXPECT_EQ(score.hits, 1);  // "end days" once the stopwords are out
}

TEST(RougeScorer, UnionLcsFollowsLin2004) {
  // Lin (2004), section 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8,
  // c2 = w1 w3 w8 w9 w5: the union LCS is w1 w2 w3 w5.
  const RougeScorer with_l = Scorer("-n 1");
  const RougeScore score = ScoreOf(with_l, "ROUGE-L",
                                   {"w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"},
                                   {{"w1 w2 w3 w4 w5"}});
  EXPECT_EQ(score.hits, 4);
  EXPECT_EQ(score.model_count, 5);
  EXPECT_EQ(score.peer_count, 10);
}

TEST(RougeScorer, SkipUnigramsLeaveOutTheLastToken) {
  const RougeScorer scorer = Scorer("-n 1 -x -2 4 -u");
  // 3 tokens: unigrams a, b (not c) and bigrams ab, ac, bc.
  RougeScore score = ScoreOf(scorer, "ROUGE-SU4", {"a b c"}, {{"a b c"}});
  EXPECT_EQ(score.peer_count, 5);
  // One token counts nothing at all.
  score = ScoreOf(scorer, "ROUGE-SU4", {"kerry"}, {{"kerry said no"}});
  EXPECT_EQ(score.peer_count, 0);
  EXPECT_EQ(score.precision, 0);
}

TEST(RougeScorer, WordLimitCountsRawWordsAcrossLines) {
  const RougeScorer scorer = Scorer("-n 1 -x -l 3");
  // "U.S.-led" is one raw word (three tokens: u, s, led).
  const RougeScore score =
      ScoreOf(scorer, "ROUGE-1", {"U.S.-led force", "arrived today"},
              {{"u s led force arrived"}});
  EXPECT_EQ(score.peer_count, 5);  // u s led force arrived
  EXPECT_EQ(score.model_count, 3);  // the reference is cut to 3 words too
}

TEST(RougeScorer, ByteLimitIgnoresTheSpacesThatJoinLines) {
  const RougeScorer scorer = Scorer("-n 1 -x -b 7");
  // "abc" (3 bytes) + "defgh" cut after 4 bytes: abc defg.
  const RougeScore score =
      ScoreOf(scorer, "ROUGE-1", {"abc", "defgh"}, {{"abc", "defg"}});
  EXPECT_EQ(score.peer_count, 2);
  EXPECT_EQ(score.hits, 2);
}

TEST(RougeScorer, AverageAndBestDifferWithTwoReferences) {
  const std::vector<std::string> system = {"a b c d"};
  const std::vector<std::vector<std::string>> references = {{"a x y z"},
                                                            {"a b c z"}};
  const RougeScore average =
      ScoreOf(Scorer("-n 1 -x -f A"), "ROUGE-1", system, references);
  EXPECT_EQ(average.hits, 4);
  EXPECT_EQ(average.model_count, 8);
  EXPECT_EQ(average.peer_count, 8);  // the system counted once per reference
  const RougeScore best =
      ScoreOf(Scorer("-n 1 -x -f B"), "ROUGE-1", system, references);
  EXPECT_EQ(best.hits, 3);
  EXPECT_EQ(best.recall, 0.75);
}

TEST(RougeScorer, AlphaWeighsPrecisionAgainstRecall) {
  const std::vector<std::string> system = {"a b"};
  const std::vector<std::vector<std::string>> references = {{"a c d e"}};
  // R = 0.25, P = 0.5; F = PR / ((1 - alpha) P + alpha R).
  EXPECT_EQ(ScoreOf(Scorer("-n 1 -x -p 0.5"), "ROUGE-1", system, references).f,
            RoundLikeRouge(0.125 / 0.375));
  EXPECT_EQ(ScoreOf(Scorer("-n 1 -x -p 1"), "ROUGE-1", system, references).f,
            0.5);
  EXPECT_EQ(ScoreOf(Scorer("-n 1 -x -p 0"), "ROUGE-1", system, references).f,
            0.25);
}

TEST(RougeScorer, RoundsLikeTheScriptUnlessAskedNotTo) {
  RougeOptions options;
  options.max_n = 1;
  options.rouge_l = false;
  options.round_like_script = false;
  Result<RougeScorer> exact = RougeScorer::Create(options, Data());
  ASSERT_TRUE(exact.ok());
  const RougeScore score = ScoreOf(exact.value(), "ROUGE-1", {"a b"}, {{"a c d"}});
  EXPECT_DOUBLE_EQ(score.recall, 1.0 / 3);
  EXPECT_EQ(RoundLikeRouge(1.0 / 3), 0.33333);
}

TEST(RougeScorer, EmptyAndBinaryInputsScoreZeroWithoutFailing) {
  const RougeScorer scorer = Scorer("-n 2 -2 4 -u -m");
  Result<RougeScores> scores = scorer.Score({}, {{"a reference"}});
  ASSERT_TRUE(scores.ok());
  for (const auto& [name, score] : scores.value().measures) {
    EXPECT_EQ(score.f, 0) << name;
  }
  const std::string binary("\x00\xff\xfe\x01 word \x80\x81", 12);
  scores = scorer.Score({binary, "", "   ", "\r"}, {{binary}, {}});
  ASSERT_TRUE(scores.ok());
  EXPECT_EQ(scores.value().Find("ROUGE-1")->hits, 1);
}

TEST(RougeScorer, NeedsAReference) {
  Result<RougeScores> scores = Scorer("-n 1").Score({"a"}, {});
  ASSERT_FALSE(scores.ok());
  EXPECT_EQ(scores.status().code(), StatusCode::kInvalidArgument);
}

TEST(RougeScorer, RefusesBadOptionsByName) {
  RougeOptions options;
  options.alpha = 2;
  Result<RougeScorer> scorer = RougeScorer::Create(options, Data());
  ASSERT_FALSE(scorer.ok());
  EXPECT_NE(scorer.status().message().find("alpha"), std::string::npos);

  options = RougeOptions();
  options.word_limit = 10;
  options.byte_limit = 10;
  EXPECT_FALSE(RougeScorer::Create(options, Data()).ok());

  options = RougeOptions();
  options.remove_stopwords = true;
  RougeData no_stopwords = Data();
  no_stopwords.has_stopwords = false;
  EXPECT_FALSE(RougeScorer::Create(options, no_stopwords).ok());
}

TEST(ParseRougeFlags, ReadsTheProjectProtocol) {
  Result<RougeOptions> options =
      ParseRougeFlags("-a -c 95 -r 1000 -n 2 -2 4 -u -m -f A -p 0.5 -t 0 -z SPL");
  ASSERT_TRUE(options.ok()) << options.status().message();
  EXPECT_EQ(options.value().max_n, 2);
  EXPECT_EQ(options.value().skip_distance, 4);
  EXPECT_TRUE(options.value().skip_unigrams);
  EXPECT_TRUE(options.value().stem);
  EXPECT_TRUE(options.value().rouge_l);
  EXPECT_EQ(options.value().alpha, 0.5);
}

TEST(ParseRougeFlags, NamesTheBadFlag) {
  for (const char* flags : {"-f C", "-p 2", "-p x", "-n", "-n -1", "-w 1.2",
                            "-l 10 -b 10", "-t 1"}) {
    Result<RougeOptions> options = ParseRougeFlags(flags);
    ASSERT_FALSE(options.ok()) << flags;
    EXPECT_NE(options.status().message().find(std::string(flags).substr(0, 2)),
              std::string::npos)
        << options.status().message();
  }
}

TEST(RougeScorer, ConcurrentCallsAgreeWithSequentialOnes) {
  const RougeScorer scorer = Scorer("-n 2 -2 4 -u -m");
  const std::vector<std::string> system = {"Children went running home.",
                                           "They were tired."};
  const std::vector<std::vector<std::string>> references = {
      {"The child goes home running.", "Tired children."}};
  const RougeScores expected = scorer.Score(system, references).value();
  std::vector<std::thread> threads;
  std::vector<int> agreed(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        Result<RougeScores> scores = scorer.Score(system, references);
        if (scores.ok() && scores.value().measures.size() == expected.measures.size() &&
            scores.value().Find("ROUGE-SU4")->f == expected.Find("ROUGE-SU4")->f) {
          ++agreed[t];
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(agreed[t], 200);
}

}  // namespace
}  // namespace concord::eval
