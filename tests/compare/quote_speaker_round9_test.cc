// Speaker rules of stop 19, pronouns (docs/compare.md, "Stop 19,
// pronouns"): whom "he" or "she" means when the sentence before names the
// speaker and someone spoken of. Each on a sentence written here.
#include <gtest/gtest.h>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

// "Lowe said Okafor must apologize": the cue is Lowe's, and Okafor, named
// after it, is what was said, no speaker a later "he" can mean.
TEST(SpeakerRulesRound9, ANameAfterACueWithItsOwnSubjectDoesNotSpeak) {
  EXPECT_EQ(RuleSpeaker("Ben Lowe said Ada Okafor must apologize to the town. \"Ada Okafor must "
                        "mend every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker("Ben Lowe demanded Ada Okafor resign from the board. \"The board must "
                        "mend every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
  // (A cue after a quote still names its speaker: `"…," said Cy Dunn`.)
  EXPECT_EQ(RuleSpeaker("\"The roads are fine and the bridges are fine,\" said Cy Dunn. \"We will "
                        "mend every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Cy Dunn");
}

// "Lowe, asked if he backed firing Okafor, said": the name after a verb is
// its object, and the cue after its comma is Lowe's.
TEST(SpeakerRulesRound9, AnObjectBeforeACommaDoesNotTakeTheCue) {
  EXPECT_EQ(RuleSpeaker("Ben Lowe, asked if he backed firing Ada Okafor, said the board had "
                        "\"lost the trust of every family here.\"\n\n\"We will mend every bridge "
                        "in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
}

// "They join Okafor, Dunn and Fox. Aides say …": a name's cue is never
// sought past the end of its sentence.
TEST(SpeakerRulesRound9, ANamesCueIsInItsOwnSentence) {
  EXPECT_EQ(RuleSpeaker("Ben Lowe said on Monday that the plan was sound. They join Ada Okafor, "
                        "Cy Dunn and Ed Fox. Aides say the town will vote.\n\n\"We will mend "
                        "every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
}

// "Okafor pointed to the vote. \"…,\" she wrote": the person opening the
// sentence before as its subject, after the last cued speaker, is the
// "she", not that earlier speaker nor the person spoken to in the quote.
TEST(SpeakerRulesRound9, TheSubjectOfTheSentenceBeforeComesFirst) {
  EXPECT_EQ(RuleSpeaker("\"The vote is late and the roads are worse,\" Cy Dunn said on "
                        "Monday.\n\nAda Okafor pointed to the vote on the bridges.\n\n\"The town "
                        "did not ask for a summary, Mayor Lowe. We will mend every bridge in this "
                        "town before the snow comes,\" she wrote.",
                        "every bridge", true),
            "Ada Okafor");
  // (A subject in a list or before a comma is no opening subject.)
  EXPECT_EQ(RuleSpeaker("\"The vote is late and the roads are worse,\" Cy Dunn said on "
                        "Monday.\n\nAda Okafor, a teacher, and Ben Lowe met him.\n\n\"We will mend "
                        "every bridge in this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Cy Dunn");
}

// "Okafor, Republican of Alder, tried …": an apposition or relative clause
// between the subject and its verb does not hide the subject; a list of
// names, or a participle after the commas, is no subject and its verb.
TEST(SpeakerRulesRound9, AnAsideBetweenTheSubjectAndItsVerb) {
  EXPECT_EQ(RuleSpeaker("\"The vote is late and the roads are worse,\" Cy Dunn said on "
                        "Monday.\n\nAda Okafor, the mayor of Alder, tried to link the vote to "
                        "the bridges.\n\n\"We will mend every bridge in this town before the "
                        "snow comes,\" she said.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("\"The vote is late and the roads are worse,\" Cy Dunn said on "
                        "Monday.\n\nBen Lowe, who ran the ferry for ten years, told the board "
                        "that the pier was safe.\n\n\"We will mend every bridge in this town "
                        "before the snow comes,\" he said.",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker("\"The vote is late and the roads are worse,\" Cy Dunn said on "
                        "Monday.\n\nHe named his allies, Ben Lowe, Ed Fox and Al Day, although "
                        "he added that the pier was safe.\n\n\"We will mend every bridge in "
                        "this town before the snow comes,\" he said.",
                        "every bridge", true),
            "Cy Dunn");
  EXPECT_EQ(RuleSpeaker("\"The vote is late and the roads are worse,\" Cy Dunn said on "
                        "Monday.\n\nHe later praised his rival, Ben Lowe, at a lunch for the "
                        "board, asking him to stand.\n\n\"We will mend every bridge in this "
                        "town before the snow comes,\" he said.",
                        "every bridge", true),
            "Cy Dunn");
}

}  // namespace
}  // namespace concord::compare
