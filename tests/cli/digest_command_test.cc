// `concord digest` end to end on tests/data/digest (written for these
// tests): two stories (one of four articles from four outlets, one a wire
// copy of another, and one of two), and a story told once.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_runner.h"
#include "concord/digest.h"
#include "concord/group_stream.h"
#include "digest/report.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

const std::string kFolder = std::string(CONCORD_SOURCE_DIR) + "/tests/data/digest";

TEST(DigestCommand, ListsStoriesMostOutletsFirstWithTheirSources) {
  const CliResult r = RunConcord("digest " + kFolder);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const size_t bridge = r.out.find("## 1. Port Elling");
  const size_t flood = r.out.find("## 2. River Sorn");
  ASSERT_NE(bridge, std::string::npos) << r.out;
  ASSERT_NE(flood, std::string::npos) << r.out;
  EXPECT_LT(bridge, flood);
  EXPECT_EQ(r.out.find("chess"), std::string::npos);  // told once: not listed
  EXPECT_NE(r.out.find("4 articles from 4 outlets"), std::string::npos);
  // The wire copy's outlet backs the wire's sentence, and is named a copy.
  EXPECT_NE(r.out.find("[Northcoast Wire, Elling Gazette"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("gazette.txt (Elling Gazette) is a copy of wire.txt"), std::string::npos);
}

// Article text is user text: Markdown's marks in it stay characters.
TEST(DigestCommand, MarkdownEscapesArticleText) {
  TempDir dir;
  const std::string text =
      "The *Alder* council voted on Monday to close the ferry pier after inspectors found rot "
      "in its pilings. The pier will stay shut for [two] months while crews replace the beams. "
      "Ferry riders were told to use the bus link to the mainland until the work is done.\n";
  for (const char* name : {"one.txt", "two.txt"}) {
    dir.Write(name, text);
  }
  const CliResult r = RunConcord("digest " + dir.path());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("The \\*Alder\\* council"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("The *Alder*"), std::string::npos) << r.out;
}

// A quotation over two sentences is one passage: one item in Markdown and
// HTML, and "continues" on its second sentence in JSON Lines.
TEST(DigestCommand, AQuotationOverTwoSentencesIsOneItem) {
  TempDir dir;
  const std::string text =
      "The Alder council voted on Monday to close the ferry pier after inspectors found rot in "
      "its pilings. Mayor Ona Breck said \"the pier stays shut until spring. Riders will take "
      "the bus link,\" at the council meeting. Crews will replace the beams.\n";
  for (const char* name : {"one.txt", "two.txt"}) dir.Write(name, text);
  const CliResult md = RunConcord("digest " + dir.path());
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("- Mayor Ona Breck said \"the pier stays shut until spring. Riders will "
                        "take the bus link,\" at the council meeting. [one, two]\n"),
            std::string::npos)
      << md.out;
  const CliResult html = RunConcord("digest " + dir.path() + " --format html");
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(html.out.find("until spring. Riders will"), std::string::npos) << html.out;
  const CliResult jsonl = RunConcord("digest " + dir.path() + " --format jsonl");
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  const nlohmann::json story = nlohmann::json::parse(jsonl.out.substr(0, jsonl.out.find('\n')));
  size_t continuing = 0;
  for (const auto& s : story["summary"]) {
    if (s["continues"].get<bool>()) {
      ++continuing;
      EXPECT_EQ(s["text"].get<std::string>().rfind("Riders will", 0), 0u) << s;
    }
  }
  EXPECT_EQ(continuing, 1u) << jsonl.out;
}

// Both outlets quote over two sentences, each going on with a sentence the
// other lacks: compare's "carried by several outlets" lists the shared
// sentence alone, not the first outlet's quotation behind both names.
TEST(DigestCommand, AQuotationIsNotShownBehindAnOutletThatLacksPartOfIt) {
  TempDir dir;
  dir.Write("gazette.txt",
            "Dunmore tram drivers stopped work on Tuesday over night shifts. Spokesman Teodor "
            "Brask said \"no tram leaves the depot until the shifts are shortened. We ask for "
            "eight hours and a proper break,\" at the depot gates.\n");
  dir.Write("courier.txt",
            "Dunmore tram drivers halted work on Tuesday over night shifts. Spokesman Teodor "
            "Brask said \"no tram leaves the depot until the shifts are shortened. The union "
            "will hold out through the winter if it must,\" he told reporters.\n");
  const CliResult html = RunConcord("digest " + dir.path() + " --format html");
  ASSERT_EQ(html.exit_code, 0) << html.err;
  for (const char* own : {"eight hours", "the winter"}) {
    for (size_t at = html.out.find(own); at != std::string::npos; at = html.out.find(own, at + 1)) {
      const std::string rest = html.out.substr(at, html.out.find("</span>", at) - at);
      EXPECT_EQ(rest.find(", "), std::string::npos) << own << " shown behind two outlets: " << rest;
    }
  }
}

