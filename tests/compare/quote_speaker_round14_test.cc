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

// "A spokesman for Acme" speaks, not Acme: for a name, after a title or a
// role word, is whom the speaker works for. The name shown is nobody's,
// as for "a spokesman" (a new person), not the mayor's.
TEST(SpeakerRulesRound14, ASpokesmanForANameIsNoName) {
  const std::string text = kBoardMeeting + "\"We will not stop,\" a spokesman for Acme Corp. said.";
  EXPECT_EQ(RuleSpeaker(text, "will not stop"), "a spokesman for Acme Corp.");
  const std::string mayor =
      kBoardMeeting + "A spokeswoman for Mayor Ada Okafor said: \"The fares will not go up.\"";
  EXPECT_EQ(RuleSpeaker(mayor, "will not go up"), "A spokeswoman for Mayor Ada Okafor");
  EXPECT_EQ(RuleSpeaker(mayor, "will not go up", true), "");
  // Not after a word that holds no title or role: the campaign is hers.
  const std::string campaign =
      kBoardMeeting + "The campaign for Ada Okafor said: \"The fares will not go up.\"";
  EXPECT_EQ(RuleSpeaker(campaign, "will not go up", true), "Ada Okafor");
}

// A place in apposition after a phrase with no name ("The head of the
// union, of Dayton, Ohio, said") tells where that person is from: the
// phrase speaks, back over "of" to its own determiner.
TEST(SpeakerRulesRound14, PlaceInAppositionAfterAPhraseIsNoSpeaker) {
  const std::string text =
      kBoardMeeting + "The head of the union, of Dayton, Ohio, said: \"We are ready to talk.\"";
  EXPECT_EQ(RuleSpeaker(text, "ready to talk"), "The head of the union");
  const std::string teacher =
      kBoardMeeting + "A teacher, of Dayton, Ohio, said: \"We are ready to talk.\"";
  EXPECT_EQ(RuleSpeaker(teacher, "ready to talk"), "A teacher");
}

// "the congressman" is no one whose title says she is a woman: the
// nearest holder of the title whose gender does not conflict.
TEST(SpeakerRulesRound14, AGenderedTitleSkipsAHolderOfTheOtherGender) {
  const std::string text =
      "The harbor board met on Monday. Rep. Ana Ruiz voted against the plan, and Rep. Ben Lowe "
      "voted for it. Ms. Ruiz left early.\n\n\"The fares are too high,\" the congressman said.";
  EXPECT_EQ(RuleSpeaker(text, "too high", true), "Ben Lowe");
  const std::string only_her =
      "The harbor board met on Monday. Rep. Ana Ruiz voted against the plan. Ms. Ruiz left "
      "early.\n\n\"The fares are too high,\" the congressman said.";
  EXPECT_EQ(RuleSpeaker(only_her, "too high", true), "");
  // A woman's title still finds her.
  const std::string her =
      "The harbor board met on Monday. Rep. Ben Lowe voted for the plan, and Rep. Ana Ruiz voted "
      "against it. Ms. Ruiz left early.\n\n\"The fares are too high,\" the congresswoman said.";
  EXPECT_EQ(RuleSpeaker(her, "too high", true), "Ana Ruiz");
}

// "states" is a cue in the present tense, as "stated" is in the past:
// "…," a voice-over in the ad states.
TEST(SpeakerRulesRound14, StatesIsACue) {
  const std::string text = kBoardMeeting +
                           "\"Only one plan keeps the fares low for every family on the island,\" "
                           "a voice-over in the ad states.";
  // (Since stop 26's round 17 the phrase before "in" speaks, not its object.)
  EXPECT_EQ(RuleSpeaker(text, "fares low"), "a voice-over");
}

// A father and his son: "Mayor Ben Lowe" beside "Ben Lowe Jr." are two
// people even when the story never writes "Lowe Jr." alone, so a bare
// "Lowe" is the one written without the suffix, not the son.
TEST(SpeakerRulesRound14, TheSameNameWithoutItsSuffixIsAnotherPerson) {
  const std::string text =
      "Mayor Ben Lowe spoke on Monday. His son Ben Lowe Jr. stood beside him.\n\n"
      "\"We will win the vote,\" Ben Lowe Jr. said.\n\n\"We will win it by a mile,\" Lowe said.";
  EXPECT_EQ(RuleSpeaker(text, "by a mile", true), "Ben Lowe");
  EXPECT_EQ(RuleSpeaker(text, "win the vote", true), "Ben Lowe Jr.");
  EXPECT_FALSE(SameName("Ben Lowe", "Ben Lowe Jr."));
  // One person written both ways with other words stays one.
  EXPECT_TRUE(SameName("Eric H. Lowe Jr.", "Eric Lowe"));
}

// An abbreviation that may end a sentence ("St.", "Ft.", "Inc.") goes on
// before a word that does not open one, as the splitter reads it: "A
// pastor in Ft. Worth said" is one sentence (it gave "Worth").
TEST(SpeakerRulesRound14, AnAmbiguousAbbreviationGoesOnBeforeAName) {
  const std::string text =
      kBoardMeeting + "A pastor in Ft. Worth said: \"The fares are too high, far too high.\"";
  EXPECT_EQ(RuleSpeaker(text, "too high"), "A pastor in Ft. Worth");
  const std::string inc = "Acme Inc. Louis left. Acme Inc. The end. Acme Inc. shares.";
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(inc, inc.find("Inc.") + 3));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(inc, inc.find("Inc. The") + 3));
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(inc, inc.find("Inc. shares") + 3));
}

// "Neighbors called to report the smoke": "called" before "to" asks for
// something and names no quote, so the cue after the quote speaks.
TEST(SpeakerRulesRound14, CalledToDoSomethingNamesNoQuote) {
  const std::string text = kBoardMeeting +
                           "Neighbors called to report the smoke, and \"the whole street was out "
                           "there,\" Ben Lowe said.";
  EXPECT_EQ(RuleSpeaker(text, "whole street"), "Ben Lowe");
}

TEST(SpeakerRulesRound14, AbbreviationHoldsPeriodReadsTheSplittersLists) {
  const std::string text = "the No. 3 seat, Gen. Lowe, Acme Inc. Then No. Ships vs. boats.";
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(text, text.find("No.") + 2));
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(text, text.find("Gen.") + 3));
  EXPECT_TRUE(internal::AbbreviationHoldsPeriod(text, text.find("vs.") + 2));
  // "Inc." before a sentence opener ends one, and "No." before a word is
  // the word "No".
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, text.find("Inc.") + 3));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, text.find("No. Ships") + 2));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, text.size() - 1));
  EXPECT_FALSE(internal::AbbreviationHoldsPeriod(text, 0));
}

}  // namespace
}  // namespace concord::compare
