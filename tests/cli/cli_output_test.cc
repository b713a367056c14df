// What the commands print for awkward but valid input: JSON is valid UTF-8
// whatever bytes names carry (issue 14.3), outlets are listed once and long
// lists are cut in text (14.7), Markdown shows article text literally
// (14.9).
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// Every line of `out` parses as JSON (nlohmann rejects invalid UTF-8).
void ExpectJsonLines(const std::string& out) {
  std::istringstream lines(out);
  std::string line;
  size_t count = 0;
  while (std::getline(lines, line)) {
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << line.substr(0, 200);
    ++count;
  }
  EXPECT_GT(count, 0u);
}

TEST(CliJson, InvalidUtf8InSourcesBecomesReplacementCharacters) {
  for (const std::string command : {"compare", "quotes", "summarize"}) {
    const CliResult r =
        RunConcord(command + " " + kExample + " --sources \"$(printf 'A\\377,B,C')\" --format json");
    ASSERT_EQ(r.exit_code, 0) << command << ": " << r.err;
    ExpectJsonLines(r.out);
    EXPECT_NE(r.out.find("A\xEF\xBF\xBD"), std::string::npos) << command << ": " << r.out;
  }
}

TEST(CliJson, InvalidUtf8InFileAndFolderNamesBecomesReplacementCharacters) {
  TempDir dir;
  const std::string folder = dir.path() + "/story\xfe";
  dir.Write("story\xfe/outlet\xff.txt",
            "The harbor bridge closed on Thursday after inspectors found a crack. "
            "\"Nobody crosses that bridge,\" the mayor said.\n");
  dir.Write("story\xfe/other.txt",
            "Inspectors found a crack, and the harbor bridge closed on Thursday.\n");
  for (const std::string command : {"compare", "quotes", "summarize"}) {
    const CliResult r = RunConcord(command + " '" + folder + "' --format json");
    ASSERT_EQ(r.exit_code, 0) << command << ": " << r.err;
    ExpectJsonLines(r.out);
    EXPECT_NE(r.out.find("outlet\xEF\xBF\xBD"), std::string::npos) << command << ": " << r.out;
  }
}

TEST(CliOutlets, AnOutletIsNamedOnceWhenTwoArticlesShareIt) {
  TempDir dir;
  const std::string text =
      "The harbor bridge closed on Thursday after inspectors found a crack in a beam.\n";
  const std::string a = dir.Write("a.txt", "---\nsource: Fox News\n---\n" + text);
  const std::string b = dir.Write("b.txt", "---\nsource: Fox News\n---\n" + text);
  const CliResult r = RunConcord("summarize " + a + " " + b);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("[Fox News]"), std::string::npos) << r.out;
  // The same file given twice.
  const CliResult twice = RunConcord("summarize " + a + " " + a);
  ASSERT_EQ(twice.exit_code, 0) << twice.err;
  EXPECT_NE(twice.out.find("[Fox News]"), std::string::npos) << twice.out;
  const CliResult json = RunConcord("summarize " + a + " " + b + " --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["sentences"][0]["sources"], nlohmann::json::array({"Fox News"})) << json.out;
  EXPECT_EQ(j["sentences"][0]["articles"], nlohmann::json::array({"a", "b"})) << json.out;
}

