// Speaker rules of round 18 (docs/compare.md, Stop 27): a quote that goes
// on after its head's attribution keeps the head's voice, and a quote that
// opens a sentence whose speaker is named at its end heads the quote after
// it. Each test is on sentences written here and fails without its rule.
#include <gtest/gtest.h>

#include <string>

#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;

const std::string kRound18Ferry =
    "The harbor board met on Tuesday to discuss the ferry schedule.\n\n";

// The speaker as written of the quote holding `words`, or "(no quote)".
std::string Round18Speaker(const std::string& paragraphs, const std::string& words) {
  for (const Quote& q : QuotesOf(kRound18Ferry + paragraphs)) {
    if (q.text.find(words) != std::string::npos) return q.speaker;
  }
  return "(no quote)";
}

// The number of parts of the quote holding `words`, 0 when none.
size_t Round18Parts(const std::string& paragraphs, const std::string& words) {
  for (const Quote& q : QuotesOf(kRound18Ferry + paragraphs)) {
    if (q.text.find(words) != std::string::npos) return q.parts.size();
  }
  return 0;
}

// `"…," she said. "…." She noted …`: the sentence after the second quote
// tells what the same speaker did next; the quote goes on in the head's
// voice (its speaker is the head's mention, not the next sentence's).
TEST(SpeakerRulesRound18, TheNextSentencesCueDoesNotTakeAContinuation) {
  const std::string text =
      "\"We heard every complaint the riders sent us this spring,\" Ada Okafor said. \"We will add "
      "two early boats on weekdays and keep the late boat on Fridays.\" She noted a vote on the "
      "plan next month.\n";
  EXPECT_EQ(Round18Speaker(text, "two early boats"), "Ada Okafor");
  EXPECT_EQ(Round18Parts(text, "two early boats"), 2u);
  // The same surname as the head's speaker.
  EXPECT_EQ(Round18Speaker("\"We heard every complaint the riders sent us,\" Ada Okafor said. \"We "
                           "will add two early boats on weekdays and keep the late one.\" Okafor "
                           "said, twice, that fares would not rise.\n",
                           "two early boats"),
            "Ada Okafor");
  // Another name there still speaks its own quote.
  EXPECT_EQ(Round18Speaker("\"We heard every complaint the riders sent us,\" Ada Okafor said. \"We "
                           "will add two early boats on weekdays and keep the late one.\" Lowe "
                           "said the plan would cost too much.\n",
                           "two early boats"),
            "Lowe");
}

// `"Nobody was happy" with the old times, she said.`: a quote opening the
// paragraph after an attributed one is no continuation of it when its own
// sentence names its speaker further on; with a quote after that sentence,
// it is that quote's head and both are the speaker's.
TEST(SpeakerRulesRound18, AFragmentWhoseSentenceNamesItsSpeakerHeadsTheNextQuote) {
  const std::string text =
      "\"The riders kept asking for an earlier boat,\" Okafor said.\n\n\"Nobody was happy\" with "
      "the old times, she said. \"And we heard that at every single meeting we held this "
      "spring.\"\n";
  EXPECT_EQ(Round18Speaker(text, "every single meeting"), "she");
  EXPECT_EQ(Round18Parts(text, "every single meeting"), 2u);
  EXPECT_EQ(Round18Parts(text, "an earlier boat"), 1u);
  // Not through `according to`: a release reports, it does not speak.
  EXPECT_EQ(Round18Speaker("\"The riders kept asking for an earlier boat and we listened to "
                           "them,\" and more, according to a release. \"We will add two early "
                           "boats on weekdays and keep the late one.\"\n",
                           "two early boats"),
            "");
}

// A word of the cue is no speaker: the left window of `As Ada Okafor, …,
// author of "…," put it, "…"` stops at the title's mark and gave `it`.
TEST(SpeakerRulesRound18, AWordOfTheCueIsNoSpeaker) {
  EXPECT_NE(Round18Speaker("As Ada Okafor, a professor of maritime law and author of \"Boats and "
                           "Rules,\" put it, \"The board cannot change the schedule without a vote "
                           "of every member.\"\n",
                           "without a vote"),
            "it");
}

// A lower-case level before a title (`state`, `county`, `city`, `federal`,
// after `former` too) opens the name after a quote, also when an aside or a
// party tag follows it before the cue.
TEST(SpeakerRulesRound18, AStateTitleBeforeANameAfterTheQuoteSpeaks) {
  EXPECT_EQ(
      Round18Speaker("\"The board cannot change the schedule without a vote,\" state Rep. Ada "
                     "Okafor, a Democrat, said at a news conference.\n",
                     "without a vote"),
      "state Rep. Ada Okafor");
  EXPECT_EQ(Round18Speaker("\"The board cannot change the schedule without a vote,\" former state "
                           "Sen. Ada Okafor (D-Dayton) said.\n",
                           "without a vote"),
            "former state Sen. Ada Okafor");
}

}  // namespace
}  // namespace concord::compare
