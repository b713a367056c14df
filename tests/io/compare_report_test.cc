// Tests of src/io/format/compare_report.cc: a Comparison as text,
// Markdown and JSON.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compare/test_documents.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/format.h"
#include "concord/io.h"
#include "testing/temp_dir.h"

namespace concord::io {
namespace {

using compare::Comparison;

struct Analyzed {
  std::vector<Article> articles;
  std::vector<Document> documents;
};

Analyzed AnalyzeAll(std::vector<Article> articles) {
  Analyzed out;
  text::Tokenizer tokenizer;
  for (const Article& a : articles) out.documents.push_back(text::Analyze(a, tokenizer));
  out.articles = std::move(articles);
  return out;
}

Analyzed SmallStory() {
  return AnalyzeAll(
      {concord::testing::TextArticle(
           "Mayor Ada Brennan said the Harbor Bridge will close for repairs on Monday. "
           "\"We have no choice,\" Brennan said. The harbor authority ruled out a "
           "ferry subsidy for weekend commuters from the north shore.",
           "Gazette"),
       concord::testing::TextArticle(
           "The Harbor Bridge will close for repairs on Monday, Mayor Ada Brennan said. "
           "\"We have no choice,\" the mayor said. About 1,500 cars cross the bridge "
           "every hour.",
           "Ledger")});
}

TEST(Report, MarkdownHasQuoteTableAndUniqueList) {
  const Analyzed story = SmallStory();
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string md = ComparisonToMarkdown(c.value(), story.articles, story.documents);
  EXPECT_NE(md.find("| Speaker | Quote | Outlets |"), std::string::npos) << md;
  EXPECT_NE(md.find("We have no choice"), std::string::npos) << md;
  EXPECT_NE(md.find("### Only in Gazette"), std::string::npos) << md;
  EXPECT_NE(md.find("ferry subsidy"), std::string::npos) << md;
}

TEST(Report, TextAndJsonCarryTheSameFacts) {
  const Analyzed story = SmallStory();
  Result<Comparison> c = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(c.ok());
  const std::string text = ComparisonToText(c.value(), story.articles, story.documents);
  EXPECT_NE(text.find("Only in Gazette"), std::string::npos) << text;
  const nlohmann::json j = ComparisonToJson(c.value(), story.articles, story.documents);
  ASSERT_TRUE(j.contains("shared"));
  ASSERT_FALSE(j["shared"].empty());
  EXPECT_EQ(j["shared"][0]["outlets"].size(), 2u);
  ASSERT_FALSE(j["quotes"].empty());
  EXPECT_EQ(j["quotes"][0]["outlets"].size(), 2u);
  EXPECT_EQ(j["quotes"][0]["speaker"], "Ada Brennan");
  const nlohmann::json quotes = QuotesToJson(c.value(), story.articles);
  ASSERT_FALSE(quotes.empty());
  const nlohmann::json& part = quotes[0]["parts"][0];
  const std::string& body = story.articles[quotes[0]["article"].get<size_t>()].text;
  EXPECT_EQ(body.substr(part["start"].get<size_t>(),
                        part["end"].get<size_t>() - part["start"].get<size_t>()),
            part["text"].get<std::string>());
}

TEST(Report, SameInputGivesSameBytes) {
  const Analyzed story = SmallStory();
  Result<Comparison> a = compare::Compare(story.articles, story.documents);
  Result<Comparison> b = compare::Compare(story.articles, story.documents);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(ComparisonToJson(a.value(), story.articles, story.documents).dump(),
            ComparisonToJson(b.value(), story.articles, story.documents).dump());
}

TEST(CompareJson, NamesWithInvalidUtf8ReadFromAFolderDumpWithoutThrowing) {
  // A folder name and a file name with bytes that are not UTF-8: the reader
  // repairs them, so the library's JSON can be written as is.
  concord::testing::TempDir dir;
  dir.Write("s\xfe/o\xff.txt", "The harbor bridge closed on Thursday after a crack.\n");
  dir.Write("s\xfe/p.txt", "Inspectors found a crack and the harbor bridge closed.\n");
  Result<Inputs> in = ReadInputs({dir.path() + "/s\xfe"});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Cluster& cluster = in.value().clusters[0];
  EXPECT_EQ(cluster.id, "s\xEF\xBF\xBD");
  EXPECT_EQ(cluster.articles[0].id, "o\xEF\xBF\xBD");
  EXPECT_EQ(cluster.articles[0].source, "o\xEF\xBF\xBD");
  Analyzed analyzed = AnalyzeAll(cluster.articles);
  Result<Comparison> c = compare::Compare(analyzed.articles, analyzed.documents);
  ASSERT_TRUE(c.ok());
  EXPECT_NO_THROW(ComparisonToJson(c.value(), analyzed.articles, analyzed.documents).dump());
  EXPECT_NO_THROW(QuotesToJson(c.value(), analyzed.articles).dump());
}

}  // namespace
}  // namespace concord::io
