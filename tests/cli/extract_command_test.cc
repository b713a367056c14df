// `concord extract`: JSON Lines or text per page, folders, .html.gz, and
// exit 2 naming the file for what cannot be read.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

const char kPage[] =
    "<html><head><meta property=\"og:site_name\" content=\"Harbor Gazette\">"
    "<title>Ferry timetable changes</title></head><body><nav><a href=\"/\">Home</a></nav>"
    "<article><p>The ferry operator will add two evening crossings from Monday, it said on "
    "Friday, after a winter of complaints from commuters on the island.</p>"
    "<p>Tickets for the new crossings go on sale this weekend at the harbor office.</p>"
    "</article></body></html>";

TEST(ExtractCommand, WritesOneJsonLinePerPage) {
  TempDir dir;
  const std::string file = dir.Write("ferry.html", kPage);
  const CliResult result = RunConcord("extract " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json page = nlohmann::json::parse(result.out);
  EXPECT_EQ(page["path"], file);
  EXPECT_EQ(page["title"], "Ferry timetable changes");
  EXPECT_EQ(page["site"], "Harbor Gazette");
  EXPECT_EQ(page["text"],
            "The ferry operator will add two evening crossings from Monday, it said on Friday, "
            "after a winter of complaints from commuters on the island.\n\nTickets for the new "
            "crossings go on sale this weekend at the harbor office.");
  EXPECT_FALSE(page.contains("warning"));
}

TEST(ExtractCommand, FormatTextPrintsTheTextAlone) {
  TempDir dir;
  const std::string file = dir.Write("ferry.htm", kPage);
  const CliResult result = RunConcord("extract --format text " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out.rfind("The ferry operator", 0), 0u) << result.out;
  EXPECT_EQ(result.out.find("Home"), std::string::npos);
  // Several pages: each under a line naming it.
  const std::string second = dir.Write("pier.htm", kPage);
  const CliResult two = RunConcord("extract --format text " + file + " " + second);
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(two.out.rfind("== " + file + " ==\nThe ferry operator", 0), 0u) << two.out;
  EXPECT_NE(two.out.find("\n== " + second + " ==\nThe ferry operator"), std::string::npos)
      << two.out;
}

TEST(ExtractCommand, ReadsFoldersStdinAndGzip) {
  TempDir dir;
  dir.Write("a.html", kPage);
  dir.Write("notes.txt", "not a page");
  const CliResult folder = RunConcord("extract " + dir.Path(""));
  ASSERT_EQ(folder.exit_code, 0) << folder.err;
  EXPECT_EQ(std::count(folder.out.begin(), folder.out.end(), '\n'), 1);
  const CliResult stdin_page = RunConcord("extract -", kPage);
  ASSERT_EQ(stdin_page.exit_code, 0) << stdin_page.err;
  EXPECT_NE(stdin_page.out.find("two evening crossings"), std::string::npos);
  const std::string gz = dir.Path("b.html.gz");
  ASSERT_EQ(std::system(("gzip -c " + dir.Path("a.html") + " > " + gz).c_str()), 0);
  const CliResult gzipped = RunConcord("extract " + gz);
  ASSERT_EQ(gzipped.exit_code, 0) << gzipped.err;
  EXPECT_NE(gzipped.out.find("two evening crossings"), std::string::npos);
}

TEST(ExtractCommand, PageWithoutArticleIsAWarningNotAnError) {
  TempDir dir;
  const std::string file = dir.Write("nav.html", "<body><nav><a href=/>Home</a></nav></body>");
  const CliResult result = RunConcord("extract " + file);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const nlohmann::json page = nlohmann::json::parse(result.out);
  EXPECT_EQ(page["text"], "");
  EXPECT_NE(page["warning"].get<std::string>().find("no article"), std::string::npos);
}

TEST(ExtractCommand, GzipThatIsNotGzipExitsTwoNamingTheFile) {
  TempDir dir;
  const std::string file = dir.Write("fake.html.gz", kPage);
  const CliResult result = RunConcord("extract " + file);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find(file + ": not gzip"), std::string::npos) << result.err;
}

// A folder is extracted on several threads; pages of very different sizes
// finish out of order, yet the output is written in input order, the same
// bytes for one thread and for two (two separate processes).
TEST(ExtractCommand, ThreadsDoNotChangeTheOutput) {
  TempDir dir;
  for (int i = 0; i < 16; ++i) {
    std::string page = "<html><head><title>Page " + std::to_string(i) + "</title></head><body>";
    // Page 0 is the largest, so with two threads it finishes last.
    for (int p = 0; p < (i == 0 ? 400 : 2 + i % 3); ++p) {
      page += "<p>Paragraph " + std::to_string(p) + " of page " + std::to_string(i) +
              " tells of the harbor, the ferries and the evening crossings.</p>";
    }
    dir.Write("page" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ".html",
              page + "</body></html>");
  }
  dir.Write("zz.html.gz", "not gzip");  // an error keeps its place too
  const CliResult one = RunConcord("extract --threads 1 " + dir.Path(""));
  const CliResult two = RunConcord("extract --threads 2 " + dir.Path(""));
  EXPECT_EQ(one.exit_code, 2);
  EXPECT_EQ(two.exit_code, 2);
  EXPECT_EQ(one.out, two.out);
  EXPECT_EQ(one.err, two.err);
  std::istringstream lines(two.out);
  std::string line;
  int n = 0;
  while (std::getline(lines, line)) {
    const nlohmann::json page = nlohmann::json::parse(line);
    EXPECT_EQ(page["title"], "Page " + std::to_string(n)) << line.substr(0, 200);
    ++n;
  }
  EXPECT_EQ(n, 16);
}

TEST(ExtractCommand, MissingPathExitsTwo) {
  const CliResult result = RunConcord("extract /no/such/page.html");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("/no/such/page.html"), std::string::npos);
}

}  // namespace
}  // namespace concord::testing
