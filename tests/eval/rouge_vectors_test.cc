// The official ROUGE-1.5.5 script's own scores (../shared/data/rouge-vectors):
// 56 cases x 6 flag sets, every measure's R, P and F as the script printed
// them with 5 decimals, must be reproduced to within half a unit of the last
// digit.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "concord/rouge.h"
#include "testing/rouge_files.h"
#include "testing/shared_data.h"

namespace concord::eval {
namespace {

using testing::ReadLines;
using testing::ReadReferences;

constexpr double kTolerance = 0.000005 + 1e-9;

struct Case {
  std::string name;
  std::vector<std::string> system;
  std::vector<std::vector<std::string>> references;
};

std::vector<Case> LoadCases(const std::string& cases_dir) {
  std::vector<Case> cases;
  for (const auto& entry : std::filesystem::directory_iterator(cases_dir)) {
    Case one;
    one.name = entry.path().filename().string();
    one.system = ReadLines(entry.path().string() + "/system.txt");
    one.references = ReadReferences(entry.path().string());
    cases.push_back(std::move(one));
  }
  std::sort(cases.begin(), cases.end(),
            [](const Case& a, const Case& b) { return a.name < b.name; });
  return cases;
}

// Scores every case under every flag set; returns the number of figures
// (case x measure x R/P/F) that matched and fails on any that did not.
void CheckAllFlagSets(const RougeData& data, int* matched, int* compared,
                      std::vector<std::string>* mismatches) {
  const std::string root = testing::SharedPath("data/rouge-vectors");
  const std::vector<Case> cases = LoadCases(root + "/cases");
  ASSERT_EQ(cases.size(), 56u);
  std::vector<std::string> flag_files;
  for (const auto& entry : std::filesystem::directory_iterator(root + "/expected")) {
    flag_files.push_back(entry.path().string());
  }
  std::sort(flag_files.begin(), flag_files.end());
  ASSERT_EQ(flag_files.size(), 6u);
  for (const std::string& flag_file : flag_files) {
    std::ifstream in(flag_file);
    const nlohmann::json expected = nlohmann::json::parse(in);
    const std::string flags = expected["rouge_flags"];
    Result<RougeOptions> options = ParseRougeFlags(flags);
    ASSERT_TRUE(options.ok()) << options.status().message();
    Result<RougeScorer> scorer = RougeScorer::Create(options.value(), data);
    ASSERT_TRUE(scorer.ok()) << scorer.status().message();
    for (const Case& one : cases) {
      const nlohmann::json& want = expected["cases"][one.name];
      Result<RougeScores> got = scorer.value().Score(one.system, one.references);
      ASSERT_TRUE(got.ok()) << got.status().message();
      EXPECT_EQ(got.value().measures.size(), want.size()) << one.name << " " << flags;
      for (const auto& [measure, figures] : want.items()) {
        const RougeScore* score = got.value().Find(measure);
        ASSERT_NE(score, nullptr) << measure;
        const double values[3] = {score->recall, score->precision, score->f};
        const char* keys[3] = {"R", "P", "F"};
        for (int k = 0; k < 3; ++k) {
          ++*compared;
          const double target = figures[keys[k]];
          if (std::abs(values[k] - target) <= kTolerance) {
            ++*matched;
          } else {
            mismatches->push_back(flags + " " + one.name + " " + measure + " " +
                                  keys[k] + ": want " + std::to_string(target) +
                                  " got " + std::to_string(values[k]));
          }
        }
      }
    }
  }
}

TEST(RougeVectors, ReproducesEveryFigureOfTheOfficialScript) {
  CONCORD_SHARED_OR_SKIP("data/rouge-vectors/rouge-data");
  Result<RougeData> data =
      LoadRougeData(testing::SharedPath("data/rouge-vectors/rouge-data"));
  ASSERT_TRUE(data.ok()) << data.status().message();
  int matched = 0;
  int compared = 0;
  std::vector<std::string> mismatches;
  CheckAllFlagSets(data.value(), &matched, &compared, &mismatches);
  for (std::size_t i = 0; i < mismatches.size() && i < 30; ++i) {
    ADD_FAILURE() << mismatches[i];
  }
  // 56 cases: 4 measures x 3 flag sets + 2 + 4 + 3 measures, x R/P/F.
  EXPECT_EQ(compared, 56 * (4 * 3 + 2 + 4 + 3) * 3);
  EXPECT_EQ(matched, compared);
  std::printf("rouge-vectors: %d of %d figures matched\n", matched, compared);
}

}  // namespace
}  // namespace concord::eval
