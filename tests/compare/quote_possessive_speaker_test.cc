// Possessive and odd speakers (docs/compare.md, stop 29, hostile report
// items 4 and 9): the head noun after a name in the possessive speaks, not
// the possessor; the one told is never the speaker; a pronoun's clause
// after a cue ends the search for a speaker after it. Each test is on
// sentences written here and fails without its rule.
#include <gtest/gtest.h>

#include <string>

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
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" a lawyer for Okafor told CNN.\n",
                      "nothing wrong"),
            "a lawyer for Okafor / ");
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" lawyers for Okafor said.\n", "nothing wrong"),
            "lawyers for Okafor / ");
}

// A name in apposition after the possessive phrase is still the one named.
TEST(PossessiveSpeaker, ANameInAppositionStaysTheName) {
  EXPECT_EQ(SpeakerOf("\"She did nothing wrong,\" Okafor's lawyer, Ben Lowe, said.\n",
                      "nothing wrong"),
            "Ben Lowe / Ben Lowe");
  EXPECT_EQ(SpeakerOf("Okafor's lawyer, Ben Lowe, said: \"She did nothing wrong.\"\n",
                      "nothing wrong"),
            "Ben Lowe / Ben Lowe");
}

// A possessive that is a time, or a head that is a thing, does not speak.
TEST(PossessiveSpeaker, ATimeOrAThingIsNoSpeaker) {
  EXPECT_EQ(SpeakerOf("Friday's arrest described the harbor as \"a mess\".\n", "a mess"),
            "(no quote)");
}

}  // namespace
}  // namespace concord::compare
