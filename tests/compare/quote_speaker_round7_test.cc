// Speaker rules of stop 18, read from BASIL's speakers (docs/compare.md,
// "Quotes against PolNeAR"): each on a sentence written here.
#include <gtest/gtest.h>

#include <string>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::RuleSpeaker;

// A dateline before a dash is no part of the speaker, nor its name.
TEST(SpeakerRulesRound7, ADatelineBeforeADashIsNoSpeaker) {
  const std::string text =
      "SPRINGFIELD -- Mayor Ada Okafor said on Monday that the plan was \"a quiet success\" "
      "for the town.";
  EXPECT_EQ(RuleSpeaker(text, "quiet success"), "Mayor Ada Okafor");
  EXPECT_EQ(RuleSpeaker(text, "quiet success", true), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("SPRINGFIELD, Dec. 3 \xE2\x80\x94 Ada Okafor said the plan was \"a "
                        "quiet success\" for the town.",
                        "quiet success"),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("PARIS (Wire) \xE2\x80\x93 Ada Okafor said the plan was \"a quiet "
                        "success\" for the town.",
                        "quiet success"),
            "Ada Okafor");
  // Capitals that are a name stay ("NAACP President Ben Okafor said").
  EXPECT_EQ(RuleSpeaker("NAACP President Ben Okafor said the plan was \"a quiet success\" "
                        "for the town.",
                        "quiet success"),
            "NAACP President Ben Okafor");
}

// A show's title in marks, its small words in lower case, is nobody's
// words: the quote is dropped, not given to the guest.
TEST(SpeakerRulesRound7, AShowTitleIsNoQuote) {
  EXPECT_EQ(RuleSpeaker("\"We will mend every bridge,\" Ada Okafor said on the program \"Meet "
                        "the Neighbors.\"",
                        "Meet the Neighbors"),
            "(none)");
  EXPECT_EQ(RuleSpeaker("Ada Okafor said on \"Ten Minutes with Ben Lowe\" that the council "
                        "would act.",
                        "Ten Minutes"),
            "(none)");
  // Words in lower case that are not a title's small words stay a quote.
  EXPECT_EQ(
      RuleSpeaker("Ada Okafor said the council should \"Act now or lose it\" soon.", "Act now"),
      "Ada Okafor");
}

// A term the reporter names (a scare quote) has no speaker, and without one
// a quote that short is dropped.
TEST(SpeakerRulesRound7, AScareQuoteHasNoSpeaker) {
  EXPECT_EQ(
      RuleSpeaker("Ada Okafor said the so-called \"reform\" would cost the town dearly.", "reform"),
      "(none)");
  EXPECT_EQ(
      RuleSpeaker("Ada Okafor avoided the term \"budget cuts\" when she spoke.", "budget cuts"),
      "(none)");
  EXPECT_EQ(RuleSpeaker("Critics, labeled \"dreamers\" by the mayor, said little.", "dreamers"),
            "(none)");
  // Her own word, quoted after her cue, keeps her.
  EXPECT_EQ(RuleSpeaker("Ada Okafor said the reform was \"reckless\" and costly.", "reckless"),
            "Ada Okafor");
}

// A title in lower case right after the speaker read back from its cue
// ("Republican", "Okafor") names its holder: the name shown is the
// holder's, not the party's or the boss's (the span read stays as it was).
TEST(SpeakerRulesRound7, ALowerCaseTitleNamesItsHolder) {
  const std::string text =
      "Republican presidential candidate Ada Okafor spoke in Ohio on Monday, saying, \"We will "
      "mend every bridge in this town before the snow comes.\"";
  EXPECT_EQ(RuleSpeaker(text, "every bridge"), "Republican");
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("\"We will mend every bridge in this town before the snow comes,\" "
                        "said Okafor campaign aide Ben Lowe.",
                        "every bridge", true),
            "Ben Lowe");
  // The holder is whom a later "she" means.
  EXPECT_EQ(RuleSpeaker("Ben Lowe said the vote was close. " + text +
                            "\n\n\"The snow will not wait for the council,\" she said.",
                        "snow will not wait", true),
            "Ada Okafor");
  // A name ending the span after another name is the one shown.
  EXPECT_EQ(RuleSpeaker("\"We will mend every bridge in this town before the snow comes,\" "
                        "wrote the Daily Times' Ada Okafor.",
                        "every bridge", true),
            "Ada Okafor");
  // A verb before a title is no title: "quotes former …" shows the subject.
  EXPECT_EQ(RuleSpeaker("The council met. Ada Okafor quotes former mayor Ben Lowe, saying, \"We "
                        "will mend every bridge in this town before the snow comes.\"",
                        "every bridge", true),
            "Ada Okafor");
}

