// Speaker rules of stop 21, read from BASIL's quotes (docs/compare.md,
// "Stop 21"): a speaker span cut to the person (no opening word, no place
// before or after the name), a name in apposition after "a spokesman,",
// offices and "Father" kept in the title, and a pronoun after a bare title
// resolved to the title's holder. Each on a sentence written here.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

const std::string kCouncil = "The council met on Monday to vote on the bridge plan.\n\n";

// "Sen. Ada Okafor of Ohio": the place she represents is no part of the
// span, nor is "Republican of Utah" after a comma; the title stays.
TEST(SpeakerRulesRound11, PlaceAfterTheNameIsCut) {
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said Sen. Ada Okafor of Ohio.",
                        "every bridge"),
            "Sen. Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said Ada Okafor of Lowe Dunn "
                                   "Partners, a law firm.",
                        "every bridge"),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said Rep. Ben Lowe, Republican "
                                   "of Utah.",
                        "every bridge"),
            "Rep. Ben Lowe");
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said Rev. Ada B. Okafor of "
                                   "Our Lady of Peace.",
                        "every bridge"),
            "Rev. Ada B. Okafor");
  // Read back from the cue: "Capt. Ben Lowe of the State Police" is the
  // captain, not the police.
  EXPECT_EQ(RuleSpeaker(kCouncil + "But Capt. Ben R. Lowe of the State Police said the town had "
                                   "\"a plan for every bridge in the county.\"",
                        "every bridge", true),
            "Ben R. Lowe");
  // "Bank of Ohio" is one name: nothing before "of" reads as a person.
  EXPECT_EQ(
      RuleSpeaker(kCouncil + "\"We will fund every bridge,\" said Bank of Ohio.", "every bridge"),
      "Bank of Ohio");
  // The title's own "of" stays ("Secretary of State").
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said Secretary of State Ada "
                                   "Okafor.",
                        "every bridge"),
            "Secretary of State Ada Okafor");
}

// "Fellow Democratic Sen. Ada Okafor": an opening word seen in lower case
// in the article is no part of the span; "House Speaker" is a title.
TEST(SpeakerRulesRound11, OpeningWordBeforeATitleIsCut) {
  const std::string text = kCouncil +
                           "Ben Lowe and a fellow senator voted no.\n\nFellow Democratic Sen. Ada "
                           "Okafor said the plan would \"mend every bridge in the county.\"";
  EXPECT_EQ(RuleSpeaker(text, "every bridge"), "Democratic Sen. Ada Okafor");
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kCouncil + "House Speaker Ada Okafor said the plan would \"mend every "
                                   "bridge in the county.\"",
                        "every bridge"),
            "House Speaker Ada Okafor");
}

// "former prosecutor for the District of Ohio Ada diLowe said": read back
// from the cue, the office's place is no part of the person, and a surname
// whose capital follows a short particle ends the name.
TEST(SpeakerRulesRound11, PlaceOfAnOfficeBeforeTheNameIsCut) {
  EXPECT_EQ(RuleSpeaker(kCouncil + "But former prosecutor for the District of Ohio Ada diLowe "
                                   "blasted the plan as \"a waste of money on every bridge.\"",
                        "every bridge"),
            "Ada diLowe");
  EXPECT_EQ(RuleSpeaker(kCouncil + "But former prosecutor for the District of Ohio Ada Okafor "
                                   "blasted the plan as \"a waste of money on every bridge.\"",
                        "every bridge"),
            "Ada Okafor");
}

// What an office is of stays in the title ("Secretary of the Interior",
// "Director of National Intelligence"), and "Father" is a title: the shown
// name is the person's.
TEST(SpeakerRulesRound11, OfficeAndFatherAreTitles) {
  EXPECT_EQ(RuleSpeaker(kCouncil + "Secretary of the Interior Ada Okafor said the town would "
                                   "\"mend every bridge in the county.\"",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kCouncil + "Director of National Intelligence Ben Lowe said the town "
                                   "would \"mend every bridge in the county.\"",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said Jesuit Father Cy Dunn.",
                        "every bridge", true),
            "Cy Dunn");
  // "Secretary of Defense Ada Okafor": one word of office, as before.
  EXPECT_EQ(RuleSpeaker(kCouncil + "Secretary of Defense Ada Okafor said the town would \"mend "
                                   "every bridge in the county.\"",
                        "every bridge", true),
            "Ada Okafor");
}

// "said a spokesman, Ada Okafor.", "Another senior official, Ben Lowe,
// told": the name in apposition after a lower-case phrase for a person is
// the one shown; a thing before the comma takes no name.
TEST(SpeakerRulesRound11, NameInAppositionIsShown) {
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said a town spokesman, Ada "
                                   "Okafor. The vote is next week.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kCouncil + "Another senior official, Ben Lowe, told the council that "
                                   "\"every bridge in the county is at risk.\"",
                        "every bridge", true),
            "Ben Lowe");
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said the Republican leader of "
                                   "the Senate, Ada Okafor. The vote is next week.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker(kCouncil + "\"We will mend every bridge,\" said the town spokesman, Ada "
                                   "Okafor and Ben Lowe.",
                        "every bridge", true),
            "");
}

// "The mayor stepped in on Friday. The next day, he said": the pronoun is
// the mayor's, not the last person cued before him.
TEST(SpeakerRulesRound11, PronounAfterABareTitleIsItsHolder) {
  const std::string named =
      "Mayor Ben Lowe runs the town.\n\n\"The bridge is safe,\" Ada Okafor said on Thursday. The "
      "mayor stepped into the fight on Friday when he toured the river.";
  EXPECT_EQ(RuleSpeaker(named + " The next day, he said the town would \"mend every bridge.\"",
                        "every bridge", true),
            "Ben Lowe");
  // When the sentence's subject is a person, the rule does not apply.
  EXPECT_EQ(RuleSpeaker(named + " \"The vote was close,\" Cy Dunn said. The next day, he said the "
                                "town would \"mend every bridge.\"",
                        "every bridge", true),
            "Cy Dunn");
  // A title no one named carries leaves the pronoun unresolved rather than
  // give it to the last speaker.
  EXPECT_EQ(RuleSpeaker("\"The bridge is safe,\" Ada Okafor said on Thursday. The mayor stepped "
                        "into the fight on Friday. The next day, he said the town would \"mend "
                        "every bridge.\"",
                        "every bridge", true),
            "");
}

}  // namespace
}  // namespace concord::compare
