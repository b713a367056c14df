// Reading a stream for grouping: JSON Lines fields, places, times, order
// and ids, on lines written for these tests.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <utility>

#include "concord/group_stream.h"
#include "concord/io.h"
#include "testing/temp_dir.h"

namespace concord::group {
namespace {

StreamInput Parse(const std::string& lines) {
  StreamInput input;
  const Status s = ParseStreamLines(lines, "in.jsonl", input);
  EXPECT_TRUE(s.ok()) << s.message();
  return input;
}

// A web page with an article, as a JSON string (its quotes escaped).
const std::string kPage =
    "<html><head><meta property=\\\"og:site_name\\\" content=\\\"Elling Herald\\\">"
    "<meta property=\\\"article:published_time\\\" content=\\\"2026-03-04T08:00:00Z\\\">"
    "</head><body><article><h1>Bridge reopens</h1><p>The harbour bridge in Port Elling "
    "reopened on Tuesday after nine months of repairs, the transport office said.</p>"
    "<p>Engineers replaced forty cables and strengthened the northern pier at a cost of "
    "31 million euros, the office added in its statement.</p></article></body></html>";

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

TEST(ParseStreamLines, TitlesFollowTheRuleOfEveryReader) {
  // As io::ReadInputs reads them: a first line repeating the given title
  // is dropped; without a title, a title line becomes it.
  const StreamInput input = Parse(
      "{\"title\":\"Bridge Shuts\",\"text\":\"Bridge shuts\\n\\nThe bridge shut.\"}\n"
      "{\"text\":\"Ferry Resumes\\n\\nThe ferry runs again.\"}\n"
      "{\"documents\":[\"Tolls Rise\\n\\nTolls rose on Monday.\"]}\n");
  ASSERT_EQ(input.articles.size(), 3u);
  EXPECT_EQ(input.articles[0].article.title, "Bridge Shuts");
  EXPECT_EQ(input.articles[0].article.text, "\nThe bridge shut.");  // the blank line stays
  EXPECT_EQ(input.articles[1].article.title, "Ferry Resumes");
  EXPECT_EQ(input.articles[1].article.text, "\nThe ferry runs again.");
  EXPECT_EQ(input.articles[2].article.title, "Tolls Rise");
  EXPECT_EQ(input.articles[2].article.text, "\nTolls rose on Monday.");
}

TEST(ParseStreamLines, AnHtmlFieldIsExtractedAndAnEmptyPageSkippedWithAWarning) {
  const StreamInput input =
      Parse("{\"id\":\"a\",\"html\":\"" + kPage + "\"}\n{\"id\":\"b\",\"html\":\"<p></p>\"}\n");
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

// An id and a "story" label may be integers, read in decimal (unsigned
// ones past INT64_MAX too); another type is an error naming the field.
TEST(ParseStreamLines, IntegerIdsAndLabelsAreReadInDecimal) {
  const StreamInput input = Parse(
      "{\"id\":5,\"text\":\"x\",\"story\":3}\n"
      "{\"id\":18446744073709551615,\"text\":\"y\",\"story\":null}\n"
      "{\"id\":9,\"documents\":[\"z\"]}\n");
  ASSERT_EQ(input.articles.size(), 3u);
  EXPECT_EQ(input.articles[0].article.id, "5");
  EXPECT_EQ(input.labels[0], "3");
  EXPECT_EQ(input.articles[1].article.id, "18446744073709551615");
  EXPECT_EQ(input.labels[1], "");
  EXPECT_EQ(input.articles[2].article.id, "9#1");
  EXPECT_EQ(input.labels[2], "9");
  StreamInput bad;
  Status s = ParseStreamLines("{\"text\":\"a\",\"story\":[1]}\n", "f.jsonl", bad);
  EXPECT_NE(s.message().find("f.jsonl:1: field \"story\" must be a string or an integer"),
            std::string::npos)
      << s.message();
  s = ParseStreamLines("{\"text\":\"a\",\"id\":1.5}\n", "f.jsonl", bad);
  EXPECT_NE(s.message().find("f.jsonl:1: field \"id\" must be a string or an integer"),
            std::string::npos)
      << s.message();
}

// A story (cluster line) id that is no string or integer is refused as an
// article's is, naming the file, line and field; it used to name the story
// after its line in silence. A null id still does.
TEST(ParseStreamLines, AStoryIdThatIsNoIntegerIsRefusedNamingTheLine) {
  const std::pair<const char*, const char*> cases[] = {
      {"1.5", "field \"id\" must be a string or an integer"},
      {"1e30", "field \"id\" is an integer past 64 bits: write it as a string"},
      {"18446744073709551616", "field \"id\" is an integer past 64 bits: write it as a string"},
      {"[1]", "field \"id\" must be a string or an integer"}};
  for (const auto& [id, message] : cases) {
    StreamInput bad;
    const Status s =
        ParseStreamLines("{\"id\":\"a\",\"documents\":[\"x\"]}\n{\"id\":" + std::string(id) +
                             ",\"documents\":[\"y\"]}\n",
                         "f.jsonl", bad);
    EXPECT_FALSE(s.ok()) << id;
    EXPECT_NE(s.message().find("f.jsonl:2: " + std::string(message)), std::string::npos)
        << id << ": " << s.message();
  }
  const StreamInput input = Parse("{\"id\":null,\"documents\":[\"z\"]}\n");
  ASSERT_EQ(input.articles.size(), 1u);
  EXPECT_EQ(input.labels[0], "in.jsonl:1");
}

// One article object gives one Article whichever command reads it:
// summarize's reader (io::ParseJsonLines) and group's share one reader
// (io::ReadArticleObject). Summarize refused an integer id, and group did
// not extract the page of an object whose text was a form feed.
TEST(ParseStreamLines, GivesTheArticleSummarizesReaderGives) {
  const std::string lines =
      "{\"id\":5,\"source\":\"Gazette\",\"url\":\"https://g.example/a\",\"published\":"
      "\"2024-05-01T10:00:00Z\",\"text\":\"Bridge Shuts\\n\\nThe bridge shut.\",\"story\":\"s1\","
      "\"extra\":[1],\"title\":null}\n"
      "{\"id\":\"b\",\"title\":\"Ferry Resumes\",\"text\":\"Ferry resumes\\n\\nThe ferry ran.\"}\n"
      "{\"id\":\"c\",\"url\":\"https://h.example/c\",\"text\":\" \\f\",\"html\":\"" +
      kPage +
      "\"}\n"
      "{\"id\":-7,\"title\":\"Tolls\",\"text\":\"Tolls rose.\"}\n";
  io::Inputs inputs;
  std::vector<Article> summarize;
  io::ParseJsonLines(lines, "in.jsonl", inputs, summarize);
  EXPECT_TRUE(inputs.problems.empty()) << inputs.problems.front();
  const StreamInput group = Parse(lines);
  ASSERT_EQ(summarize.size(), 4u);
  ASSERT_EQ(group.articles.size(), summarize.size());
  for (size_t i = 0; i < summarize.size(); ++i) {
    const Article& a = summarize[i];
    const Article& b = group.articles[i].article;
    EXPECT_EQ(a.id, b.id) << i;
    EXPECT_EQ(a.source, b.source) << i;
    EXPECT_EQ(a.url, b.url) << i;
    EXPECT_EQ(a.title, b.title) << i;
    EXPECT_EQ(a.published, b.published) << i;
    EXPECT_EQ(a.text, b.text) << i;
    EXPECT_EQ(a.invalid_utf8, b.invalid_utf8) << i;
  }
  EXPECT_EQ(summarize[0].id, "5");
  EXPECT_EQ(summarize[0].title, "Bridge Shuts");
  EXPECT_EQ(summarize[2].source, "Elling Herald");     // from the page
  EXPECT_EQ(summarize[2].url, "https://h.example/c");  // the object's wins
  EXPECT_EQ(summarize[3].id, "-7");
  // Each words its own warning of the unknown fields.
  EXPECT_EQ(inputs.warnings,
            (std::vector<std::string>{"in.jsonl:1: unknown field \"extra\" ignored",
                                      "in.jsonl:1: unknown field \"story\" ignored"}));
  EXPECT_EQ(group.warnings,
            (std::vector<std::string>{"in.jsonl: unknown fields ignored on 1 line(s), first at "
                                      "in.jsonl:1 (\"extra\")"}));
  EXPECT_EQ(group.labels[0], "s1");
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

std::vector<std::string> IdsOf(const std::vector<StreamArticle>& articles) {
  std::vector<std::string> ids;
  for (const StreamArticle& a : articles) ids.push_back(a.article.id);
  return ids;
}

TEST(TimeOrder, WithRoomForTheStreamOrdersAsSortByTime) {
  const std::string lines =
      "{\"id\":\"late\",\"published\":\"2024-05-03\",\"text\":\"x\"}\n"
      "{\"id\":\"untimed\",\"text\":\"x\"}\n"
      "{\"id\":\"early\",\"published\":\"2024-05-01\",\"text\":\"x\"}\n"
      "{\"id\":\"tie\",\"published\":\"2024-05-01\",\"text\":\"x\"}\n"
      "{\"id\":\"middle\",\"published\":\"2024-05-02\",\"text\":\"x\"}\n";
  StreamInput sorted = Parse(lines);
  const size_t moved = SortByTime(sorted);
  const StreamInput input = Parse(lines);
  TimeOrder order(/*capacity=*/10);
  std::vector<StreamArticle> released;
  for (size_t i = 0; i < input.articles.size(); ++i) {
    order.Push({input.articles[i], input.where[i], input.labels[i]});
    ASSERT_FALSE(order.full());
  }
  while (!order.empty()) released.push_back(order.Pop().article);
  EXPECT_EQ(IdsOf(released), IdsOf(sorted.articles));
  EXPECT_EQ(order.moved(), moved);
}

TEST(TimeOrder, AnArticleLaterThanTheBufferIsReleasedAfterNewerOnes) {
  const StreamInput input = Parse(
      "{\"id\":\"b\",\"published\":\"2024-05-02\",\"text\":\"x\"}\n"
      "{\"id\":\"c\",\"published\":\"2024-05-03\",\"text\":\"x\"}\n"
      "{\"id\":\"a\",\"published\":\"2024-05-01\",\"text\":\"x\"}\n");
  TimeOrder order(/*capacity=*/1);
  std::vector<StreamArticle> released;
  for (size_t i = 0; i < input.articles.size(); ++i) {
    order.Push({input.articles[i], input.where[i], input.labels[i]});
    while (order.full()) released.push_back(order.Pop().article);
  }
  while (!order.empty()) released.push_back(order.Pop().article);
  // "a" is two places late: the buffer of one puts it before "c" only.
  EXPECT_EQ(IdsOf(released), (std::vector<std::string>{"b", "a", "c"}));
  EXPECT_EQ(order.moved(), 2u);
}

TEST(StreamReader, ReadsOneArticleAtATimeAsReadStreamDoes) {
  testing::TempDir dir;
  dir.Write("day/a.jsonl",
            "{\"id\":\"x1\",\"text\":\"One.\",\"extra\":1}\n\n{\"id\":\"x2\","
            "\"text\":\"Two.\"}");
  dir.Write("day/b.txt", "Bridge closed\n\nThe bridge was closed.\n");
  StreamReader reader({dir.Path("day")});
  StreamItem item;
  std::vector<std::string> ids;
  std::vector<std::string> where;
  for (Result<bool> more = reader.Next(item); more.ok() && more.value(); more = reader.Next(item)) {
    ids.push_back(item.article.article.id);
    where.push_back(item.where);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"x1", "x2", "b.txt"}));
  EXPECT_EQ(where[1], dir.Path("day/a.jsonl") + ":3");
  const std::vector<std::string> warnings = reader.TakeWarnings();
  ASSERT_EQ(warnings.size(), 1u);  // the unknown field "extra"
  EXPECT_NE(warnings[0].find("\"extra\""), std::string::npos) << warnings[0];
  Result<StreamInput> whole = ReadStream({dir.Path("day")});
  ASSERT_TRUE(whole.ok()) << whole.status().message();
  EXPECT_EQ(IdsOf(whole.value().articles), ids);
}

// Issue 14, item 4: every command reads input through the same checks and
// limits; the stream reader read files whole without them.
TEST(ReadStream, RefusesWhatIsNotARegularFileWithoutBlocking) {
  testing::TempDir dir;
  const std::string fifo = dir.Path("pipe.jsonl");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  Result<StreamInput> read = ReadStream({fifo});
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("pipe.jsonl: not a regular file"), std::string::npos)
      << read.status().message();
  read = ReadStream({dir.Path("missing.jsonl")});
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("missing.jsonl: no such file"), std::string::npos);
}

TEST(ReadStream, RefusesFilesAndLinesOverTheirCapsNamingThem) {
  testing::TempDir dir;
  const std::string text = dir.Write("long.txt", "Title\n\n" + std::string(200, 'w') + "\n");
  const std::string lines = dir.Write(
      "day.jsonl", "{\"text\":\"short\"}\n{\"text\":\"" + std::string(200, 'w') + "\"}\n");
  StreamReadOptions caps;
  caps.max_file_bytes = 100;
  Result<StreamInput> read = ReadStream({text}, caps);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("long.txt: too large"), std::string::npos)
      << read.status().message();
  caps = {};
  caps.max_line_bytes = 100;
  read = ReadStream({lines}, caps);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("day.jsonl:2: line too long"), std::string::npos)
      << read.status().message();
  caps = {};
  caps.max_stream_bytes = 100;
  read = ReadStream({lines}, caps);
  ASSERT_FALSE(read.ok());
  EXPECT_NE(read.status().message().find("day.jsonl: too large"), std::string::npos)
      << read.status().message();
  EXPECT_TRUE(ReadStream({text, lines}).ok());  // the default caps are 512 MiB
}

}  // namespace
}  // namespace concord::group
