// `concord summarize` end to end: output formats, and one clear line with
// exit code 2 for each kind of bad input.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "cli/cli_runner.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

TEST(SummarizeCommand, SummarizesTheBundledExample) {
  const CliResult r = RunConcord("summarize " + kExample + " --words 80");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("["), std::string::npos);
  EXPECT_TRUE(r.err.empty()) << r.err;
}

// --verbose says on stderr what the method reports: for ilp, whether the
// exact solver solved the story or the greedy selection stood in; the
// summary itself is the same with or without it.
TEST(SummarizeCommand, VerboseSaysWhetherTheExactSolverSolvedTheStory) {
  const CliResult quiet = RunConcord("summarize " + kExample + " --words 120 --method ilp");
  const CliResult verbose =
      RunConcord("summarize " + kExample + " --words 120 --method ilp --verbose");
  const CliResult stopped =
      RunConcord("summarize " + kExample + " --words 120 --method ilp --verbose --set ilp_nodes=0");
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  ASSERT_EQ(verbose.exit_code, 0) << verbose.err;
  ASSERT_EQ(stopped.exit_code, 0) << stopped.err;
  EXPECT_TRUE(quiet.err.empty()) << quiet.err;
  EXPECT_EQ(verbose.out, quiet.out);
  EXPECT_NE(verbose.err.find("ilp: "), std::string::npos) << verbose.err;
  EXPECT_EQ(std::count(verbose.err.begin(), verbose.err.end(), '\n'), 1) << verbose.err;
  EXPECT_NE(verbose.err.find("solved exactly"), std::string::npos) << verbose.err;
  // With no branch-and-bound node allowed the solver stops on this story,
  // and the greedy selection (the default's summary) stands in.
  const CliResult greedy = RunConcord("summarize " + kExample + " --words 120");
  ASSERT_EQ(greedy.exit_code, 0) << greedy.err;
  EXPECT_NE(stopped.err.find("the greedy selection is used"), std::string::npos) << stopped.err;
  EXPECT_EQ(stopped.out, greedy.out);
  // The exact solver chose otherwise (at 120 words; at 80 both pick the
  // same since the example's datelines are noise).
  EXPECT_NE(verbose.out, greedy.out);
}

