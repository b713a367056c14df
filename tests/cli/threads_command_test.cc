// The batch commands give the same bytes on one thread and on several:
// each is run as a separate `concord` process with --threads 1 and
// --threads 2 over the same JSON Lines batch, and the outputs compared.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// JSON Lines of `count` small invented stories, each told by three outlets
// with a quote, and a reference summary.
std::string FixtureBatch(size_t count) {
  const std::vector<std::string> facts = {
      "The harbor bridge closed on Monday after inspectors found a crack in a girder.",
      "Ferries carried commuters to the islands while the bridge stayed shut.",
      "\"We will not reopen it until it is safe,\" Mayor Ilse Varga said.",
      "A bakery on the pier ran out of flour by noon.",
      "Truck drivers were sent to the northern tunnel instead.",
      "The council will vote on an emergency repair budget on Friday.",
      "\"Nobody told us anything,\" said Tomas Brand, a ferry captain.",
      "Repairs are expected to cost about 4.2 million dollars."};
  const std::vector<std::string> outlets = {"Courier", "Wire", "Ledger"};
  std::string lines;
  for (size_t c = 0; c < count; ++c) {
    nlohmann::json cluster;
    cluster["id"] = "story" + std::to_string(c);
    for (size_t a = 0; a < outlets.size(); ++a) {
      std::string text = "Source: " + outlets[a] + "\n\n";
      for (size_t f = 0; f < facts.size(); ++f) {
        if ((f * 7 + a * 3 + c) % 4 != 0) text += facts[(f + c) % facts.size()] + " ";
      }
      cluster["documents"].push_back(text);
    }
    cluster["summaries"].push_back(facts[c % facts.size()] + " " + facts[(c + 2) % facts.size()]);
    lines += cluster.dump() + "\n";
  }
  return lines;
}

// Every file under `dir` (relative path -> bytes).
std::map<std::string, std::string> FileContentsUnder(const std::string& dir) {
  std::map<std::string, std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files[std::filesystem::relative(entry.path(), dir).string()] = bytes.str();
  }
  return files;
}

// The eval table without its speed and memory columns (the last three),
// which differ from run to run.
std::string WithoutSpeed(const std::string& report) {
  std::istringstream in(report);
  std::string out;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line[0] == '|') {
      for (int column = 0; column < 3; ++column) {
        const size_t bar = line.rfind('|', line.size() - 2);
        if (bar != std::string::npos) line.resize(bar + 1);
      }
    }
    out += line + "\n";
  }
  return out;
}

// Runs `args` with --threads 1 and --threads 2 and expects one exit code and
// identical standard output; returns the one-thread output.
std::string ExpectSameOnOneAndTwoThreads(const std::string& args) {
  const CliResult one = RunConcord(args + " --threads 1");
  const CliResult two = RunConcord(args + " --threads 2");
  EXPECT_EQ(one.exit_code, 0) << args << "\n" << one.err;
  EXPECT_EQ(one.exit_code, two.exit_code) << args << "\n" << two.err;
  EXPECT_EQ(one.out, two.out) << args;
  return one.out;
}