// The page prints each group's "shown" line (compare's one rule, written
// by io::ComparisonToJson) and derives none itself: a comparison whose
// "shown" differs from every member's sentence shows "shown".
TEST(DigestCommand, HtmlPrintsEachGroupsShownLine) {
  digest::internal::StoryReport story;
  story.title = "Pier";
  story.outlets = {"Post", "Herald"};
  story.comparison = nlohmann::json::parse(R"({
    "shared": [{"outlets": ["Post", "Herald"], "shown": "The line compare shows.",
                "sentences": [{"outlet": "Post", "text": "A member sentence."}]}],
    "unique": [{"outlet": "Post", "shown": "The one-outlet line.",
                "sentences": [{"outlet": "Post", "text": "Another member sentence."}]}]})");
  const std::string html = digest::internal::RenderHtml({story}, {2, 1});
  EXPECT_NE(html.find("<li>The line compare shows.<span class=\"src\">Post, Herald</span>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<li>The one-outlet line.<span class=\"src\">Post</span>"), std::string::npos)
      << html;
  EXPECT_EQ(html.find("member sentence"), std::string::npos) << html;
}

TEST(DigestCommand, JsonLinesHoldOneValidStoryALine) {
  const CliResult r = RunConcord("digest " + kFolder + " --format jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  std::vector<nlohmann::json> lines;
  for (std::string line; std::getline(in, line);) {
    lines.push_back(nlohmann::json::parse(line));  // throws (fails) when invalid
  }
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0]["rank"], 1);
  EXPECT_EQ(lines[0]["sources"].size(), 4u);
  EXPECT_EQ(lines[0]["copies"], nlohmann::json::parse(R"([["gazette.txt","wire.txt"]])"));
  EXPECT_FALSE(lines[0]["summary"].empty());
  EXPECT_FALSE(lines[0]["summary"][0]["sources"].empty());
  EXPECT_TRUE(lines[0]["compare"].is_object());
  EXPECT_EQ(lines[1]["sources"], nlohmann::json::parse(R"(["Valley Herald","Kettleby Times"])"));
}

// A summary sentence is shown once, with the summary's outlets: the
// comparison's lists leave out a group whose line would show it again
// (the alignment groups sentences more loosely than the summary's test of
// support, and would give it other outlets), and keep a group that shows
// another of its members.
TEST(DigestCommand, TheComparisonDoesNotRepeatASummarySentence) {
  const CliResult r = RunConcord("digest " + kFolder + " --format jsonl --words 40");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream in(r.out);
  size_t summary_sentences = 0;
  size_t repeated = 0;
  size_t held_not_shown = 0;  // groups kept that hold a summary sentence
  size_t in_summary = 0;
  for (std::string line; std::getline(in, line);) {
    const nlohmann::json story = nlohmann::json::parse(line);
    ASSERT_TRUE(story["compare"].is_object()) << line;
    in_summary += story["compare"]["in_summary"].value("shared", size_t{0}) +
                  story["compare"]["in_summary"].value("unique", size_t{0});
    for (const nlohmann::json& s : story["summary"]) {
      ++summary_sentences;
      for (const char* list : {"shared", "unique"}) {
        for (const nlohmann::json& group : story["compare"][list]) {
          if (group["shown"] == s["text"]) ++repeated;
          for (const nlohmann::json& member : group["sentences"]) {
            if (member["text"] == s["text"] && group["shown"] != s["text"]) ++held_not_shown;
          }
        }
      }
    }
  }
  EXPECT_GE(summary_sentences, 4u);
  EXPECT_EQ(repeated, 0u) << r.out;
  EXPECT_GE(in_summary, 1u) << r.out;  // what was left out is counted
  // The bridge's "The closure will last at least three months." (four
  // outlets) holds the summary's mayor sentence and stays.
  EXPECT_GE(held_not_shown, 1u) << r.out;
  const CliResult md = RunConcord("digest " + kFolder + " --words 40");
  ASSERT_EQ(md.exit_code, 0) << md.err;
  EXPECT_NE(md.out.find("The summary's sentences are not listed again below"), std::string::npos)
      << md.out;
  const std::string shops = "Local shops near the harbour bridge fear a drop in trade";
  const size_t first = md.out.find(shops);
  ASSERT_NE(first, std::string::npos) << md.out;
  EXPECT_EQ(md.out.find(shops, first + 1), std::string::npos) << md.out;
  EXPECT_NE(md.out.find("**: The closure will last at least three months."), std::string::npos)
      << md.out;
  const CliResult html = RunConcord("digest " + kFolder + " --words 40 --format html");
  ASSERT_EQ(html.exit_code, 0) << html.err;
  EXPECT_NE(
      html.out.find("<p class=\"note\">The summary's sentences are not listed again here.</p>"),
      std::string::npos)
      << html.out;
}

