// Every input that once crashed, hung or broke an invariant under libFuzzer
// (saved by scripts/fuzz in tests/fuzz/regressions/<target>/) goes through
// the same check function as the fuzz target, in the normal build.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "concord/summarize.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"
#include "testing/shared_data.h"

namespace concord::fuzz {
namespace {

namespace fs = std::filesystem;

class FuzzRegressions : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzRegressions, SavedInputsPassTheirCheck) {
  const fs::path dir =
      fs::path(CONCORD_SOURCE_DIR) / "tests" / "fuzz" / "regressions" / GetParam().name;
  std::vector<fs::path> files;
  if (fs::is_directory(dir)) {
    for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    std::string contents;
    ASSERT_TRUE(testing::ReadFile(file.string(), &contents)) << file;
    EXPECT_EQ(GetParam().check(contents), "") << file;
  }
  // Inputs every check must pass, also when no regression is saved yet.
  for (const std::string& input : {std::string(), std::string("\x01\x20The U.S. rose 3.5%. \xff"),
                                  std::string("summarize\0a.txt\0--words\0" "20", 23)}) {
    EXPECT_EQ(GetParam().check(input), "") << ::testing::PrintToString(input);
  }
}

INSTANTIATE_TEST_SUITE_P(AllTargets, FuzzRegressions, ::testing::ValuesIn(Targets()),
                         [](const ::testing::TestParamInfo<Target>& param) {
                           return std::string(param.param.name);
                         });

TEST(FuzzInvariants, SpansOrderedFindsEachViolation) {
  EXPECT_EQ(SpansOrdered({{0, 2}, {3, 5}}, 5), "");
  EXPECT_NE(SpansOrdered({{0, 2}, {1, 5}}, 5), "");  // overlap
  EXPECT_NE(SpansOrdered({{2, 2}}, 5), "");          // empty
  EXPECT_NE(SpansOrdered({{0, 6}}, 5), "");          // past the end
}

TEST(FuzzInvariants, OffsetMapAndShapeFindViolations) {
  text::Normalized n{"ab", {0, 2, 1}};
  EXPECT_NE(OffsetMapValid(n, 3), "");  // decreases
  n.to_original = {0, 1, 2};
  EXPECT_EQ(OffsetMapValid(n, 3), "");
  EXPECT_NE(OffsetMapValid(n, 1), "");  // past the original
  EXPECT_EQ(NormalizedShape("a b\n\nc"), "");
  EXPECT_NE(NormalizedShape("a  b"), "");
  EXPECT_NE(NormalizedShape(" a"), "");
  EXPECT_NE(NormalizedShape("a\tb"), "");
}

// The summarize target's checks accept a compressed sentence (spans inside
// its sentence, text made of them): the default method shortens the long
// first sentence of this story at 16 words.
TEST(FuzzInvariants, SummarizeCheckAcceptsACompressedSentence) {
  const std::vector<std::string> texts = {
      "But the Tay bridge was closed on Monday after engineers found deep cracks in two piers "
      "(the two nearest the town), leaving commuters stranded on both banks of the river for "
      "the night. Ferries ran all night.",
      "The Tay bridge was closed on Monday. Drivers waited for hours.",
      "Engineers found deep cracks in two piers of the bridge. Trains stopped."};
  std::string data = std::string(1, '\0') + std::string(1, '\x0f');  // default, words, 16
  Cluster cluster;
  for (size_t i = 0; i < texts.size(); ++i) {
    data += (i > 0 ? std::string(1, '\0') : std::string()) + texts[i];
    cluster.articles.push_back({});
    cluster.articles.back().text = texts[i];
  }
  SummarizeOptions options;
  options.budget = 16;
  const Result<Summary> summary = Summarize(cluster, options);
  ASSERT_TRUE(summary.ok());
  EXPECT_TRUE(std::any_of(summary.value().sentences.begin(), summary.value().sentences.end(),
                          [](const SummarySentence& s) { return !s.spans.empty(); }));
  EXPECT_EQ(CheckSummarize(data), "");
}

}  // namespace
}  // namespace concord::fuzz
