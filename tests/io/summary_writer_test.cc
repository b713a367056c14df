#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <vector>

#include "concord/format.h"

namespace concord::io {
namespace {

Cluster TwoArticles() {
  Cluster cluster;
  cluster.id = "story-1";
  Article a;
  a.id = "a";
  a.source = "Courier";
  a.text = "The bridge closed. Noise here.";
  Article b;
  b.id = "b";
  b.text = "The bridge was closed.";
  cluster.articles = {a, b};
  return cluster;
}

Summary OneSentence() {
  Summary summary;
  SummarySentence s;
  s.text = "The bridge closed.";
  s.article = 0;
  s.start = 0;
  s.end = 18;
  s.sources = {0, 1};
  s.score = 0.1234567;
  summary.sentences.push_back(s);
  summary.documents.resize(2);
  summary.documents[0].removed.push_back({19, 30, "advertisement", false});
  summary.stats.articles = 2;
  return summary;
}

TEST(FormatSummary, TextNamesOutletsInBrackets) {
  const std::string out = FormatSummary(TwoArticles(), OneSentence(), Format::kText);
  // Article b has no source: its id stands in.
  EXPECT_EQ(out, "The bridge closed. [Courier, b]\n");
}

TEST(FormatSummary, ExplainListsRemovalsWithRuleAndSpan) {
  FormatOptions options;
  options.explain = true;
  const std::string out =
      FormatSummary(TwoArticles(), OneSentence(), Format::kText, options);
  EXPECT_NE(out.find("[19, 30) advertisement: Noise here."), std::string::npos) << out;
}

TEST(FormatSummary, MarkdownExplainEscapesBarsInRemovedText) {
  Cluster cluster = TwoArticles();
  cluster.articles[0].text = "The bridge closed. Vote delayed | Festival moved MORE";
  Summary summary = OneSentence();
  summary.documents[0].removed[0] = {19, 53, "hovercard", true};
  FormatOptions options;
  options.explain = true;
  const std::string out = FormatSummary(cluster, summary, Format::kMarkdown, options);
  EXPECT_NE(out.find("Vote delayed \\| Festival moved MORE |"), std::string::npos) << out;
}

TEST(FormatSummary, MarkdownIsAListWithOutletsInItalics) {
  const std::string out = FormatSummary(TwoArticles(), OneSentence(), Format::kMarkdown);
  EXPECT_EQ(out, "- The bridge closed. *(Courier, b)*\n");
}

TEST(FormatSummary, JsonHasTheDocumentedFieldsOnOneLine) {
  const std::string out = FormatSummary(TwoArticles(), OneSentence(), Format::kJson);
  ASSERT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1);
  const nlohmann::json json = nlohmann::json::parse(out);
  EXPECT_EQ(json["id"], "story-1");
  const auto& s = json["sentences"][0];
  EXPECT_EQ(s["text"], "The bridge closed.");
  EXPECT_EQ(s["article"], "a");
  EXPECT_EQ(s["start"], 0);
  EXPECT_EQ(s["end"], 18);
  EXPECT_EQ(s["sources"], nlohmann::json::array({"Courier", "b"}));
  EXPECT_DOUBLE_EQ(s["score"].get<double>(), 0.123457);
  EXPECT_EQ(json["removed"][0]["rule"], "advertisement");
  EXPECT_EQ(json["removed"][0]["text"], "Noise here.");
  EXPECT_EQ(json["stats"]["articles"], 2);
}

// A quotation over two sentences of article a: the second continues it.
Summary OnePassage(std::vector<size_t> second_sources) {
  Summary summary;
  SummarySentence first;
  first.text = "Ito said \"the ferry runs.";
  first.sources = {0, 1};
  SummarySentence second;
  second.text = "Cars go free\" all week.";
  second.sentence = 1;
  second.sources = std::move(second_sources);
  second.continues = true;
  summary.sentences = {first, second};
  summary.documents.resize(2);
  return summary;
}

TEST(FormatSummary, APassageIsOneLineWithItsOutletsOnceWhenTheyAgree) {
  EXPECT_EQ(FormatSummary(TwoArticles(), OnePassage({0, 1}), Format::kText),
            "Ito said \"the ferry runs. Cars go free\" all week. [Courier, b]\n");
  EXPECT_EQ(FormatSummary(TwoArticles(), OnePassage({0, 1}), Format::kMarkdown),
            "- Ito said \"the ferry runs. Cars go free\" all week. *(Courier, b)*\n");
}

TEST(FormatSummary, APassageNamesEachSentencesOutletsWhenTheyDiffer) {
  // b does not carry the second sentence: it is not shown behind it.
  EXPECT_EQ(FormatSummary(TwoArticles(), OnePassage({0}), Format::kText),
            "Ito said \"the ferry runs. [Courier, b] Cars go free\" all week. [Courier]\n");
  Summary two = OnePassage({0});
  two.sentences[1].continues = false;  // two passages: two lines
  EXPECT_EQ(FormatSummary(TwoArticles(), two, Format::kText),
            "Ito said \"the ferry runs. [Courier, b]\nCars go free\" all week. [Courier]\n");
  const nlohmann::json json =
      nlohmann::json::parse(FormatSummary(TwoArticles(), OnePassage({0}), Format::kJson));
  EXPECT_EQ(json["sentences"][0]["continues"], false);
  EXPECT_EQ(json["sentences"][1]["continues"], true);
}

TEST(FormatSummary, PassageLineWrapsOutletsAsAsked) {
  EXPECT_EQ(PassageLine({{"One.", "A"}}, "<s>", "</s>"), "One.<s>A</s>");
  EXPECT_EQ(PassageLine({{"\"One.", "A"}, {"Two.\"", "A"}}, " (", ")"), "\"One. Two.\" (A)");
  EXPECT_EQ(PassageLine({{"\"One.", "A, B"}, {"Two.\"", "A"}}, " (", ")"),
            "\"One. (A, B) Two.\" (A)");
}

TEST(FormatSummary, ParseFormatKnowsTheNames) {
  EXPECT_EQ(ParseFormat("md"), Format::kMarkdown);
  EXPECT_EQ(ParseFormat("json"), Format::kJson);
  EXPECT_EQ(ParseFormat("text"), Format::kText);
  EXPECT_FALSE(ParseFormat("html").has_value());
}

}  // namespace
}  // namespace concord::io
