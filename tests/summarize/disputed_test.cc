// A summary sentence that another outlet's sentence negates names that
// outlet as saying otherwise (SummarySentence::disputed_by): a reader who
// sees "[Courier]" alone would take the fact as uncontested.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "concord/format.h"
#include "concord/summarize.h"

namespace concord {
namespace {

Cluster Story(const std::vector<std::pair<std::string, std::string>>& articles) {
  Cluster cluster;
  cluster.id = "pier";
  for (const auto& [source, text] : articles) {
    Article article;
    article.id = source;
    article.source = source;
    article.text = text;
    cluster.articles.push_back(article);
  }
  return cluster;
}

// The summary sentence holding `words`, or null.
const SummarySentence* Holding(const Summary& summary, const std::string& words) {
  for (const SummarySentence& s : summary.sentences) {
    if (s.text.find(words) != std::string::npos) return &s;
  }
  return nullptr;
}

const std::string kReopened =
    "The old ferry pier reopened on Friday after six weeks of repairs. Crews replaced the rotten "
    "planks along the north side.";
const std::string kNotReopened =
    "Harbor officials said the old ferry pier did not reopen on Friday after six weeks of "
    "repairs, as inspectors found more damage. Ferries will use the south dock until May.";

TEST(Disputed, ASentenceAnotherOutletNegatesNamesIt) {
  const Cluster cluster = Story({{"Courier", kReopened}, {"Bulletin", kNotReopened}});
  SummarizeOptions options;
  options.budget = 60;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  const SummarySentence* reopened = Holding(summary.value(), "pier reopened");
  ASSERT_NE(reopened, nullptr);
  EXPECT_EQ(reopened->sources, (std::vector<size_t>{0}));
  EXPECT_EQ(reopened->disputed_by, (std::vector<size_t>{1}));
  const SummarySentence* planks = Holding(summary.value(), "rotten planks");
  ASSERT_NE(planks, nullptr);
  EXPECT_TRUE(planks->disputed_by.empty());
  // The writers say so.
  const std::string text = io::FormatSummary(cluster, summary.value(), io::Format::kText);
  EXPECT_NE(text.find("repairs. [Courier; disputed by Bulletin]"), std::string::npos) << text;
  const std::string json = io::FormatSummary(cluster, summary.value(), io::Format::kJson);
  EXPECT_NE(json.find("\"disputed_by\":[\"Bulletin\"]"), std::string::npos) << json;
  EXPECT_EQ(json.find("\"disputed_by\"", json.find("rotten planks")), std::string::npos) << json;
}

// Outlets that agree dispute nothing, and an outlet that says something
// else about the pier (no negation of this statement) neither.
TEST(Disputed, AgreementOrAnotherStatementIsNoDispute) {
  const Cluster agree = Story({{"Courier", kReopened},
                               {"Bulletin",
                                "The old ferry pier reopened on Friday after six "
                                "weeks of repairs, officials said."}});
  const Cluster other =
      Story({{"Courier", kReopened},
             {"Bulletin",
              "The old ferry pier never had a cafe. It reopened on Friday, officials said."}});
  for (const Cluster& cluster : {agree, other}) {
    SummarizeOptions options;
    options.budget = 60;
    const Result<Summary> summary = Summarize(cluster, options);
    ASSERT_TRUE(summary.ok()) << summary.status().message();
    for (const SummarySentence& s : summary.value().sentences) {
      EXPECT_TRUE(s.disputed_by.empty()) << s.text;
    }
  }
}

// Two texts that differ only by the negation are near-copies, collapsed
// before ranking: the copy that negates the printed sentence disputes it.
TEST(Disputed, ACopyThatNegatesTheSentenceDisputesIt) {
  const Cluster cluster =
      Story({{"Courier",
              "The mayor resigned on Monday after a week of protests. The city council will "
              "meet on Friday."},
             {"Herald",
              "The mayor did not resign on Monday after a week of protests. The city council "
              "will meet on Friday."}});
  SummarizeOptions options;
  options.budget = 40;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_FALSE(summary.value().copies.empty()) << "the two texts are no longer near-copies";
  const SummarySentence* mayor = Holding(summary.value(), "resign");
  ASSERT_NE(mayor, nullptr);
  EXPECT_EQ(mayor->disputed_by.size(), 1u);
  EXPECT_NE(mayor->disputed_by.front(), mayor->article);
  const SummarySentence* council = Holding(summary.value(), "council");
  ASSERT_NE(council, nullptr);
  EXPECT_TRUE(council->disputed_by.empty());
  EXPECT_EQ(council->sources.size(), 2u);
}

// A copy of an outlet that backs the sentence, but with a "not" the
// original lacks, says otherwise: it is no source (the hostile pass of
// stop 30: "never resigned [Herald, Courier, ...]", where Courier's copy
// of Bulletin says "resigned").
TEST(Disputed, ACopyOfABackingArticleThatNegatesTheSentenceIsNoSource) {
  const std::string council = " after a vote of the council. Ferries ran as usual.";
  const Cluster cluster =
      Story({{"Courier", "The mayor of Port Alder resigned on Monday" + council},
             {"Bulletin", "The mayor of Port Alder did not resign on Monday" + council},
             {"Herald",
              "The mayor of Port Alder never resigned on Monday after a vote of the "
              "council."}});
  SummarizeOptions options;
  options.budget = 60;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary.value().copies, (std::vector<std::pair<size_t, size_t>>{{0, 1}}))
      << "Courier is no longer a near-copy of Bulletin";
  const SummarySentence* mayor = Holding(summary.value(), "resign");
  ASSERT_NE(mayor, nullptr);
  EXPECT_NE(mayor->article, 0u) << mayor->text;
  EXPECT_EQ(std::count(mayor->sources.begin(), mayor->sources.end(), 0u), 0) << mayor->text;
  EXPECT_EQ(mayor->disputed_by, (std::vector<size_t>{0})) << mayor->text;
  const SummarySentence* ferries = Holding(summary.value(), "Ferries");
  ASSERT_NE(ferries, nullptr);
  EXPECT_EQ(ferries->sources.size(), 2u);
  EXPECT_TRUE(ferries->disputed_by.empty());
}

}  // namespace
}  // namespace concord
