// Speaker rules of issue 15 item 6 chosen on PolNeAR train (docs/compare.md,
// "Quotes against PolNeAR"): each on a sentence written here.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;
using concord::testing::RuleSpeaker;

// The speaker as written of the quote holding `words` ("" when it has none),
// or "(none)" when no quote holds them.
std::string SpeakerOfQuote(const std::string& text, const std::string& words) {
  for (const Quote& q : QuotesOf(text)) {
    if (q.text.find(words) != std::string::npos) return q.speaker;
  }
  return "(none)";
}


// A reply in the sentence after a quote that ended its own sentence answers
// the quote, so it does not speak it; a plain cue there still does.
TEST(SpeakerRules, AReplyAfterAFinishedQuoteIsSomeoneElse) {
  const std::string reply =
      "The mayor attacked her rival on Monday, calling him \"a tired man who has run out of "
      "ideas for this city.\" Okafor fired back at a rally in the harbor district.";
  EXPECT_NE(RuleSpeaker(reply, "run out of ideas"), "Okafor");
  EXPECT_EQ(RuleSpeaker("\"We offered the council a way to keep the old ferry running every "
                        "day.\" Okafor said on Tuesday.",
                        "old ferry"),
            "Okafor");
  EXPECT_EQ(RuleSpeaker("\"We offered the council a way to keep the old ferry running every "
                        "day,\" Okafor fired back on Tuesday.",
                        "old ferry"),
            "Okafor");
}

TEST(SpeakerRules, TheVerbBeforeToSaySpeaks) {
  EXPECT_EQ(RuleSpeaker("Dalton, who signed the budget as mayor, interjected to say: \"They have "
                        "both been wrong about this from the start.\"",
                        "both been wrong"),
            "Dalton");
  EXPECT_EQ(RuleSpeaker("The hall was quiet, so Mr. Okafor was prompted to say, \"I cannot "
                        "believe how civil it has been up here tonight.\"",
                        "how civil"),
            "Mr. Okafor");
  EXPECT_EQ(RuleSpeaker("The columnist Rita Dalton went so far as to say: \"The old bridge as we "
                        "know it is over.\"",
                        "bridge as we know"),
            "Rita Dalton");
}

TEST(SpeakerRules, AnOpeningConjunctionIsNoSubject) {
  EXPECT_EQ(RuleSpeaker("And then Okafor went fully on the attack, saying, \"Is the mayor going "
                        "to finally name the people who did this?\"",
                        "finally name"),
            "Okafor");
  // "And although she ..., she": the subject after the comma.
  EXPECT_EQ(RuleSpeaker("And although she thanked the crowd, she sounded a rare note of doubt, "
                        "saying, \"I am not sure I really deserve it at all.\"",
                        "deserve it"),
            "she");
}

TEST(SpeakerRules, TheAndATitleIsASubject) {
  EXPECT_EQ(RuleSpeaker("The president noted that he taught law, and added: \"I know a little "
                        "about this.\"",
                        "know a little"),
            "The president");
  EXPECT_EQ(RuleSpeaker("The spokesman said no call was planned, adding: \"If one is proposed we "
                        "will consider it.\"",
                        "If one is proposed"),
            "The spokesman");
  // "The former" is no one.
  EXPECT_NE(RuleSpeaker("The former, he said, was the better plan, adding: \"We will build it "
                        "next year if the money comes.\"",
                        "build it next year"),
            "The former");
}

TEST(SpeakerRules, WithANameAndAParticipleTheNameSpeaks) {
  EXPECT_EQ(RuleSpeaker("But Republicans tore into the official, with committee chairman Ada "
                        "Okafor saying, \"He showed bias in every one of those messages.\"",
                        "showed bias"),
            "Ada Okafor");
  // A comma ends the "with" phrase: the clause's subject speaks.
  EXPECT_EQ(RuleSpeaker("Okafor gave an interview with Reuters, saying, \"He showed bias in every "
                        "one of those messages.\"",
                        "showed bias"),
            "Okafor");
  // Without "with" the participle still speaks through the clause's subject.
  EXPECT_EQ(RuleSpeaker("Republicans tore into the official, saying, \"He showed bias in every "
                        "one of those messages.\"",
                        "showed bias"),
            "Republicans");
}

