// An HTML page on standard input is read as a page, as a file named .html
// is: `summarize -`, `group -` and `digest -` extract its article instead
// of reading the markup as text. So is a page saved under another name
// (`page.txt`), and gzip on standard input is inflated.
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <string>

#include "cli/cli_runner.h"
#include "testing/temp_dir.h"

namespace concord::testing {
namespace {

// A page written for this test: a strip of chrome and an article of two
// paragraphs, with a doctype after a byte-order mark and a blank line.
const char kPage[] =
    "\xEF\xBB\xBF\n<!DOCTYPE html>\n<html><head><title>Ferry adds evening crossings</title>"
    "<meta property=\"og:site_name\" content=\"Harbor Gazette\"></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>"
    "<p>The ferry operator will add two evening crossings from Monday, it said on Friday, "
    "after a winter of complaints from commuters on the island.</p>"
    "<p>Tickets for the new crossings go on sale this weekend at the harbor office, and "
    "season passes stay valid on the later boats.</p></article></body></html>";

// Markup read as text leaves tags and attribute names in the output.
void ExpectNoMarkup(const std::string& out) {
  for (const char* markup : {"<p>", "<html", "DOCTYPE", "og:site_name", "href="}) {
    EXPECT_EQ(out.find(markup), std::string::npos) << markup << " in:\n" << out;
  }
}

TEST(StdinPage, SummarizeExtractsAPageOnStandardInput) {
  const CliResult result = RunConcord("summarize - --words 40", kPage);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("The ferry operator will add two evening crossings"), std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("[Harbor Gazette]"), std::string::npos) << result.out;
  ExpectNoMarkup(result.out);
}

// `concord summarize - --words 40` reading the output of `command FILE`
// through a pipe, as a user runs it; expects the page's article and no
// markup.
void ExpectPipedPageSummarized(const std::string& command, const std::string& file) {
  TempDir dir;
  const CliResult result = RunConcordRedirected("summarize - --words 40", dir.Path("out"),
                                                command + " " + file + " |", "/dev/stdin");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::ifstream stream(dir.Path("out"), std::ios::binary);
  const std::string out((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  EXPECT_NE(out.find("The ferry operator will add two evening crossings"), std::string::npos)
      << out;
  ExpectNoMarkup(out);
}

// Through a pipe (cat PAGE | concord summarize -), as a user would.
TEST(StdinPage, SummarizeExtractsAPagePipedIn) {
  TempDir dir;
  // No extension: only its bytes tell.
  ExpectPipedPageSummarized("cat", dir.Write("page", kPage));
}

TEST(StdinPage, GroupAndDigestExtractAPageOnStandardInput) {
  const CliResult group = RunConcord("group -", kPage);
  ASSERT_EQ(group.exit_code, 0) << group.err;
  EXPECT_NE(group.out.find("\"sources\":[\"Harbor Gazette\"]"), std::string::npos) << group.out;
  EXPECT_NE(group.out.find("\"title\":\"Ferry adds evening crossings\""), std::string::npos)
      << group.out;
  ExpectNoMarkup(group.out);

  const CliResult digest = RunConcord("digest --min-articles 1 -", kPage);
  ASSERT_EQ(digest.exit_code, 0) << digest.err;
  EXPECT_NE(digest.out.find("The ferry operator will add two evening crossings"), std::string::npos)
      << digest.out;
  ExpectNoMarkup(digest.out);
}

// Found by stop 29's reading: a page saved as page.txt or with no
// extension was summarized as its markup.
TEST(StdinPage, APageSavedUnderAnotherNameIsAPage) {
  TempDir dir;
  const std::string txt = dir.Write("page.txt", kPage);
  const std::string bare = dir.Write("page", kPage);
  for (const std::string& file : {txt, bare}) {
    const CliResult summary = RunConcord("summarize --words 40 " + file);
    ASSERT_EQ(summary.exit_code, 0) << summary.err;
    EXPECT_NE(summary.out.find("The ferry operator will add two evening crossings"),
              std::string::npos)
        << summary.out;
    ExpectNoMarkup(summary.out);
  }
  const CliResult group = RunConcord("group " + txt);
  ASSERT_EQ(group.exit_code, 0) << group.err;
  EXPECT_NE(group.out.find("\"title\":\"Ferry adds evening crossings\""), std::string::npos)
      << group.out;
  ExpectNoMarkup(group.out);
}

// gzip on standard input (a saved page.html.gz piped in) is inflated by
// summarize; the stream of group says what it is and how to read it.
TEST(StdinPage, GzipOnStandardInputIsInflatedOrNamed) {
  TempDir dir;
  const std::string file = dir.Write("page.html", kPage);
  ExpectPipedPageSummarized("gzip -c", file);

  const CliResult group = RunConcordRedirected("group -", dir.Path("group-out"),
                                               "gzip -c " + file + " |", "/dev/stdin");
  EXPECT_NE(group.exit_code, 0);
  EXPECT_NE(group.err.find("gzip-compressed data"), std::string::npos) << group.err;
}

// Text that merely mentions a tag is still text.
TEST(StdinPage, TextThatMentionsATagIsStillText) {
  const std::string text =
      "Ferry adds evening crossings\n\nThe ferry operator wrote <html> in its notice by "
      "mistake, and will add two evening crossings from Monday, it said on Friday.\n";
  const CliResult result = RunConcord("summarize - --words 40", text);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("wrote <html> in its notice"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace concord::testing
