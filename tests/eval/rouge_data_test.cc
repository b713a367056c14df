// Loading ROUGE's data files, and what changes when Debian's wordnet-base
// lists (WordNet 3.0) stand in for ROUGE's WordNet 2.0 lists.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "concord/rouge.h"
#include "testing/rouge_files.h"
#include "testing/shared_data.h"

namespace concord::eval {
namespace {

const char kRougeData[] = "data/rouge-vectors/rouge-data";

bool DebianListsPresent() {
  return std::filesystem::exists(std::string(kDebianWordNetDir) + "/noun.exc");
}

std::multiset<std::string> LinesOf(const std::string& path) {
  std::ifstream in(path);
  std::multiset<std::string> lines;
  std::string line;
  while (std::getline(in, line)) lines.insert(line);
  return lines;
}

TEST(RougeData, LoadsTheRougeDataFolder) {
  CONCORD_SHARED_OR_SKIP(kRougeData);
  Result<RougeData> data = LoadRougeData(testing::SharedPath(kRougeData));
  ASSERT_TRUE(data.ok()) << data.status().message();
  EXPECT_TRUE(data.value().has_stopwords);
  // 598 lines, "may" and "would" listed twice.
  EXPECT_EQ(data.value().stopwords.size(), 596u);
  EXPECT_EQ(data.value().stopwords.count("the"), 1u);
  EXPECT_EQ(data.value().exceptions.at("went"), "go");
  EXPECT_EQ(data.value().exceptions.at("children"), "child");
  // Listed in adv.exc (well) and adj.exc (good): adj is read last.
  EXPECT_EQ(data.value().exceptions.at("better"), "good");
  // Listed twice in adj.exc: the later line wins, as in the script's db.
  EXPECT_EQ(data.value().exceptions.at("offer"), "offer");
}

TEST(RougeData, NamesTheMissingFile) {
  Result<RougeData> data = LoadRougeData("/nonexistent/rouge-data");
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.status().code(), StatusCode::kNotFound);
  EXPECT_NE(data.status().message().find("/nonexistent/rouge-data"),
            std::string::npos);

