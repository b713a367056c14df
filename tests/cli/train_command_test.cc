// `concord train` and the --params files it writes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_runner.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// JSON Lines of `count` small invented clusters with a reference each.
std::string TrainingLines(size_t count, bool with_summaries = true) {
  const std::vector<std::string> facts = {
      "The harbor bridge closed after inspectors found a crack in a steel girder.",
      "Ferries carried commuters to the islands while the bridge stayed shut.",
      "The mayor said repairs would take at least three weeks.",
      "A bakery on the pier ran out of flour by noon.",
      "Truck drivers were sent to the northern tunnel instead.",
      "The council will vote on an emergency repair budget on Friday."};
  std::string lines;
  for (size_t c = 0; c < count; ++c) {
    nlohmann::json cluster;
    cluster["id"] = "c" + std::to_string(c);
    for (size_t a = 0; a < 3; ++a) {
      std::string text;
      for (size_t f = 0; f < facts.size(); ++f) {
        if ((f + a + c) % 3 != 0 || f < 2) text += facts[(f + c) % facts.size()] + " ";
      }
      cluster["documents"].push_back(text);
    }
    if (with_summaries) cluster["summaries"].push_back(facts[c % facts.size()]);
    lines += cluster.dump() + "\n";
  }
  return lines;
}

// `concord summarize` of the bundled example with `options`.
CliResult SummarizeExample(const std::string& options) {
  return RunConcord("summarize " + std::string(CONCORD_SOURCE_DIR) + "/examples/harbor-bridge " +
                    options);
}

TEST(TrainCommand, PrintsEveryWeightAsAParamsFile) {
  TempDir dir;
  const std::string data = dir.Write("train.jsonl", TrainingLines(12));
  CliResult result = RunConcord("train --data " + data);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("# salience model: 12 clusters"), std::string::npos) << result.out;
  for (const char* name : {"salience_bias", "salience_centroid", "salience_shared",
                           "salience_coverage", "salience_log_cluster"}) {
    EXPECT_NE(result.out.find(std::string(name) + " = "), std::string::npos) << name;
  }
}

TEST(TrainCommand, ItsOutputIsAParamsFileForSummarizeAndEval) {
  TempDir dir;
  const std::string data = dir.Write("train.jsonl", TrainingLines(12));
  const std::string params = dir.Path("model.txt");
  ASSERT_EQ(RunConcord("train --data " + data + " --out " + params).exit_code, 0);
  CliResult summary = SummarizeExample("--words 40 --params " + params);
  EXPECT_EQ(summary.exit_code, 0) << summary.err;
  EXPECT_FALSE(summary.out.empty());
  CliResult eval = RunConcord("eval --data " + data + " --words 20 --params " + params);
  EXPECT_EQ(eval.exit_code, 0) << eval.err;
  EXPECT_NE(eval.out.find("| default |"), std::string::npos) << eval.out;
}

TEST(TrainCommand, DataWithoutSummariesIsAnError) {
  TempDir dir;
  const std::string data = dir.Write("plain.jsonl", TrainingLines(3, false));
  CliResult result = RunConcord("train --data " + data);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("reference"), std::string::npos) << result.err;
}

TEST(TrainCommand, MissingDataFileIsNamed) {
  CliResult result = RunConcord("train --data /nonexistent/train.jsonl");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/nonexistent/train.jsonl"), std::string::npos) << result.err;
}

TEST(TrainCommand, RegularizationMustBeFiniteAndPositive) {
  TempDir dir;
  const std::string data = dir.Write("train.jsonl", TrainingLines(3));
  for (const char* c : {"inf", "0", "-1", "nan"}) {
    CliResult result = RunConcord("train --data " + data + " --c " + c);
    EXPECT_EQ(result.exit_code, 2) << c;
    EXPECT_NE(result.err.find("--c"), std::string::npos) << c << ": " << result.err;
  }
}

TEST(TrainCommand, NegativeThreadsAreAnError) {
  TempDir dir;
  const std::string data = dir.Write("train.jsonl", TrainingLines(3));
  CliResult result = RunConcord("train --data " + data + " --threads -3");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--threads"), std::string::npos) << result.err;
}

TEST(TrainCommand, BadLinesAreReportedAndTheRestIsLearnedWithExitCode2) {
  TempDir dir;
  const std::string data =
      dir.Write("train.jsonl", TrainingLines(6) + "{not json\n" + TrainingLines(2));
  CliResult result = RunConcord("train --data " + data);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(":7:"), std::string::npos) << result.err;
  EXPECT_NE(result.out.find("salience_bias = "), std::string::npos) << result.out;
}

