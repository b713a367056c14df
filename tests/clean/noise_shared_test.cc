// FindNoise over ../shared data: the two seed articles (exact removals) and
// the Multi-News validation sample (banner text gone, counts per rule).
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <initializer_list>
#include <map>
#include <regex>
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

// The removal of `rule` that covers [pos, pos + size), or nullptr.
const Removal* CoveringRemoval(const std::vector<Removal>& removals, std::string_view rule,
                               size_t pos, size_t size) {
  for (const Removal& r : removals) {
    if (r.rule == rule && r.start <= pos && pos + size <= r.end) return &r;
  }
  return nullptr;
}

bool ContainsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
  for (std::string_view needle : needles) {
    if (text.find(needle) != std::string_view::npos) return true;
  }
  return false;
}

// Counts from one pass over validation-full250, each checked where it is
// found rather than against a number written here.
struct MultiNewsFacts {
  int documents = 0;
  int banner_openings = 0;  // paragraphs that open with a known banner
  int banner_removed_whole = 0;  // ... removed from their first byte to their end
  int sign_offs = 0;  // embedded-tweet sign-offs "- Name (@handle) May 16, 2017"
  int sign_offs_removed = 0;
  std::map<std::string, int> per_rule;
};

// The banner openings of the three web-archive banners in the data.
constexpr std::string_view kBannerOpenings[] = {
    "Starting in 1996, Alexa Internet has been donating",
    "These crawls are part of an effort to archive", "The seed for "};

void CheckBanners(const std::string& text, const std::vector<Removal>& removals,
                  MultiNewsFacts* facts) {
  for (std::string_view opening : kBannerOpenings) {
    for (size_t pos = text.find(opening); pos != std::string::npos;
         pos = text.find(opening, pos + 1)) {
      if (pos != 0 && text[pos - 1] != '\n' && text[pos - 1] != ' ') continue;
      ++facts->banner_openings;
      size_t line_end = text.find('\n', pos);
      if (line_end == std::string::npos) line_end = text.size();
      while (line_end > pos && text[line_end - 1] == ' ') --line_end;
      const Removal* r = CoveringRemoval(removals, "archive-banner", pos, line_end - pos);
      // Removed from the banner's first byte (not later, not earlier into
      // the article) through the end of its paragraph line.
      if (r != nullptr && r->start == pos) ++facts->banner_removed_whole;
      EXPECT_TRUE(r != nullptr && r->start == pos)
          << "banner not removed whole: " << text.substr(pos, 60);
    }
  }
  for (const Removal& r : removals) {
    if (r.rule != "archive-banner") continue;
    const std::string removed = text.substr(r.start, r.end - r.start);
    EXPECT_TRUE(ContainsAny(removed, {"rawl", "Archive", "collection", "seed"}))
        << "archive-banner removal without archive words: " << removed.substr(0, 80);
  }
}

void CheckSignOffs(const std::string& text, const std::vector<Removal>& removals,
                   MultiNewsFacts* facts) {
  static const std::regex kSignOff(
      "\xE2\x80\x94 [^\n]{1,60}\\(@\\w+\\) [A-Z][a-z]+ [0-9]{1,2}, [0-9]{4}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kSignOff);
       it != std::sregex_iterator(); ++it) {
    ++facts->sign_offs;
    // The sign-off starts at the last dash of the match: the tweet's own
    // text may hold a dash too ("- let's do this! - Bob (@b) May 1, 2018").
    const std::string match = it->str();
    const size_t dash = match.rfind("\xE2\x80\x94 ");
    const size_t pos = static_cast<size_t>(it->position()) + dash;
    const size_t size = match.size() - dash;
    if (CoveringRemoval(removals, "social-embed", pos, size) != nullptr) {
      ++facts->sign_offs_removed;
    } else {
      ADD_FAILURE() << "tweet sign-off left: " << it->str();
    }
  }
  for (const Removal& r : removals) {
    if (r.rule != "social-embed") continue;
    const std::string removed = text.substr(r.start, r.end - r.start);
    EXPECT_TRUE(ContainsAny(removed, {"(@", "pic.twitter.com", "Tweet", "Facebook",
                                      "A post shared by"}))
        << "social-embed removal without embed marks: " << removed.substr(0, 80);
  }
}

TEST(FindNoiseMultiNews, RemovesCrawlBannersAndTweetChromeFromValidation) {
  CONCORD_SHARED_OR_SKIP("data/multinews/validation-full250.jsonl");
  std::ifstream in(concord::testing::SharedPath("data/multinews/validation-full250.jsonl"));
  ASSERT_TRUE(in) << "cannot open validation-full250.jsonl";
  MultiNewsFacts facts;
  std::string line;
  while (std::getline(in, line)) {
    const nlohmann::json cluster = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(cluster.is_discarded());
    for (const nlohmann::json& document : cluster["documents"]) {
      const std::string text = document.get<std::string>();
      ++facts.documents;
      const std::vector<Removal> removals = FindNoise(text);
      size_t last_end = 0;
      for (const Removal& r : removals) {
        ASSERT_LT(r.start, r.end);
        ASSERT_LE(r.end, text.size());
        ASSERT_GE(r.start, last_end);
        last_end = r.end;
        ++facts.per_rule[r.rule];
      }
      for (std::string_view needle :
           {"Alexa Internet has been donating", "Tweet with a location",
            "Focused crawls are collections", "You can add location information",
            "These crawls are part of an effort to archive"}) {
        EXPECT_TRUE(AllInsideRemovals(text, needle, removals))
            << needle << " left in document " << facts.documents;
      }
      CheckBanners(text, removals, &facts);
      CheckSignOffs(text, removals, &facts);
    }
  }
  EXPECT_EQ(facts.documents, 690);
  std::cout << "removals per rule over " << facts.documents << " documents:\n";
  for (const auto& [rule, count] : facts.per_rule) {
    std::cout << "  " << rule << " " << count << "\n";
  }
  std::cout << "banners: " << facts.banner_openings << " found, "
            << facts.banner_removed_whole << " removed whole; tweet sign-offs: "
            << facts.sign_offs << " found, " << facts.sign_offs_removed << " removed\n";
  // Every banner and sign-off found is removed (checked one by one above);
  // the data holds some of each, so those checks ran.
  EXPECT_EQ(facts.banner_removed_whole, facts.banner_openings);
  EXPECT_EQ(facts.sign_offs_removed, facts.sign_offs);
  EXPECT_GT(facts.banner_openings, 0);
  EXPECT_GT(facts.sign_offs, 0);
}

}  // namespace
}  // namespace concord::clean
