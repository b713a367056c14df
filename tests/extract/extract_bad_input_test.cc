// Bad input (issue 10, item 6): each case gives an empty article with a
// warning or a clear error, never a crash, a hang or unbounded memory.
#include <gtest/gtest.h>

#include <string>

#include "concord/extract.h"

namespace concord::extract {
namespace {

const char kParagraph[] =
    "<p>The library extended its opening hours on weekends after a survey of readers found "
    "that most of them wanted to visit on Saturday and Sunday afternoons.</p>";

bool HasWarning(const Page& page, const std::string& part) {
  for (const std::string& w : page.warnings) {
    if (w.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST(BadInput, TruncatedHtmlStillGivesTheText) {
  const std::string html = std::string("<html><body><div>") + kParagraph + "<p>Second parag";
  const Page page = ExtractPage(html);
  EXPECT_NE(page.text.find("The library extended"), std::string::npos);
  EXPECT_NE(page.text.find("Second parag"), std::string::npos);
}

TEST(BadInput, UnclosedAndMisnestedTagsAreRepaired) {
  const std::string html =
      "<body><div><p>The <b>council <i>voted</b> on Monday</i> to keep the ferry running through "
      "the winter, a decision welcomed by island residents and local businesses.<p>Unclosed "
      "second paragraph about the ferry timetable and its new evening crossings.</div></span>";
  const Page page = ExtractPage(html);
  EXPECT_NE(page.text.find("The council voted on Monday to keep"), std::string::npos) << page.text;
  EXPECT_NE(page.text.find("businesses.\n\nUnclosed second"), std::string::npos) << page.text;
}

TEST(BadInput, HundredThousandDeepNestingIsCutWithAWarning) {
  std::string html = "<html><body>";
  html += kParagraph;
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  const Page page = ExtractPage(html);
  EXPECT_TRUE(HasWarning(page, "nested deeper than 1000")) << page.warnings.size();
  EXPECT_NE(page.text.find("The library extended"), std::string::npos);
}

TEST(BadInput, HugePageIsCutToTheLimit) {
  ExtractOptions options;
  options.max_html_bytes = 1 << 20;  // the same rule as the 16 MiB default, at test size
  std::string html = std::string("<html><body><div>") + kParagraph;
  while (html.size() < (size_t{3} << 20)) html += kParagraph;
  const Page page = ExtractPage(html, "", options);
  EXPECT_TRUE(HasWarning(page, "cut to its first 1 MiB"));
  EXPECT_LE(page.text.size(), size_t{1} << 20);
  EXPECT_NE(page.text.find("The library extended"), std::string::npos);
}

TEST(BadInput, BinaryDataGivesAnEmptyArticleAndAWarning) {
  std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  for (int i = 0; i < 1000; ++i) bytes.push_back(static_cast<char>(i * 7));
  const Page page = ExtractPage(bytes);
  EXPECT_TRUE(page.text.empty());
  EXPECT_TRUE(HasWarning(page, "binary"));
}

TEST(BadInput, PageWithoutBodyGivesAWarning) {
  const Page frames = ExtractPage(
      "<html><head><title>Frames</title></head><frameset><frame src=\"a.html\"></frameset></html>");
  EXPECT_TRUE(frames.text.empty());
  EXPECT_TRUE(HasWarning(frames, "no body"));
  EXPECT_EQ(frames.title, "Frames");
  const Page empty = ExtractPage("");
  EXPECT_TRUE(empty.text.empty());
  EXPECT_FALSE(empty.warnings.empty());
}

TEST(BadInput, NavigationOnlyPageHasNoArticle) {
  const Page page = ExtractPage(
      "<html><body><nav><a href=\"/\">Home</a><a href=\"/news\">News</a></nav>"
      "<footer>Contact</footer></body></html>");
  EXPECT_TRUE(page.text.empty());
  EXPECT_TRUE(HasWarning(page, "no article text"));
}

TEST(BadInput, InvalidUtf8BecomesReplacementCharacters) {
  const std::string html =
      std::string("<meta charset=utf-8><body><p>ok \xFF\xFE bytes ") + (kParagraph + 3);
  const Page page = ExtractPage(html);
  EXPECT_FALSE(page.text.empty());
  for (unsigned char c : page.text) EXPECT_NE(c, 0xFF);
}

TEST(Gunzip, RejectsDataThatIsNotGzipNamingIt) {
  const Result<std::string> r = Gunzip("<html>plain</html>", "page.html.gz");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("page.html.gz: not gzip"), std::string::npos);
}

TEST(Gunzip, RejectsTruncatedGzip) {
  // The gzip header and the start of a deflate stream, cut short.
  const std::string cut("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xf3\x48\xcd", 13);
  const Result<std::string> r = Gunzip(cut, "cut.html.gz");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("cut.html.gz"), std::string::npos);
}

TEST(Gunzip, InflatesAGzipMember) {
  // What `printf 'Hi\n' | gzip -n` writes.
  const std::string gz(
      "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xf3\xc8\xe4\x02\x00\x9a\x3c\x22\xd5\x03\x00"
      "\x00\x00",
      23);
  const Result<std::string> r = Gunzip(gz, "hi.gz");
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r.value(), "Hi\n");
}

}  // namespace
}  // namespace concord::extract
