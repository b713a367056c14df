// Speaker rules of round 17 (docs/compare.md, Stop 26): a speaker is a
// person or an organisation, not a phrase cut before its noun, a list of
// things or the object of a preposition. Each test is on sentences written
// here and fails without its rule.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;

const std::string kRound17Hearing = "The city council held its budget hearing on Tuesday.\n\n";

// The speaker as written of the quote holding `words`, or "(no quote)".
std::string Round17Speaker(const std::string& sentence, const std::string& words) {
  for (const Quote& q : QuotesOf(kRound17Hearing + sentence)) {
    if (q.text.find(words) != std::string::npos) return q.speaker;
  }
  return "(no quote)";
}

// A cue word glued by a hyphen to the word before it is part of an
// adjective: "the self-proclaimed" gave the speaker "the self".
TEST(SpeakerRulesRound17, ACueWordGluedByAHyphenIsNoCue) {
  EXPECT_EQ(Round17Speaker("The crew ignored the self-proclaimed \"captain of every boat that ever "
                           "sailed from this harbor\" on Monday.",
                           "every boat"),
            "");
}

// A speaker that ends before its noun is none ("his recent claims", "the
// women's claims": the cue word is a noun); one that ends with a
// preposition stops before it.
TEST(SpeakerRulesRound17, APhraseCutBeforeItsNounIsNoSpeaker) {
  EXPECT_EQ(Round17Speaker("At the hearing he defended his recent claims that \"the fund was never "
                           "short by a single dollar in all those years\" to the council.",
                           "single dollar"),
            "");
  EXPECT_EQ(Round17Speaker("The treasurer said the women's claims were \"much ado about nothing at "
                           "all, and the council knows it.\"",
                           "much ado"),
            "");
  EXPECT_EQ(Round17Speaker("\"We did not touch the boats out of respect for the families who lost "
                           "them,\" said the 40-year-old pilot from Dayton, Ohio.",
                           "out of respect"),
            "the 40-year-old pilot");
}

// A phrase read from a cue does not cross a comma into a list or an
// apposition of things, nor run on past a preposition after the cue; the
// part after a comma speaks when it names people.
TEST(SpeakerRulesRound17, APhraseStopsAtACommaAndAtAnObjectsPreposition) {
  EXPECT_EQ(Round17Speaker("Based on the results of the first study, state health officials "
                           "concluded that \"the water was safe to drink for every family in the "
                           "city.\"",
                           "safe to drink"),
            "state health officials");
  EXPECT_EQ(Round17Speaker("According to the report, the harbor fund \"was never short by a single "
                           "dollar in all those years of trouble.\"",
                           "years of trouble"),
            "the report");
  EXPECT_EQ(Round17Speaker("\"It is not something I am going to forget for the rest of my life,\" "
                           "said one visibly shaken firefighter after helping pull the boy out.",
                           "going to forget"),
            "one visibly shaken firefighter");
}

// The object of a preposition before the cue ("about the planned meeting",
// "in the audience") gives way to the phrase before the preposition.
TEST(SpeakerRulesRound17, TheObjectOfAPrepositionGivesWayToThePhraseBeforeIt) {
  EXPECT_EQ(Round17Speaker("But a release from Mr. Okafor's office about the planned meeting noted "
                           "that Mr. Lowe \"has raised the issue of the fares again and again with "
                           "the board.\"",
                           "again and again"),
            "a release from Mr. Okafor's office");
  EXPECT_EQ(Round17Speaker("When someone in the audience shouted, \"Lower the fares for every "
                           "family on the island right now,\" Lowe laughed.",
                           "Lower the fares"),
            "someone in the audience");
}

// People named by a plural and a place speak (found in the review of the
// stop: the rules above had left them without a speaker), and so does
// "the other".
TEST(SpeakerRulesRound17, PeopleAtAPlaceAndTheOtherSpeak) {
  EXPECT_EQ(Round17Speaker("Witnesses at the scene said: \"The fire spread faster than anyone "
                           "expected it to.\"",
                           "spread faster"),
            "Witnesses at the scene");
  EXPECT_EQ(Round17Speaker("Doctors at the hospital said the boy \"is lucky to be alive after "
                           "the fall.\"",
                           "lucky to be alive"),
            "Doctors at the hospital");
  EXPECT_EQ(Round17Speaker("\"It was not the plan we voted for in the spring,\" said the other.",
                           "voted for"),
            "the other");
  EXPECT_EQ(Round17Speaker("Following the crash, police said: \"The driver was going far too "
                           "fast for the road.\"",
                           "far too fast"),
            "police");
}

}  // namespace
}  // namespace concord::compare
