// Speaker rules of round 15 (docs/compare.md, Stop 23), each on a sentence
// written here; each fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

const std::string kBudgetHearing = "The city council held its budget hearing on Tuesday.\n\n";

// A cue ending right at the opening mark, with only a comma or a colon
// between ("he warned, "…"", "…, saying, "…""), introduces the quote: a
// cue after the quote tells of more and does not take it (both gave the
// later cue's subject).
TEST(SpeakerRulesRound15, CueRightBeforeTheQuoteIntroducesIt) {
  const std::string participle =
      kBudgetHearing +
      "Ben Lowe came close to an admission about the fund, saying, \"We never said the money "
      "was all there,\" but he denied that any of it was lost.";
  EXPECT_EQ(RuleSpeaker(participle, "money was all there"), "Ben Lowe");
  const std::string warned =
      kBudgetHearing +
      "After Rita Vance accused him of lying, he warned, \"If they play that card with me, it "
      "will be fair game,\" Reyes told a radio host when asked.";
  EXPECT_EQ(RuleSpeaker(warned, "fair game"), "he");
  const std::string colon = kBudgetHearing +
                            "Ada Okafor fired back: \"The fund was never short by a dollar,\" "
                            "Lowe said later.";
  EXPECT_EQ(RuleSpeaker(colon, "never short"), "Ada Okafor");
}

// Not when words stand between the cue and the quote, nor when the words
// before the quote hold no cue: the cue after the quote speaks, as before.
TEST(SpeakerRulesRound15, CueAfterTheQuoteStillSpeaksOtherwise) {
  const std::string apart = kBudgetHearing +
                            "Ada Okafor said on Tuesday that the plan was sound and, in her "
                            "words, \"The fund was never short by a dollar,\" Lowe said later.";
  EXPECT_EQ(RuleSpeaker(apart, "never short"), "Lowe");
  const std::string no_cue = kBudgetHearing +
                             "The hearing ran late, \"and the fund was never short by a "
                             "dollar,\" Lowe said.";
  EXPECT_EQ(RuleSpeaker(no_cue, "never short"), "Lowe");
}

// Adjectives set apart by a comma before the noun after a quote (`"…," the
// tall, 71-year-old captain said`) are one speaker: the clause after the
// quote stops at that comma, and the words after it run on to the cue (it
// gave no speaker).
TEST(SpeakerRulesRound15, CoordinateAdjectivesBeforeTheCue) {
  const std::string text = kBudgetHearing +
                           "\"From the first day, I made the fund the top priority,\" the "
                           "tall, 71-year-old treasurer said in an interview.";
  EXPECT_EQ(RuleSpeaker(text, "top priority"), "the tall, 71-year-old treasurer");
  // Not across a clause word: a relative clause is an aside, and the noun
  // before it speaks (`the treasurer`, not `the treasurer, who was tired`).
  const std::string aside = kBudgetHearing +
                            "\"From the first day, I made the fund the top priority,\" the "
                            "treasurer, who was tired, said.";
  EXPECT_EQ(RuleSpeaker(aside, "top priority"), "the treasurer");
}

// A quote opening the sentence after one that ends with its cue speaks in
// that cue's voice even when the sentence holds a fragment of someone's
// words (it gave no speaker: a quote in the sentence before stopped the
// rule).
TEST(SpeakerRulesRound15, CueAfterAFragmentSpeaksForTheNextQuote) {
  const std::string text =
      kBudgetHearing +
      "Okafor \"felt bound to do something about\" the fund, Ben Lowe said. \"This is not "
      "just a line on her list. This is core to who she is.\"";
  EXPECT_EQ(RuleSpeaker(text, "core to who she is"), "Ben Lowe");
  // Not a noun before ", and said": the sentence's subject, cued before
  // the fragment, still speaks (the noun after it is whom she spoke to).
  const std::string second_cue =
      kBudgetHearing +
      "Lowe said she has spoken \"endlessly\" to Okafor about the fund, and said she gets "
      "it. \"Leader Okafor always listened and she always understood the city.\"";
  EXPECT_EQ(RuleSpeaker(second_cue, "always listened"), "Lowe");
}

// The noun after "familiar with", "close to" or a participle and "to" or
// "with" (`A source close to Mayor Ada Okafor said`, `a source speaking to
// Fox News said`) is what the speaker is close to or speaks to: the phrase
// back to its own determiner speaks, and the name shown is nobody's (they
// gave the talks, the mayor, Fox News).
TEST(SpeakerRulesRound15, TheObjectOfAModifierIsNoSpeaker) {
  const std::string talks = kBudgetHearing +
                            "A source familiar with the talks said, \"The fund was never short "
                            "by a single dollar.\"";
  EXPECT_EQ(RuleSpeaker(talks, "never short"), "A source familiar with the talks");
  const std::string mayor = kBudgetHearing +
                            "A source close to Mayor Ada Okafor said, \"The fund was never short "
                            "by a single dollar.\"";
  EXPECT_EQ(RuleSpeaker(mayor, "never short"), "A source close to Mayor Ada Okafor");
  EXPECT_EQ(RuleSpeaker(mayor, "never short", true), "");
  const std::string outlet = kBudgetHearing +
                             "Another council source speaking to Harbor Radio said, \"The fund "
                             "was never short by a single dollar.\"";
  EXPECT_EQ(RuleSpeaker(outlet, "never short"), "Another council source speaking to Harbor Radio");
}

}  // namespace
}  // namespace concord::compare
