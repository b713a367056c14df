// Speaker rules of stop 20, read from BASIL's quotes (docs/compare.md,
// "Stop 20"): speech verbs the cue lexicon lacked, titles the name finder
// kept in a name, and the pronoun "I" ending a name. Each on a sentence
// written here.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

const std::string kMeeting = "The council met on Monday to vote on the plan.\n\n";

// Two-word cues: "doubled down", "pointed to", "chimed in", "weighed in",
// "lashed out" name the speaker before them.
TEST(SpeakerRulesRound10, TwoWordCues) {
  EXPECT_EQ(
      RuleSpeaker(kMeeting + "Ada Okafor doubled down on the plan in a speech to the council on "
                             "Tuesday, \"We will mend every bridge in this town before the snow "
                             "comes.\"",
                  "every bridge"),
      "Ada Okafor");
  EXPECT_EQ(
      RuleSpeaker(kMeeting + "Ben Lowe pointed to \"a plan that mends every bridge before the "
                             "snow.\"",
                  "every bridge"),
      "Ben Lowe");
  EXPECT_EQ(
      RuleSpeaker(kMeeting + "Cy Dunn chimed in on Tuesday with \"every bridge in this town will "
                             "fall before the snow.\"",
                  "every bridge"),
      "Cy Dunn");
  EXPECT_EQ(
      RuleSpeaker(kMeeting + "Cy Dunn lashed out at the council in a long speech, \"We will mend "
                             "every bridge in this town before the snow comes.\"",
                  "every bridge"),
      "Cy Dunn");
}

// "pointed out what aides called "…"": the words are the aides', not the
// cue's speaker's; "what he called" stays the cue's speaker's.
TEST(SpeakerRulesRound10, WhatOthersCallIsNotTheCuesSpeaker) {
  EXPECT_NE(
      RuleSpeaker(kMeeting + "Ben Lowe pointed out what aides called \"the bridge tax on every "
                             "family.\"",
                  "bridge tax"),
      "Ben Lowe");
  EXPECT_EQ(RuleSpeaker(kMeeting + "Ben Lowe pointed out what he called \"the bridge tax on every "
                                   "family.\"",
                        "bridge tax"),
            "Ben Lowe");
}

// Verbs of manner and of criticism are cues ("reasoned", "blasted").
TEST(SpeakerRulesRound10, MannerAndCriticismCues) {
  EXPECT_EQ(
      RuleSpeaker(kMeeting + "Ada Okafor reasoned that the town \"will mend every bridge before "
                             "the snow comes.\"",
                  "every bridge"),
      "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kMeeting + "Ada Okafor blasted the council for \"leaving every bridge to "
                                   "rot.\"",
                        "every bridge"),
            "Ada Okafor");
}

// Rev., Msgr., Cpl. and Atty. Gen. are titles: the name shown is the
// person's, and the period after them ends no sentence.
TEST(SpeakerRulesRound10, ClericalRankAndLegalTitles) {
  const std::string quote = "\"We will mend every bridge in this town before the snow comes,\" ";
  EXPECT_EQ(RuleSpeaker(kMeeting + quote + "said the Rev. Ada Okafor, who leads the church.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kMeeting + quote + "said Msgr. Ben Lowe, who drove the plow.",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker(kMeeting + quote + "said Cpl. Ben Lowe, who drove the plow.",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker(kMeeting + quote + "Atty. Gen. Ada Okafor said.", "every bridge", true),
            "Ada Okafor");
}

// "Absolutely I said that": the pronoun I ends no name, so the "he" after
// it is the person named before, not "Absolutely I".
TEST(SpeakerRulesRound10, ThePronounIEndsNoName) {
  EXPECT_EQ(
      RuleSpeaker(kMeeting + "Ben Lowe later confirmed in the garden, \"Absolutely I said that,\" "
                             "while adding he hopes the vote comes soon. He said the bridges could "
                             "open \"very quickly\" if the council agrees.",
                  "very quickly", true),
      "Ben Lowe");
}

// "Added Lowe: "…"": a cue verb in the past tense opening the sentence is
// no part of the name.
TEST(SpeakerRulesRound10, ACueVerbOpeningTheSentenceIsNoPartOfAName) {
  EXPECT_EQ(RuleSpeaker("Ben Lowe spoke first at the council on Monday.\n\nAdded Lowe: \"We will "
                        "mend every bridge in this town before the snow comes.\"",
                        "every bridge", true),
            "Ben Lowe");
}

}  // namespace
}  // namespace concord::compare