TEST(SpeakerRules, ARelativeClauseBetweenSubjectAndCue) {
  EXPECT_EQ(RuleSpeaker("Although the teams differ, a city official who spoke anonymously to "
                        "discuss the plan said Wednesday, \"Certainly there are talks between "
                        "the two camps now.\"",
                        "talks between"),
            "a city official");
  // An appositive closed by a comma: the place inside it does not speak.
  EXPECT_NE(RuleSpeaker("Ada Okafor, a professor at the University of Riverton School of Law who "
                        "has written on the subject for years, said \"There is little question "
                        "that she has crossed a line here.\"",
                        "crossed a line"),
            "the University of Riverton School of Law");
  // A pronoun right before the cue speaks; "when" ends the relative clause.
  EXPECT_EQ(RuleSpeaker("It was the congressman who gained fame in 2009 when he yelled "
                        "\"You lie!\" at the president.",
                        "You lie"),
            "he");
  // "who" right before the cue is the cue's own subject ("a candidate who
  // promised ...").
  EXPECT_NE(RuleSpeaker("Reporter Ada Okafor wrote back that it came from a candidate who "
                        "promised mass deportation: \"Your plan is to spend billions on "
                        "deporting people.\"",
                        "spend billions"),
            "a candidate");
}

TEST(SpeakerRules, PutsItAndPointedOutAreCues) {
  EXPECT_EQ(RuleSpeaker("As the columnist Dana Okafor puts it, \"Senate Republicans are unmoved, "
                        "and the activists are uninspired.\"",
                        "unmoved"),
            "Dana Okafor");
  EXPECT_EQ(RuleSpeaker("But as Mr. Okafor pointed out, \"the committees of jurisdiction "
                        "determine the details of every bill.\"",
                        "committees of jurisdiction"),
            "Mr. Okafor");
}

TEST(SpeakerRules, APossessiveNameShowsThePersonAfterIt) {
  CompareOptions rules;
  rules.learned_speakers = false;
  const Article article = concord::testing::TextArticle(
      "Ada Okafor spoke first. \"This is a sad day for everyone in the city,\" Riverton "
      "Gazette's Ada Okafor said.");
  const std::vector<Quote> quotes =
      ExtractQuotes(article, concord::testing::WordsOnly(article), rules);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_name, "Ada Okafor");
}

TEST(SpeakerRules, FiredBackAndAParticiplePhraseAfterTheCue) {
  EXPECT_EQ(RuleSpeaker("Asked about the lawsuit, Okafor fired back forcefully: \"If they sue us "
                        "in a court in Riverton, they are going to lose.\"",
                        "sue us"),
            "Okafor");
  EXPECT_EQ(RuleSpeaker("Okafor joked, again using an exaggerated Southern accent, \"Amen, "
                        "brother! Come on up and get baptized right now!\"",
                        "get baptized"),
            "Okafor");
}

TEST(SpeakerRules, AParticipleSpeaksThroughTheSubjectWhenTheEarlierCueNamesNoOne) {
  const std::vector<Quote> q = QuotesOf(
      "During his news conference Friday, Okafor offered more racially charged comments that "
      "have drawn fire, saying, \"A bad guy is a bad guy. I do not care what color it is.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Okafor");
  EXPECT_EQ(q[0].cue, "saying");
  // An earlier cue with a speaker still speaks ("Albright urged …, saying").
  EXPECT_EQ(RuleSpeaker("Dalton urged the voters to stay home and wait, saying, \"Nothing will "
                        "change until the count is over.\"",
                        "Nothing will change"),
            "Dalton");
}

