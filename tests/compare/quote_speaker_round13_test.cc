// Speaker rules of round 13, fitted on the errors of PolNeAR train-a only
// and kept when train-b (never read) agreed. Each on a sentence written
// here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compare/name_variants.h"
#include "concord/compare.h"
#include "concord/text.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

const std::string kFerry = "The harbor board met on Monday to vote on the ferry plan.\n\n";

// A quote that ends its own sentence is not spoken by the next sentence when
// that sentence's cue goes on with a clause of its own ("Ben Lowe said he
// would …"): it goes on in the voice of the quote before it.
TEST(SpeakerRulesRound13, NextSentenceReportingItsOwnClauseIsNoAttribution) {
  const std::string text = kFerry +
                           "\"The fares are too high,\" Ada Okafor told reporters. \"Nobody can "
                           "pay them.\" Ben Lowe said he would vote for the plan.";
  EXPECT_EQ(RuleSpeaker(text, "Nobody can"), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(text, "too high"), "Ada Okafor");
  const std::string added = kFerry +
                            "\"The fares are too high,\" said Ada Okafor, a harbor pilot. "
                            "\"Nobody can pay them.\" Okafor added that the board had waited.";
  EXPECT_EQ(RuleSpeaker(added, "too high"), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(added, "Nobody can"), "Ada Okafor");
  // A bare cue after a quote that ends its sentence still speaks it.
  const std::string bare = kFerry + "\"The fares must come down by spring.\" Ben Lowe wrote.";
  EXPECT_EQ(RuleSpeaker(bare, "fares must"), "Ben Lowe");
}

// "Ada Okafor, who told reporters:": the relative pronoun is the speaker's
// mention, resolved to the name it follows, as a "he" would be.
TEST(SpeakerRulesRound13, RelativePronounAfterACommaSpeaks) {
  const std::string text = kFerry +
                           "The plan was opposed by Ada Okafor, who told reporters on Tuesday: "
                           "\"The fares are too high for the island.\"";
  EXPECT_EQ(RuleSpeaker(text, "too high"), "who");
  EXPECT_EQ(RuleSpeaker(text, "too high", true), "Ada Okafor");
  const std::string report = kFerry +
                             "Ben Lowe cited the Harbor Institute, which notes, \"Ferries carry "
                             "more people than the bridge ever did.\"";
  EXPECT_EQ(RuleSpeaker(report, "Ferries carry", true), "Harbor Institute");
  // A relative clause's own cue tells of other words than the participle
  // that introduces the quote: the sentence's subject speaks.
  const std::string participle =
      kFerry +
      "Ada Okafor, who said last week that the fares were fair, issued "
      "a statement on Tuesday saying, \"The fares will be cut in half.\"";
  EXPECT_EQ(RuleSpeaker(participle, "cut in half"), "Ada Okafor");
}

// "the congressman" is the one written with that role ("Congressman Ben
// Lowe", or "Rep. Ben Lowe": the same office), as "the senator" is.
TEST(SpeakerRulesRound13, RoleDescriptionIsItsHolder) {
  const std::string text =
      kFerry +
      "On Monday, Congressman Ben Lowe spoke first. Ada Okafor, a pilot, spoke next.\n\n"
      "\"The fares are too high for the island,\" the congressman said.";
  EXPECT_EQ(RuleSpeaker(text, "too high", true), "Ben Lowe");
  const std::string rep = kFerry +
                          "Rep. Ben Lowe spoke first. Ada Okafor, a pilot, spoke next.\n\n"
                          "\"The fares are too high for the island,\" the four-term congressman "
                          "said.";
  EXPECT_EQ(RuleSpeaker(rep, "too high", true), "Ben Lowe");
}

// A long title in lower case before the name and the cue ("former harbor
// policy planning director Ada Okafor wrote") still speaks the quote
// before it, and a title run before "told" speaks rather than the one told.
TEST(SpeakerRulesRound13, LongLowerCaseTitleBeforeTheCueSpeaks) {
  const std::string text = kFerry +
                           "\"The fares are too high for the island,\" former harbor policy "
                           "planning director Ada Okafor wrote to the board.";
  EXPECT_EQ(RuleSpeaker(text, "too high", true), "Ada Okafor");
  const std::string told = kFerry +
                           "\"The fares are too high for the island,\" the independent Ohio "
                           "senator and Democratic harbor candidate told Harbor News.";
  EXPECT_EQ(RuleSpeaker(told, "too high"),
            "the independent Ohio senator and Democratic harbor candidate");
}

