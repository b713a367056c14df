// Attribution (attribute.cc) does not name as support an article whose
// version of the sentence gives other numbers or places: two reports from
// one template, a quake in Chile and a quake in Japan, back each other's
// words but not each other's facts.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/summarize.h"

namespace concord {
namespace {

std::string Quake(const std::string& magnitude, const std::string& country,
                  const std::string& distance, const std::string& city) {
  return "A magnitude " + magnitude + " earthquake struck off the coast of " + country +
         " on Tuesday, the United States Geological Survey said. There were no immediate "
         "reports of damage or casualties. The quake was centred " +
         distance + " kilometres from " + city +
         " at a depth of 10 kilometres, the USGS said. No tsunami warning was issued.";
}

Cluster Quakes(const std::string& second_magnitude, const std::string& second_country) {
  Cluster cluster;
  cluster.id = "quakes";
  Article a;
  a.source = "Reuters";
  a.text = Quake("6.1", "Chile", "80", "Valparaiso");
  Article b;
  b.source = "Yahoo";
  b.text = Quake(second_magnitude, second_country, "120", "Sendai");
  cluster.articles = {a, b};
  return cluster;
}

// The sources of each summary sentence, by the sentence's first words.
std::vector<std::pair<std::string, size_t>> Sources(const Cluster& cluster) {
  SummarizeOptions options;
  options.budget = 100;
  // Two articles that differ in a few words are near-copies; collapsed,
  // the copy would back only its own sentences' exact text, and the test
  // would not reach attribution.
  options.collapse_copies = false;
  Result<Summary> summary = Summarize(cluster, options);
  EXPECT_TRUE(summary.ok()) << summary.status().message();
  std::vector<std::pair<std::string, size_t>> out;
  if (!summary.ok()) return out;
  for (const SummarySentence& s : summary.value().sentences) {
    out.emplace_back(s.text.substr(0, 20), s.sources.size());
  }
  return out;
}

size_t SourcesOf(const std::vector<std::pair<std::string, size_t>>& sources,
                 const std::string& opening) {
  for (const auto& [text, count] : sources) {
    if (text.rfind(opening, 0) == 0) return count;
  }
  ADD_FAILURE() << "no summary sentence opens with " << opening;
  return 0;
}

TEST(AttributeFacts, AVersionWithOtherNumbersOrPlacesDoesNotBack) {
  const auto sources = Sources(Quakes("5.8", "Japan"));
  // Other magnitude and country; other distance and city.
  EXPECT_EQ(SourcesOf(sources, "A magnitude"), 1u);
  EXPECT_EQ(SourcesOf(sources, "The quake was centre"), 1u);
  // The sentences both say word for word are backed by both.
  EXPECT_EQ(SourcesOf(sources, "There were no immedi"), 2u);
  EXPECT_EQ(SourcesOf(sources, "No tsunami warning w"), 2u);
}

TEST(AttributeFacts, AnotherPlaceAloneIsEnough) {
  // The same magnitude, another country.
  EXPECT_EQ(SourcesOf(Sources(Quakes("6.1", "Japan")), "A magnitude"), 1u);
  // The same magnitude and country: backed.
  EXPECT_EQ(SourcesOf(Sources(Quakes("6.1", "Chile")), "A magnitude"), 2u);
}

// Two reports from one template about two events (another town, another
// toll): neither is a copy of the other, nor is one lead a repeat of the
// other, so both events reach the summary.
TEST(AttributeFacts, ATemplateReportOfAnotherPlaceIsNoRepeat) {
  const std::string rest =
      " The blaze started in the early morning and spread quickly through the building. Police "
      "have opened an investigation into the cause of the fire.";
  Cluster cluster;
  Article a;
  a.source = "Alpha";
  a.text =
      "A fire at a warehouse in Lyon killed three workers on Tuesday, firefighters said." + rest;
  Article b;
  b.source = "Gamma";
  b.text =
      "A fire at a warehouse in Hamburg killed two workers on Tuesday, firefighters said." + rest;
  cluster.articles = {a, b};
  SummarizeOptions options;
  options.budget = 60;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_TRUE(summary.value().copies.empty());
  size_t leads = 0;
  for (const SummarySentence& s : summary.value().sentences) {
    if (s.text.find("killed") == std::string::npos) continue;
    ++leads;
    EXPECT_EQ(s.sources, (std::vector<size_t>{s.article})) << s.text;
  }
  EXPECT_EQ(leads, 2u);
}

// An outlet whose sentence says the opposite (not, denied, did not say)
// is not named as backing the summary sentence.
TEST(AttributeFacts, ANegatedVersionDoesNotBack) {
  Cluster cluster;
  Article a;
  a.source = "Alpha";
  a.text =
      "The mayor of Springfield resigned on Monday after a long scandal over city "
      "contracts. Council members will pick a successor next month.";
  Article b;
  b.source = "Beta";
  b.text =
      "The mayor of Springfield did not resign on Monday after a long scandal over city "
      "contracts. He told reporters he would stay in office until the election.";
  cluster.articles = {a, b};
  SummarizeOptions options;
  options.budget = 40;
  Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  size_t checked = 0;
  for (const SummarySentence& s : summary.value().sentences) {
    if (s.text.find("scandal") == std::string::npos) continue;
    EXPECT_EQ(s.sources, (std::vector<size_t>{s.article})) << s.text;
    ++checked;
  }
  EXPECT_EQ(checked, 1u);
}

}  // namespace
}  // namespace concord