TEST(DigestCommand, HtmlIsOneSelfContainedEscapedPage) {
  TempDir dir;
  const std::string out = dir.Path("digest.html");
  const CliResult r = RunConcord("digest " + kFolder + " --format html -o " + out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream file(out);
  std::stringstream buffer;
  buffer << file.rdbuf();
  const std::string html = buffer.str();
  EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
  EXPECT_NE(html.find("name=\"viewport\""), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("src="), std::string::npos);   // no image or script loads
  EXPECT_EQ(html.find("href="), std::string::npos);  // no style sheet or link
  EXPECT_NE(html.find("&lt;2 m"), std::string::npos);
  EXPECT_EQ(html.find("<2 m"), std::string::npos);
  EXPECT_NE(html.find("Elling Gazette"), std::string::npos);
}

TEST(DigestCommand, MinArticlesOneListsTheStoryToldOnce) {
  const CliResult r = RunConcord("digest " + kFolder + " --min-articles 1 --format jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Board Weekly"), std::string::npos);
}

TEST(DigestCommand, OutputDoesNotDependOnThreads) {
  const CliResult one = RunConcord("digest " + kFolder + " --threads 1 --format jsonl");
  const CliResult two = RunConcord("digest " + kFolder + " --threads 2 --format jsonl");
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, two.out);
}

