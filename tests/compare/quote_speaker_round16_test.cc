// Speaker rules of round 16 (docs/compare.md, Stop 25), each on a sentence
// written here; each fails without its rule.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;

const std::string kRound16Hearing = "The city council held its budget hearing on Tuesday.\n\n";

// The quote holding `words`, if any.
std::optional<Quote> Round16Quote(const std::string& text, const std::string& words) {
  for (const Quote& q : QuotesOf(text)) {
    if (q.text.find(words) != std::string::npos) return q;
  }
  return std::nullopt;
}

// A quote opening in lower case right after the cue of the clause that opens
// its sentence, with a comma or a colon between (`He added, "actually, …"`),
// is the speaker's own words, not a fragment in the reporter's sentence (it
// was marked embedded, and PolNeAR's direct quotes missed it).
TEST(SpeakerRulesRound16, TheClauseOpeningTheSentenceIntroducesALowerCaseQuote) {
  const std::string comma = kRound16Hearing +
                            "Ben Lowe added, \"actually, the fund was never short by a dollar "
                            "in all those years.\"";
  const std::optional<Quote> added = Round16Quote(comma, "never short");
  ASSERT_TRUE(added.has_value());
  EXPECT_FALSE(added->embedded);
  EXPECT_EQ(added->speaker, "Ben Lowe");
  const std::string colon = kRound16Hearing +
                            "The treasurer wrote: \"we kept the fund whole for ten years, and "
                            "we will keep it whole.\"";
  const std::optional<Quote> wrote = Round16Quote(colon, "kept the fund");
  ASSERT_TRUE(wrote.has_value());
  EXPECT_FALSE(wrote->embedded);
  EXPECT_EQ(wrote->speaker, "The treasurer");
}

// Not when words set off by a comma stand before the speaker: the quote
// finishes the reporter's sentence (`That, the panel said, "would …"`), and
// stays a fragment.
TEST(SpeakerRulesRound16, AQuoteFinishingTheReportersSentenceStaysAFragment) {
  const std::string text = kRound16Hearing +
                           "A second audit, the treasurer said, \"would only confirm what the "
                           "first one found last spring.\"";
  const std::optional<Quote> quote = Round16Quote(text, "only confirm");
  ASSERT_TRUE(quote.has_value());
  EXPECT_TRUE(quote->embedded);
}

// So does a verb of telling or of writing to someone with the one told
// between it and the comma (`told his supporters, "our …"`, `tweeted at
// him, "you …"`), but not a long phrase after it.
TEST(SpeakerRulesRound16, ATellingCueAndItsAddresseeIntroduceALowerCaseQuote) {
  const std::string told = kRound16Hearing +
                           "Ben Lowe did not name his rivals, but told his supporters, \"our "
                           "city is in trouble and we must act now.\"";
  const std::optional<Quote> supporters = Round16Quote(told, "in trouble");
  ASSERT_TRUE(supporters.has_value());
  EXPECT_FALSE(supporters->embedded);
  EXPECT_EQ(supporters->speaker, "Ben Lowe");
  const std::string tweeted = kRound16Hearing +
                              "Rita Vance tweeted at him, \"you are not just a loser, you are a "
                              "liar and a whiner.\"";
  const std::optional<Quote> at_him = Round16Quote(tweeted, "liar");
  ASSERT_TRUE(at_him.has_value());
  EXPECT_FALSE(at_him->embedded);
  EXPECT_EQ(at_him->speaker, "Rita Vance");
  const std::string apart = kRound16Hearing +
                            "Ben Lowe told the few dozen supporters who stayed late in the hall, "
                            "\"our city is in trouble and we must act now.\"";
  const std::optional<Quote> far = Round16Quote(apart, "in trouble");
  ASSERT_TRUE(far.has_value());
  EXPECT_TRUE(far->embedded);
}

// A whole sentence quoted right after a lower-case cue verb, with no comma
// between, is the speaker's even when it opens in lower case (`She says "we
// worked hard …."`; only a capitalized opening counted before).
TEST(SpeakerRulesRound16, ALowerCaseSentenceRightAfterItsCue) {
  const std::string text = kRound16Hearing +
                           "Rita Vance says \"we kept the fund whole for ten years and we will "
                           "keep it whole.\"";
  const std::optional<Quote> quote = Round16Quote(text, "kept the fund");
  ASSERT_TRUE(quote.has_value());
  EXPECT_FALSE(quote->embedded);
  EXPECT_EQ(quote->speaker, "Rita Vance");
}

// Not after a capitalized word that spells a cue (`Treasury Notes "must
// …"`: the last word of a name), nor a phrase that does not end a sentence.
TEST(SpeakerRulesRound16, NotAfterANameNorForAPhrase) {
  const std::string name = kRound16Hearing +
                           "Lowe said the city's Treasury Notes \"must be repaid in full by the "
                           "end of June.\"";
  const std::optional<Quote> notes = Round16Quote(name, "must be repaid");
  ASSERT_TRUE(notes.has_value());
  EXPECT_TRUE(notes->embedded);
  // Nor in a relative clause: the quote goes on from "which", the
  // reporter's word.
  const std::string relative = kRound16Hearing +
                               "Lowe backed the audit, which he said \"would keep the fund whole "
                               "for ten more years.\"";
  const std::optional<Quote> which = Round16Quote(relative, "keep the fund");
  ASSERT_TRUE(which.has_value());
  EXPECT_TRUE(which->embedded);
  const std::string phrase =
      kRound16Hearing + "Rita Vance says \"a fair deal for the whole city\" is near at last.";
  const std::optional<Quote> deal = Round16Quote(phrase, "fair deal");
  ASSERT_TRUE(deal.has_value());
  EXPECT_TRUE(deal->embedded);
}

}  // namespace
}  // namespace concord::compare
