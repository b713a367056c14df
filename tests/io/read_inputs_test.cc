#include "concord/io.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "testing/temp_dir.h"

namespace concord::io {
namespace {

using concord::testing::TempDir;

TEST(ReadInputs, FolderOfTextFilesIsOneClusterInNameOrder) {
  TempDir dir;
  dir.Write("b.txt", "Second outlet's report. It has two sentences.\n");
  dir.Write("a.txt", "First outlet's report.\n");
  dir.Write("notes.md", "not an article");
  Result<Inputs> in = ReadInputs({dir.path()});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().clusters.size(), 1u);
  const Cluster& cluster = in.value().clusters[0];
  ASSERT_EQ(cluster.articles.size(), 2u);
  EXPECT_EQ(cluster.articles[0].id, "a");
  EXPECT_EQ(cluster.articles[0].source, "a");  // outlet falls back to the file name
  EXPECT_EQ(cluster.articles[1].id, "b");
  EXPECT_TRUE(in.value().problems.empty());
}

TEST(ReadInputs, FirstLineThenBlankLineIsTheTitle) {
  TempDir dir;
  const std::string path =
      dir.Write("x.txt", "Bridge closed after crack found\n\nThe bridge closed. Traffic stopped.\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok());
  const Article& a = in.value().clusters[0].articles[0];
  EXPECT_EQ(a.title, "Bridge closed after crack found");
  EXPECT_EQ(a.text.find("Bridge closed after"), std::string::npos);
  EXPECT_NE(a.text.find("The bridge closed."), std::string::npos);
}

TEST(ReadInputs, FirstSentenceEndingInAPeriodIsNotATitle) {
  TempDir dir;
  const std::string path =
      dir.Write("x.txt", "The bridge closed on Thursday.\n\nTraffic stopped.\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok());
  EXPECT_TRUE(in.value().clusters[0].articles[0].title.empty());
}

TEST(ReadInputs, FrontMatterGivesMetadata) {
  TempDir dir;
  const std::string path = dir.Write(
      "x.txt",
      "---\nsource: Harbor Ledger\nurl: https://www.ledger.example/a\npublished: 2031-03-14\n"
      "---\nBody text here.\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Article& a = in.value().clusters[0].articles[0];
  EXPECT_EQ(a.source, "Harbor Ledger");
  EXPECT_EQ(a.url, "https://www.ledger.example/a");
  EXPECT_EQ(a.published, "2031-03-14");
  EXPECT_EQ(a.text, "Body text here.\n");
}

TEST(ReadInputs, UnknownFrontMatterFieldIsAWarningNamingFileAndLine) {
  // As an unknown JSON field: the article is read, the field ignored.
  TempDir dir;
  const std::string path =
      dir.Write("x.txt", "---\nauthor: Someone\nsource: Ledger\n---\nBody.\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_TRUE(in.value().problems.empty());
  EXPECT_EQ(in.value().clusters[0].articles[0].source, "Ledger");
  EXPECT_EQ(in.value().clusters[0].articles[0].text, "Body.\n");
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("x.txt:2"), std::string::npos);
  EXPECT_NE(in.value().warnings[0].find("'author'"), std::string::npos);
}

// Two files named alike in two folders, or one JSON id given twice: both
// articles are read, and a warning says the outputs cannot tell them apart.
TEST(ReadInputs, ArticlesSharingAnIdAreReadWithAWarning) {
  TempDir dir;
  const std::string a = dir.Write("a/story.txt", "The bridge closed on Monday.\n");
  const std::string b = dir.Write("b/story.txt", "The bridge shut on Monday.\n");
  Result<Inputs> in = ReadInputs({a, b});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().clusters[0].articles.size(), 2u);
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("articles 1 and 2 have the same id \"story\""),
            std::string::npos)
      << in.value().warnings[0];
  const std::string lines =
      dir.Write("two.jsonl", "{\"id\":\"5\",\"text\":\"One.\"}\n{\"id\":5,\"text\":\"Two.\"}\n");
  in = ReadInputs({lines});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("same id \"5\""), std::string::npos);
  // Distinct ids: no warning.
  in = ReadInputs({a});
  ASSERT_TRUE(in.ok());
  EXPECT_TRUE(in.value().warnings.empty());
}

TEST(ReadInputs, OutletComesFromUrlHostWithoutSource) {
  Article a;
  a.id = "file";
  a.url = "https://www.example.org/news/1";
  EXPECT_EQ(OutletName(a, 0), "example.org");
  a.source = "Example News";
  EXPECT_EQ(OutletName(a, 0), "Example News");
  a.source.clear();
  a.url = "not a url";
  EXPECT_EQ(OutletName(a, 0), "file");
  EXPECT_EQ(OutletName(Article{}, 2), "article 3");
  // A file's name without the extension of a text file or page, as
  // summarize's reader names it; other dots stay.
  for (const char* name : {"courier.txt", "courier.html", "courier.htm"}) {
    a.id = name;
    EXPECT_EQ(OutletName(a, 0), "courier") << name;
  }
  a.id = "day.jsonl:3";
  EXPECT_EQ(OutletName(a, 0), "day.jsonl:3");
  a.id = ".txt";
  EXPECT_EQ(OutletName(a, 0), ".txt");
}

TEST(ReadInputs, MissingPathIsNotFound) {
  Result<Inputs> in = ReadInputs({"/nonexistent/concord/path"});
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.status().code(), StatusCode::kNotFound);
  EXPECT_NE(in.status().message().find("/nonexistent/concord/path"), std::string::npos);
}