// Each batch command on `batch`: the same bytes on 1 and 2 threads.
void ExpectBatchSameOnOneAndTwoThreads(const std::string& batch, size_t clusters) {
  for (const char* command : {"summarize", "summarize --format json", "compare",
                              "compare --format json", "quotes", "quotes --format json"}) {
    const std::string out = ExpectSameOnOneAndTwoThreads(std::string(command) + " " + batch);
    EXPECT_FALSE(out.empty()) << command;
  }
  const std::string summaries = ExpectSameOnOneAndTwoThreads("summarize --format json " + batch);
  EXPECT_EQ(static_cast<size_t>(std::count(summaries.begin(), summaries.end(), '\n')), clusters);

  TempDir dir;
  const std::string eval = "eval --data " + batch + " --method default,lead --out ";
  const CliResult one = RunConcord(eval + dir.Path("one") + " --threads 1");
  const CliResult two = RunConcord(eval + dir.Path("two") + " --threads 2");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(WithoutSpeed(one.out), WithoutSpeed(two.out));
  EXPECT_NE(one.out.find("| default | "), std::string::npos) << one.out;
  const std::map<std::string, std::string> files = FileContentsUnder(dir.Path("one"));
  EXPECT_GE(files.size(), 2 * clusters);
  EXPECT_EQ(files, FileContentsUnder(dir.Path("two")));

  const std::string rouge =
      "rouge " + dir.Path("one") + "/default " + dir.Path("one") + "/refs -n 2 -2 4 -u -m --json";
  EXPECT_NE(ExpectSameOnOneAndTwoThreads(rouge).find("ROUGE-SU4"), std::string::npos);

  const std::string model = ExpectSameOnOneAndTwoThreads("train --data " + batch);
  EXPECT_NE(model.find("salience_bias = "), std::string::npos) << model;
}

TEST(ThreadsCommand, FixtureBatchGivesTheSameBytesOnOneAndTwoThreads) {
  TempDir dir;
  const size_t clusters = 12;
  ExpectBatchSameOnOneAndTwoThreads(dir.Write("batch.jsonl", FixtureBatch(clusters)), clusters);
}

TEST(ThreadsCommand, MultiNewsBatchGivesTheSameBytesOnOneAndTwoThreads) {
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-full250.jsonl");
  std::ifstream in(SharedPath("data/multinews/validation-full250.jsonl"), std::ios::binary);
  std::string lines;
  std::string line;
  // Ten clusters under the sanitizers (thirty take 40 s there); the
  // Release build runs thirty.
#if defined(CONCORD_SANITIZED)
  const size_t wanted = 10;
#else
  const size_t wanted = 30;
#endif
  size_t clusters = 0;
  while (clusters < wanted && std::getline(in, line)) {
    lines += line + "\n";
    ++clusters;
  }
  ASSERT_EQ(clusters, wanted);
  TempDir dir;
  ExpectBatchSameOnOneAndTwoThreads(dir.Write("batch.jsonl", lines), clusters);
}

TEST(ThreadsCommand, OneBigStoryGivesTheSameBytesOnOneAndTwoThreads) {
  // Many articles in one story: analysed in parallel over its articles.
  TempDir dir;
  nlohmann::json story;
  story["id"] = "big";
  std::istringstream in(FixtureBatch(20));
  std::string cluster;
  while (std::getline(in, cluster)) {
    const nlohmann::json parsed = nlohmann::json::parse(cluster);
    for (const auto& document : parsed["documents"]) {
      story["documents"].push_back(document);
    }
  }
  ASSERT_EQ(story["documents"].size(), 60u);
  const std::string batch = dir.Write("big.jsonl", story.dump() + "\n");
  EXPECT_FALSE(ExpectSameOnOneAndTwoThreads("summarize " + batch).empty());
  EXPECT_FALSE(ExpectSameOnOneAndTwoThreads("compare --format json " + batch).empty());
}

TEST(ThreadsCommand, ZeroOrNegativeThreadsAreRejected) {
  TempDir dir;
  const std::string batch = dir.Write("batch.jsonl", FixtureBatch(2));
  for (const std::string& command :
       {"summarize " + batch, "compare " + batch, "quotes " + batch, "eval --data " + batch,
        "train --data " + batch, "rouge " + dir.path() + " " + dir.path()}) {
    for (const char* threads : {"0", "-1", "two"}) {
      const CliResult result = RunConcord(command + " --threads " + threads);
      EXPECT_EQ(result.exit_code, 2) << command << " --threads " << threads;
      EXPECT_NE(result.err.find("--threads"), std::string::npos) << command << ": " << result.err;
      EXPECT_TRUE(result.out.empty()) << command;
    }
  }
}

}  // namespace
}  // namespace concord::testing
