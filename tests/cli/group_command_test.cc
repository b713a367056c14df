// `concord group`: stories as JSON Lines or Markdown, and bad input.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

const char* const kBridgeA =
    "The Harbor Bridge in Port Alder was closed on Monday after inspectors found cracks in two "
    "steel cables. Mayor Lena Ortiz said ferries would carry commuters across the bay.";
const char* const kBridgeB =
    "Port Alder shut the Harbor Bridge after engineers found cracked cables. Lena Ortiz, the "
    "mayor, promised extra ferries for commuters crossing the bay.";
const char* const kMeasles =
    "Health officials in Norvale began a measles vaccination drive in schools after fourteen "
    "children fell ill, said Dr. Amir Haddad of the health department.";

std::string Line(const std::string& id, const std::string& published, const std::string& text,
                 const std::string& source = "Gazette") {
  nlohmann::json line = {{"id", id}, {"source", source}, {"text", text}};
  if (!published.empty()) line["published"] = published;
  return line.dump() + "\n";
}

std::vector<nlohmann::json> Stories(const std::string& out) {
  std::vector<nlohmann::json> stories;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) stories.push_back(nlohmann::json::parse(line));
  return stories;
}

TEST(GroupCommand, WritesOneStoryALineInOrderOfFirstAppearance) {
  TempDir dir;
  const std::string file =
      dir.Write("day.jsonl", Line("a", "2024-05-01T08:00:00Z", kBridgeA) +
                                 Line("m", "2024-05-01T09:00:00Z", kMeasles, "Post") +
                                 Line("b", "2024-05-01T10:00:00Z", kBridgeB, "Herald") +
                                 Line("a-copy", "2024-05-01T11:00:00Z", kBridgeA, "Wire"));
  const CliResult result = RunConcord("group " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 2u) << result.out;
  EXPECT_EQ(stories[0]["story"], "story-1");
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"a", "b", "a-copy"}));
  EXPECT_EQ(stories[0]["sources"], nlohmann::json({"Gazette", "Herald", "Wire"}));
  EXPECT_EQ(stories[0]["first"], "2024-05-01T08:00:00Z");
  EXPECT_EQ(stories[0]["last"], "2024-05-01T11:00:00Z");
  EXPECT_EQ(stories[0]["duplicates"], nlohmann::json::parse(R"([["a-copy","a"]])"));
  EXPECT_EQ(stories[1]["articles"], nlohmann::json({"m"}));
  EXPECT_FALSE(stories[0]["title"].get<std::string>().empty());
}

// Issue 11: two fires of one wire template in two cities are two stories;
// --no-place-rule groups them as before the place rule, in one.
TEST(GroupCommand, TwoFiresOfOneTemplateAreTwoStoriesButWithoutThePlaceRule) {
  const std::string rest =
      " workers on Tuesday, firefighters said. The blaze broke out in a storage hall shortly after "
      "noon and took hours to bring under control. Police have opened an investigation.";
  TempDir dir;
  const std::string file = dir.Write(
      "day.jsonl",
      Line("lyon", "2024-05-01T08:00:00Z",
           "LYON, France (AP) \u2014 A fire at a warehouse in Lyon killed three" + rest, "AP") +
          Line("hamburg", "2024-05-01T08:05:00Z",
               "HAMBURG, Germany (AP) \u2014 A fire at a warehouse in Hamburg killed two" + rest,
               "AP"));
  CliResult result = RunConcord("group " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Stories(result.out).size(), 2u) << result.out;
  result = RunConcord("group --no-place-rule " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Stories(result.out).size(), 1u) << result.out;
}

