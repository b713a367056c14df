// Reading a stream for grouping: JSON Lines fields, places, times, order
// and ids, on lines written for these tests.
#include <gtest/gtest.h>

#include "concord/group_stream.h"

namespace concord::group {
namespace {

StreamInput Parse(const std::string& lines) {
  StreamInput input;
  const Status s = ParseStreamLines(lines, "in.jsonl", input);
  EXPECT_TRUE(s.ok()) << s.message();
  return input;
}

TEST(ParseStreamLines, ReadsArticlesWithTheirPlacesTimesAndLabels) {
  const StreamInput input = Parse(
      "{\"id\":\"a\",\"source\":\"Gazette\",\"published\":\"2024-05-01T10:00:00Z\","
      "\"title\":\"T\",\"text\":\"Body.\",\"story\":\"s1\"}\n"
      "\n"
      "{\"text\":\"No id here.\"}\n");
  ASSERT_EQ(input.articles.size(), 2u);
  EXPECT_EQ(input.articles[0].article.id, "a");
  EXPECT_EQ(input.articles[0].article.source, "Gazette");
  EXPECT_EQ(input.articles[0].time, 1714557600);
  EXPECT_EQ(input.labels[0], "s1");
  EXPECT_EQ(input.where[1], "in.jsonl:3");
  EXPECT_EQ(input.articles[1].article.id, "in.jsonl:3");
  EXPECT_FALSE(input.articles[1].time.has_value());
}

TEST(ParseStreamLines, AnHtmlFieldIsExtractedAndAnEmptyPageSkippedWithAWarning) {
  const std::string page =
      "<html><head><meta property=\\\"og:site_name\\\" content=\\\"Elling Herald\\\">"
      "<meta property=\\\"article:published_time\\\" content=\\\"2026-03-04T08:00:00Z\\\">"
      "</head><body><article><h1>Bridge reopens</h1><p>The harbour bridge in Port Elling "
      "reopened on Tuesday after nine months of repairs, the transport office said.</p>"
      "<p>Engineers replaced forty cables and strengthened the northern pier at a cost of "
      "31 million euros, the office added in its statement.</p></article></body></html>";
  const StreamInput input =
      Parse("{\"id\":\"a\",\"html\":\"" + page + "\"}\n{\"id\":\"b\",\"html\":\"<p></p>\"}\n");
  ASSERT_EQ(input.articles.size(), 1u);
  EXPECT_EQ(input.articles[0].article.source, "Elling Herald");
  EXPECT_EQ(input.articles[0].article.title, "Bridge reopens");
  EXPECT_TRUE(input.articles[0].time.has_value());
  EXPECT_NE(input.articles[0].article.text.find("forty cables"), std::string::npos);
  ASSERT_EQ(input.warnings.size(), 1u);
  EXPECT_NE(input.warnings[0].find("in.jsonl:2"), std::string::npos);
}

TEST(ParseStreamLines, AnUnparsableTimeIsAWarningNamingTheLine) {
  const StreamInput input = Parse(
      "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"published\":\"last "
      "Tuesday\",\"text\":\"y\"}\n");
  ASSERT_EQ(input.articles.size(), 2u);
  EXPECT_FALSE(input.articles[1].time.has_value());
  ASSERT_EQ(input.warnings.size(), 1u);
  EXPECT_NE(input.warnings[0].find("in.jsonl:2"), std::string::npos) << input.warnings[0];
  EXPECT_NE(input.warnings[0].find("last Tuesday"), std::string::npos);
}

TEST(ParseStreamLines, ClusterLinesLabelEachDocument) {
  const StreamInput input =
      Parse("{\"id\":\"c7\",\"documents\":[\"First.\",\"\",\"Third.\"],\"summaries\":[\"s\"]}\n");
  ASSERT_EQ(input.articles.size(), 2u);  // the empty document is no article
  EXPECT_EQ(input.articles[1].article.id, "c7#3");
  EXPECT_EQ(input.labels[0], "c7");
  EXPECT_EQ(input.labels[1], "c7");
}

TEST(ParseStreamLines, FailsOnBadJsonAndBadFieldsNamingTheLine) {
  StreamInput input;
  Status s = ParseStreamLines("{\"text\":\"a\"}\n{oops\n", "f.jsonl", input);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("f.jsonl:2"), std::string::npos) << s.message();
  s = ParseStreamLines("{\"text\":[1]}\n", "g.jsonl", input);
  EXPECT_NE(s.message().find("g.jsonl:1"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("\"text\""), std::string::npos);
}

TEST(CheckUniqueIds, NamesBothLinesOfADuplicateId) {
  const StreamInput input = Parse(
      "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n{\"id\":\"a\",\"text\":\"z\"}"
      "\n");
  const Status s = CheckUniqueIds(input);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("in.jsonl:3"), std::string::npos) << s.message();
  EXPECT_NE(s.message().find("in.jsonl:1"), std::string::npos) << s.message();
}

TEST(SortByTime, OrdersByTimeAndKeepsUntimedArticlesWithTheirPredecessor) {
  StreamInput input = Parse(
      "{\"id\":\"late\",\"published\":\"2024-05-03\",\"text\":\"x\"}\n"
      "{\"id\":\"untimed\",\"text\":\"x\"}\n"
      "{\"id\":\"early\",\"published\":\"2024-05-01\",\"text\":\"x\"}\n"
      "{\"id\":\"middle\",\"published\":\"2024-05-02\",\"text\":\"x\"}\n");
  EXPECT_GT(SortByTime(input), 0u);
  std::vector<std::string> ids;
  for (const StreamArticle& a : input.articles) ids.push_back(a.article.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"early", "middle", "late", "untimed"}));
  EXPECT_EQ(input.where[0], "in.jsonl:3");
  EXPECT_EQ(SortByTime(input), 0u);  // already in order
}

}  // namespace
}  // namespace concord::group
