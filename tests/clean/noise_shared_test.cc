// FindNoise over ../shared data: the two seed articles (exact removals) and
// the Multi-News validation sample (banner text gone, counts per rule).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "concord/clean.h"
#include "testing/removals.h"
#include "testing/shared_data.h"

namespace concord::clean {
namespace {

// The seed file ../shared/seeds/<name>.
std::string ReadSeed(const std::string& name) {
  std::string text;
  EXPECT_TRUE(concord::testing::ReadFile(
      concord::testing::SharedPath("seeds/" + name), &text))
      << name;
  return text;
}

TEST(FindNoiseSeeds, RemovesOnlyTheHovercardFromSeed002) {
  CONCORD_SHARED_OR_SKIP("seeds/002_8462a569a0a5bd61.txt");
  const std::string text = ReadSeed("002_8462a569a0a5bd61.txt");
  const std::vector<Removal> removals = FindNoise(text);
  const size_t glue = text.find("KerryJohn Forbes Kerry");
  const size_t more = text.find(" MORE said");
  ASSERT_NE(glue, std::string::npos);
  ASSERT_NE(more, std::string::npos);
  ASSERT_EQ(removals.size(), 1u);
  EXPECT_EQ(removals[0].rule, "hovercard");
  EXPECT_TRUE(removals[0].inline_span);
  EXPECT_EQ(removals[0].start, glue + 5);      // "John Forbes Kerry..."
  EXPECT_EQ(removals[0].end, more + 6);        // through "MORE "
  EXPECT_NE(concord::testing::CollapseSpaces(concord::testing::ApplyRemovals(text, removals))
                .find("Secretary of State John Kerry said the United States"),
            std::string::npos);
}

TEST(FindNoiseSeeds, RemovesOnlyTheTrailingHeadlinesFromSeed000) {
  CONCORD_SHARED_OR_SKIP("seeds/000_64b0df977b14a08f.txt");
  const std::string text = ReadSeed("000_64b0df977b14a08f.txt");
  const std::vector<Removal> removals = FindNoise(text);
  const size_t first = text.find("Obama to Congress: I don't need new permission on Iraq");
  ASSERT_NE(first, std::string::npos);
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == ' ')) --end;
  ASSERT_EQ(removals.size(), 1u);
  EXPECT_EQ(removals[0].rule, "related-links");
  EXPECT_FALSE(removals[0].inline_span);
  EXPECT_EQ(removals[0].start, first);
  EXPECT_EQ(removals[0].end, end);
  EXPECT_NE(text.substr(first, end - first)
                .find("Current fighting pushes Iraqi refugee population past 1 million"),
            std::string::npos);
}

// True when every occurrence of `needle` in `text` lies inside a removal.
bool AllInsideRemovals(std::string_view text, std::string_view needle,
                       const std::vector<Removal>& removals) {
  for (size_t pos = text.find(needle); pos != std::string_view::npos;
       pos = text.find(needle, pos + 1)) {
    bool covered = false;
    for (const Removal& r : removals) {
      covered = covered || (r.start <= pos && pos + needle.size() <= r.end);
    }
    if (!covered) return false;
  }
  return true;
}

TEST(FindNoiseMultiNews, RemovesCrawlBannersAndTweetChromeFromValidation) {
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-full250.jsonl");
  std::ifstream in(concord::testing::SharedPath("data/multinews/validation-full250.jsonl"));
  ASSERT_TRUE(in) << "cannot open validation-full250.jsonl";
  std::map<std::string, int> per_rule;
  std::string line;
  int documents = 0;
  while (std::getline(in, line)) {
    const nlohmann::json cluster = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(cluster.is_discarded());
    for (const nlohmann::json& document : cluster["documents"]) {
      const std::string text = document.get<std::string>();
      ++documents;
      const std::vector<Removal> removals = FindNoise(text);
      size_t last_end = 0;
      for (const Removal& r : removals) {
        ASSERT_LT(r.start, r.end);
        ASSERT_LE(r.end, text.size());
        ASSERT_GE(r.start, last_end);
        last_end = r.end;
        ++per_rule[r.rule];
      }
      for (std::string_view needle :
           {"Alexa Internet has been donating", "Tweet with a location",
            "Focused crawls are collections", "You can add location information",
            "These crawls are part of an effort to archive"}) {
        EXPECT_TRUE(AllInsideRemovals(text, needle, removals))
            << needle << " left in document " << documents;
      }
    }
  }
  EXPECT_EQ(documents, 690);
  std::cout << "removals per rule over " << documents << " documents:\n";
  for (const auto& [rule, count] : per_rule) {
    std::cout << "  " << rule << " " << count << "\n";
  }
  EXPECT_GT(per_rule["archive-banner"], 10);
  EXPECT_GT(per_rule["social-embed"], 10);
}

}  // namespace
}  // namespace concord::clean