TEST(CliOutlets, LongListsAreCutInTextAndKeptInJson) {
  TempDir dir;
  const std::string text =
      "The harbor bridge closed on Thursday after inspectors found a crack in a beam.\n";
  for (int i = 0; i < 1300; ++i) {
    dir.Write("story/" + std::to_string(10000 + i) + ".txt",
              "---\nsource: Outlet " + std::to_string(i) + "\n---\n" + text);
  }
  const CliResult r = RunConcord("summarize " + dir.Path("story"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Outlet 9 + 1,290 more]"), std::string::npos) << r.out;
  EXPECT_LT(r.out.size(), 1000u) << r.out.substr(0, 1000);
  const CliResult md = RunConcord("summarize " + dir.Path("story") + " --format md");
  EXPECT_NE(md.out.find("+ 1,290 more"), std::string::npos) << md.out;
  const CliResult json = RunConcord("summarize " + dir.Path("story") + " --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json j = nlohmann::json::parse(json.out);
  EXPECT_EQ(j["sentences"][0]["sources"].size(), 1300u);
  EXPECT_EQ(j["sentences"][0]["articles"].size(), 1300u);
}

TEST(CliMarkdown, ArticleTextAndSourcesAreEscaped) {
  TempDir dir;
  dir.Write("a.txt",
            "The mayor said \"the *old* bridge | the [new] one <b>both</b> close\" on "
            "Thursday.\n");
  dir.Write("b.txt",
            "On Thursday the mayor said \"the *old* bridge | the [new] one <b>both</b> "
            "close\" again.\n");
  // b.txt, the fuller of the two near-copies, is the one ranked (its
  // outlet is the one shown).
  const CliResult r =
      RunConcord("summarize " + dir.path() + " --format md --sources 'A|B,Fox_News'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\\*old\\* bridge \\| the \\[new\\] one \\<b\\>"), std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Fox\\_News"), std::string::npos) << r.out;
  const CliResult quotes = RunConcord("quotes " + dir.path() + " --format md");
  ASSERT_EQ(quotes.exit_code, 0) << quotes.err;
  EXPECT_NE(quotes.out.find("bridge \\| the"), std::string::npos) << quotes.out;
  EXPECT_EQ(quotes.out.find("bridge / the"), std::string::npos) << quotes.out;
  const CliResult compare = RunConcord("compare " + dir.path() + " --format md");
  ASSERT_EQ(compare.exit_code, 0) << compare.err;
  EXPECT_NE(compare.out.find("\\*old\\*"), std::string::npos) << compare.out;
}

TEST(CliJson, StartAndEndCountInTheBodyAfterFrontMatterAndTitle) {
  TempDir dir;
  const std::string body =
      "The harbor bridge closed on Thursday after inspectors found a crack in a beam. "
      "The mayor said the bridge would stay shut for at least three weeks.\n";
  const std::string path =
      dir.Write("a.txt", "---\nsource: Courier\n---\nHarbor bridge closed\n\n" + body);
  const CliResult r = RunConcord("summarize " + path + " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  ASSERT_FALSE(j["sentences"].empty());
  // The article text starts right after the title line, with the blank line.
  const std::string text = "\n" + body;
  for (const auto& s : j["sentences"]) {
    const size_t start = s["start"].get<size_t>();
    const size_t end = s["end"].get<size_t>();
    ASSERT_LE(end, text.size());
    EXPECT_EQ(text.substr(start, end - start), s["text"].get<std::string>());
  }
}

TEST(CliReadme, TheSampleOutputLineIsWhatTheExamplePrints) {
  std::ifstream readme(std::string(CONCORD_SOURCE_DIR) + "/README.md");
  std::string line;
  std::string sample;
  int stage = 0;  // 1: after the sentence that introduces it, 2: inside the code block
  while (sample.empty() && std::getline(readme, line)) {
    if (stage == 0 && line.find("Text output is one sentence a line") != std::string::npos) {
      stage = 1;
    } else if (stage == 1 && line == "```") {
      stage = 2;
    } else if (stage == 2) {
      sample = line;
    }
  }
  ASSERT_FALSE(sample.empty()) << "no sample line after 'Text output is one sentence a line'";
  const CliResult r = RunConcord("summarize " + kExample);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(sample + "\n"), std::string::npos) << sample << "\n---\n" << r.out;
}

// Two outlets of which one negates what the other states: compare lists
// the two sentences as contradicting each other in every format, and the
// digest's Markdown and HTML show them.
TEST(CliCompare, ContradictionsAreListedInEveryFormat) {
  TempDir dir;
  dir.Write("courier.txt",
            "The old ferry pier reopened on Friday after six weeks of repairs. Crews replaced "
            "the rotten planks along the north side.\n");
  dir.Write("bulletin.txt",
            "The old ferry pier did not reopen on Friday after six weeks of repairs. Crews "
            "replaced the rotten planks along the north side.\n");
  const std::string said = "The old ferry pier reopened on Friday after six weeks of repairs.";
  const std::string denied =
      "The old ferry pier did not reopen on Friday after six weeks of repairs.";
  const CliResult text = RunConcord("compare " + dir.path());
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("Statements that contradict each other:\n  - bulletin: " + denied +
                          "\n    courier: " + said),
            std::string::npos)
      << text.out;
  const CliResult md = RunConcord("compare " + dir.path() + " --format md");
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("| bulletin | " + denied + " | courier | " + said + " |"),
            std::string::npos)
      << md.out;
  const CliResult json = RunConcord("compare " + dir.path() + " --format json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const nlohmann::json j = nlohmann::json::parse(json.out);
  ASSERT_EQ(j["contradictions"].size(), 1u) << json.out;
  // In story order: the files are read by name, bulletin.txt first.
  EXPECT_EQ(j["contradictions"][0]["first"]["text"], denied);
  EXPECT_EQ(j["contradictions"][0]["second"]["outlet"], "courier");
  const CliResult html = RunConcord("digest " + dir.path() + " --format html");
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(html.out.find("<h3>Statements that contradict each other</h3><ul><li>" + denied +
                          " (bulletin) / " + said + " (courier)</li>"),
            std::string::npos)
      << html.out;
  const CliResult digest_md = RunConcord("digest " + dir.path() + " --format md");
  ASSERT_EQ(digest_md.exit_code, 0) << digest_md.err;
  EXPECT_NE(digest_md.out.find("Statements that contradict each other"), std::string::npos)
      << digest_md.out;
  // Agreeing outlets give none.
  TempDir agree;
  agree.Write("courier.txt", said + "\n");
  agree.Write("bulletin.txt", said + " Officials said so.\n");
  const CliResult none = RunConcord("compare " + agree.path() + " --format json");
  ASSERT_EQ(none.exit_code, 0) << none.err;
  EXPECT_TRUE(nlohmann::json::parse(none.out)["contradictions"].empty()) << none.out;
}

}  // namespace
}  // namespace concord::testing