TEST(GroupCommand, MarkdownNamesStoriesArticlesAndCopies) {
  TempDir dir;
  const std::string file =
      dir.Write("day.jsonl", Line("a", "", kBridgeA) + Line("a-copy", "", kBridgeA, "Wire"));
  const CliResult result = RunConcord("group --format md " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("# 1 story from 2 articles"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("- a-copy (Wire): a copy of a"), std::string::npos) << result.out;
}

TEST(GroupCommand, ADuplicateIdIsAnErrorNamingBothLines) {
  TempDir dir;
  const std::string file = dir.Write(
      "day.jsonl", Line("a", "", kBridgeA) + Line("m", "", kMeasles) + Line("a", "", kBridgeB));
  const CliResult result = RunConcord("group " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("day.jsonl:3: duplicate id \"a\" (first at "), std::string::npos)
      << result.err;
  EXPECT_NE(result.err.find("day.jsonl:1)"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty());
}

TEST(GroupCommand, AnUnparsableTimeIsAWarningNamingTheLine) {
  TempDir dir;
  const std::string file = dir.Write(
      "day.jsonl", Line("a", "2024-05-01", kBridgeA) + Line("b", "the day after", kBridgeB));
  const CliResult result = RunConcord("group " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("day.jsonl:2: \"published\""), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("the day after"), std::string::npos) << result.err;
  EXPECT_EQ(Stories(result.out).size(), 1u);
}

TEST(GroupCommand, TimesOutOfOrderAreSortedAndSaidSo) {
  TempDir dir;
  const std::string file = dir.Write(
      "day.jsonl", Line("late", "2024-05-09", kBridgeB) + Line("early", "2024-05-01", kBridgeA));
  const CliResult result = RunConcord("group --window 2d " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("grouped in publication order, which is not the order read (2 "),
            std::string::npos)
      << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 2u);  // eight days apart: outside the window
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"early"}));
}

TEST(GroupCommand, AnArticleWithoutTextIsAStoryOfItsOwnAndSaidSo) {
  TempDir dir;
  const std::string file = dir.Write(
      "day.jsonl", Line("a", "", kBridgeA) + Line("blank", "", " ") + Line("b", "", kBridgeB));
  const CliResult result = RunConcord("group " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("1 article(s) with neither text nor title"), std::string::npos)
      << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[1]["articles"], nlohmann::json({"blank"}));
}

TEST(GroupCommand, AnEmptyStreamHasNoStoryAndSaysSo) {
  TempDir dir;
  const std::string file = dir.Write("empty.jsonl", "");
  const CliResult result = RunConcord("group " + file);
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_TRUE(result.out.empty());
  EXPECT_NE(result.err.find("no article"), std::string::npos) << result.err;
}

TEST(GroupCommand, RejectsBadOptionsNamingThem) {
  TempDir dir;
  const std::string file = dir.Write("day.jsonl", Line("a", "", kBridgeA));
  CliResult result = RunConcord("group --window soon " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--window"), std::string::npos) << result.err;
  result = RunConcord("group --threshold 2 " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--threshold"), std::string::npos) << result.err;
  result = RunConcord("group --merge-threshold 2 " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--merge-threshold"), std::string::npos) << result.err;
  result = RunConcord("group --format html " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--format"), std::string::npos) << result.err;
  result = RunConcord("group " + dir.Path("missing.jsonl"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("missing.jsonl"), std::string::npos) << result.err;
  result = RunConcord("group --reorder -1 " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("--reorder"), std::string::npos) << result.err;
}

TEST(GroupCommand, AnArticleLaterThanTheReorderBufferIsGroupedAtTheClockAndSaidSo) {
  TempDir dir;
  const std::string file =
      dir.Write("day.jsonl", Line("b", "2024-05-02", kBridgeB) + Line("m", "2024-05-03", kMeasles) +
                                 Line("a", "2024-05-01", kBridgeA));
  const CliResult result = RunConcord("group --reorder 1 " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("1 arrived more than --reorder articles late"), std::string::npos)
      << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"b", "a"}));  // a joins at the clock
}

TEST(GroupCommand, WritesAStoryOnceItIsFinishedBeforeTheStreamEnds) {
  TempDir dir;
  // The bridge story is finished when the measles article, a week later,
  // arrives; the duplicate id after it stops the run, and only the finished
  // story has been written.
  const std::string file =
      dir.Write("day.jsonl", Line("a", "2024-05-01", kBridgeA) + Line("m", "2024-05-08", kMeasles) +
                                 Line("a", "2024-05-09", kBridgeB));
  const CliResult result = RunConcord("group --reorder 0 " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("day.jsonl:3: duplicate id \"a\""), std::string::npos) << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"a"}));
}

TEST(GroupCommand, StreamsJsonLinesFromStandardInput) {
  const CliResult result =
      RunConcord("group -", Line("a", "2024-05-01T08:00:00Z", kBridgeA) +
                                Line("m", "2024-05-01T09:00:00Z", kMeasles) +
                                Line("b", "2024-05-01T10:00:00Z", kBridgeB, "Herald"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 2u);
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"a", "b"}));
  EXPECT_EQ(stories[1]["articles"], nlohmann::json({"m"}));
}

