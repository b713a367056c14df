#include "concord/compare.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/document.h"
#include "concord/format.h"
#include "concord/io.h"
#include "test_documents.h"
#include "testing/analyzed_texts.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace concord::compare {
namespace {

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

using concord::testing::AnalyzeAll;
using concord::testing::Analyzed;

// The two seed articles (000 is CNN, 002 is The Hill; the files carry no
// outlet, so the test names them).
class Seeds : public ::testing::Test {
 protected:
  void SetUp() override {
    CONCORD_SHARED_OR_SKIP("seeds");
    Result<io::Inputs> in = io::ReadInputs({concord::testing::SharedPath("seeds")});
    ASSERT_TRUE(in.ok()) << in.status().ToString();
    ASSERT_EQ(in.value().clusters.size(), 1u);
    std::vector<Article> articles = in.value().clusters[0].articles;
    ASSERT_EQ(articles.size(), 2u);
    articles[0].source = "CNN";
    articles[1].source = "The Hill";
    story_ = AnalyzeAll(std::move(articles));
    Result<Comparison> c = Compare(story_.articles, story_.documents);
    ASSERT_TRUE(c.ok());
    comparison_ = std::move(c).value();
  }

  const QuoteGroup* QuoteWith(const std::string& words) const {
    for (const QuoteGroup& g : comparison_.quote_groups) {
      for (size_t q : g.quotes) {
        if (comparison_.quotes[q].text.find(words) != std::string::npos) return &g;
      }
    }
    return nullptr;
  }

  std::vector<std::string> UniqueSentences(const std::string& outlet) const {
    std::vector<std::string> out;
    const Alignment& a = comparison_.alignment;
    for (size_t g : a.unique) {
      if (a.groups[g].outlets.front() != outlet) continue;
      const SentenceRef r = a.groups[g].sentences.front();
      out.push_back(story_.documents[r.article].sentences[r.sentence].text);
    }
    return out;
  }

  Analyzed story_;
  Comparison comparison_;
};

TEST_F(Seeds, SharedQuotesHaveKerryAndBothOutlets) {
  for (const std::string words : {"head-scratcher",
                                  "What I said is we are interested in "
                                  "communicating with Iran"}) {
    const QuoteGroup* g = QuoteWith(words);
    ASSERT_NE(g, nullptr) << words;
    EXPECT_TRUE(Has(g->outlets, "CNN")) << words;
    EXPECT_TRUE(Has(g->outlets, "The Hill")) << words;
    EXPECT_NE(g->speaker.find("Kerry"), std::string::npos) << words << ": " << g->speaker;
  }
}

TEST_F(Seeds, DempseyTestimonyIsOnlyInCnn) {
  bool found = false;
  for (const std::string& s : UniqueSentences("CNN")) {
    found |= s.find("Dempsey") != std::string::npos && s.find("Senate") != std::string::npos;
  }
  EXPECT_TRUE(found);
}

TEST_F(Seeds, PentagonRulingOutIsOnlyInTheHill) {
  bool found = false;
  for (const std::string& s : UniqueSentences("The Hill")) {
    found |= s.find("Pentagon immediately ruled out") != std::string::npos;
  }
  EXPECT_TRUE(found);
}

TEST_F(Seeds, MalikiSpellingsAreOnePerson) {
  bool grouped = false;
  for (const Entity& e : comparison_.alignment.entities) {
    grouped |= Has(e.variants, "Nuri al-Maliki") && Has(e.variants, "Nouri al-Maliki");
  }
  EXPECT_TRUE(grouped);
}

}  // namespace
}  // namespace concord::compare

