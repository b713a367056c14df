// Speaker rules of round 14 (docs/compare.md, Stop 22), each on a sentence
// written here; each fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

const std::string kBoardMeeting = "The harbor board met on Monday to vote on the ferry plan.\n\n";

// A period after an abbreviation the sentence splitter holds ("No." before
// a number) ends no sentence in compare either: the speaker before it is
// still in the quote's window (it gave "Harbor Democrat", and nothing when
// the cue came before the quote).
TEST(SpeakerRulesRound14, AbbreviationBeforeANumberEndsNoSentence) {
  const std::string text =
      kBoardMeeting + "\"The fares are too high,\" Okafor, the No. 3 Harbor Democrat, said.";
  EXPECT_EQ(RuleSpeaker(text, "too high"), "Okafor");
  const std::string before =
      kBoardMeeting + "Okafor, the No. 3 Harbor Democrat, said: \"The fares are too high.\"";
  EXPECT_EQ(RuleSpeaker(before, "too high"), "Okafor");
}

TEST(SpeakerRulesRound14, AbbreviationHoldsPeriodReadsTheSplittersLists) {
  const std::string text = "the No. 3 seat, Gen. Lowe, Acme Inc. Then No. Ships vs. boats.";
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(text, text.find("No.") + 2));
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(text, text.find("Gen.") + 3));
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(text, text.find("vs.") + 2));
  // "Inc." may end a sentence, and "No." before a word is the word "No".
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, text.find("Inc.") + 3));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, text.find("No. Ships") + 2));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, text.size() - 1));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, 0));
}

}  // namespace
}  // namespace concord::compare