TEST(GroupCommand, RefusesAPipeGivenByNameWithoutBlocking) {
  TempDir dir;
  const std::string fifo = dir.Path("pipe.jsonl");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const CliResult result = RunConcord("group " + fifo);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("not a regular file"), std::string::npos) << result.err;
}

TEST(GroupCommand, ReadsAFolderOfTextArticles) {
  TempDir dir;
  dir.Write("news/1.txt", std::string("Harbor Bridge closed\n\n") + kBridgeA);
  dir.Write("news/2.txt", std::string("Ferries for commuters\n\n") + kBridgeB);
  const CliResult result = RunConcord("group " + dir.Path("news"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::vector<nlohmann::json> stories = Stories(result.out);
  ASSERT_EQ(stories.size(), 1u) << result.out;
  EXPECT_EQ(stories[0]["articles"], nlohmann::json({"1.txt", "2.txt"}));
  EXPECT_EQ(stories[0]["title"], "Harbor Bridge closed");
  EXPECT_TRUE(stories[0]["first"].is_null());
}

// A text file that is no article (front matter never closed) stops the
// stream naming the file, as summarize does; an empty one is an article
// with a warning that names the file once.
TEST(GroupCommand, ABrokenTextFileStopsTheStreamAndAnEmptyOneIsNamedOnce) {
  TempDir dir;
  dir.Write("news/1.txt", std::string("Harbor Bridge closed\n\n") + kBridgeA);
  dir.Write("news/2.txt", "---\nsource: Ledger\n\nThe bridge closed on Monday.\n");
  const CliResult broken = RunConcord("group " + dir.Path("news"));
  EXPECT_EQ(broken.exit_code, 2) << broken.err;
  EXPECT_NE(broken.err.find("2.txt:3: front matter"), std::string::npos) << broken.err;
  EXPECT_TRUE(broken.out.empty()) << broken.out;

  dir.Write("news/2.txt", "");
  const CliResult empty = RunConcord("group " + dir.Path("news"));
  ASSERT_EQ(empty.exit_code, 0) << empty.err;
  const std::string named = dir.Path("news/2.txt") + ": empty article";
  EXPECT_NE(empty.err.find(named), std::string::npos) << empty.err;
  EXPECT_EQ(empty.err.find("2.txt: 2.txt"), std::string::npos) << empty.err;
}

// Invalid UTF-8 is repaired and said, in text files and JSON lines, as
// summarize says it.
TEST(GroupCommand, InvalidUtf8IsRepairedAndSaid) {
  TempDir dir;
  dir.Write("news/1.txt", std::string("The bridge \xFF\xFE closed on Monday. ") + kBridgeA);
  dir.Write("news/2.jsonl",
            "{\"id\":\"b\",\"text\":\"Ferries \xFF ran. " + std::string(kBridgeB) + "\"}\n");
  const CliResult result = RunConcord("group " + dir.Path("news"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("1.txt: replaced 2 invalid UTF-8"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("2.jsonl:1: replaced 1 invalid UTF-8"), std::string::npos)
      << result.err;
  EXPECT_EQ(Stories(result.out).size(), 1u) << result.out;
}

TEST(GroupEvalCommand, ScoresALabelledStream) {
  TempDir dir;
  auto labelled = [](const std::string& id, const std::string& text, const std::string& story) {
    return nlohmann::json({{"id", id}, {"text", text}, {"story", story}}).dump() + "\n";
  };
  const std::string file = dir.Write("gold.jsonl", labelled("a", kBridgeA, "bridge") +
                                                       labelled("m", kMeasles, "measles") +
                                                       labelled("b", kBridgeB, "bridge"));
  CliResult result = RunConcord("eval --task group --data " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("| 3 | 2 | 2 | 1.0000 | 1.0000 | 1.0000 |"), std::string::npos)
      << result.out;
  result = RunConcord("eval --task group --half odd --data " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("| 1 | 1 | 1 |"), std::string::npos) << result.out;
  const std::string unlabelled = dir.Write("plain.jsonl", Line("a", "", kBridgeA));
  result = RunConcord("eval --task group --data " + unlabelled);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("plain.jsonl:1: no gold \"story\" label"), std::string::npos)
      << result.err;
}

}  // namespace
}  // namespace concord::testing