namespace concord::compare {
namespace {

TEST(OutletList, NamesEachOutletOnceInFirstSeenOrder) {
  EXPECT_EQ(OutletList({"Fox News", "AP", "Fox News", "BBC", "AP"}), "Fox News, AP, BBC");
  EXPECT_EQ(OutletList({}), "");
}

TEST(OutletList, CountsWhatIsPastTheCap) {
  std::vector<std::string> outlets;
  for (int i = 0; i < 1253; ++i) outlets.push_back("O" + std::to_string(i));
  outlets.push_back("O0");  // a repeat is not counted again
  EXPECT_EQ(OutletList(outlets), "O0, O1, O2, O3, O4, O5, O6, O7, O8, O9 + 1,243 more");
  EXPECT_EQ(OutletList(outlets, 2), "O0, O1 + 1,251 more");
  EXPECT_EQ(OutletList({"A", "B", "C"}, 3), "A, B, C");
}

// Compare reads the analysis' Document::masked_text; a Document without
// one (built by hand) gets the same text computed inside compare, so both
// give the same comparison, and no name or quote runs across the noise.
// Review of stop 21: when the story keeps "Donald Trump Jr." apart from
// "President Donald Trump" (it writes "Trump Jr."), each quote keeps its
// speaker's entity name; the names' keys, which drop "Jr.", mapped both
// speakers to whichever entity was mentioned last.
TEST(CompareSpeakerNames, ASuffixKeptApartKeepsEachSpeakersName) {
  std::vector<Article> articles(1);
  articles[0].source = "Daily";
  articles[0].text =
      "Donald Trump Jr. said: \"It was nothing.\" President Donald Trump said: \"He is a "
      "good boy.\" Trump Jr. added: \"Fine.\"";
  Analyzed analyzed = AnalyzeAll(articles);
  Result<Comparison> c = Compare(analyzed.articles, analyzed.documents);
  ASSERT_TRUE(c.ok());
  std::vector<std::pair<std::string, std::string>> speakers;
  for (const Quote& q : c.value().quotes) speakers.emplace_back(q.text, q.speaker_name);
  const std::vector<std::pair<std::string, std::string>> expected = {
      {"It was nothing.", "Donald Trump Jr."},
      {"He is a good boy.", "Donald Trump"},
      {"Fine.", "Donald Trump Jr."}};
  EXPECT_EQ(speakers, expected);
}

TEST(CompareMaskedText, AnalysisMaskGivesTheSameComparisonAsOneMadeInCompare) {
  std::vector<Article> articles(2);
  articles[0].source = "Daily";
  articles[0].text =
      "Mayor Ann Cole closed the harbor bridge on Thursday after a crack.\n\n"
      "RELATED: \"Harbor bill clears committee,\" Bo Reed said\n\n"
      "\"We will not reopen it before the inspectors finish,\" Cole\xC2\xA0said.";
  articles[1].source = "Herald";
  articles[1].text =
      "The harbor bridge closed on Thursday after inspectors found a crack.\n\n"
      "\"We will not reopen it before the inspectors finish,\" said Mayor Ann Cole.";
  Analyzed analyzed = AnalyzeAll(articles);
  ASSERT_FALSE(analyzed.documents[0].removed.empty());
  ASSERT_EQ(analyzed.documents[0].masked_text.size(), articles[0].text.size());
  Result<Comparison> from_analysis = Compare(analyzed.articles, analyzed.documents);
  ASSERT_TRUE(from_analysis.ok());
  std::vector<Document> bare = analyzed.documents;
  for (Document& d : bare) d.masked_text.clear();
  Result<Comparison> made_here = Compare(analyzed.articles, bare);
  ASSERT_TRUE(made_here.ok());
  EXPECT_EQ(io::ComparisonToJson(from_analysis.value(), analyzed.articles, analyzed.documents),
            io::ComparisonToJson(made_here.value(), analyzed.articles, bare));
  const std::vector<Quote>& quotes = from_analysis.value().quotes;
  ASSERT_EQ(quotes.size(), 2u);
  for (const Quote& q : quotes) {
    EXPECT_EQ(q.text.find("Harbor bill"), std::string::npos) << q.text;
    EXPECT_EQ(q.speaker_name, "Ann Cole");
  }
  EXPECT_EQ(from_analysis.value().quote_groups.size(), 1u);
}

TEST(CompareJson, NamesWithInvalidUtf8ReadFromAFolderDumpWithoutThrowing) {
  // A folder name and a file name with bytes that are not UTF-8: the reader
  // repairs them, so the library's JSON can be written as is.
  concord::testing::TempDir dir;
  dir.Write("s\xfe/o\xff.txt", "The harbor bridge closed on Thursday after a crack.\n");
  dir.Write("s\xfe/p.txt", "Inspectors found a crack and the harbor bridge closed.\n");
  Result<io::Inputs> in = io::ReadInputs({dir.path() + "/s\xfe"});
  ASSERT_TRUE(in.ok()) << in.status().ToString();
  const Cluster& cluster = in.value().clusters[0];
  EXPECT_EQ(cluster.id, "s\xEF\xBF\xBD");
  EXPECT_EQ(cluster.articles[0].id, "o\xEF\xBF\xBD");
  EXPECT_EQ(cluster.articles[0].source, "o\xEF\xBF\xBD");
  Analyzed analyzed = AnalyzeAll(cluster.articles);
  Result<Comparison> c = Compare(analyzed.articles, analyzed.documents);
  ASSERT_TRUE(c.ok());
  EXPECT_NO_THROW(io::ComparisonToJson(c.value(), analyzed.articles, analyzed.documents).dump());
  EXPECT_NO_THROW(io::QuotesToJson(c.value(), analyzed.articles).dump());
}

}  // namespace
}  // namespace concord::compare