TEST(SpeakerRules, APhraseAfterAPrepositionGivesWayToTheNameInApposition) {
  EXPECT_EQ(RuleSpeaker("Trailing in the Republican presidential primary, Gov. Rex Oldham (R-OH), "
                        "said, \"I am getting ready to rent a covered wagon for the trip.\"",
                        "covered wagon"),
            "Gov. Rex Oldham (R-OH)");
  // The name before the appositive still speaks ("Gen. Bo Lee, the head of ...").
  EXPECT_EQ(RuleSpeaker("Gen. Bo Lee, the head of the army, said: \"We are not going anywhere "
                        "soon.\"",
                        "going anywhere"),
            "Gen. Bo Lee");
}

TEST(SpeakerRules, ADatelineIsNoSpeaker) {
  const std::string speaker = RuleSpeaker(
      "WASHINGTON, Dec. 3 -- Speaking in Ohio, the aide rallied supporters, saying: \"We have "
      "to be ready to stop him now.\"",
      "ready to stop him");
  EXPECT_NE(speaker.find("WASHINGTON"), 0u) << speaker;
  EXPECT_NE(speaker, "Dec.");
}

TEST(SpeakerRules, ReportedIsACue) {
  EXPECT_EQ(SpeakerOfQuote("Many voters came. As Reuters reported, \"The mayor will resign before "
                           "the end of the month.\"",
                           "mayor will resign"),
            "Reuters");
}

TEST(SpeakerRules, OpeningTimeWordsAreNoSubject) {
  EXPECT_EQ(SpeakerOfQuote("Hours later, Lopez returned the favor to the mayor, telling "
                           "reporters, \"She is a friend of this city and always will be.\"",
                           "friend of this city"),
            "Lopez");
}

TEST(SpeakerRules, ADayBetweenNameAndCueIsSkipped) {
  EXPECT_EQ(SpeakerOfQuote("Okafor later Thursday told reporters: \"We have the votes and we will "
                           "pass it.\"",
                           "have the votes"),
            "Okafor");
}

TEST(SpeakerRules, ButSaidSpeaksForTheSubject) {
  EXPECT_EQ(SpeakerOfQuote("Mendez said the council would meet again, but said, \"Nothing has "
                           "been decided about the budget yet.\"",
                           "Nothing has been decided"),
            "Mendez");
}

TEST(SpeakerRules, ASpeakerBeforeBeatsACueAfterWithNoSpeaker) {
  EXPECT_EQ(SpeakerOfQuote("Alvarez stated, \"The bridge will be closed for a whole week,\" "
                           "adding, \"Nobody should try to drive there.\"",
                           "bridge will be closed"),
            "Alvarez");
}

TEST(SpeakerRules, AHandleDoesNotMakeANameACommonWord) {
  const std::string text =
      "Thanks to @jane_okafor for the photos. \"I will vote for the plan next week,\" Okafor "
      "said.";
  EXPECT_EQ(SpeakerOfQuote(text, "vote for the plan"), "Okafor");
}

TEST(SpeakerRules, TitleThenNameInAppositionThenCue) {
  EXPECT_EQ(SpeakerOfQuote("\"The program is worth a very close look at this time,\" the White "
                           "House press secretary, Josh Earnest, said on Tuesday.",
                           "close look"),
            "Josh Earnest");
  EXPECT_EQ(SpeakerOfQuote("\"We finally see wages rising across the whole country,\" the "
                           "economist Jared Bernstein, a former adviser, wrote on his blog.",
                           "wages rising"),
            "the economist Jared Bernstein");
  // A clause after the quote is no title phrase: the quote has no speaker.
  EXPECT_EQ(SpeakerOfQuote("\"We finally see wages rising across the whole country,\" the "
                           "numbers show, and the economist agreed.",
                           "wages rising"),
            "");
}

TEST(SpeakerRules, NoTitlePhraseAfterAQuoteThatEndsItsSentence) {
  // "On the campaign trail" opens the next sentence: Cruz describes himself,
  // he does not speak the quote.
  const std::string text =
      "\"No one doubts it,\" Tyler said, \"and he has the record to back it up.\" On the "
      "campaign trail, Cruz describes himself as a conservative.";
  for (const Quote& q : QuotesOf(text)) EXPECT_NE(q.speaker, "Cruz") << q.text;
}