// A folder of web pages (four gzipped pages of the ScrapingHub benchmark)
// is summarized like a folder of text files, each page's outlet named.
TEST(SummarizeCommand, SummarizesAFolderOfHtmlPages) {
  CONCORD_SHARED_OR_SKIP("data/article-extraction-benchmark/html");
  namespace fs = std::filesystem;
  std::vector<fs::path> pages;
  for (const auto& e :
       fs::directory_iterator(SharedPath("data/article-extraction-benchmark/html"))) {
    if (e.path().string().ends_with(".html.gz")) pages.push_back(e.path());
  }
  std::sort(pages.begin(), pages.end());
  ASSERT_GE(pages.size(), 4u);
  TempDir dir;
  fs::create_directories(dir.Path("pages"));
  for (size_t i = 0; i < 4; ++i) {
    fs::create_symlink(pages[i], dir.Path("pages/" + pages[i].filename().string()));
  }
  const CliResult r = RunConcord("summarize " + dir.Path("pages") + " --words 80 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json json = nlohmann::json::parse(r.out);
  EXPECT_EQ(json["stats"]["articles"].get<int>(), 4);
  ASSERT_FALSE(json["sentences"].empty());
  EXPECT_FALSE(json["sentences"][0]["sources"].empty());
}

TEST(SummarizeCommand, JsonOutputParsesAndKeepsTheBudget) {
  const CliResult r = RunConcord("summarize " + kExample + " --words 60 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json json = nlohmann::json::parse(r.out);
  EXPECT_LE(json["stats"]["output_words"].get<int>(), 60);
  EXPECT_FALSE(json["sentences"].empty());
  EXPECT_FALSE(json["removed"].empty());
}

TEST(SummarizeCommand, JsonCarriesTheCrossOutletComparison) {
  const CliResult r = RunConcord("summarize " + kExample + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json json = nlohmann::json::parse(r.out);
  ASSERT_TRUE(json.contains("compare")) << r.out;
  EXPECT_TRUE(json["compare"].is_object());
  // The mayor's quote is in all three invented reports.
  bool three = false;
  for (const auto& s : json["sentences"]) {
    if (s["text"].get<std::string>().find("Nobody crosses that bridge") != std::string::npos) {
      three = s["sources"].size() == 3;
    }
  }
  EXPECT_TRUE(three) << r.out;
}

TEST(SummarizeCommand, SourcesNameTheOutletsOfPlainFiles) {
  TempDir dir;
  dir.Write("a.txt", "The harbor bridge closed on Thursday after inspectors found a crack.\n");
  dir.Write("b.txt", "Inspectors found a crack, and the harbor bridge closed on Thursday.\n");
  const CliResult r = RunConcord("summarize " + dir.path() + " --sources 'Courier,Wire'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // Either sentence may be picked (they say the same); its own outlet is
  // named first, and both outlets back it.
  const bool named = r.out.find("[Courier, Wire]") != std::string::npos ||
                     r.out.find("[Wire, Courier]") != std::string::npos;
  EXPECT_TRUE(named) << r.out;
  EXPECT_EQ(r.out.find("[b, a]"), std::string::npos) << r.out;  // not the file names
}

TEST(SummarizeCommand, SourcesOfTheWrongCountExitTwo) {
  const CliResult r = RunConcord("summarize " + kExample + " --sources 'Only One'");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--sources"), std::string::npos) << r.err;
}

// An empty name is refused, naming it (s29: ",," on three articles said
// "gives 2 names", and "A,,B" named the middle article by its file).
TEST(SummarizeCommand, AnEmptySourceNameIsRefused) {
  const std::pair<std::string, std::string> cases[] = {
      {",,", "name 1 of 2 is empty"}, {"A,,B", "name 2 of 3 is empty"}, {"A, ,B", "name 2 of 3"}};
  for (const auto& [list, said] : cases) {
    const CliResult r = RunConcord("summarize " + kExample + " --sources '" + list + "'");
    EXPECT_EQ(r.exit_code, 2) << list;
    EXPECT_NE(r.err.find("--sources: " + said), std::string::npos) << r.err;
  }
}

// Two processes, same input: same bytes (and not two empty failures).
TEST(SummarizeCommand, SameInputSameBytes) {
  const CliResult a = RunConcord("summarize " + kExample + " --format json");
  const CliResult b = RunConcord("summarize " + kExample + " --format json");
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_NE(a.out.find("\"sentences\""), std::string::npos) << a.out;
  EXPECT_EQ(a.out, b.out);
}

TEST(SummarizeCommand, ExplainListsRemovals) {
  const CliResult r = RunConcord("summarize " + kExample + " --explain");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Removed as scraper noise"), std::string::npos);
  EXPECT_NE(r.out.find("hovercard"), std::string::npos) << r.out;
}

TEST(SummarizeCommand, ReadsStandardInput) {
  const CliResult r =
      RunConcord("summarize - --words 30",
                 "The harbor bridge closed on Thursday after inspectors found a crack. "
                 "The mayor said it would stay closed for three weeks. Ferries doubled sailings.");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("harbor bridge"), std::string::npos);
}

TEST(SummarizeCommand, MissingPathExitsTwoNamingIt) {
  const CliResult r = RunConcord("summarize /no/such/folder");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("/no/such/folder"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, UnknownMethodExitsTwoNamingIt) {
  const CliResult r = RunConcord("summarize " + kExample + " --method best");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--method"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("best"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, ZeroBudgetExitsTwo) {
  const CliResult r = RunConcord("summarize " + kExample + " --words 0");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--words"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, UnknownFormatExitsTwo) {
  const CliResult r = RunConcord("summarize " + kExample + " --format pdf");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, UnknownOptionExitsTwo) {
  const CliResult r = RunConcord("summarize " + kExample + " --wrods 10");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("wrods"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, EmptyFileExitsTwo) {
  TempDir dir;
  const CliResult r = RunConcord("summarize " + dir.Write("empty.txt", ""));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, BinaryFileExitsTwo) {
  TempDir dir;
  const CliResult r = RunConcord("summarize " + dir.Write("blob.txt", std::string("\x7f"
                                                                                  "ELF\0\0\1",
                                                                                  7)));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("binary"), std::string::npos) << r.err;
}

TEST(SummarizeCommand, BatchKeepsGoingAndCountsFailures) {
  TempDir dir;
  const std::string path = dir.Write(
      "batch.jsonl",
      "{\"id\":\"one\",\"documents\":[\"The bridge closed on Thursday after a crack was found "
      "in a girder. Ferries doubled their sailings.\"]}\n"
      "not json at all\n"
      "{\"id\":\"three\",\"documents\":[]}\n"
      "{\"id\":\"four\",\"documents\":[\"The council met on Friday to discuss repairs to the "
      "bridge. A vote is due next week.\"]}\n");
  const CliResult r = RunConcord("summarize " + path + " --format json");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("batch.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("batch.jsonl:3"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("2 item(s) failed"), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(lines, line)) ids.push_back(nlohmann::json::parse(line)["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"one", "four"}));
}

// An integer id is read in decimal, as `concord group` reads it; summarize
// stopped at "field \"id\" must be a string". The outlets, named by the
// ids here (no source, no url), show it.
TEST(SummarizeCommand, ReadsIntegerIdsAsGroupDoes) {
  TempDir dir;
  const std::string path = dir.Write(
      "ids.jsonl",
      "{\"id\":5,\"text\":\"The bridge closed on Thursday after a crack was found in a girder. "
      "Ferries doubled their sailings.\"}\n"
      "{\"id\":6,\"text\":\"The bridge closed on Thursday after a crack was found in a girder. "
      "The council meets on Friday.\"}\n");
  const CliResult r = RunConcord("summarize " + path + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.err.empty()) << r.err;
  const nlohmann::json json = nlohmann::json::parse(r.out);
  std::vector<std::string> sources;
  for (const auto& sentence : json["sentences"]) {
    for (const auto& source : sentence["sources"]) sources.push_back(source.get<std::string>());
  }
  EXPECT_NE(std::find(sources.begin(), sources.end(), "5"), sources.end()) << r.out;
}

TEST(SummarizeCommand, HelpDescribesEveryOption) {
  const CliResult r = RunConcord("summarize --help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* option :
       {"--words", "--bytes", "--sentences", "--method", "--format", "--truncate", "--explain"}) {
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
  }
}

TEST(ReadabilityEval, CountsChecksInTextAndJson) {
  TempDir dir;
  const std::string text =
      "The river flooded the town of Dale on Monday night. Email this to a friend and sign "
      "up for alerts. Hundreds of homes were evacuated before dawn, the fire service said.";
  const std::string file =
      dir.Write("c.jsonl", nlohmann::json({{"id", "c"}, {"documents", {text}}}).dump() + "\n");
  CliResult result = RunConcord("eval --task readability --method lead --data " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("| furniture | 1 | 33.3 | 1 | 100.0 |"), std::string::npos)
      << result.out;
  result = RunConcord("eval --task readability --method lead --format json --data " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json report = nlohmann::json::parse(result.out);
  EXPECT_EQ(report["methods"][0]["checks"]["furniture"]["sentences"], 1);
  EXPECT_EQ(report["methods"][0]["checks"]["fragment"]["sentences"], 0);
  result = RunConcord("eval --task readability --method nonesuch --data " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("unknown method 'nonesuch'"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace concord::testing
