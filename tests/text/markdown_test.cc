// EscapeMarkdown: user text shown literally in Markdown output.
#include <gtest/gtest.h>

#include <string>

#include "concord/text.h"

namespace concord::text {
namespace {

TEST(EscapeMarkdown, PlainTextIsUnchanged) {
  EXPECT_EQ(EscapeMarkdown("The bridge closed on Thursday, officials said."),
            "The bridge closed on Thursday, officials said.");
  EXPECT_EQ(EscapeMarkdown(""), "");
  EXPECT_EQ(EscapeMarkdown("Z\xC3\xBCrich \xE4\xB8\xAD\xE6\x96\x87"),
            "Z\xC3\xBCrich \xE4\xB8\xAD\xE6\x96\x87");
}

TEST(EscapeMarkdown, InlineMarkupIsEscaped) {
  EXPECT_EQ(EscapeMarkdown("a *b* _c_ `d` [e](f) <g> h|i ~j~ #k &amp; \\"),
            "a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g\\> h\\|i \\~j\\~ \\#k \\&amp; \\\\");
}

TEST(EscapeMarkdown, BlockMarkersAtTheStartAreEscaped) {
  EXPECT_EQ(EscapeMarkdown("- not a list"), "\\- not a list");
  EXPECT_EQ(EscapeMarkdown("+ not a list"), "\\+ not a list");
  EXPECT_EQ(EscapeMarkdown("=== not a rule"), "\\=== not a rule");
  EXPECT_EQ(EscapeMarkdown("1999. A year"), "1999\\. A year");
  EXPECT_EQ(EscapeMarkdown("3) three"), "3\\) three");
  // Inside the text they are ordinary.
  EXPECT_EQ(EscapeMarkdown("up 3.5 - 4 + 1 = 8"), "up 3.5 - 4 + 1 = 8");
}

TEST(EscapeMarkdown, LineBreaksBecomeSpaces) {
  EXPECT_EQ(EscapeMarkdown("one\ntwo\r\nthree"), "one two  three");
}

}  // namespace
}  // namespace concord::text
