// `concord split`: one sentence a line, or JSON with byte spans.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

TEST(SplitCommand, PrintsOneSentenceALine) {
  TempDir dir;
  const std::string file =
      dir.Write("a.txt", "The bridge closed on Monday. Dr. Varga spoke at 3 p.m. on Tuesday.\n");
  CliResult result = RunConcord("split " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "The bridge closed on Monday.\nDr. Varga spoke at 3 p.m. on Tuesday.\n");
}

TEST(SplitCommand, JsonSpansAreTheSentencesBytesInTheFile) {
  TempDir dir;
  const std::string text = "Ferries ran.  The council met.\n";
  const std::string file = dir.Write("a.txt", text);
  CliResult result = RunConcord("split " + file + " --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream lines(result.out);
  std::string line;
  size_t count = 0;
  while (std::getline(lines, line)) {
    const nlohmann::json sentence = nlohmann::json::parse(line);
    const size_t start = sentence["start"];
    const size_t end = sentence["end"];
    EXPECT_EQ(text.substr(start, end - start), sentence["text"].get<std::string>());
    ++count;
  }
  EXPECT_EQ(count, 2u);
}

TEST(SplitCommand, AZeroWidthCharacterAfterASentenceIsNotPartOfIt) {
  // U+200B right after the first sentence: normalisation drops it, and the
  // sentence's span ends at its period, as summarize's spans do.
  TempDir dir;
  const std::string text = "Ferries ran.\xE2\x80\x8B The council met.\n";
  const std::string file = dir.Write("a.txt", text);
  CliResult result = RunConcord("split " + file + " --format json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json first = nlohmann::json::parse(result.out.substr(0, result.out.find('\n')));
  EXPECT_EQ(first["start"], 0);
  EXPECT_EQ(first["end"], 12);
  EXPECT_EQ(first["text"], "Ferries ran.");
}

TEST(SplitCommand, EmptyFileIsAnErrorNamingIt) {
  TempDir dir;
  const std::string file = dir.Write("empty.txt", "  \n\n");
  CliResult result = RunConcord("split " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("empty.txt"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace concord::testing
