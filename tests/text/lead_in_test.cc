#include "text/lead_in.h"

#include <gtest/gtest.h>

namespace concord::text {
namespace {

TEST(LeadIn, APointingWordAfterALeadInAdverbIsFound) {
  EXPECT_EQ(PointingAfterLeadIn("Officially, this wasn't correct."), "this");
  EXPECT_EQ(PointingAfterLeadIn("Now, she's famous for the clip."), "she");
  EXPECT_EQ(PointingAfterLeadIn("In fact, those who ran less lived longer."), "those");
  EXPECT_EQ(
      PointingAfterLeadIn("\u201CClearly, this did not go the way we wanted,\u201D Ryan said."),
      "this");
  // Tokenized, lower-cased training text.
  EXPECT_EQ(PointingAfterLeadIn("now , she 's famous for the clip ."), "she");
  EXPECT_EQ(PointingAfterLeadIn("\" as a result , they left the port early ."), "they");
}

TEST(LeadIn, OtherOpeningsAreNotLeadIns) {
  // A time phrase, a name, a place and a clause before the comma.
  EXPECT_EQ(PointingAfterLeadIn("This week, he met the board."), "");
  EXPECT_EQ(PointingAfterLeadIn("Kelly, he said, was late."), "");
  EXPECT_EQ(PointingAfterLeadIn("In Ohio, they voted early."), "");
  EXPECT_EQ(PointingAfterLeadIn("When the vote came, they left."), "");
  // A lead-in before a name or a noun points at nothing before it.
  EXPECT_EQ(PointingAfterLeadIn("Officially, the count ended at noon."), "");
  EXPECT_EQ(PointingAfterLeadIn("Later, Ada Okafor spoke."), "");
  // No comma: the adverb modifies the verb.
  EXPECT_EQ(PointingAfterLeadIn("Later he spoke."), "");
  EXPECT_EQ(PointingAfterLeadIn(""), "");
  EXPECT_EQ(PointingAfterLeadIn(", he said"), "");
}

}  // namespace
}  // namespace concord::text
