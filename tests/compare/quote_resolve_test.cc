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

}  // namespace
}  // namespace concord::compare
