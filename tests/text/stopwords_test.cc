#include <gtest/gtest.h>

#include "concord/text.h"

namespace concord::text {
namespace {

TEST(IsStopword, KnowsFunctionWords) {
  for (const char* word : {"the", "of", "and", "to", "in", "is", "was", "he",
                           "their", "would", "because", "don't", "it's"}) {
    EXPECT_TRUE(IsStopword(word)) << word;
  }
}

TEST(IsStopword, LeavesContentWordsReportingVerbsAndNumbers) {
  for (const char* word : {"said", "says", "president", "bridge", "one",
                           "first", "2015", "killed", "iran", ""}) {
    EXPECT_FALSE(IsStopword(word)) << word;
  }
}

TEST(IsStopword, ExpectsLowerCase) {
  EXPECT_FALSE(IsStopword("The"));
}

}  // namespace
}  // namespace concord::text
