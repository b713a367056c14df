// The sentence splitter on tokenized text, where a straight quotation mark
// stands between spaces after the period (src/text/open_quotation.h): the
// mark closes the quotation open there and stays with its sentence, or
// opens a new quotation and goes with the next sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/text.h"

namespace concord::text {
namespace {

using SpacedSplit = std::vector<std::string>;

SpacedSplit SplitSpaced(const std::string& text) {
  const Normalized normalized = Normalize(text);
  SpacedSplit out;
  for (const ByteSpan& span : SplitSentences(normalized.text)) {
    out.push_back(normalized.text.substr(span.start, span.end - span.start));
  }
  return out;
}

TEST(SpacedQuote, ClosingMarkStaysBeforeALowerCaseWord) {
  EXPECT_EQ(SplitSpaced("he said it was \" a good day . \" the mayor agreed ."),
            (SpacedSplit{"he said it was \" a good day . \"", "the mayor agreed ."}));
  // The period glued to its word, as the training text often has it.
  EXPECT_EQ(SplitSpaced("the fee was \" far too high. \" the council voted no."),
            (SpacedSplit{"the fee was \" far too high. \"", "the council voted no."}));
}

TEST(SpacedQuote, ClosingMarkStaysBeforeACapitalisedWord) {
  EXPECT_EQ(SplitSpaced("the coach called it \" a fine win . \" Then the team left ."),
            (SpacedSplit{"the coach called it \" a fine win . \"", "Then the team left ."}));
  // Edited text, the mark glued to the period, is read as before.
  EXPECT_EQ(
      SplitSpaced("He called it \"a fine win.\" Then he left. she said \" no . \" Then it rained."),
      (SpacedSplit{"He called it \"a fine win.\"", "Then he left.", "she said \" no . \"",
                   "Then it rained."}));
}

TEST(SpacedQuote, MarkAfterAClosedQuotationOpensTheNextSentence) {
  EXPECT_EQ(
      SplitSpaced("she would \" gladly \" stay with the club . \" i will fight that ruling , \" "
                  "she said . she called it \" a mistake . \" the league said nothing ."),
      (SpacedSplit{"she would \" gladly \" stay with the club .",
                   "\" i will fight that ruling , \" she said .", "she called it \" a mistake . \"",
                   "the league said nothing ."}));
}

TEST(SpacedQuote, TwoQuotationsInARow) {
  EXPECT_EQ(SplitSpaced("the fans sang \" we are here . \" \" we will stay . \" the club agreed ."),
            (SpacedSplit{"the fans sang \" we are here . \"", "\" we will stay . \"",
                         "the club agreed ."}));
}

TEST(SpacedQuote, QuotationOfSeveralSentencesClosesWithItsLast) {
  EXPECT_EQ(SplitSpaced("\" we won . we are happy . we go home now . \" she said ."),
            (SpacedSplit{"\" we won .", "we are happy .", "we go home now . \"", "she said ."}));
}

TEST(SpacedQuote, QuestionAndExclamationMarks) {
  EXPECT_EQ(
      SplitSpaced("the coach asked \" why not try ? \" Nobody answered . the crowd yelled \" go "
                  "now ! \" the players ran . he asked \" who knew? \" Nobody did."),
      (SpacedSplit{"the coach asked \" why not try ? \"", "Nobody answered .",
                   "the crowd yelled \" go now ! \"", "the players ran .",
                   "he asked \" who knew? \"", "Nobody did."}));
}

// As `"Why?" Smith asked` is one sentence, so is its tokenized form.
TEST(SpacedQuote, ClosingMarkBeforeASpeakerKeepsAQuestionWhole) {
  EXPECT_EQ(SplitSpaced("\" who will pay for it? \" Rivera asked the board . the board said "
                        "nothing ."),
            (SpacedSplit{"\" who will pay for it? \" Rivera asked the board .",
                         "the board said nothing ."}));
  // In lower-cased text only a verb of saying keeps the quotation whole.
  EXPECT_EQ(
      SplitSpaced("\" who knew? \" asked the mayor. he asked \" who knew? \" the crowd left."),
      (SpacedSplit{"\" who knew? \" asked the mayor.", "he asked \" who knew? \"",
                   "the crowd left."}));
  // A sentence opener after the mark ends the question.
  EXPECT_EQ(SplitSpaced("\" who will pay for it? \" He left the room ."),
            (SpacedSplit{"\" who will pay for it? \"", "He left the room ."}));
}

// A mark between a space and the period closes a quotation (`" a sheer
// farce ".`); read as opening, it left the text inside out, and the next
// quotation's opening mark was taken for a closing one (issue 15 item 3).
TEST(SpacedQuote, MarkBeforeThePeriodClosesItsQuotation) {
  EXPECT_EQ(SplitSpaced("the mayor called it \" a sheer farce \". the council met . \" we won . \" "
                        "the mayor said ."),
            (SpacedSplit{"the mayor called it \" a sheer farce \".", "the council met .",
                         "\" we won . \"", "the mayor said ."}));
}

// An unmatched mark leaves the reading inside out until it starts afresh:
// at a paragraph break, or when a quotation has stayed open over more than
// four sentences with no mark.
TEST(SpacedQuote, StrayMarkIsForgottenAtAParagraphBreak) {
  EXPECT_EQ(
      SplitSpaced("the sign read \" closed .\n\nthe mayor called it \" a good day . \" the day "
                  "ended ."),
      (SpacedSplit{"the sign read \" closed .", "the mayor called it \" a good day . \"",
                   "the day ended ."}));
}

TEST(SpacedQuote, StrayMarkIsForgottenAfterFiveSentencesWithoutAMark) {
  EXPECT_EQ(
      SplitSpaced("the sign read \" closed . the shop opened late . the owner smiled . the town "
                  "slept . the rain fell . the road shut . the mayor called it \" a good day . \" "
                  "the day ended ."),
      (SpacedSplit{"the sign read \" closed .", "the shop opened late .", "the owner smiled .",
                   "the town slept .", "the rain fell .", "the road shut .",
                   "the mayor called it \" a good day . \"", "the day ended ."}));
}

}  // namespace
}  // namespace concord::text