// Read from PolNeAR train-a's errors: a capitalized common word and a noun
// in lower case before a name open a clause; the name speaks for it.
TEST(SpeakerRulesRound7, ACommonWordAndANounBeforeTheSubjectsName) {
  EXPECT_EQ(RuleSpeaker("The band played on Monday.\n\nBand member Ada Okafor shared the news "
                        "online last week, writing \"We will mend every bridge in this town "
                        "before the snow comes.\"",
                        "every bridge"),
            "Ada Okafor");
  // A verb in lower case between them is no noun of a title.
  EXPECT_EQ(RuleSpeaker("The police came on Monday.\n\nPolice arrested Ada Okafor last week, "
                        "saying \"We will mend every bridge in this town before the snow "
                        "comes.\"",
                        "every bridge"),
            "");
}

// Read from PolNeAR train-a's errors: in "…, he laughed and said," the one
// before the first verb speaks, not the subject of the clause before.
TEST(SpeakerRulesRound7, TheSubjectOfTwoJoinedVerbs) {
  EXPECT_EQ(RuleSpeaker("When Ben Lowe, Okafor's campaign manager, was asked at a lunch whether "
                        "Okafor would run, he laughed and said, \"We will see about that soon "
                        "enough, one way or the other.\"",
                        "We will see"),
            "he");
  // An object before the verbs is no subject.
  EXPECT_EQ(RuleSpeaker("Ada Okafor thanked the town that made her its mayor and then said, \"We "
                        "will mend every bridge in this town before the snow comes.\"",
                        "every bridge"),
            "Ada Okafor");
}

// Whip, chair, spokesperson, historian and journalist end a title as the
// other role words do: the name shown is the person's alone.
TEST(SpeakerRulesRound7, MoreRoleWordsEndATitle) {
  EXPECT_EQ(RuleSpeaker("\"We will mend every bridge in this town before the snow comes,\" "
                        "said House Majority Whip Ada Okafor.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("\"We will mend every bridge in this town before the snow comes,\" "
                        "said Town Council Deputy Spokesperson Ben Lowe.",
                        "every bridge", true),
            "Ben Lowe");
}

// A surname that is a title word ("King", "Judge") is no name by itself;
// the speaker is the one person whose name ends with it.
TEST(SpeakerRulesRound7, ASurnameThatIsATitleWord) {
  const std::string text =
      "Rep. Peter King spoke on Monday. \"We will mend every bridge in this town before the "
      "snow comes,\" King said. \"The snow will not wait for anyone in this town, not even "
      "us,\" Mr. King said.";
  EXPECT_EQ(RuleSpeaker(text, "every bridge", true), "Peter King");
  EXPECT_EQ(RuleSpeaker(text, "snow will not wait", true), "Peter King");
  // With two Kings, neither.
  EXPECT_EQ(RuleSpeaker("Ann Marie King, a teacher, came too. " + text, "every bridge", true),
            "King");
}

// A place after "of", "in" or "from" is no speaker: the phrase back to
// its determiner speaks, and the name shown is not the place's.
TEST(SpeakerRulesRound7, APlaceAfterItsHeadIsNoSpeaker) {
  const std::string text =
      "The town voted on Monday. The mayor of Springfield suggested the plan was \"a quiet "
      "success\" for everyone.";
  EXPECT_EQ(RuleSpeaker(text, "quiet success"), "The mayor of Springfield");
  EXPECT_EQ(RuleSpeaker(text, "quiet success", true), "");
  // "the senator from Ohio" is the senator named before.
  EXPECT_EQ(RuleSpeaker("Senator Ada Okafor spoke on Monday. The senator from Ohio said the plan "
                        "was \"a quiet success\" for everyone.",
                        "quiet success", true),
            "Ada Okafor");
}

// "the senator" is the one last written with that title, spelled out or
// abbreviated ("Sen.", "Gov.").
TEST(SpeakerRulesRound7, AnAbbreviatedTitleHoldsItsWord) {
  EXPECT_EQ(RuleSpeaker("Sen. Ada Okafor spoke on Monday. \"We will mend every bridge in this "
                        "town before the snow comes,\" the senator said.",
                        "every bridge", true),
            "Ada Okafor");
  EXPECT_EQ(RuleSpeaker("Gov. Ben Lowe spoke on Monday. \"We will mend every bridge in this "
                        "town before the snow comes,\" the governor said.",
                        "every bridge", true),
            "Ben Lowe");
}

// Read from PolNeAR train-a's errors: "it" opening the clause a colon ends
// ("Wait, it gets better:") is no speaker.
TEST(SpeakerRulesRound7, ItBeforeAColonIsNoSpeaker) {
  EXPECT_EQ(RuleSpeaker("The council met on Monday. Wait, it gets better: \"We will mend every "
                        "bridge in this town before the snow comes.\"",
                        "every bridge"),
            "");
  EXPECT_EQ(RuleSpeaker("The council met on Monday. The mayor was blunt: \"We will mend every "
                        "bridge in this town before the snow comes.\"",
                        "every bridge"),
            "The mayor");
}

}  // namespace
}  // namespace concord::compare