TEST(SpeakerRules, AQuoteAfterAPossessiveIsEmbedded) {
  const std::vector<Quote> quotes = QuotesOf(
      "Clinton says she respects Sanders\u2019 \u201Cpassion and commitment\u201D but argues "
      "that he cannot deliver.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_TRUE(quotes[0].embedded);
}

TEST(SpeakerRules, ANewSentenceAfterAQuoteDoesNotSpeakAnIntroducedOne) {
  EXPECT_EQ(SpeakerOfQuote("Then Okafor interjected: \"It is just not true at all.\" He said "
                           "the plan would not go far enough.",
                           "just not true"),
            "Okafor");
  // Without a speaker before it, the sentence after still speaks.
  EXPECT_EQ(SpeakerOfQuote("\"It is just not true at all.\" he said on Monday.", "just not true"),
            "he");
}

TEST(SpeakerRules, AnOpeningParticipleIsNoSubject) {
  EXPECT_EQ(SpeakerOfQuote("Speaking in his real voice again, Beck went on, saying: \"This is "
                           "the last warning we will give.\"",
                           "last warning"),
            "Beck");
  EXPECT_EQ(SpeakerOfQuote("Boreing said the members will still meet, but said, \"It is time we "
                           "change how we do it.\"",
                           "change how"),
            "Boreing");
}

TEST(SpeakerRules, AnAdverbSkipDoesNotCrossAComma) {
  EXPECT_EQ(SpeakerOfQuote("A Warren adviser, who spoke on the condition of anonymity to speak "
                           "candidly, said of the senator, \"She takes the threat very seriously "
                           "and will fight.\"",
                           "threat very seriously"),
            "A Warren adviser");
  // A capitalized -ly word is a name, not an adverb.
  EXPECT_EQ(SpeakerOfQuote("\"Elections matter,\" Kelly said.", "Elections matter"), "Kelly");
}

TEST(SpeakerRules, ASourceFamiliarWithSomethingIsOnePhrase) {
  EXPECT_EQ(SpeakerOfQuote("Another source familiar with Cruz's thinking said, \"I think he will "
                           "try to be more friendly.\"",
                           "more friendly"),
            "Another source familiar with Cruz's thinking");
}

TEST(SpeakerRules, ANumberWordOpensNoSubject) {
  EXPECT_EQ(SpeakerOfQuote("Eight years ago, he supported Obama over Clinton and said, \"She has "
                           "never done a thing for us.\"",
                           "never done a thing"),
            "he");
}

TEST(SpeakerRules, ASentenceEndingWithItsCueSpeaksTheQuoteAfterIt) {
  EXPECT_EQ(SpeakerOfQuote("Many came. Sam Lau, the party's spokesman, said in a statement. "
                           "\"There are no paper ballots to recount in this state.\"",
                           "paper ballots"),
            "Sam Lau");
  // Not from the paragraph before, and not through a clause after the cue.
  EXPECT_EQ(SpeakerOfQuote("Sam Lau said in a statement.\n\n\"There are no paper ballots to "
                           "recount in this state.\"",
                           "paper ballots"),
            "");
  EXPECT_EQ(SpeakerOfQuote("Many came. Lau said the count was final and that nobody would ask for "
                           "more. \"There are no paper ballots to recount in this state.\"",
                           "paper ballots"),
            "");
}

TEST(SpeakerRules, WhatIsReportedIsAnObjectNotASpeaker) {
  // "reported a spike": no speaker after an object cue.
  EXPECT_EQ(SpeakerOfQuote("Another review, on June 25, 2012, reported a spike in violence with "
                           "\"foreigners also increasingly targeted by armed groups in the east.\"",
                           "foreigners"),
            "");
  // A paper that reported something is no antecedent for "he".
  const std::string text =
      "Senator John Roe said he would run. The Shelton Weekly reported that he was \"met with "
      "applause\" there. \"I do not know if we tried to do so or not,\" he said.";
  size_t pronouns = 0;
  for (const Quote& q : QuotesOf(text)) {
    if (q.speaker == "he") {
      ++pronouns;
      EXPECT_EQ(q.speaker_name, "John Roe");
    }
  }
  EXPECT_EQ(pronouns, 1u);
}

TEST(SpeakerRules, NoTitlePhraseAfterAQuoteRunningIntoTheSentence) {
  // Mr. Putin, after the quote, does not speak; since round 13 the one who
  // "called for" it does (the words are Royce's call).
  EXPECT_EQ(
      SpeakerOfQuote("Royce called for Trump to \"use the indictments of the twelve officers "
                     "to challenge\" Mr. Putin at the summit meeting, adding that it mattered.",
                     "indictments"),
      "Royce");
  // A nested closing quote after the comma still cuts the quote.
  EXPECT_EQ(SpeakerOfQuote("\"Two words sum it up better than anything, and that is 'false,'\" "
                           "the White House press secretary, Sarah Sanders, told reporters.",
                           "Two words"),
            "Sarah Sanders");
}

TEST(SpeakerRules, ACueFollowedOnlyByCircumstancesReachesFurther) {
  EXPECT_EQ(SpeakerOfQuote("Sen. Ron Johnson said in an op-ed piece before a 2014 Senate "
                           "hearing, \"The department failed to honor the requests for security.\"",
                           "failed to honor"),
            "Sen. Ron Johnson");
  // Not through a reported clause: "said in May that he ..." is not the quote's cue.
  EXPECT_EQ(SpeakerOfQuote("Johnson said in May that he would look into the matter of the "
                           "hearing, \"The department failed to honor the requests for security.\"",
                           "failed to honor"),
            "");
}

TEST(SpeakerRules, ALeftMarkAfterACommaClosesTheQuote) {
  const std::string text =
      "\u201CIt is unusual,\u201C said Larry Noble, a lawyer. \u201CIt is a hard thing to "
      "do.\u201D";
  EXPECT_EQ(SpeakerOfQuote(text, "unusual"), "Larry Noble");
  const std::vector<Quote> quotes = QuotesOf(text);
  ASSERT_EQ(quotes.size(), 1u);  // the second part continues the first
  EXPECT_EQ(quotes[0].parts.size(), 2u);
}

TEST(SpeakerRules, ALoneMonthNameCanSpeakADayCannot) {
  EXPECT_EQ(SpeakerOfQuote("\"The people have had enough of these broken promises,\" Jun wrote.",
                           "broken promises"),
            "Jun");
  EXPECT_EQ(SpeakerOfQuote("\"The people have had enough of these broken promises,\" said "
                           "Friday.",
                           "broken promises"),
            "");
}

TEST(SpeakerRules, ALoneAnotherAfterTheCueSpeaks) {
  EXPECT_EQ(SpeakerOfQuote("\"Better watch out for what the clerk does next week,\" tweeted "
                           "another.",
                           "Better watch out"),
            "another");
}

TEST(SpeakerRules, AFirstInitialDoesNotEndTheSentence) {
  EXPECT_EQ(SpeakerOfQuote("\"I think the winds are changing in the courts,\" J. Gerald Hebert, "
                           "a director of the center, said in an interview.",
                           "winds are changing"),
            "J. Gerald Hebert");
}

TEST(SpeakerRules, AColonAfterALastClauseSpeaksThroughItsSubject) {
  EXPECT_EQ(SpeakerOfQuote("That is, when the moderators gave in to temptation \u2014 Cruz called "
                           "them on it: \"The questions asked tonight show why people distrust "
                           "the media.\"",
                           "questions asked"),
            "Cruz");
  // A clause that is no name and verb speaks for nobody.
  EXPECT_EQ(SpeakerOfQuote("That is, when the moderators gave in, the numbers were clear: \"The "
                           "questions asked tonight show why people distrust the media.\"",
                           "questions asked"),
            "");
}

TEST(SpeakerRules, ADashLineUnderTheQuoteSignsIt) {
  const std::string text =
      "\"I never said that about the tax plan at any time.\"\n\n- Sanders.\n\nThe claim is "
      "false.";
  EXPECT_EQ(SpeakerOfQuote(text, "tax plan"), "Sanders");
  const std::string not_a_name =
      "\"I never said that about the tax plan at any time.\"\n\n- and more of the same.\n\nThe "
      "claim is false.";
  EXPECT_EQ(SpeakerOfQuote(not_a_name, "tax plan"), "");
}

TEST(SpeakerRules, AHeadlineDashNameColonIntroducesTheQuote) {
  EXPECT_EQ(SpeakerOfQuote("Polls missed the late swing - Carl Bialik: \"One lesson is to keep "
                           "calling voters as late as possible.\"",
                           "keep calling voters"),
            "Carl Bialik");
}

TEST(SpeakerRules, ALongNameRunBeforeTheCueAfterAQuoteSpeaks) {
  EXPECT_EQ(SpeakerOfQuote("\"The committee was told that the witness would not answer at all,\" "
                           "Oversight and Government Reform Committee spokesman Ali Ahmad said.",
                           "committee was told"),
            "Ali Ahmad");
  // Eight words before the cue that are no name: no cue found there.
  CompareOptions rules_only;
  rules_only.learned_speakers = false;
  const Article article = concord::testing::TextArticle(
      "\"The committee was told that the witness would not answer at all,\" the crowd in the "
      "hall that night roared and then said.");
  const std::vector<Quote> quotes =
      ExtractQuotes(article, concord::testing::WordsOnly(article), rules_only);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].cue, "");
}

