// The readability checks surname_first and surname_only (docs/summarize.md,
// "Full names first"): a sentence that calls a person by surname before
// the summary has given the full name, and RunReadability reading the
// people with compare's name finder.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/readability.h"

namespace concord::eval {
namespace {

std::vector<ReadSentence> NamedSummary(const std::vector<std::vector<PersonName>>& people) {
  std::vector<ReadSentence> out;
  for (size_t i = 0; i < people.size(); ++i) {
    ReadSentence s;
    s.text = "Sentence " + std::to_string(i) + " of the story.";
    s.index = i;
    s.opens_article = i < 3;
    s.persons = people[i];
    out.push_back(s);
  }
  return out;
}

std::vector<bool> SurnameFlags(const std::vector<ReadSentence>& summary, Check check) {
  std::vector<bool> flags;
  for (const SentenceChecks& s : CheckSummary(summary).sentences) flags.push_back(s.flags[check]);
  return flags;
}

using Flags = std::vector<bool>;

TEST(SurnameCheck, ASurnameBeforeTheFullNameIsSurnameFirst) {
  // "Varga said ..." then "Peter Varga, the city's engineer, ...".
  const auto summary = NamedSummary({{}, {{7, false}}, {{7, true}}, {{7, false}}});
  EXPECT_EQ(SurnameFlags(summary, kSurnameFirst), Flags({false, true, false, false}));
  EXPECT_EQ(SurnameFlags(summary, kSurnameOnly), Flags({false, false, false, false}));
  EXPECT_EQ(CheckNames()[kSurnameFirst], "surname_first");
  EXPECT_EQ(CheckNames()[kSurnameOnly], "surname_only");
}

TEST(SurnameCheck, ASurnameTheSummaryNeverGivesInFullIsSurnameOnly) {
  const auto summary = NamedSummary({{{1, true}}, {{1, false}, {2, false}}, {{2, false}}});
  EXPECT_EQ(SurnameFlags(summary, kSurnameOnly), Flags({false, true, true}));
  EXPECT_EQ(SurnameFlags(summary, kSurnameFirst), Flags({false, false, false}));
}

TEST(SurnameCheck, TheFullNameEarlierInTheSameSentenceIntroducesThePerson) {
  // "Peter Varga said Varga's office ..." against "Varga told Peter Varga's aide ...".
  EXPECT_EQ(SurnameFlags(NamedSummary({{{3, true}, {3, false}}}), kSurnameOnly), Flags({false}));
  EXPECT_EQ(SurnameFlags(NamedSummary({{{3, false}, {3, true}}}), kSurnameFirst), Flags({true}));
}

Cluster TwoArticles(const std::string& first, const std::string& second) {
  Cluster cluster;
  cluster.id = "varga";
  for (const std::string& text : {first, second}) {
    Article article;
    article.text = text;
    cluster.articles.push_back(article);
  }
  return cluster;
}

ReadabilityReport LeadReport(const Cluster& cluster) {
  ReadabilityOptions options;
  options.methods = {"lead"};
  options.words = 20;
  options.threads = 1;
  Result<std::vector<ReadabilityReport>> reports = RunReadability({cluster}, options);
  EXPECT_TRUE(reports.ok());
  return reports.ok() ? reports.value()[0] : ReadabilityReport{};
}

// The lead method takes the first sentence of each article; the second
// article alone gives the full name, which the summary never shows.
TEST(SurnameCheck, RunReadabilityReadsPeopleInTheSummaryAndItsArticles) {
  const Cluster cluster = TwoArticles(
      "Varga closed the harbor bridge on Monday after a crack was found.\n\n"
      "Ferries will carry commuters until it reopens.",
      "The harbor bridge stayed shut on Tuesday.\n\n"
      "Peter Varga, the city's engineer, said repairs would take three weeks.");
  const ReadabilityReport report = LeadReport(cluster);
  EXPECT_EQ(report.totals[kSurnameOnly].sentences, 1u);
  EXPECT_EQ(report.totals[kSurnameFirst].sentences, 0u);
  ASSERT_FALSE(report.totals[kSurnameOnly].examples.empty());
  EXPECT_EQ(report.totals[kSurnameOnly].examples[0].substr(0, 6), "Varga ");
}

// A surname used as a modifier after "the" calls nobody by surname: the
// lead of the first article opens the summary before the full name.
TEST(SurnameCheck, ASurnameAfterTheIsAModifier) {
  const Cluster cluster = TwoArticles(
      "The Varga plan keeps the harbor bridge shut on Tuesday.\n\n"
      "Repairs would take three weeks, the city said.",
      "Peter Varga, the city's engineer, closed the harbor bridge on Monday.\n\n"
      "Ferries will carry commuters until it reopens.");
  const ReadabilityReport report = LeadReport(cluster);
  EXPECT_EQ(report.summaries, 1u);
  EXPECT_EQ(report.totals[kSurnameFirst].sentences, 0u);
  EXPECT_EQ(report.totals[kSurnameOnly].sentences, 0u);
}

}  // namespace
}  // namespace concord::eval