TEST(TrainCommand, EmptyFileIsAnError) {
  TempDir dir;
  const std::string data = dir.Write("empty.jsonl", "");
  CliResult result = RunConcord("train --data " + data);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("empty.jsonl"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(ParamsFile, CarriageReturnsCommentsAndSpacesAreAccepted) {
  TempDir dir;
  const std::string params =
      dir.Write("p.txt", "# tuned\r\nposition_weight = 3\r\n\r\n  quote_weight=2   # inline\r\n");
  CliResult result = SummarizeExample("--words 30 --params " + params);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_FALSE(result.out.empty());
}

TEST(ParamsFile, NonFiniteAndOutOfRangeValuesAreErrors) {
  TempDir dir;
  for (const char* line :
       {"position_weight = nan", "position_weight = inf", "position_weight = 1e999",
        "position_scale = 0", "salience_exponent = -2"}) {
    const std::string params = dir.Write("p.txt", std::string(line) + "\n");
    CliResult result = SummarizeExample("--params " + params);
    EXPECT_EQ(result.exit_code, 2) << line;
    EXPECT_TRUE(result.out.empty()) << line;
  }
}

TEST(ParamsFile, BinaryFileIsRejectedWithoutEchoingItsBytes) {
  TempDir dir;
  const std::string params = dir.Write("p.bin", std::string("\x7f\x45\x4c\x46\x01\x00\xff\xfe", 8));
  CliResult result = SummarizeExample("--params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(params + ":1:"), std::string::npos) << result.err;
  EXPECT_EQ(result.err.find('\xff'), std::string::npos);
}

TEST(ParamsFile, MalformedLineIsNamedByFileAndLine) {
  TempDir dir;
  const std::string params = dir.Write("p.txt", "# weights\nposition_weight = 3\nquote_weight 2\n");
  CliResult result = SummarizeExample("--params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(params + ":3:"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(ParamsFile, ValueThatIsNotANumberIsNamed) {
  TempDir dir;
  const std::string params = dir.Write("p.txt", "position_weight = ten\n");
  CliResult result = SummarizeExample("--params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("'ten' is not a finite number"), std::string::npos) << result.err;
}

TEST(ParamsFile, UnknownNameIsAnErrorBeforeAnythingRuns) {
  TempDir dir;
  const std::string params = dir.Write("p.txt", "salience_colour = 1\n");
  CliResult result = SummarizeExample("--params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown parameter 'salience_colour'"), std::string::npos)
      << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(ParamsFile, MissingFileIsNamed) {
  CliResult result = SummarizeExample("--params /nonexistent/p.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/nonexistent/p.txt: no such file"), std::string::npos) << result.err;
}

TEST(EvalCommand, UnknownParameterFailsEvenForAMethodThatIgnoresParameters) {
  TempDir dir;
  const std::string data = dir.Write("train.jsonl", TrainingLines(2));
  CliResult result = RunConcord("eval --data " + data + " --method lead --set positon_weight=2");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown parameter 'positon_weight'"), std::string::npos) << result.err;
}

TEST(TrainCommand, SpeakersTaskRefusesBadInputWithOneLine) {
  TempDir dir;
  const CliResult missing = RunConcord("train --task speakers --data " + dir.path() + "/none");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("--data"), std::string::npos) << missing.err;
  EXPECT_TRUE(missing.out.empty());
  const CliResult task = RunConcord("train --task nouns --data " + dir.path());
  EXPECT_EQ(task.exit_code, 2);
  EXPECT_NE(task.err.find("--task"), std::string::npos) << task.err;
  const CliResult limit = RunConcord("train --task speakers --limit 3 --data " + dir.path());
  EXPECT_EQ(limit.exit_code, 2);
  EXPECT_NE(limit.err.find("--limit"), std::string::npos) << limit.err;
  const CliResult threshold =
      RunConcord("train --task speakers --threshold 1.5 --data " + dir.path());
  EXPECT_EQ(threshold.exit_code, 2);
  EXPECT_NE(threshold.err.find("--threshold"), std::string::npos) << threshold.err;
}

TEST(TrainCommand, SpeakersTaskWritesTheModelOfAPolnearFolder) {
  TempDir dir;
  dir.Write("train/text/story.txt",
            "Ada Brennan said the vote was close.\n\n\"We counted every ballot twice and the "
            "numbers did not move at all.\"\n");
  dir.Write("train/attributions/story_a1.ann",
            "T1\tSource 0 11\tAda Brennan\nT2\tContent 38 106\tx\nE1\tContent:T2 Source:T1\n");
  const CliResult r =
      RunConcord("train --task speakers --data " + dir.path() + " -o " + dir.path() + "/m.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string model;
  ASSERT_TRUE(ReadFile(dir.path() + "/m.txt", &model));
  EXPECT_NE(model.find("constexpr double kShippedWeights[kSpeakerFeatures + 1] = {"),
            std::string::npos)
      << model;
  EXPECT_NE(model.find("kShippedThreshold = 0.5;"), std::string::npos) << model;
}

}  // namespace
}  // namespace concord::testing