// A participle or a second verb after a time or reason clause ("as Ben
// Lowe turned down the plan, saying", "when she heard the vote and later
// said") goes on from that clause's subject, not the sentence's.
TEST(SpeakerRulesRound13, ParticipleAfterATimeClauseSpeaksThroughItsSubject) {
  const std::string text = kFerry +
                           "Okafor's remarks came as Ben Lowe turned down an invitation to the "
                           "vote, saying it would \"deepen the rift over the island.\"";
  EXPECT_EQ(RuleSpeaker(text, "deepen the rift"), "Ben Lowe");
  const std::string second = kFerry +
                             "Ada Okafor left the hall when she heard the vote and later said, "
                             "\"The fares are too high for the island.\"";
  EXPECT_EQ(RuleSpeaker(second, "too high"), "she");
}

// The event "was a first," Ada Okafor said. "…": an embedded head whose cue
// follows it is one quote with the sentence quoted after its attribution.
// A title in marks in the attribution is no head.
TEST(SpeakerRulesRound13, EmbeddedHeadJoinsTheQuoteAfterItsCue) {
  const std::string text = kFerry +
                           "The vote \"was a fair deal for the island,\" Ada Okafor said. "
                           "\"Nobody will pay more for a ticket.\"";
  const std::vector<Quote> quotes = concord::testing::QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1U);
  EXPECT_EQ(quotes[0].parts.size(), 2U);
  EXPECT_EQ(quotes[0].speaker, "Ada Okafor");
  const std::string title = kFerry +
                            "A tune like \"Harbor Lights\" plays as Ada Okafor continues. "
                            "\"Nobody will pay more for a ticket.\"";
  for (const Quote& q : concord::testing::QuotesOf(title)) EXPECT_EQ(q.parts.size(), 1U);
}

// "Ben Lowe called the vote "a display of panic"": the one who calls a thing
// by the quoted words speaks them; "a tune called "…"" and "is called" name
// a thing and no one speaks.
TEST(SpeakerRulesRound13, TheOneWhoCallsSpeaks) {
  const std::string text =
      kFerry + "Ben Lowe called the vote \"a display of panic at the harbor.\"";
  EXPECT_EQ(RuleSpeaker(text, "display of panic"), "Ben Lowe");
  const std::string what = kFerry + "Ada Okafor denounced what she called \"a fare grab.\"";
  EXPECT_EQ(RuleSpeaker(what, "fare grab"), "she");
  const std::string named =
      kFerry + "The new ferry is called \"Harbor Queen of the Northern Islands\" by all.";
  EXPECT_EQ(RuleSpeaker(named, "Harbor Queen"), "(none)");
}

// "Trump Jr." written alone tells the son from the father: "Donald Trump
// Jr." keeps its suffix and is not "President Donald Trump". Without such a
// short form the suffix is dropped as before ("Eric H. Holder Jr." is "Eric
// Holder").
TEST(SpeakerRulesRound13, ASuffixWrittenAloneTellsTwoPeopleApart) {
  const std::vector<size_t> groups = internal::GroupNames(
      {"Donald Trump Jr.", "Trump Jr.", "President Donald Trump", "Ada Okafor"});
  EXPECT_NE(groups[0], groups[2]);
  const std::vector<size_t> one = internal::GroupNames({"Ben H. Lowe Jr.", "Ben Lowe", "Lowe"});
  EXPECT_EQ(one[0], one[1]);
  EXPECT_EQ(one[1], one[2]);
}

// "Bishop Ada Okafor, of Dayton, Ohio, said": a place in apposition is
// where she is from; the name before it speaks.
TEST(SpeakerRulesRound13, PlaceInAppositionIsNoSpeaker) {
  const std::string text = kFerry +
                           "Bishop Ada Okafor, of Dayton, Ohio, said: \"The fares are too high "
                           "for everyone.\"";
  EXPECT_EQ(RuleSpeaker(text, "too high"), "Bishop Ada Okafor");
}

}  // namespace
}  // namespace concord::compare
