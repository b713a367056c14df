// Web pages wherever an article is read (html_reader.cc, read_inputs.cc,
// jsonl_reader.cc): the extractor's text, the page's metadata, and a page
// without an article skipped with a warning naming it.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "concord/io.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace concord::io {
namespace {

using ::concord::testing::TempDir;

// A short page written for this test: a site name, a headline, a date, a
// navigation bar and three paragraphs of article text.
std::string Page(const std::string& site, const std::string& headline) {
  std::string meta =
      site.empty() ? "" : "<meta property=\"og:site_name\" content=\"" + site + "\">";
  return "<!doctype html><html lang=\"en\"><head><title>" + headline + " | " +
         (site.empty() ? "News" : site) + "</title>" + meta +
         "<meta property=\"og:title\" content=\"" + headline +
         "\">"
         "<meta property=\"article:published_time\" content=\"2026-03-04T08:00:00Z\">"
         "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
         "<article><h1>" +
         headline +
         "</h1>"
         "<p>The harbour bridge in Port Elling reopened on Tuesday after nine months of "
         "repairs, the city's transport office said in a statement.</p>"
         "<p>Engineers replaced forty cables and strengthened the northern pier, which "
         "had cracked during the storms of last winter, at a cost of 31 million euros.</p>"
         "<p>Commuters who had used ferries since the closure welcomed the news, and the "
         "ferry company said it would reduce its timetable from next week.</p>"
         "</article><footer>Copyright 2026</footer></body></html>";
}

const char kNoArticle[] =
    "<html><head><title>Menu</title></head><body><nav><a href=\"/a\">A</a>"
    "<a href=\"/b\">B</a></nav></body></html>";

TEST(HtmlReader, IsPageNameKnowsPagesAndTheirGzipForms) {
  EXPECT_TRUE(IsPageName("a.html"));
  EXPECT_TRUE(IsPageName("A.HTM"));
  EXPECT_TRUE(IsPageName("a.xhtml"));
  EXPECT_TRUE(IsPageName("a.html.gz"));
  EXPECT_FALSE(IsPageName("a.txt"));
  EXPECT_FALSE(IsPageName("a.gz"));
  EXPECT_FALSE(IsPageName("html"));
}

// Standard input has no name: its bytes say whether it is a page.
TEST(HtmlReader, LooksLikeHtmlKnowsADocumentByItsStart) {
  EXPECT_TRUE(LooksLikeHtml("<!DOCTYPE html><html><body></body></html>"));
  EXPECT_TRUE(LooksLikeHtml("\xEF\xBB\xBF \n\t<!doctype HTML PUBLIC \"-//W3C//DTD\">"));
  EXPECT_TRUE(LooksLikeHtml("<HTML lang=en>"));
  EXPECT_TRUE(LooksLikeHtml("<html>"));
  EXPECT_TRUE(LooksLikeHtml("<?xml version=\"1.0\"?>\n<!-- saved page -->\n<html xmlns=x>"));
  EXPECT_FALSE(LooksLikeHtml("<htmlx>"));
  EXPECT_FALSE(LooksLikeHtml("The <html> tag opens a page, the reporter wrote."));
  EXPECT_FALSE(LooksLikeHtml("Bridge reopens\n\n<html> in a text file is text."));
  EXPECT_FALSE(LooksLikeHtml("{\"id\": \"a\", \"html\": \"<html>\"}"));
  EXPECT_FALSE(LooksLikeHtml("<!-- a comment never closed <html>"));
  EXPECT_FALSE(LooksLikeHtml(""));
}

TEST(HtmlReader, FillFromHtmlTakesTextTitleDateAndSiteName) {
  Article article;
  article.url = "https://www.example.org/2026/bridge";
  ASSERT_TRUE(FillFromHtml(Page("Elling Herald", "Bridge reopens"), "p.html", article).ok());
  EXPECT_EQ(article.source, "Elling Herald");  // og:site_name before the host
  EXPECT_EQ(article.title, "Bridge reopens");
  EXPECT_EQ(article.published.substr(0, 10), "2026-03-04");
  EXPECT_NE(article.text.find("forty cables"), std::string::npos);
  EXPECT_EQ(article.text.find("Home"), std::string::npos);
  EXPECT_EQ(article.text.find("Copyright"), std::string::npos);
}

TEST(HtmlReader, SiteFallsBackToTheUrlHost) {
  Article article;
  article.url = "https://www.example.org/2026/bridge";
  ASSERT_TRUE(FillFromHtml(Page("", "Bridge reopens"), "p.html", article).ok());
  EXPECT_EQ(article.source, "example.org");
}

TEST(HtmlReader, PageWithoutArticleFailsNamingItAndLeavesTheArticleAlone) {
  Article article;
  article.source = "kept";
  const Status s = FillFromHtml(kNoArticle, "menu.html", article);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("menu.html"), std::string::npos);
  EXPECT_EQ(article.source, "kept");
  EXPECT_TRUE(article.text.empty());
}

