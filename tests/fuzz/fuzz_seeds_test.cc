// Every seed input scripts/fuzz starts the fuzzers from (written by
// scripts/fuzz-corpus: the tests' fixtures, the examples, and ../shared's
// seeds and a few Multi-News documents when ../shared is present) goes
// through its target's check in the normal build. A change that breaks a
// target's invariant on ordinary text then fails here, in the test suite,
// not first in CI's fuzz stage (stop 22 lost a CI run that way).
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "fuzz/checks.h"
#include "testing/shared_data.h"
#include "testing/temp_dir.h"

namespace concord::fuzz {
namespace {

namespace fs = std::filesystem;

// The seed corpora, written once per test process (the directory goes
// when the process ends).
const testing::TempDir& Corpus() {
  static const testing::TempDir dir;
  static const bool written = [] {
    const std::string command = "python3 " + std::string(CONCORD_SOURCE_DIR) +
                                "/scripts/fuzz-corpus " + dir.path() + " >/dev/null";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }();
  EXPECT_TRUE(written) << "scripts/fuzz-corpus failed (is python3 installed?)";
  return dir;
}

class FuzzSeeds : public ::testing::TestWithParam<Target> {};

TEST_P(FuzzSeeds, EverySeedPassesItsTargetsCheck) {
  const fs::path dir = fs::path(Corpus().path()) / GetParam().name;
  ASSERT_TRUE(fs::is_directory(dir))
      << "scripts/fuzz-corpus wrote no seeds for " << GetParam().name << " in " << dir;
  std::vector<fs::path> files;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  // Every target has seeds from the repository alone (fixtures, examples,
  // inputs written in the script), whether or not ../shared is present.
  EXPECT_GE(files.size(), 3u) << dir;
  for (const fs::path& file : files) {
    std::string contents;
    ASSERT_TRUE(testing::ReadFile(file.string(), &contents)) << file;
    EXPECT_EQ(GetParam().check(contents), "") << "seed " << file.filename();
  }
}

INSTANTIATE_TEST_SUITE_P(AllTargets, FuzzSeeds, ::testing::ValuesIn(Targets()),
                         [](const ::testing::TestParamInfo<Target>& param) {
                           return std::string(param.param.name);
                         });

}  // namespace
}  // namespace concord::fuzz
