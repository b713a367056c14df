// Speaker rules of stop 20's names round (docs/compare.md, "Stop 20, names
// a reader sees"): a surname that opens with a short lower-case particle
// glued to its capital ("diLowe") is a name word, while a product word
// ("iPhone") is not; a place or body with "of" before a full name is no
// part of it; "The Ohio Republican said" is the one person introduced with
// that state and party, or no one; "Another candidate, Ada Okafor," is
// Ada Okafor. Each on a sentence written here.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "concord/text.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

const std::string kBridgeVote = "The council met on Monday to vote on the bridge plan.\n\n";

// The word flag itself: two or three lower-case letters, a capital, then
// two or more lower-case letters ("deLo" is too short).
TEST(SpeakerRulesRound12, GluedParticleSurnameIsCapitalized) {
  const text::WordScan scan =
      text::ScanWords("Ada diLowe and vanOkafor's iPhone eBay macOS pH mRNA deLo");
  ASSERT_EQ(scan.words.size(), 10U);
  const bool expected[] = {true, true, false, true, false, false, false, false, false, false};
  for (size_t i = 0; i < scan.words.size(); ++i) {
    EXPECT_EQ(scan.words[i].capitalized, expected[i]) << i;
  }
}

// "Ada diLowe said" names her, and a later "diLowe said" is grouped with
// her full name.
TEST(SpeakerRulesRound12, GluedParticleSurnameIsAName) {
  const std::string text = kBridgeVote +
                           "\"We will mend every bridge,\" Ada diLowe said.\n\n"
                           "\"The river will not wait for us,\" diLowe said.";
  EXPECT_EQ(RuleSpeaker(text, "every bridge"), "Ada diLowe");
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Ada diLowe");
  EXPECT_EQ(RuleSpeaker(text, "will not wait"), "diLowe");
  EXPECT_EQ(RuleSpeaker(text, "will not wait", true), "Ada diLowe");
}

// A product word with one lower-case letter before its capital stays a
// common word: the speaker is the person, not the phone.
TEST(SpeakerRulesRound12, ProductWordIsNoName) {
  const std::string text = kBridgeVote +
                           "Ben Lowe held up his iPhone.\n\n"
                           "\"We will mend every bridge,\" Lowe said.";
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Ben Lowe");
}

// "attorney for the District of Ohio Ada diLowe": the name resolved is the
// person's, not the district's, and a later surname alone joins it.
TEST(SpeakerRulesRound12, BodyWithOfBeforeTheNameIsNoPartOfIt) {
  const std::string text = kBridgeVote +
                           "But former attorney for the District of Ohio Ben Okafor blasted the "
                           "plan as \"a waste of money on every bridge.\"\n\n"
                           "\"The river will not wait for us,\" Okafor told reporters.";
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Ben Okafor");
  EXPECT_EQ(RuleSpeaker(text, "will not wait", true), "Ben Okafor");
}

// "The Ohio Republican said": the one person the article introduced with
// the state ("R-Ohio", "Ohio Sen.", ", an Ohio Republican,").
TEST(SpeakerRulesRound12, StateAndPartyIsThePersonIntroducedSo) {
  const std::string quote = "\n\n\"We will mend every bridge,\" the Ohio Republican said.";
  EXPECT_EQ(RuleSpeaker(kBridgeVote + "Sen. Ada Okafor, R-Ohio, spoke first." + quote,
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(
      RuleSpeaker(kBridgeVote + "Ohio Sen. Ada Okafor spoke first." + quote, "every bridge", true),
      "Ada Okafor");
  EXPECT_EQ(
      RuleSpeaker(kBridgeVote + "Ben Lowe spoke after Ada Okafor, an Ohio Republican." + quote,
                  "every bridge", true),
      "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kBridgeVote + "Sen. Ada Okafor (R-OH) spoke first." + quote, "every bridge",
                        true),
            "Ada Okafor");
}

// Two people of the state, or one of another party: no one is named
// rather than the wrong person.
TEST(SpeakerRulesRound12, StateAndPartyOfTwoOrOfAnotherPartyIsNoOne) {
  const std::string quote = "\n\n\"We will mend every bridge,\" the Ohio Republican said.";
  EXPECT_EQ(RuleSpeaker(kBridgeVote +
                            "Sen. Ada Okafor, R-Ohio, and Rep. Ben Lowe, R-Ohio, spoke "
                            "first." +
                            quote,
                        "every bridge", true),
            "");
  EXPECT_EQ(RuleSpeaker(kBridgeVote + "Sen. Ada Okafor, D-Ohio, spoke first." + quote,
                        "every bridge", true),
            "");
  // A word that is no state is left as it was.
  EXPECT_EQ(RuleSpeaker(kBridgeVote + "Sen. Ada Okafor, R-Ohio, spoke first.\n\n\"We will mend "
                                      "every bridge,\" the House Republican said.",
                        "every bridge"),
            "House Republican");
}

// "Another candidate, Ada Okafor, the town clerk, …, saying": the
// speaker is the name, not the opening "Another".
TEST(SpeakerRulesRound12, AnotherOpensNoName) {
  EXPECT_EQ(RuleSpeaker(kBridgeVote + "Another candidate, Ada Okafor, the town clerk, qualified "
                                      "her view, saying that she would \"mend every bridge in the "
                                      "county first.\"",
                        "every bridge"),
            "Ada Okafor");
}

}  // namespace
}  // namespace concord::compare
