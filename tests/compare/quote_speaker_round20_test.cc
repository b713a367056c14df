// Speaker rules of round 20 (docs/compare.md, Stop 30): chosen on PolNeAR
// train-a's errors, kept because train-b did not lose. Each test is on
// sentences written here and fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;

const std::string kRound20Ferry =
    "The harbor board met on Tuesday to discuss the ferry schedule.\n\n";

// "speaker" of the direct (not embedded) quote holding `words`,
// "(embedded)" when that quote is a fragment, "(no quote)" when none.
std::string Round20Direct(const std::string& paragraph, const std::string& words) {
  for (const Quote& q : QuotesOf(kRound20Ferry + paragraph)) {
    if (q.text.find(words) == std::string::npos) continue;
    return q.embedded ? "(embedded)" : q.speaker;
  }
  return "(no quote)";
}

// `Minutes later, she sent an email saying, "done."`: a time phrase with no
// preposition (a time word, then "later", "earlier" or "ago"; "last week")
// set off before the speaker's clause is no subject the quote goes on
// from, so a lower-case whole sentence after its cue is the speaker's.
TEST(SpeakerRulesRound20, ATimePhraseWithoutAPrepositionKeepsTheQuoteDirect) {
  EXPECT_EQ(Round20Direct("Minutes later, she sent an email saying, \"done.\"\n", "done"), "she");
  EXPECT_EQ(Round20Direct("Two weeks ago, the captain told riders, \"we will run the late boat "
                          "again once the dock is fixed.\"\n",
                          "late boat again"),
            "the captain");
  EXPECT_EQ(Round20Direct("Last week, Okafor said, \"nobody on this board wants to cut the "
                          "winter service.\"\n",
                          "winter service"),
            "Okafor");
  // "Sooner or later" is no time phrase: the quote finishes the words set
  // off before the speaker.
  EXPECT_EQ(Round20Direct("Sooner or later, the captain told riders, \"it starts to pay off for "
                          "everyone on the boat.\"\n",
                          "starts to pay off"),
            "(embedded)");
}

// `Rather than …, the Illinois Board of Elections was conclusive in its
// findings: "…"`: after an opening phrase, "the" and a name open the
// subject (it had been read as a lone "the", no subject), for a colon and
// for a participle; the name ends where NpForward ends it, never at the
// verb after it.
TEST(SpeakerRulesRound20, TheAndANameAfterAnOpeningPhrase) {
  EXPECT_EQ(Round20Direct("After the vote on Tuesday, the Bay Transit Authority was blunt in "
                          "its reply: \"We will not add a boat to the winter schedule this "
                          "year.\"\n",
                          "add a boat"),
            "the Bay Transit Authority");
  EXPECT_EQ(Round20Direct("On Monday, the Bay Transit Authority came out against the plan, "
                          "stating, \"We have heard loud and clear from the riders that the late "
                          "boat matters to them.\"\n",
                          "loud and clear"),
            "the Bay Transit Authority");
  EXPECT_EQ(Round20Direct("Thursday night, the Bay Transit Authority issued a statement saying, "
                          "\"The late boat will run again on Monday after the repairs are "
                          "done.\"\n",
                          "run again on Monday"),
            "the Bay Transit Authority");
}

// `Carson shared a syllabus for a class called "Perception" on his page,
// writing "Allow me …"`: a participle right after a term quoted in the
// reporter's clause, which has no speaker, speaks through the subject
// before that term (the speaker rules alone: the model could guess it).
TEST(SpeakerRulesRound20, AParticipleAfterAQuotedTermSpeaksThroughTheSubject) {
  using concord::testing::RuleSpeaker;
  EXPECT_EQ(RuleSpeaker(kRound20Ferry + "Later on Sunday, Okafor posted the notes of a course "
                                        "called \"Harbors\" on her page, writing \"Allow me to "
                                        "do the research for the reporter who asked.\"\n",
                        "Allow me"),
            "Okafor");
}

// `"…," the Saudis state in the white paper`: after a quote, the plain form
// of a cue (its -s form is in the lexicon: "state", "write", "note") after a
// plural subject is the cue; NpForward had read "the Saudis state" as one
// noun phrase with no verb.
TEST(SpeakerRulesRound20, ThePlainFormOfACueAfterAPlural) {
  using concord::testing::RuleSpeaker;
  EXPECT_EQ(RuleSpeaker(kRound20Ferry + "\"Today the harbor is one of the busiest ports in the "
                                        "region,\" the captains state in their letter, which "
                                        "was shared on Thursday.\n",
                        "busiest ports"),
            "the captains");
  EXPECT_EQ(RuleSpeaker(kRound20Ferry + "\"The riders are happy with the new boats that run "
                                        "every hour,\" they write.\n",
                        "new boats"),
            "they");
  // A singular subject takes no plain form, and a later noun of the
  // clause leaves a past tense verb its cue.
  EXPECT_EQ(RuleSpeaker(kRound20Ferry + "\"The riders are happy with the new boats that run "
                                        "every hour,\" the captain note in the log.\n",
                        "new boats"),
            "");
  EXPECT_EQ(RuleSpeaker(kRound20Ferry + "\"Nobody told me that the late boat would stop "
                                        "running,\" Okafor barked in a state of anger.\n",
                        "late boat"),
            "Okafor");
}

// `As they say about the storied doctor, "gifted hands, enhanced
// imagination."`: a clause of "as" and its speaker running to the comma
// before a quote is a parenthetical attribution, so a lower-case quote that
// ends its sentence is that speaker's words, whatever comes before "as".
TEST(SpeakerRulesRound20, AnAsClauseIntroducesTheQuote) {
  EXPECT_EQ(Round20Direct("As the riders say about the old captain, \"never late, never rude, "
                          "never lost at sea.\"\n",
                          "never late"),
            "the riders");
  EXPECT_EQ(Round20Direct("But at the time, as Okafor put it, \"nobody on the board wanted to cut "
                          "the winter boat.\"\n",
                          "winter boat"),
            "Okafor");
  // A quote that does not end its sentence stays a fragment.
  EXPECT_EQ(Round20Direct("As the riders say about the old captain, \"never late, never rude\" "
                          "and never lost at sea.\n",
                          "never late"),
            "(embedded)");
}

// `…, in Forbes' words, "they are …."`, `in the words of Ada Okafor, "…."`:
// "in NP's words" and "in the words of NP" attribute the quote after them
// (the speaker is what PolNeAR marks: the possessive with "words"), and
// like an "as" clause they introduce a lower-case whole sentence.
TEST(SpeakerRulesRound20, InSomeonesWords) {
  EXPECT_EQ(Round20Direct("The port was chosen because, in the captain's words, \"it is the "
                          "busiest place on the coast with more boats than any other.\"\n",
                          "busiest place"),
            "the captain's words");
  EXPECT_EQ(Round20Direct("The port was chosen because, in Jones\u2019 words, \"it is the "
                          "busiest place on the coast with more boats than any other.\"\n",
                          "busiest place"),
            "Jones\u2019 words");
  EXPECT_EQ(Round20Direct("It was chosen, in the words of Ada Okafor, \"because it is the busiest "
                          "place on the coast.\"\n",
                          "busiest place"),
            "Ada Okafor");
  // Words that are no one's: no "in" before them.
  EXPECT_EQ(Round20Direct("The port was chosen for the captain's words, \"it is the busiest "
                          "place on the coast with more boats than any other.\"\n",
                          "busiest place"),
            "(embedded)");
}

}  // namespace
}  // namespace concord::compare
