// Speaker rules of stop 19, read from BASIL's speakers (docs/compare.md,
// "Stop 19"): each on a sentence written here.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

// A discourse word opening the sentence is no part of the name after it:
// the speaker shown is Ada Okafor, not "Plus Ada Okafor".
TEST(SpeakerRulesRound8, AnOpeningDiscourseWordIsNoPartOfAName) {
  EXPECT_EQ(RuleSpeaker("The council met on Monday. Plus Ada Okafor is leaving the board. \"We "
                        "will mend every bridge in this town before the snow comes,\" she said.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("The council met on Monday. Yet Ben Lowe agreed with the plan. \"We will "
                        "mend every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
}

// "the governor" is not the lieutenant governor, nor "the president" the
// vice president; "the lieutenant governor" is.
TEST(SpeakerRulesRound8, AQualifiedTitleDoesNotHoldTheBareTitle) {
  const std::string text =
      "Gov. Ada Okafor spoke first. Lt. Gov. Ben Lowe spoke after her.\n\n\"We will mend every "
      "bridge in this town before the snow comes,\" the governor said.\n\n\"The snow will not "
      "wait for the council,\" the lieutenant governor said.";
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(text, "snow will not wait", true), "Ben Lowe");
  EXPECT_EQ(RuleSpeaker("President Ada Okafor spoke first. Vice President Ben Lowe spoke after "
                        "her.\n\n\"We will mend every bridge in this town before the snow "
                        "comes,\" the president said.",
                        "every bridge", true),
            "Ada Okafor");
}

// Of two people written with the title, "the governor" is the one named
// last, however written ("Ms. Okafor").
TEST(SpeakerRulesRound8, TheTitleIsItsHolderNamedLast) {
  EXPECT_EQ(RuleSpeaker("Gov. Ada Okafor named an aide. The aide was picked by Gov. Ben Lowe of "
                        "another state years ago. Ms. Okafor praised him.\n\n\"We will mend "
                        "every bridge in this town before the snow comes,\" the governor said.",
                        "every bridge", true),
            "Ada Okafor");
}

// A building, prize or school named after a person is no person: a later
// "he" is not "Okafor Tower".
TEST(SpeakerRulesRound8, APlaceNamedAfterAPersonIsNoAntecedent) {
  EXPECT_EQ(RuleSpeaker("Ben Lowe visited Okafor Tower in Paris on Tuesday. Then Okafor Tower was "
                        "sold. \"We will mend every bridge in this town before the snow comes,\" "
                        "he said.",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker("Ben Lowe spoke on Monday. Then Okafor Library opened its doors. \"We "
                        "will mend every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
}

// A name between an article and a noun qualifies it ("the Okafor
// administration", "a Okafor project"): no antecedent of a later "he".
TEST(SpeakerRulesRound8, ANameQualifyingANounIsNoAntecedent) {
  EXPECT_EQ(RuleSpeaker("Ada Okafor spoke at the council on Monday.\n\nBen Lowe praised the "
                        "Okafor administration on Tuesday. \"We will mend every bridge in this "
                        "town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
  // A past tense after it is its verb: "the Rev. Ada Okafor arrived" names
  // her (without the title since stop 20: Rev. is a title word).
  EXPECT_EQ(RuleSpeaker("Ben Lowe spoke on Monday. Then the Rev. Ada Okafor arrived at the "
                        "council. \"We will mend every bridge in this town before the snow "
                        "comes,\" she said.",
                        "every bridge", true),
            "Ada Okafor");
}

// A day between a name and its cue ("Ada Okafor on Monday said") does not
// hide the cue: she is the one a later "he" or "she" means, not a person
// named after her without a cue.
TEST(SpeakerRulesRound8, ADayBetweenANameAndItsCue) {
  EXPECT_EQ(RuleSpeaker("Ada Okafor on Monday said the vote was close. The clerk Ben Lowe counted "
                        "it twice.\n\n\"We will mend every bridge in this town before the snow "
                        "comes,\" he said.",
                        "every bridge", true),
            "Ada Okafor");
}

}  // namespace
}  // namespace concord::compare