TEST(HtmlReader, FolderReadsPagesBesideTextFilesAndSkipsEmptyPagesWithAWarning) {
  TempDir dir;
  dir.Write("story/a.txt", "---\nsource: Text Wire\n---\nA text article about the bridge.\n");
  dir.Write("story/b.html", Page("Elling Herald", "Bridge reopens"));
  dir.Write("story/c.htm", kNoArticle);
  dir.Write("story/d.css", "body { color: red }");
  Result<Inputs> in = ReadInputs({dir.Path("story")});
  ASSERT_TRUE(in.ok()) << in.status().message();
  ASSERT_EQ(in.value().clusters.size(), 1u);
  const std::vector<Article>& articles = in.value().clusters[0].articles;
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].source, "Text Wire");
  EXPECT_EQ(articles[1].id, "b");
  EXPECT_EQ(articles[1].source, "Elling Herald");
  EXPECT_EQ(articles[1].title, "Bridge reopens");
  EXPECT_TRUE(in.value().problems.empty());
  bool warned = false;
  for (const std::string& w : in.value().warnings) {
    warned = warned || (w.find("c.htm") != std::string::npos &&
                        w.find("no article text") != std::string::npos);
  }
  EXPECT_TRUE(warned);
}

TEST(HtmlReader, JsonLineMayCarryHtmlInsteadOfText) {
  TempDir dir;
  std::string page = Page("", "Bridge reopens");
  std::string escaped;
  for (char c : page) escaped += c == '"' ? std::string("\\\"") : std::string(1, c);
  const std::string path = dir.Write(
      "in.jsonl", "{\"id\":\"x\",\"url\":\"https://news.example.net/a\",\"html\":\"" + escaped +
                      "\"}\n{\"id\":\"y\",\"html\":\"<html><body></body></html>\"}\n"
                      "{\"id\":\"z\",\"source\":\"Given\",\"html\":\"" +
                      escaped + "\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().message();
  const std::vector<Article>& articles = in.value().clusters[0].articles;
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].id, "x");
  EXPECT_EQ(articles[0].source, "news.example.net");
  EXPECT_NE(articles[0].text.find("forty cables"), std::string::npos);
  EXPECT_EQ(articles[1].source, "Given");  // the line's own field wins
  EXPECT_TRUE(in.value().problems.empty());
  ASSERT_FALSE(in.value().warnings.empty());
  EXPECT_NE(in.value().warnings[0].find(":2"), std::string::npos);
}

// A few real pages of the ScrapingHub benchmark (gzipped) read as a story.
TEST(HtmlReaderShared, ReadsAFolderOfBenchmarkPages) {
  CONCORD_SHARED_OR_SKIP("data/article-extraction-benchmark/html");
  namespace fs = std::filesystem;
  std::vector<fs::path> pages;
  for (const auto& e : fs::directory_iterator(
           ::concord::testing::SharedPath("data/article-extraction-benchmark/html"))) {
    if (IsPageName(e.path().filename().string())) pages.push_back(e.path());
  }
  std::sort(pages.begin(), pages.end());
  ASSERT_GE(pages.size(), 3u);
  TempDir dir;
  fs::create_directories(dir.Path("pages"));
  for (size_t i = 0; i < 3; ++i) {
    fs::create_symlink(pages[i], dir.Path("pages/" + pages[i].filename().string()));
  }
  Result<Inputs> in = ReadInputs({dir.Path("pages")});
  ASSERT_TRUE(in.ok()) << in.status().message();
  ASSERT_EQ(in.value().clusters.size(), 1u);
  EXPECT_EQ(in.value().clusters[0].articles.size(), 3u);
  for (const Article& a : in.value().clusters[0].articles) {
    EXPECT_GT(a.text.size(), 200u) << a.id;
    EXPECT_FALSE(a.source.empty()) << a.id;
  }
}

}  // namespace
}  // namespace concord::io