  const std::string dir = ::testing::TempDir() + "/rouge_data_partial";
  std::filesystem::create_directories(dir + "/WordNet-2.0-Exceptions");
  for (const char* file : {"adj.exc", "adv.exc", "noun.exc"}) {
    std::ofstream(dir + "/WordNet-2.0-Exceptions/" + file) << "went go\n";
  }
  data = LoadRougeData(dir);
  ASSERT_FALSE(data.ok());
  EXPECT_NE(data.status().message().find("verb.exc"), std::string::npos);
}

TEST(RougeData, RefusesBinaryLists) {
  const std::string dir = ::testing::TempDir() + "/rouge_data_binary";
  std::filesystem::create_directories(dir);
  for (const char* file : {"adj.exc", "adv.exc", "noun.exc", "verb.exc"}) {
    std::ofstream(dir + "/" + file, std::ios::binary) << std::string("a\0b", 3);
  }
  Result<RougeData> data = LoadDebianRougeData(dir);
  ASSERT_FALSE(data.ok());
  EXPECT_EQ(data.status().code(), StatusCode::kParseError);
}

TEST(RougeData, DebianDefaultHasNoStopwordsSoStopwordRemovalIsRefused) {
  if (!DebianListsPresent()) GTEST_SKIP() << "wordnet-base not installed";
  Result<RougeData> data = LoadDebianRougeData();
  ASSERT_TRUE(data.ok()) << data.status().message();
  EXPECT_FALSE(data.value().has_stopwords);
  EXPECT_EQ(data.value().exceptions.at("went"), "go");
  RougeOptions options;
  options.remove_stopwords = true;
  Result<RougeScorer> scorer = RougeScorer::Create(options, data.value());
  ASSERT_FALSE(scorer.ok());
  EXPECT_NE(scorer.status().message().find("stopword"), std::string::npos);
}

// The 14 lines that differ between ROUGE's WordNet 2.0 lists and Debian's
// WordNet 3.0 lists (docs/rouge.md lists them), and the 10 table entries
// they change: 3.0 adds 13 noun lines, but aurar, diastemata and sudatoria
// were already listed (3.0 repeats them), and "felt feel felt" -> "felt
// feel" keeps felt -> feel.
TEST(RougeData, DebianListsDifferFromRougesInFourteenLines) {
  CONCORD_SHARED_OR_SKIP(kRougeData);
  if (!DebianListsPresent()) GTEST_SKIP() << "wordnet-base not installed";
  std::vector<std::string> differing;
  for (const char* file : {"adj.exc", "adv.exc", "noun.exc", "verb.exc"}) {
    const std::multiset<std::string> rouge = LinesOf(
        testing::SharedPath(kRougeData) + "/WordNet-2.0-Exceptions/" + file);
    const std::multiset<std::string> debian =
        LinesOf(std::string(kDebianWordNetDir) + "/" + file);
    std::vector<std::string> only_rouge;
    std::vector<std::string> only_debian;
    std::set_difference(rouge.begin(), rouge.end(), debian.begin(), debian.end(),
                        std::back_inserter(only_rouge));
    std::set_difference(debian.begin(), debian.end(), rouge.begin(), rouge.end(),
                        std::back_inserter(only_debian));
    for (const std::string& line : only_rouge) {
      differing.push_back(std::string(file) + " 2.0 only: " + line);
    }
    for (const std::string& line : only_debian) {
      differing.push_back(std::string(file) + " 3.0 only: " + line);
    }
  }
  for (const std::string& line : differing) std::printf("%s\n", line.c_str());
  // 13 noun lines added in 3.0; "felt feel felt" became "felt feel".
  EXPECT_EQ(differing.size(), 15u);  // the changed verb line counts twice

  Result<RougeData> rouge = LoadRougeData(testing::SharedPath(kRougeData));
  Result<RougeData> debian = LoadDebianRougeData();
  ASSERT_TRUE(rouge.ok() && debian.ok());
  std::vector<std::string> changed;
  for (const auto& [form, base] : debian.value().exceptions) {
    auto it = rouge.value().exceptions.find(form);
    if (it == rouge.value().exceptions.end() || it->second != base) {
      changed.push_back(form + " -> " + base);
    }
  }
  for (const auto& [form, base] : rouge.value().exceptions) {
    if (debian.value().exceptions.count(form) == 0) changed.push_back(form);
  }
  std::sort(changed.begin(), changed.end());
  const std::vector<std::string> expected = {
      "ashes -> ash",
      "cognosenti -> cognosente",
      "gps -> gps",
      "halfpence -> halfpenny",
      "houses_of_cards -> house_of_cards",
      "lisente -> sente",
      "loups-garous -> loup-garou",
      "morses -> morse",
      "optic_axes -> optic_axis",
      "staretsy -> starets",
  };
  EXPECT_EQ(changed, expected);
}

// Scores every vector case under every flag set that stems, with ROUGE's
// lists and with Debian's: no figure changes (docs/rouge.md).
TEST(RougeData, DebianDefaultScoresTheVectorsIdentically) {
  CONCORD_SHARED_OR_SKIP(kRougeData);
  if (!DebianListsPresent()) GTEST_SKIP() << "wordnet-base not installed";
  Result<RougeData> rouge = LoadRougeData(testing::SharedPath(kRougeData));
  Result<RougeData> debian = LoadDebianRougeData();
  ASSERT_TRUE(rouge.ok() && debian.ok());
  const std::string root = testing::SharedPath("data/rouge-vectors");
  const char* flag_sets[] = {
      "-n 2 -2 4 -u -m -f A -p 0.5", "-n 4 -x -m -l 100 -f A -p 0.5",
      "-n 2 -x -m -b 665 -f A -p 0.5", "-n 2 -2 4 -u -m -f B -p 0.5",
      "-n 3 -x -m -f A -p 0.8"};
  int compared = 0;
  int changed = 0;
  for (const char* flags : flag_sets) {
    Result<RougeOptions> options = ParseRougeFlags(flags);
    ASSERT_TRUE(options.ok());
    Result<RougeScorer> with_rouge = RougeScorer::Create(options.value(), rouge.value());
    Result<RougeScorer> with_debian = RougeScorer::Create(options.value(), debian.value());
    ASSERT_TRUE(with_rouge.ok() && with_debian.ok());
    for (const auto& entry : std::filesystem::directory_iterator(root + "/cases")) {
      const std::vector<std::vector<std::string>> references =
          testing::ReadReferences(entry.path().string());
      const std::vector<std::string> system =
          testing::ReadLines(entry.path().string() + "/system.txt");
      Result<RougeScores> a = with_rouge.value().Score(system, references);
      Result<RougeScores> b = with_debian.value().Score(system, references);
      ASSERT_TRUE(a.ok() && b.ok());
      for (std::size_t k = 0; k < a.value().measures.size(); ++k) {
        const RougeScore& x = a.value().measures[k].second;
        const RougeScore& y = b.value().measures[k].second;
        compared += 3;
        const int differences = (x.recall != y.recall) + (x.precision != y.precision) + (x.f != y.f);
        if (differences > 0) {
          std::printf("changed: %s %s %s\n", flags,
                      entry.path().filename().string().c_str(),
                      a.value().measures[k].first.c_str());
        }
        changed += differences;
      }
    }
  }
  std::printf("Debian default: %d of %d figures changed\n", changed, compared);
  EXPECT_EQ(changed, 0);
}

}  // namespace
}  // namespace concord::eval