TEST(ReadInputs, UnreadableFileIsAnErrorNamingIt) {
  if (geteuid() == 0) {
    GTEST_SKIP() << "running as root: permissions cannot make a file unreadable";
  }
  TempDir dir;
  const std::string path = dir.Write("locked.txt", "Secret article.\n");
  std::filesystem::permissions(path, std::filesystem::perms::none);
  Result<Inputs> in = ReadInputs({path});
  std::filesystem::permissions(path, std::filesystem::perms::owner_all);
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("locked.txt"), std::string::npos);
}

TEST(ReadInputs, FolderWithoutArticlesIsAnError) {
  TempDir dir;
  dir.Write("readme.md", "nothing");
  Result<Inputs> in = ReadInputs({dir.path()});
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("no articles"), std::string::npos);
}

TEST(ReadInputs, EmptyAndWhitespaceArticlesAreProblemsOthersStillRead) {
  TempDir dir;
  dir.Write("a.txt", "");
  dir.Write("b.txt", "  \n\t\n");
  dir.Write("c.txt", "A real article.\n");
  Result<Inputs> in = ReadInputs({dir.path()});
  ASSERT_TRUE(in.ok());
  EXPECT_EQ(in.value().clusters[0].articles.size(), 1u);
  ASSERT_EQ(in.value().problems.size(), 2u);
  EXPECT_NE(in.value().problems[0].find("a.txt"), std::string::npos);
  EXPECT_NE(in.value().problems[0].find("empty"), std::string::npos);
  EXPECT_NE(in.value().problems[1].find("b.txt"), std::string::npos);
}

TEST(ReadInputs, SingleEmptyFileFails) {
  TempDir dir;
  Result<Inputs> in = ReadInputs({dir.Write("a.txt", "")});
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("a.txt"), std::string::npos);
}

TEST(ReadInputs, BinaryFileIsRejectedByName) {
  TempDir dir;
  dir.Write("good.txt", "Readable text.\n");
  dir.Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  Result<Inputs> in = ReadInputs({dir.path()});
  ASSERT_TRUE(in.ok());
  ASSERT_EQ(in.value().problems.size(), 1u);
  EXPECT_NE(in.value().problems[0].find("image.txt"), std::string::npos);
  EXPECT_NE(in.value().problems[0].find("binary"), std::string::npos);
}

TEST(ReadInputs, InvalidUtf8IsReplacedCountedAndReported) {
  TempDir dir;
  const std::string path = dir.Write("x.txt", "Caf\xe9 owners agree. Prices rise \xff\xfe.\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok());
  const Article& a = in.value().clusters[0].articles[0];
  EXPECT_EQ(a.invalid_utf8, 3u);  // \xe9, then \xff and \xfe each on its own
  EXPECT_NE(a.text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("x.txt"), std::string::npos);
}

TEST(ReadInputs, FileOverTheSizeLimitIsRefused) {
  TempDir dir;
  const std::string path = dir.Write("big.txt", std::string(4096, 'a'));
  ReadOptions options;
  options.max_file_bytes = 1024;
  Result<Inputs> in = ReadInputs({path}, options);
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("too large"), std::string::npos);
  EXPECT_NE(in.status().message().find("big.txt"), std::string::npos);
}

