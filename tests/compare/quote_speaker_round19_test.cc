// Speaker rules of round 19 (docs/compare.md, Stop 29): chosen on PolNeAR
// train-a's errors, kept because train-b did not lose. Each test is on
// sentences written here and fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;

const std::string kRound19Ferry =
    "The harbor board met on Tuesday to discuss the ferry schedule.\n\n";

// "speaker" of the direct (not embedded) quote holding `words`,
// "(embedded)" when that quote is a fragment, "(no quote)" when none.
std::string Round19Direct(const std::string& paragraph, const std::string& words) {
  for (const Quote& q : QuotesOf(kRound19Ferry + paragraph)) {
    if (q.text.find(words) == std::string::npos) continue;
    return q.embedded ? "(embedded)" : q.speaker;
  }
  return "(no quote)";
}

// `At one point, a rider asked … and Okafor said, "as long as …."`: a
// lower-case quote after the cue that introduces it with a comma is the
// speaker's whole sentence also when an opening time phrase or connective
// is set off before the speaker's clause; other words set off there are a
// subject or topic the quote goes on from, and it stays a fragment.
TEST(SpeakerRulesRound19, AnOpeningPhraseBeforeTheSpeakerKeepsTheQuoteDirect) {
  EXPECT_EQ(Round19Direct("At one point, a rider asked about the fares and Okafor said, \"as long "
                          "as the board agrees, nobody will pay more next year.\"\n",
                          "nobody will pay more"),
            "Okafor");
  EXPECT_EQ(Round19Direct("At the same time, the captain added, \"you saw how the old boats "
                          "broke down, and it did the riders no good either.\"\n",
                          "old boats broke down"),
            "the captain");
  EXPECT_EQ(Round19Direct("But, she noted, \"while the late boat is popular, it loses money on "
                          "every trip we run in winter.\"\n",
                          "late boat is popular"),
            "she");
  // A subject or a topic set off before the speaker: the quote finishes
  // the reporter's sentence.
  EXPECT_EQ(Round19Direct("The new schedule, the board said, \"would help the riders who start "
                          "work before six in the morning.\"\n",
                          "start work before six"),
            "(embedded)");
  EXPECT_EQ(Round19Direct("In cases of bad weather, the board said, \"the last boat leaves an "
                          "hour early and nobody is left at the dock.\"\n",
                          "last boat leaves"),
            "(embedded)");
  // Nor when the quote does not end its sentence.
  EXPECT_EQ(Round19Direct("But, she noted, \"there was never any question of cutting the late "
                          "boat\" and no plan to do so.\n",
                          "never any question"),
            "(embedded)");
}

// `"…," said former secretary of state Ada Okafor`: an office written in
// lower case with its "of" (chief of staff, master of ceremonies) between
// the cue and the name is the speaker's title; the quote had no speaker
// and, short, was dropped.
TEST(SpeakerRulesRound19, AnOfficeWithOfAfterTheCue) {
  EXPECT_EQ(Round19Direct("\"We will open the new dock in May,\" said chief of staff Ada "
                          "Okafor.\n",
                          "new dock in May"),
            "chief of staff Ada Okafor");
  EXPECT_EQ(Round19Direct("\"The first line of defense is the riders themselves,\" said former "
                          "secretary of state Ada Okafor, who praised the crews.\n",
                          "first line of defense"),
            "former secretary of state Ada Okafor");
  // Not through a determiner after "of": "critics of the Okafor
  // administration" is no office before a name, and the span would stop
  // at "the Okafor".
  EXPECT_EQ(Round19Direct("\"We will open the new dock for the riders in May,\" said critics of "
                          "the Okafor administration.\n",
                          "new dock for the riders"),
            "");
}

// A pasted comment opens with a right mark, often after an invisible mark
// of direction (U+202A): "\u202A”Sorry …!!” posted Ada Okafor." The mark
// at the start of its line opens the quote, and the invisible mark before
// it is no reporter's word (the quote was embedded in one).
TEST(SpeakerRulesRound19, ARightMarkOpeningALine) {
  const std::string kRight = "\xE2\x80\x9D";
  const std::string kEmbedding = "\xE2\x80\xAA";
  const std::string comment = kRight +
                              "Sorry Ada, you should have said no, because I know you can do it!!" +
                              kRight + " posted Ben Lowe.\n";
  EXPECT_EQ(Round19Direct(comment, "you should have said no"), "Ben Lowe");
  EXPECT_EQ(Round19Direct(kEmbedding + comment, "you should have said no"), "Ben Lowe");
  // A right mark inside a line still closes, a letter right after it or
  // not.
  EXPECT_EQ(Round19Direct("\"We will fix the dock before the storms come back this fall," + kRight +
                              "said Ben Lowe.\n",
                          "fix the dock"),
            "Ben Lowe");
}

// `"…," said former tech executive Ada Okafor`: a modifier of the title
// (former, retired, state) does not count among the three lower-case
// words a title may have between the cue and the name.
TEST(SpeakerRulesRound19, AModifierBeforeALowerCaseTitle) {
  EXPECT_EQ(Round19Direct("\"Watch the old boats break down on the way across the bay,\" said "
                          "former tech executive Ada Okafor during the meeting.\n",
                          "old boats break down"),
            "former tech executive Ada Okafor");
}

}  // namespace
}  // namespace concord::compare