TEST(SpeakerRules, AWholeSentenceRightAfterItsCueIsDirect) {
  std::vector<Quote> q =
      QuotesOf("In 2009 the congressman yelled \u201CYou lie!\u201D at the president.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].embedded);
  EXPECT_EQ(q[0].speaker, "the congressman");
  q = QuotesOf("The ad claims \"Jeb is the conservative you can trust.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].embedded);
  // A phrase, a lower-case fragment, or no cue right before: still embedded.
  q = QuotesOf("He called the order \"A Crucial Step Forward For Us\" on Monday.");
  ASSERT_EQ(q.size(), 0u);
  q = QuotesOf("She said \"we faced difficult challenges together\" and left.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].embedded);
  q = QuotesOf("Trump told \"Fox & Friends.\" that he would win the state by ten points.");
  for (const Quote& quote : q) EXPECT_TRUE(quote.embedded) << quote.text;
  q = QuotesOf("The congressman once yelled at the president \"You lie!\" in the chamber.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_TRUE(q[0].embedded);
}

// "her" after a preposition opens no clause: a cue followed by two phrases
// ("on her page, in capital letters,") still introduces the quote.
TEST(SpeakerRules, HerAfterAPrepositionKeepsThePhraseAfterTheCue) {
  EXPECT_EQ(RuleSpeaker("Okafor announced on her Facebook page, in capital letters, "
                        "\"I am leaving the party and joining the other side today!\"",
                        "leaving the party"),
            "Okafor");
  // A clause after the cue still stops it.
  EXPECT_EQ(RuleSpeaker("Okafor announced on her Facebook page that she had never been so tired "
                        "of it, \"I am leaving the party and joining the other side today!\"",
                        "leaving the party"),
            "");
}

// "...," an aide, who asked not to be named, told reporters: the relative
// clause between a lower-case subject and its cue is skipped.
TEST(SpeakerRules, ARelativeClauseAfterALowerCaseSubjectIsSkipped) {
  EXPECT_EQ(RuleSpeaker("\"The talks have stalled for a month and nobody knows why,\" an aide, "
                        "who asked not to be named, told reporters.",
                        "talks have stalled"),
            "an aide");
  EXPECT_EQ(RuleSpeaker("\"The talks have stalled for a month and nobody knows why,\" the "
                        "union's lawyer, who was at the meeting, said on Monday.",
                        "talks have stalled"),
            "the union's lawyer");
}

}  // namespace
}  // namespace concord::compare
