// Who said a quote: a speaker is a person or an organisation, never a
// date, a clause or a pronoun left unresolved (src/compare/quote_speakers.cc
// and the resolution in quotes.cc). Fixtures are short texts written here.
#include "compare/quote_speakers.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "concord/compare.h"
#include "test_documents.h"

namespace concord::compare {
namespace {

using concord::testing::QuotesOf;
using concord::testing::TextArticle;

// CheckSpeaker over the whole of `speaker`: what is left of it.
std::string Checked(const std::string& speaker,
                    const std::unordered_set<std::string>& lowercase = {}) {
  const text::WordScan scan = text::ScanWords(speaker);
  const text::ByteSpan span =
      internal::CheckSpeaker(internal::TextWords(speaker, scan), {0, speaker.size()}, lowercase);
  return speaker.substr(span.start, span.end - span.start);
}

TEST(CheckSpeaker, DatesAndTimesAreNotSpeakers) {
  EXPECT_EQ(Checked("Tuesday"), "");
  EXPECT_EQ(Checked("the weekend"), "");
  EXPECT_EQ(Checked("this morning"), "");
  EXPECT_EQ(Checked("Friday, Trump"), "Trump");
}

TEST(CheckSpeaker, ClausesAreNotSpeakers) {
  EXPECT_EQ(Checked("that the findings"), "");
  EXPECT_EQ(Checked("the mother is"), "");
  EXPECT_EQ(Checked("the president was"), "");
}

TEST(CheckSpeaker, CapitalizedCommonWordIsNotASpeaker) {
  EXPECT_EQ(Checked("Hours", {"hours"}), "");
  EXPECT_EQ(Checked("However"), "");
  EXPECT_EQ(Checked("Brennan", {"hours"}), "Brennan");
  EXPECT_EQ(Checked("Eight"), "");
  EXPECT_EQ(Checked("Back"), "");
  EXPECT_EQ(Checked("Kelly"), "Kelly");
}

TEST(CheckSpeaker, ClauseWordOpeningANameIsAFirstName) {
  EXPECT_EQ(Checked("Will Doyle"), "Will Doyle");
  EXPECT_EQ(Checked("Said Jaber, a professor"), "Said Jaber, a professor");
  EXPECT_EQ(Checked("Will"), "");  // alone it stays a verb
  EXPECT_EQ(Checked("the mother will"), "");
  EXPECT_EQ(Checked("Trump Will Be"), "");
}

TEST(CheckSpeaker, PeopleOrganisationsAndPronounsStay) {
  EXPECT_EQ(Checked("Ada Brennan"), "Ada Brennan");
  EXPECT_EQ(Checked("the landlord's spokesman"), "the landlord's spokesman");
  EXPECT_EQ(Checked("The New York Times"), "The New York Times");
  EXPECT_EQ(Checked("she"), "she");
}

TEST(ExtractQuotes, DateBeforeTheCueIsNotTheSpeaker) {
  const std::vector<Quote> quotes = QuotesOf(
      "On Tuesday, \"we will close the harbor bridge for the whole winter season,\" "
      "Tuesday said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[0].speaker_name, "");
}

TEST(ExtractQuotes, PronounResolvesToEarlierPerson) {
  const std::vector<Quote> quotes =
      QuotesOf("Mayor Ada Brennan met the council. \"We will close the harbor bridge,\" she said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "she");
  EXPECT_EQ(quotes[0].speaker_name, "Ada Brennan");
}

TEST(ExtractQuotes, PronounDoesNotResolveToAnOrganisation) {
  const std::vector<Quote> quotes =
      QuotesOf("Harbor News aired the debate. \"We will close the harbor bridge,\" he said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "he");
  EXPECT_EQ(quotes[0].speaker_name, "");
}

// A tenant speaks, then the landlord's spokesman: his words are not the
// tenant's, and no name is written for him.
TEST(ExtractQuotes, SpokesmanIsNotTheLastNamedSpeaker) {
  const std::vector<Quote> quotes = QuotesOf(
      "Maria Lopez, a tenant, said the heat was off. \"We have been cold for three weeks,\" "
      "Lopez said. \"The building is safe and the heat works again,\" the landlord's "
      "spokesman said.");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker_name, "Maria Lopez");
  EXPECT_EQ(quotes[1].speaker, "the landlord's spokesman");
  EXPECT_EQ(quotes[1].speaker_name, "");
}

TEST(ExtractQuotes, TitleResolvesOnlyToANameWithThatTitle) {
  const std::vector<Quote> quotes = QuotesOf(
      "Spokesman Tom Reyes spoke first. Maria Lopez, a tenant, said the heat was off. "
      "\"The heat works again,\" the spokesman said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker_name, "Tom Reyes");
}

TEST(ExtractQuotes, VerbAfterTheQuoteIsTheCue) {
  const std::vector<Quote> beamed =
      QuotesOf("\"This is fantastic!\" beamed Donald Hartley, a delegate.");
  ASSERT_EQ(beamed.size(), 1u);
  EXPECT_EQ(beamed[0].speaker, "Donald Hartley");
  EXPECT_EQ(beamed[0].cue, "beamed");
  const std::vector<Quote> barked = QuotesOf("\"Go back to your seat,\" Lund barked at him.");
  ASSERT_EQ(barked.size(), 1u);
  EXPECT_EQ(barked[0].speaker, "Lund");
  // A quote ending with a period is not attributed by its form alone.
  EXPECT_TRUE(QuotesOf("\"Go back to your seat.\" Lund walked out.").empty());
}

TEST(ExtractQuotes, TitleModifierOpensTheSpeakerAfterTheCue) {
  const std::vector<Quote> q =
      QuotesOf("\"Almost everybody was opposed to the thing,\" said former Sen. Evan Bayh.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "former Sen. Evan Bayh");
}

TEST(ExtractQuotes, AppositiveNameAndLowerCaseTitleBeforeTheName) {
  const std::vector<Quote> podesta = QuotesOf(
      "Clinton's campaign chairman, John Podesta, said in a statement: \"Tonight he painted a "
      "dark picture of the country.\"");
  ASSERT_EQ(podesta.size(), 1u);
  EXPECT_EQ(podesta[0].speaker, "John Podesta");
  const std::vector<Quote> carson = QuotesOf(
      "\"I am not going to say it is a mistake, so forget it,\" said retired neurosurgeon Ben "
      "Carson.");
  ASSERT_EQ(carson.size(), 1u);
  EXPECT_EQ(carson[0].speaker, "retired neurosurgeon Ben Carson");
}

TEST(ExtractQuotes, ACommaEndsTheNameBeforeTheCue) {
  const std::vector<Quote> q = QuotesOf(
      "A month after the shooting in Newtown, Conn., Mr. Obama said the group led by Joseph R. "
      "Biden Jr. had \"presented me now with a list of steps that can be taken.\"");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Mr. Obama");
  // A party tag after the comma stays with the name.
  const std::vector<Quote> tagged = QuotesOf(
      "Sen. Mitt Romney, R-Utah, said: \"We put forth a reasonable and good faith proposal.\"");
  ASSERT_EQ(tagged.size(), 1u);
  EXPECT_EQ(tagged[0].speaker_name, "Mitt Romney");
}

TEST(ExtractQuotes, CapitalizedCueWordIsAName) {
  const std::vector<Quote> q =
      QuotesOf("\"We have assessed this deal against the new rules,\" Read said.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Read");
  EXPECT_EQ(q[0].cue, "said");
}

TEST(ExtractQuotes, ParticipleSpeaksThroughAFarCueOrThePreviousQuote) {
  const std::vector<Quote> urged = QuotesOf(
      "Madeleine Albright urged women to vote for a candidate of their own party in the race, "
      "saying, \"There is a special place for those who do not help each other.\"");
  ASSERT_EQ(urged.size(), 1u);
  EXPECT_EQ(urged[0].speaker, "Madeleine Albright");
  const std::vector<Quote> adding = QuotesOf(
      "Trump told the paper that Romney \"had a crazy policy,\" adding, \"He lost all of the "
      "vote and he lost everybody who came here.\"");
  ASSERT_EQ(adding.size(), 2u);
  EXPECT_EQ(adding[1].cue, "adding");
  EXPECT_EQ(adding[1].speaker, "Trump");
}

TEST(ExtractQuotes, MiddleInitialDoesNotEndTheSentence) {
  const std::string text =
      "\"She is basically an internationalist,\" said Edwin M. Truman, a fellow at the "
      "institute. \"She sees the country in the context of a broader world.\"";
  const std::vector<Quote> q = QuotesOf(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "Edwin M. Truman");
  EXPECT_EQ(q[0].parts.size(), 2u);  // the next sentence's quote continues it
}

TEST(ExtractQuotes, PresentTenseVerbAndWentOnToSayAreCues) {
  const std::vector<Quote> mocks =
      QuotesOf("\"The market has not failed the working class at all,\" he mocks.");
  ASSERT_EQ(mocks.size(), 1u);
  EXPECT_EQ(mocks[0].speaker, "he");
  EXPECT_EQ(mocks[0].cue, "mocks");
  const std::vector<Quote> went =
      QuotesOf("Bryne went on to say, \"From the bottom of my soul, I know this to be true.\"");
  ASSERT_EQ(went.size(), 1u);
  EXPECT_EQ(went[0].speaker, "Bryne");
}

TEST(ExtractQuotes, PutItAndShotBackAreCues) {
  const std::vector<Quote> put = QuotesOf(
      "Or, as Tom Ridge, a former secretary, put it: \"The barbarians are no longer at the "
      "gate.\"");
  ASSERT_EQ(put.size(), 1u);
  EXPECT_EQ(put[0].speaker, "Tom Ridge");
  EXPECT_EQ(put[0].cue, "put it");
  const std::vector<Quote> shot = QuotesOf("Hillary shot back, \"I suppose I could have stayed.\"");
  ASSERT_EQ(shot.size(), 1u);
  EXPECT_EQ(shot[0].speaker, "Hillary");
}

TEST(ExtractQuotes, ALongAddresseeAfterToldAndButWentOnToSay) {
  const std::vector<Quote> told = QuotesOf(
      "UN Ambassador John Bolton told Breitbart News Daily SiriusXM host Matt Boyle, \"Her "
      "slogan might as well be a warning to all of us.\"");
  ASSERT_EQ(told.size(), 1u);
  EXPECT_EQ(told[0].speaker, "UN Ambassador John Bolton");
  const std::vector<Quote> went = QuotesOf(
      "Trump joked that Brooklyn was his answer, but went on to say, \"There are places here "
      "that are among the most dangerous in the world.\"");
  ASSERT_EQ(went.size(), 1u);
  EXPECT_EQ(went[0].speaker, "Trump");
}

TEST(ExtractQuotes, LowerCaseQuoteWithoutAnAttributionAfterItIsEmbedded) {
  const std::vector<Quote> q = QuotesOf(
      "The director wrote in an email that the trip was a waste, \"just to pick up two "
      "delegates in a state he lost.\" \"we will be back,\" he said of the next trip.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_TRUE(q[0].embedded);
  EXPECT_FALSE(q[1].embedded);  // its attribution follows it
}

TEST(ExtractQuotes, NoBreakSpaceEndsTheSentenceBeforeAQuote) {
  const std::string text =
      "Rihanna spoke about love and self-acceptance.\u00A0 \u201CThe minute you learn to love "
      "yourself, you would not want to be anyone else,\u201D she said.";
  const std::vector<Quote> q = QuotesOf(text);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].embedded);
  EXPECT_EQ(q[0].speaker, "she");
  EXPECT_EQ(q[0].parts[0].start, text.find("The minute"));  // offsets into the text as given
}

}  // namespace
}  // namespace concord::compare
