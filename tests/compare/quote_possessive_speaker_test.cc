// Possessive and odd speakers (docs/compare.md, stop 29, hostile report
// items 4 and 9): the head noun after a name in the possessive speaks, not
// the possessor; the one told is never the speaker; a pronoun's clause
// after a cue ends the search for a speaker after it. Each test is on
// sentences written here and fails without its rule.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "compare/name_variants.h"
#include "compare/quotes.h"
#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;

const std::string kArrest = "Police arrested Dana Okafor at the harbor on Friday.\n\n";

// The speaker as written and its name, of the quote holding `words`, or
// "(no quote)".
std::string SpeakerOf(const std::string& paragraphs, const std::string& words) {
  for (const Quote& q : QuotesOf(kArrest + paragraphs)) {
    if (q.text.find(words) != std::string::npos) return q.speaker + " / " + q.speaker_name;
  }
  return "(no quote)";
}

// "Okafor's lawyer said": the lawyer speaks; the quote had no speaker and,
// short, was dropped.
TEST(PossessiveSpeaker, TheHeadAfterAPossessiveNameSpeaks) {
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" Okafor's lawyer said.\n", "nothing wrong"),
            "Okafor's lawyer / ");
  EXPECT_EQ(SpeakerOf("\"We will appeal,\" Okafor's mother said.\n", "appeal"),
            "Okafor's mother / ");
  // Written with a curly apostrophe, after a title and a name.
  EXPECT_EQ(SpeakerOf("Ms. Dana Okafor\u2019s lawyer said: \"She did nothing wrong.\"\n",
                      "nothing wrong"),
            "Ms. Dana Okafor\u2019s lawyer / ");
}

// "Okafor's family said": "family" is a noun, not an adverb in -ly skipped
// before the cue (the speaker was "Okafor's", named Dana Okafor).
TEST(PossessiveSpeaker, ANounInLyIsNoAdverb) {
  EXPECT_EQ(SpeakerOf("\"We will appeal,\" Okafor's family said in a statement.\n", "appeal"),
            "Okafor's family / ");
}

// "Okafor's lawyer told CNN": the one told is no speaker (it was CNN).
TEST(PossessiveSpeaker, TheOneToldIsNeverTheSpeaker) {
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" Okafor's lawyer told CNN.\n", "nothing wrong"),
            "Okafor's lawyer / ");
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" told CNN on Friday night.\n", "nothing wrong"),
            "(no quote)");
}

// "a lawyer for Okafor": the lawyer speaks, not Okafor (a role such as
// "spokesman" already did).
TEST(PossessiveSpeaker, OneWhoSpeaksForANameIsNotTheName) {
  EXPECT_EQ(
      SpeakerOf("\"She did nothing wrong,\" a lawyer for Okafor told CNN.\n", "nothing wrong"),
      "a lawyer for Okafor / ");
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" lawyers for Okafor said.\n", "nothing wrong"),
            "lawyers for Okafor / ");
}

// A name in apposition after the possessive phrase is still the one named.
TEST(PossessiveSpeaker, ANameInAppositionStaysTheName) {
  EXPECT_EQ(
      SpeakerOf("\"She did nothing wrong,\" Okafor's lawyer, Ben Lowe, said.\n", "nothing wrong"),
      "Ben Lowe / Ben Lowe");
  EXPECT_EQ(
      SpeakerOf("Okafor's lawyer, Ben Lowe, said: \"She did nothing wrong.\"\n", "nothing wrong"),
      "Ben Lowe / Ben Lowe");
}

// A possessive that is a time, or a head that is a thing, does not speak.
TEST(PossessiveSpeaker, ATimeOrAThingIsNoSpeaker) {
  EXPECT_EQ(SpeakerOf("Friday's arrest described the harbor as \"a mess\".\n", "a mess"),
            "(no quote)");
}

// "insists he'll coerce Mexico": the pronoun's clause after the cue is
// reported, its object no speaker (it was Mexico); the cue right after the
// quote speaks through the subject before it.
TEST(PossessiveSpeaker, TheReportedClausesObjectIsNoSpeaker) {
  EXPECT_EQ(SpeakerOf("The senator, who called them \"reckless,\" insists he'll coerce Mexico "
                      "into paying.\n",
                      "reckless"),
            "The senator / ");
  EXPECT_EQ(SpeakerOf("The senator, who called them \"reckless,\" insists he will coerce Mexico "
                      "into paying.\n",
                      "reckless"),
            "The senator / ");
}

// "U.S.-Mexico" is a compound modifier, not a longer spelling of Mexico (a
// speaker "Mexico" was shown as U.S.-Mexico); "Romney-Ryan" left "Ryan"
// alone instead of joining Paul Ryan.
TEST(PossessiveSpeaker, AHyphenatedCompoundIsNoLongerFormOfAName) {
  const std::vector<size_t> border = internal::GroupNames({"U.S.-Mexico", "Mexico"});
  EXPECT_NE(border[0], border[1]);
  const std::vector<size_t> ticket = internal::GroupNames({"Paul Ryan", "Romney-Ryan", "Ryan"});
  EXPECT_EQ(ticket[0], ticket[2]);
  EXPECT_NE(ticket[1], ticket[2]);
}

// A sign or a banner is no person or organisation: no speaker (it was "a
// sign held", cut mid-phrase); a short slogan with no speaker is dropped.
TEST(PossessiveSpeaker, ASignIsNoSpeaker) {
  EXPECT_EQ(SpeakerOf("\"The harbor belongs to all of us, not to the board,\" read a sign held by "
                      "protesters outside the court.\n",
                      "belongs to all"),
            " / ");
  EXPECT_EQ(SpeakerOf("\"Free the harbor,\" read a banner on the bridge.\n", "Free the"),
            "(no quote)");
  EXPECT_EQ(SpeakerOf("\"We want the boats back,\" said a man holding a sign.\n", "boats back"),
            "a man holding a sign / ");
}

}  // namespace
}  // namespace concord::compare
