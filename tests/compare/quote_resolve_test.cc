// Who "he" or "she" is (quote_resolve.cc): cases read in a digest of BASIL
// events, on sentences written here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

// The resolved name of the quote holding `words`, or "(none)".
std::string ResolvedSpeaker(const std::string& text, const std::string& words) {
  return concord::testing::RuleSpeaker(text, words, /*resolved=*/true);
}

// "Saying President Obama, he said, was …": the cue after the comma is
// the pronoun's, so Obama is not the one who speaks.
TEST(ResolveSpeaker, ANameBeforeAPronounsCueDoesNotSpeak) {
  EXPECT_EQ(ResolvedSpeaker("Mayor Ada Okafor spoke to the council on Monday. \"The bridge will "
                            "open in spring,\" Ms. Okafor said.\n\nBlaming Governor Tom Reyes, "
                            "she said, was \"far too easy an answer for all of us.\"",
                            "far too easy"),
            "Ada Okafor");
}

// A name that opens the next quotation is not cued by the verb before it.
TEST(ResolveSpeaker, ANameInsideTheNextQuotationDoesNotSpeak) {
  EXPECT_EQ(ResolvedSpeaker("Mayor Ada Okafor spoke on Monday. \"Who can promise you a "
                            "bridge?\" she asked. \"Tom Reyes never could.\"\n\nIf the money "
                            "comes, she said, the city will \"build it twice as fast as "
                            "planned.\"",
                            "twice as fast"),
            "Ada Okafor");
}

// "She" is not the one written "Mr." in the article.
TEST(ResolveSpeaker, APronounSkipsANameOfTheOtherGender) {
  EXPECT_EQ(ResolvedSpeaker("Ms. Ada Okafor met Mr. Tom Reyes on Monday. \"The bridge will "
                            "open in spring,\" Mr. Reyes said. \"We have waited long enough "
                            "for this bridge,\" she said.",
                            "waited long enough"),
            "Ada Okafor");
}

// A given name says the gender when no title does: "she" is not Tom Reyes,
// the speaker cued last, but Ada Okafor.
TEST(ResolveSpeaker, AGivenNameSaysTheGender) {
  EXPECT_EQ(ResolvedSpeaker("Ada Okafor met Tom Reyes on Monday. \"The bridge will open in "
                            "spring,\" Tom Reyes said. \"We have waited long enough for this "
                            "bridge,\" she said.",
                            "waited long enough"),
            "Ada Okafor");
}

// A paragraph break written with blanks around its line breaks (" \n \n ",
// as scraped pages and Multi-News's full text have it) is one break: the
// subject of the paragraph just before a quotation still comes first.
TEST(ResolveSpeaker, ABlankLineWithSpacesIsOneParagraphBreak) {
  const std::string text =
      "Tom Reyes and Ben Lowe spoke on Monday. \n \n \"The bridge will open in spring,\" "
      "Reyes said. \n \n Lowe called the plan a dream. \n \n \"Nobody has paid for the "
      "second span yet,\" he said.";
  EXPECT_EQ(ResolvedSpeaker(text, "second span"), "Ben Lowe");
}

// A storm's name is no person: "she" is the governor, not Hurricane Ida.
TEST(ResolveSpeaker, AStormIsNoSpeaker) {
  EXPECT_EQ(ResolvedSpeaker("Governor Ada Okafor toured the coast on Monday. Hurricane Ida "
                            "flooded three towns. \"It will take a long time to rebuild,\" "
                            "she said.",
                            "long time"),
            "Ada Okafor");
}

// A bare title as the subject of the sentence before a pronoun's quote is
// read up to 2,000 bytes back (quote_title_subject.cc, kMaxSentenceBytes):
// a sentence longer than that (one that never ends, in hostile text) has
// no title for its subject, and the nearest speaker is taken.
TEST(ResolveSpeaker, ASentenceTooLongToReadHasNoTitleSubject) {
  auto text = [](int asides) {
    std::string t =
        "Mayor Tom Reyes spoke on Monday. \"We will see,\" said Ben Lowe. The mayor, with";
    for (int k = 0; k < asides; ++k) t += " the council and the board";
    return t + " beside him, then stepped in. \"The bridge will open in spring,\" he said.";
  };
  EXPECT_EQ(ResolvedSpeaker(text(10), "open in spring"), "Tom Reyes");
  EXPECT_EQ(ResolvedSpeaker(text(80), "open in spring"), "Ben Lowe");  // 2,080 bytes
}

}  // namespace
}  // namespace concord::compare