TEST(DigestCommand, BadInputIsOneLineNamingTheFileAndExit2) {
  TempDir dir;
  dir.Write("in/a.txt", "A short article about a bridge that closed on Monday.\n");
  dir.Write("in/b.jsonl", "{\"id\":\"b\",\"text\":\"fine\"}\n{not json\n");
  const CliResult r = RunConcord("digest " + dir.Path("in"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("b.jsonl:2"), std::string::npos) << r.err;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  const CliResult format = RunConcord("digest " + kFolder + " --format pdf");
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_NE(format.err.find("--format"), std::string::npos);
}

// A time that cannot be read is one warning, not one from the reader and
// another from the digest.
TEST(DigestCommand, AnUnreadableTimeIsWarnedOnce) {
  TempDir dir;
  const std::string file =
      dir.Write("day.jsonl",
                "{\"id\":\"a\",\"published\":\"yesterday\",\"text\":\"The harbour bridge closed on "
                "Monday after inspectors found cracks. Repairs will take a month.\"}\n");
  const CliResult r = RunConcord("digest " + file + " --min-articles 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const size_t first = r.err.find("\"yesterday\"");
  ASSERT_NE(first, std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("\"yesterday\"", first + 1), std::string::npos) << r.err;
}

// --progress into a file or pipe: a line an update, no carriage returns.
TEST(DigestCommand, ProgressIntoAPipeIsALineAnUpdate) {
  const CliResult r = RunConcord("digest " + kFolder + " --progress --format jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find('\r'), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("concord digest: 1/2 stories\nconcord digest: 2/2 stories\n"),
            std::string::npos)
      << r.err;
}

// A story whose every sentence is longer than the budget is left out with
// a warning that names the digest's own --truncate, which keeps it.
// Two outlets' copies of one story of a single 31-word sentence.
void WriteOneLongSentenceTwice(TempDir& dir) {
  const std::string text =
      "The council of the small harbour town of Alder voted late on Monday night, after a "
      "debate that ran for more than four hours, to close the old ferry pier for two months.\n";
  dir.Write("one.txt", text);
  dir.Write("two.txt", text);
}

TEST(DigestCommand, TruncateKeepsAStoryOfLongSentences) {
  TempDir dir;
  WriteOneLongSentenceTwice(dir);
  const CliResult left_out = RunConcord("digest " + dir.path() + " --words 10 --format jsonl");
  ASSERT_EQ(left_out.exit_code, 0) << left_out.err;
  EXPECT_TRUE(left_out.out.empty()) << left_out.out;
  EXPECT_NE(left_out.err.find("--truncate"), std::string::npos) << left_out.err;
  const CliResult kept =
      RunConcord("digest " + dir.path() + " --words 10 --truncate --format jsonl");
  ASSERT_EQ(kept.exit_code, 0) << kept.err;
  EXPECT_NE(kept.out.find("The council of the small harbour town"), std::string::npos) << kept.out;
}

// A story left out because no summary fits is not counted as told by too
// few articles, in Markdown and HTML, and its warning names it once.
TEST(DigestCommand, AStoryWithNoSummaryIsNotCountedAsToldTooRarely) {
  TempDir dir;
  WriteOneLongSentenceTwice(dir);
  for (const char* format : {"md", "html"}) {
    const CliResult run =
        RunConcord("digest " + dir.path() + " --words 10 --format " + std::string(format));
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_NE(run.out.find("1 story with no summary within the budget is not listed"),
              std::string::npos)
        << run.out;
    EXPECT_EQ(run.out.find("too few"), std::string::npos) << run.out;
    EXPECT_NE(run.err.find("warning: story-1: empty summary"), std::string::npos) << run.err;
  }
  // A story told once is the other kind.
  const CliResult once = RunConcord("digest " + kFolder + " --format md");
  ASSERT_EQ(once.exit_code, 0) << once.err;
  EXPECT_NE(once.out.find("1 more story told by too few articles is not listed"), std::string::npos)
      << once.out;
  EXPECT_EQ(once.out.find("no summary"), std::string::npos) << once.out;
}

// The library's two halves (PlanDigest on one machine, DigestStories on
// runs of the plan elsewhere: concord.dask digest) give the command's JSON
// Lines when each run is ranked after the stories listed before it.
TEST(DigestCommand, PlanAndRunsOfStoriesGiveTheCommandsJsonLines) {
  const CliResult r = RunConcord("digest " + kFolder + " --format jsonl --min-articles 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  Result<group::StreamInput> read = group::ReadStream({kFolder});
  ASSERT_TRUE(read.ok()) << read.status().message();
  std::vector<Article> articles;
  for (group::StreamArticle& item : read.value().articles) articles.push_back(item.article);
  digest::DigestOptions options;
  options.min_articles = 1;
  Result<digest::DigestPlan> plan = digest::PlanDigest(articles, options);
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  ASSERT_EQ(plan.value().stories.size(), 3u);
  EXPECT_EQ(plan.value().articles, articles.size());
  std::string joined;
  size_t rank = 1;
  for (const digest::PlannedStory& story : plan.value().stories) {
    Result<digest::DigestPart> part = digest::DigestStories({story}, rank, options);
    ASSERT_TRUE(part.ok()) << part.status().message();
    EXPECT_EQ(part.value().listed, 1u);
    joined += part.value().output;
    rank += part.value().listed;
  }
  EXPECT_EQ(joined, r.out);
}

// A story with titles only cannot be summarized: left out with a warning,
// so the next run's first rank stays where it was.
TEST(DigestCommand, RunsLeaveOutStoriesThatCannotBeSummarized) {
  std::vector<Article> articles(2);
  for (size_t i = 0; i < articles.size(); ++i) {
    articles[i].id = "t" + std::to_string(i);
    articles[i].source = "Outlet " + std::to_string(i);
    articles[i].title = "Harbour bridge closes";
  }
  Result<digest::DigestPlan> plan = digest::PlanDigest(articles, {});
  ASSERT_TRUE(plan.ok()) << plan.status().message();
  ASSERT_EQ(plan.value().stories.size(), 1u);
  Result<digest::DigestPart> part = digest::DigestStories(plan.value().stories, 1, {});
  ASSERT_TRUE(part.ok()) << part.status().message();
  EXPECT_EQ(part.value().listed, 0u);
  EXPECT_EQ(part.value().output, "");
  ASSERT_EQ(part.value().warnings.size(), 1u);
  EXPECT_NE(part.value().warnings[0].find("(left out)"), std::string::npos);
  digest::PlannedStory broken = plan.value().stories[0];
  broken.outlets.pop_back();
  EXPECT_FALSE(digest::DigestStories({broken}, 1, {}).ok());
}

}  // namespace
}  // namespace concord::testing
