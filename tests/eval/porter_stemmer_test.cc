// ROUGE-1.5.5's own Porter stemmer: every row of the official stems
// (../shared/data/rouge-vectors/porter-stems.tsv) and the rules where it
// departs from Snowball's porter.
#include "eval/porter_stemmer.h"

#include <gtest/gtest.h>

#include <string>

#include "testing/shared_data.h"

namespace concord::eval::internal {
namespace {

TEST(RougePorterStem, ReproducesEveryOfficialStem) {
  CONCORD_SHARED_OR_SKIP("data/rouge-vectors/porter-stems.tsv");
  std::string table;
  ASSERT_TRUE(testing::ReadFile(
      testing::SharedPath("data/rouge-vectors/porter-stems.tsv"), &table));
  std::size_t start = table.find('\n') + 1;  // header: word, rouge155_stem
  int rows = 0;
  int mismatches = 0;
  while (start < table.size()) {
    std::size_t end = table.find('\n', start);
    if (end == std::string::npos) end = table.size();
    const std::string line = table.substr(start, end - start);
    start = end + 1;
    const std::size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string word = line.substr(0, tab);
    const std::string want = line.substr(tab + 1);
    ++rows;
    const std::string got = RougePorterStem(word);
    if (got != want && ++mismatches <= 20) {
      ADD_FAILURE() << word << ": want " << want << ", got " << got;
    }
  }
  EXPECT_EQ(rows, 23946);
  EXPECT_EQ(mismatches, 0);
}

TEST(RougePorterStem, StepFourStripsEntAfterMentFails) {
  // ROUGE's step 4 (Lin, 2004-02-14): "ment" needs m > 1 on its own stem,
  // then "ent" is tried on what is left; Snowball gives agreement, argument.
  EXPECT_EQ(RougePorterStem("agreement"), "agreem");
  EXPECT_EQ(RougePorterStem("argument"), "argum");
  EXPECT_EQ(RougePorterStem("accidental"), "accid");
}

TEST(RougePorterStem, StepTwoMapsLogiToLog) {
  EXPECT_EQ(RougePorterStem("analogy"), "analog");
  EXPECT_EQ(RougePorterStem("apology"), "apolog");
}

TEST(RougePorterStem, ClassicRulesStillHold) {
  EXPECT_EQ(RougePorterStem("caresses"), "caress");
  EXPECT_EQ(RougePorterStem("ponies"), "poni");
  EXPECT_EQ(RougePorterStem("hopping"), "hop");
  EXPECT_EQ(RougePorterStem("filing"), "file");
  EXPECT_EQ(RougePorterStem("relational"), "relat");
  EXPECT_EQ(RougePorterStem("controll"), "control");
}

TEST(RougePorterStem, InitialYIsAConsonant) {
  // The script turns a leading y into Y so no pattern reads it as a vowel.
  EXPECT_EQ(RougePorterStem("yelling"), "yell");
  EXPECT_EQ(RougePorterStem("youth"), "youth");
}

TEST(RougePorterStem, LeavesShortWordsAlone) {
  EXPECT_EQ(RougePorterStem("as"), "as");
  EXPECT_EQ(RougePorterStem(""), "");
}

}  // namespace
}  // namespace concord::eval::internal
