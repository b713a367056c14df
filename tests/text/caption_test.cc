// text::LooksLikeCaption (src/text/caption.h), on sentences written here.
#include "text/caption.h"

#include <gtest/gtest.h>

namespace concord::text {
namespace {

TEST(Caption, AVerblessLineEndingInAPeriodIsACaption) {
  EXPECT_TRUE(LooksLikeCaption("Senator Ada Okafor, Democrat of Ohio, at the Capitol in May."));
  EXPECT_TRUE(LooksLikeCaption("The ferry Gull Star near the harbour mouth on Monday."));
  // A first word in "-ed" may be the verb: a film credit is let go.
  EXPECT_FALSE(LooksLikeCaption("Directed by Ben Lowe."));
  // A noun in "-ss" or "-us" is no verb in "-s".
  EXPECT_TRUE(LooksLikeCaption("The press box of the stadium in Port Alder."));
  EXPECT_TRUE(LooksLikeCaption("The campus of the college near the harbour."));
  // A capitalized word that spells a verb is a name inside the line.
  EXPECT_TRUE(LooksLikeCaption("Harbour master Will Lowe at the pier in May."));
  EXPECT_FALSE(LooksLikeCaption("Will the pier open in May."));
}

TEST(Caption, ASentenceWithAVerbIsNot) {
  // Irregular pasts, "-ed", a present in "-s", an auxiliary, a contraction.
  EXPECT_FALSE(LooksLikeCaption("The ferry Gull Star sank near the harbour mouth on Monday."));
  EXPECT_FALSE(LooksLikeCaption("The ferry Gull Star docked near the harbour mouth on Monday."));
  EXPECT_FALSE(LooksLikeCaption("The ferry Gull Star sails from the harbour mouth at noon."));
  EXPECT_FALSE(LooksLikeCaption("The ferry Gull Star will leave the harbour mouth at noon."));
  EXPECT_FALSE(LooksLikeCaption("It's the last ferry from the harbour mouth."));
  EXPECT_FALSE(LooksLikeCaption("The islanders want a new bridge before winter."));
}

// Sentences of news with a capitalized subject, an irregular past or a
// plural without "-s" (found in review: most were captions before).
TEST(Caption, NewsSentencesWithTheirSubjectFirstAreNot) {
  for (const char* sentence :
       {"Protesters gather outside the embassy.", "Investors fear a trade war.",
        "Thousands flee the fighting in the north.", "Police arrest a man after the shooting.",
        "Women earn less than men.", "Children play in the park near the harbour.",
        "The Warriors swept the Cavaliers.", "Apple stock slid on Monday.",
        "China overtook Japan as the second largest economy in Asia.",
        "A car bomb tore through a market.", "The dog bit a child in the park.",
        "The senator swore an oath on a Bible.", "The couple wed in June at a small chapel.",
        "Some blame the media for the panic.", "The Democrats tax and spend, the mayor said.",
        "The Senators host the Rangers in Ottawa.",
        "2. EACH TRAIN CARRIES ABOUT A THOUSAND PEOPLE."}) {
    EXPECT_FALSE(LooksLikeCaption(sentence)) << sentence;
  }
}

TEST(Caption, NotAQuotationAShortLineOrOneWithoutAPeriod) {
  EXPECT_FALSE(LooksLikeCaption("\"A fine day for the harbour,\" by the mayor."));
  EXPECT_FALSE(LooksLikeCaption("Okafor at home."));  // three words
  EXPECT_FALSE(LooksLikeCaption("Senator Ada Okafor at the Capitol in May"));
  EXPECT_FALSE(LooksLikeCaption("A fine day at the harbour!"));
  EXPECT_FALSE(LooksLikeCaption("Senator Ada Okafor at the Capitol in May..."));
}

}  // namespace
}  // namespace concord::text
