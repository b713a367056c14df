// `concord train` and the --params files it writes.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_runner.h"
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
  CliResult summary = RunConcord("summarize " + std::string(CONCORD_SOURCE_DIR) +
                                 "/examples/harbor-bridge --words 40 --params " + params);
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

TEST(ParamsFile, MalformedLineIsNamedByFileAndLine) {
  TempDir dir;
  const std::string params = dir.Write("p.txt", "# weights\nposition_weight = 3\nquote_weight 2\n");
  CliResult result = RunConcord("summarize " + std::string(CONCORD_SOURCE_DIR) +
                                "/examples/harbor-bridge --params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(params + ":3:"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(ParamsFile, ValueThatIsNotANumberIsNamed) {
  TempDir dir;
  const std::string params = dir.Write("p.txt", "position_weight = ten\n");
  CliResult result = RunConcord("summarize " + std::string(CONCORD_SOURCE_DIR) +
                                "/examples/harbor-bridge --params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("'ten' is not a number"), std::string::npos) << result.err;
}

TEST(ParamsFile, UnknownNameIsAnErrorBeforeAnythingRuns) {
  TempDir dir;
  const std::string params = dir.Write("p.txt", "salience_colour = 1\n");
  CliResult result = RunConcord("summarize " + std::string(CONCORD_SOURCE_DIR) +
                                "/examples/harbor-bridge --params " + params);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown parameter 'salience_colour'"), std::string::npos)
      << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(ParamsFile, MissingFileIsNamed) {
  CliResult result = RunConcord("summarize " + std::string(CONCORD_SOURCE_DIR) +
                                "/examples/harbor-bridge --params /nonexistent/p.txt");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/nonexistent/p.txt: cannot open"), std::string::npos) << result.err;
}

TEST(EvalCommand, UnknownParameterFailsEvenForAMethodThatIgnoresParameters) {
  TempDir dir;
  const std::string data = dir.Write("train.jsonl", TrainingLines(2));
  CliResult result = RunConcord("eval --data " + data + " --method lead --set positon_weight=2");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown parameter 'positon_weight'"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace concord::testing