TEST(ReadInputs, JsonLinesOfArticlesFormOneCluster) {
  TempDir dir;
  const std::string path = dir.Write(
      "a.jsonl",
      "{\"id\":\"1\",\"source\":\"Courier\",\"text\":\"One. Two.\"}\n"
      "\n"
      "{\"url\":\"http://wire.example/x\",\"text\":\"Three.\",\"published\":\"2031-01-01\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().clusters.size(), 1u);
  const Cluster& c = in.value().clusters[0];
  ASSERT_EQ(c.articles.size(), 2u);
  EXPECT_EQ(c.articles[0].source, "Courier");
  EXPECT_EQ(c.articles[1].url, "http://wire.example/x");
}

TEST(ReadInputs, BadJsonLineIsReportedWithItsNumberAndOthersAreKept) {
  TempDir dir;
  const std::string path = dir.Write(
      "c.jsonl",
      "{\"id\":\"s1\",\"documents\":[\"A first story.\"],\"summaries\":[\"Ref.\"]}\n"
      "{\"id\":\"s2\",\"documents\": [oops\n"
      "{\"id\":\"s3\",\"documents\":[]}\n"
      "{\"id\":\"s4\",\"documents\":[\"Another story.\", {\"text\":\"Object doc.\",\"source\":\"W\"}]}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok());
  ASSERT_EQ(in.value().clusters.size(), 2u);
  EXPECT_EQ(in.value().clusters[0].id, "s1");
  EXPECT_EQ(in.value().clusters[0].references.size(), 1u);
  EXPECT_EQ(in.value().clusters[1].id, "s4");
  EXPECT_EQ(in.value().clusters[1].articles[1].source, "W");
  ASSERT_EQ(in.value().problems.size(), 2u);
  EXPECT_NE(in.value().problems[0].find("c.jsonl:2"), std::string::npos);
  EXPECT_NE(in.value().problems[0].find("invalid JSON"), std::string::npos);
  EXPECT_NE(in.value().problems[1].find("c.jsonl:3"), std::string::npos);
  EXPECT_NE(in.value().problems[1].find("no documents"), std::string::npos);
}

TEST(ReadInputs, UnknownJsonFieldIsAWarningNamingIt) {
  TempDir dir;
  const std::string path = dir.Write("a.jsonl", "{\"text\":\"Body.\",\"autor\":\"x\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok());
  ASSERT_EQ(in.value().warnings.size(), 1u);
  EXPECT_NE(in.value().warnings[0].find("autor"), std::string::npos);
  EXPECT_NE(in.value().warnings[0].find("a.jsonl:1"), std::string::npos);
}

TEST(ReadInputs, JsonArticleWithoutTextIsAProblem) {
  TempDir dir;
  const std::string path =
      dir.Write("a.jsonl", "{\"title\":\"No body\"}\n{\"text\":5}\n{\"text\":\"ok.\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok());
  ASSERT_EQ(in.value().problems.size(), 2u);
  EXPECT_NE(in.value().problems[0].find("missing field \"text\""), std::string::npos);
  EXPECT_NE(in.value().problems[1].find("must be a string"), std::string::npos);
}

// An integer id is read in decimal, as group's reader always read it (one
// reader of an article object, io/article_object.h); summarize refused it
// ("must be a string"). Any other type of id is still a problem naming it.
TEST(ReadInputs, AnIntegerJsonIdIsReadInDecimal) {
  TempDir dir;
  const std::string path =
      dir.Write("a.jsonl",
                "{\"id\":5,\"text\":\"One.\"}\n"
                "{\"id\":-12,\"text\":\"Two.\"}\n"
                "{\"id\":18446744073709551615,\"text\":\"Three.\"}\n"
                "{\"id\":1.5,\"text\":\"Four.\"}\n"
                "{\"id\":[5],\"text\":\"Five.\"}\n"
                "{\"id\":7,\"documents\":[{\"id\":8,\"text\":\"Six.\"},\"Seven.\"]}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().clusters.size(), 2u);
  const Cluster& story = in.value().clusters[1];  // the cluster line
  EXPECT_EQ(story.id, "7");
  ASSERT_EQ(story.articles.size(), 2u);
  EXPECT_EQ(story.articles[0].id, "8");
  EXPECT_EQ(story.articles[1].id, "7#2");
  const Cluster& loose = in.value().clusters[0];  // loose articles come first
  ASSERT_EQ(loose.articles.size(), 3u);
  EXPECT_EQ(loose.articles[0].id, "5");
  EXPECT_EQ(loose.articles[1].id, "-12");
  EXPECT_EQ(loose.articles[2].id, "18446744073709551615");
  ASSERT_EQ(in.value().problems.size(), 2u);
  for (const std::string& problem : in.value().problems) {
    EXPECT_NE(problem.find("field \"id\" must be a string or an integer"), std::string::npos)
        << problem;
  }
  EXPECT_NE(in.value().problems[0].find("a.jsonl:4"), std::string::npos);
  EXPECT_TRUE(in.value().warnings.empty());
}

// A whole number past 64 bits is read by JSON as a float: the problem says
// to write it as a string rather than that it is not an integer.
TEST(ReadInputs, AnIdPast64BitsIsToldToBeAString) {
  TempDir dir;
  const std::string path = dir.Write("a.jsonl",
                                     "{\"id\":18446744073709551616,\"text\":\"One.\"}\n"
                                     "{\"id\":-9223372036854775809,\"text\":\"Two.\"}\n"
                                     "{\"id\":\"3\",\"text\":\"Three.\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  ASSERT_EQ(in.value().problems.size(), 2u);
  EXPECT_NE(in.value().problems[0].find(
                "a.jsonl:1: field \"id\" is an integer past 64 bits: write it as a string"),
            std::string::npos)
      << in.value().problems[0];
  EXPECT_NE(in.value().problems[1].find("a.jsonl:2: field \"id\" is an integer past 64 bits"),
            std::string::npos)
      << in.value().problems[1];
}

// A story (cluster line) id is read by the rule of an article's: a value
// that is no string or integer is a problem naming the file, line and
// field, and the story is not read (it used to become "line-N" in
// silence); a null id still names the story after its line.
TEST(ReadInputs, AStoryIdThatIsNoIntegerIsAProblemNamingTheLine) {
  TempDir dir;
  const std::string path = dir.Write("s.jsonl",
                                     "{\"id\":1.5,\"documents\":[\"One.\"]}\n"
                                     "{\"id\":1e30,\"documents\":[\"Two.\"]}\n"
                                     "{\"id\":18446744073709551616,\"documents\":[\"Three.\"]}\n"
                                     "{\"id\":null,\"documents\":[\"Four.\"]}\n"
                                     "{\"id\":7,\"documents\":[\"Five.\"]}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const std::vector<std::string>& problems = in.value().problems;
  ASSERT_EQ(problems.size(), 3u);
  EXPECT_NE(problems[0].find("s.jsonl:1: field \"id\" must be a string or an integer"),
            std::string::npos)
      << problems[0];
  for (size_t i = 1; i < 3; ++i) {
    const std::string where = "s.jsonl:" + std::to_string(i + 1) + ": ";
    EXPECT_NE(problems[i].find(where + "field \"id\" is an integer past 64 bits: write it as a "
                                       "string"),
              std::string::npos)
        << problems[i];
  }
  ASSERT_EQ(in.value().clusters.size(), 2u);
  EXPECT_EQ(in.value().clusters[0].id, "line-4");
  EXPECT_EQ(in.value().clusters[1].id, "7");
}

TEST(ReadInputs, InvalidUtf8InsideJsonIsRepairedNotLost) {
  TempDir dir;
  const std::string path = dir.Write("a.jsonl", "{\"text\":\"Caf\xe9 news.\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  EXPECT_NE(in.value().clusters[0].articles[0].text.find("\xEF\xBF\xBD"), std::string::npos);
  ASSERT_FALSE(in.value().warnings.empty());
  EXPECT_NE(in.value().warnings[0].find("a.jsonl:1"), std::string::npos);
}

TEST(ReadInputs, BinaryJsonLinesFileIsAProblem) {
  TempDir dir;
  const std::string path = dir.Write("a.jsonl", std::string("{\0\0\0", 4));
  Result<Inputs> in = ReadInputs({path});
  ASSERT_FALSE(in.ok());
  EXPECT_NE(in.status().message().find("binary"), std::string::npos);
}

}  // namespace
}  // namespace concord::io

namespace concord::io {
namespace {

TEST(ReadInputs, TitlesAreTakenTheSameWayInEveryInputForm) {
  // The same article as a file, as a JSON Lines article and as a cluster
  // document: the title line is metadata each time, never body text.
  const std::string body = "The harbor bridge closed on Thursday. Traffic stopped.\n";
  const std::string file_text = "Harbor bridge closed\n\n" + body;
  TempDir dir;
  const std::string file = dir.Write("a.txt", file_text);
  const std::string article_line =
      dir.Write("a.jsonl", "{\"id\":\"a\",\"text\":\"Harbor bridge closed\\n\\nThe harbor bridge "
                           "closed on Thursday. Traffic stopped.\\n\"}\n");
  const std::string cluster_line = dir.Write(
      "c.jsonl", "{\"id\":\"c\",\"documents\":[\"Harbor bridge closed\\n\\nThe harbor bridge "
                 "closed on Thursday. Traffic stopped.\\n\"]}\n");
  for (const std::string& path : {file, article_line, cluster_line}) {
    Result<Inputs> in = ReadInputs({path});
    ASSERT_TRUE(in.ok()) << path << ": " << in.status().ToString();
    const Article& a = in.value().clusters[0].articles[0];
    EXPECT_EQ(a.title, "Harbor bridge closed") << path;
    EXPECT_EQ(a.text.find("Harbor bridge closed"), std::string::npos) << path << ": " << a.text;
    EXPECT_NE(a.text.find("Traffic stopped."), std::string::npos) << path;
  }
}

TEST(ReadInputs, AGivenJsonTitleKeepsTheTextWhole) {
  TempDir dir;
  const std::string path = dir.Write(
      "a.jsonl", "{\"title\":\"Given\",\"text\":\"Short line\\n\\nThe bridge closed.\\n\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Article& a = in.value().clusters[0].articles[0];
  EXPECT_EQ(a.title, "Given");
  EXPECT_EQ(a.text.rfind("Short line", 0), 0u) << a.text;
}

TEST(ReadInputs, AFirstLineRepeatingTheGivenTitleIsDropped) {
  // Scraped articles often keep the headline as the text's first line
  // beside a "title" field; left in, it was picked as a summary sentence.
  TempDir dir;
  const std::string path = dir.Write(
      "a.jsonl",
      "{\"title\":\"Mayor\u2019s Bridge Plan Stalls\",\"text\":\"Mayor's bridge plan "
      "stalls\\n\\nThe bridge closed.\\n\"}\n"
      "{\"title\":\"Mayor's Bridge Plan\",\"text\":\"Mayor's bridge plan stalls\\n\\nThe "
      "bridge closed.\\n\"}\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Article& same = in.value().clusters[0].articles[0];
  EXPECT_EQ(same.title, "Mayor\u2019s Bridge Plan Stalls");
  EXPECT_EQ(same.text.find("stalls"), std::string::npos) << same.text;
  EXPECT_NE(same.text.find("The bridge closed."), std::string::npos) << same.text;
  // A first line that says something else than the given title stays.
  const Article& other = in.value().clusters[0].articles[1];
  EXPECT_EQ(other.title, "Mayor's Bridge Plan");
  EXPECT_EQ(other.text.rfind("Mayor's bridge plan stalls", 0), 0u) << other.text;
}

TEST(ReadInputs, AFrontMatterTitleDropsTheSameFirstLine) {
  TempDir dir;
  const std::string path = dir.Write(
      "a.txt", "---\ntitle: Harbor bridge closed\n---\nHarbor Bridge Closed\n\nTraffic stopped.\n");
  Result<Inputs> in = ReadInputs({path});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Article& a = in.value().clusters[0].articles[0];
  EXPECT_EQ(a.title, "Harbor bridge closed");
  EXPECT_EQ(a.text.find("Closed"), std::string::npos) << a.text;
}

TEST(ReadInputs, NamesFromFileNamesAreOneLineOfUtf8) {
  TempDir dir;
  dir.Write("s/two\nlines\xff.txt", "The harbor bridge closed on Thursday.\n");
  Result<Inputs> in = ReadInputs({dir.Path("s")});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Article& a = in.value().clusters[0].articles[0];
  EXPECT_EQ(a.id, "two lines\xEF\xBF\xBD");
  EXPECT_EQ(a.source, "two lines\xEF\xBF\xBD");
}

}  // namespace
}  // namespace concord::io
