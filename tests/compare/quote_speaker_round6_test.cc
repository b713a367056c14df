// Speaker rules of the sixth round of issue 15 item 6, read from PolNeAR
// train-a's errors only (docs/compare.md): each on a sentence written here.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

// The speaker the rules alone give the quote holding `words`.
std::string SixthRoundSpeaker(const std::string& text, const std::string& words) {
  return concord::testing::RuleSpeaker(text, words);
}

TEST(SpeakerRulesRound6, NewCueVerbs) {
  EXPECT_EQ(SixthRoundSpeaker("Reporters pressed her again on Tuesday. \"We will mend every "
                              "bridge in this town before the snow comes,\" the mayor demurred.",
                              "every bridge"),
            "the mayor");
  EXPECT_EQ(SixthRoundSpeaker("The crowd was loud. \"We will mend every bridge in this town "
                              "before the snow comes,\" the harbor commissioner riffed on the "
                              "question, to laughter.",
                              "every bridge"),
            "the harbor commissioner");
  EXPECT_EQ(SixthRoundSpeaker("The crowd was loud. \"We will mend every bridge in this town "
                              "before the snow comes,\" the harbor commissioner bragged.",
                              "every bridge"),
            "the harbor commissioner");
  EXPECT_EQ(SixthRoundSpeaker("The crowd was loud. \"We will mend every bridge in this town "
                              "before the snow comes,\" the harbor commissioner assured them.",
                              "every bridge"),
            "the harbor commissioner");
}

// "J. J. Price": neither initial ends a sentence.
TEST(SpeakerRulesRound6, ARunOfInitialsIsOneName) {
  EXPECT_EQ(SixthRoundSpeaker("The budget came up at the meeting. \"We will mend every bridge in "
                              "this town before the snow comes,\" said T. R. Okafor, a welder "
                              "from the east side.",
                              "every bridge"),
            "T. R. Okafor");
}

// "said in the spring, when the story broke," tells when, not what.
TEST(SpeakerRulesRound6, ATimeClauseAfterTheCuePhrase) {
  EXPECT_EQ(SixthRoundSpeaker("Mayor Ada Okafor said in the autumn, when the ferry plan fell "
                              "apart, \"We will mend every bridge in this town before the snow "
                              "comes.\"",
                              "every bridge"),
            "Mayor Ada Okafor");
  // A cue inside the clause still tells what was said there: the chief
  // speaks.
  EXPECT_EQ(SixthRoundSpeaker("Mayor Ada Okafor said in the autumn, when the chief told the "
                              "council, \"We will mend every bridge in this town before the "
                              "snow comes.\"",
                              "every bridge"),
            "the chief");
}

// "…," his wife, Ada Okafor, wrote: a relation after a determiner is a
// title phrase; the name in apposition speaks.
TEST(SpeakerRulesRound6, ARelationIsATitlePhrase) {
  EXPECT_EQ(SixthRoundSpeaker("The budget came up. \"We will mend every bridge in this town "
                              "before the snow comes,\" his wife, Ada Okafor, wrote in a letter "
                              "to the court.",
                              "every bridge"),
            "Ada Okafor");
  EXPECT_EQ(SixthRoundSpeaker("The budget came up. \"We will mend every bridge in this town "
                              "before the snow comes,\" another neighbor, Ada Okafor told "
                              "reporters.",
                              "every bridge"),
            "Ada Okafor");
}

// Read in a digest of BASIL events: a colon after "Here's …" introduced a
// quoted excerpt, and "Here" became its speaker.
TEST(SpeakerRulesRound6, AContractedFunctionWordIsNoSubject) {
  EXPECT_EQ(SixthRoundSpeaker("The council met on Monday.\n\nHere's an excerpt from the "
                              "minutes:\n\n\"We will mend every bridge in this town before the "
                              "snow comes, and we will pay for it ourselves.\"",
                              "every bridge"),
            "");
}

// Read in a digest of BASIL events: the object of a cue before the quote
// ("described the incident as") was given as the speaker. (Since round 13
// the relative pronoun speaks, for the mayor: the words are the mayor's.)
TEST(SpeakerRulesRound6, TheCuesObjectBeforeTheQuoteDoesNotSpeak) {
  EXPECT_EQ(SixthRoundSpeaker("The mayor, who described the closure as \"a silly bit of "
                              "bureaucratic mischief by someone,\" continued to blame the council.",
                              "bureaucratic mischief"),
            "who");
  // A name after the cue and right before the quote still speaks.
  EXPECT_EQ(SixthRoundSpeaker("The council met on Monday. Added Ada Okafor, the mayor: \"We "
                              "will mend every bridge in this town before the snow comes.\"",
                              "every bridge"),
            "Ada Okafor");
}

}  // namespace
}  // namespace concord::compare
