// text::LooksLikeCaption (src/text/caption.h), on sentences written here.
#include "text/caption.h"

#include <gtest/gtest.h>

namespace concord::text {
namespace {

TEST(Caption, AVerblessLineEndingInAPeriodIsACaption) {
  EXPECT_TRUE(LooksLikeCaption("Senator Ada Okafor, Democrat of Ohio, at the Capitol in May."));
  EXPECT_TRUE(LooksLikeCaption("The ferry Gull Star near the harbour mouth on Monday."));
  EXPECT_TRUE(LooksLikeCaption("Directed by Ben Lowe."));
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

TEST(Caption, NotAQuotationAShortLineOrOneWithoutAPeriod) {
  EXPECT_FALSE(LooksLikeCaption("\"A fine day for the harbour,\" by the mayor."));
  EXPECT_FALSE(LooksLikeCaption("Okafor at home."));  // three words
  EXPECT_FALSE(LooksLikeCaption("Senator Ada Okafor at the Capitol in May"));
  EXPECT_FALSE(LooksLikeCaption("A fine day at the harbour!"));
  EXPECT_FALSE(LooksLikeCaption("Senator Ada Okafor at the Capitol in May..."));
}

}  // namespace
}  // namespace concord::text
