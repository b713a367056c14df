#include "text/differing_facts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace concord::text {
namespace {

// Whether sentences a and b give different facts (read as near-copies, or
// not: then places are not compared).
bool Differ(const std::string& a, const std::string& b, bool near_copies = true) {
  Tokenizer tokenizer;
  Vocabulary vocabulary;
  const std::vector<Token> ta = tokenizer.Tokenize(a, vocabulary);
  const std::vector<Token> tb = tokenizer.Tokenize(b, vocabulary);
  return GiveDifferentFacts(a, ta, b, tb, near_copies);
}

TEST(DifferingFacts, AnotherNumberForTheSameThingDiffers) {
  EXPECT_TRUE(Differ("A magnitude 6.1 earthquake struck on Tuesday.",
                     "A magnitude 5.8 earthquake struck on Tuesday."));
  EXPECT_TRUE(Differ("At least 1,700 Shiites were killed.", "About 1,500 Shiites were killed."));
  // A scale word is part of the value.
  EXPECT_TRUE(Differ("The repairs cost 12 million euros.", "The repairs cost 12 billion euros."));
}

TEST(DifferingFacts, TheSameNumbersOrOtherThingsDoNotDiffer) {
  EXPECT_FALSE(Differ("At least 1,700 Shiites were killed.", "Some 1700 Shiites were killed."));
  EXPECT_FALSE(Differ("The bridge will close for 3 weeks.", "The bridge closes for 3 weeks."));
  // Numbers of different things, or a number the other sentence lacks.
  EXPECT_FALSE(Differ("Three people died and 12 were hurt.", "Police said 12 were hurt."));
  EXPECT_FALSE(Differ("The quake struck 80 kilometres out.", "The quake struck at sea."));
  // A percent sign is the word.
  EXPECT_FALSE(Differ("It grew at a 3 percent annual rate.", "It grew at a 3% annual rate."));
  EXPECT_FALSE(Differ("It grew at a 3 percent annual rate.", "It grew at a 3 % annual rate."));
  // Years, times of day and ages are no counts.
  EXPECT_FALSE(
      Differ("It studied 19 presidential candidates.", "The 2016 presidential candidates."));
  EXPECT_FALSE(Differ("He came in at 7:30 a.m. today.", "He came in at about 7:15 a.m. today."));
  EXPECT_FALSE(Differ("It happened at about 1 a.m.", "The cars rolled in at 1:15 a.m."));
  EXPECT_FALSE(Differ("A 9-year-old boy inspired him.", "He is a 31-year-old dropout."));
  // A day of a month is no count ("2008 event" / "March 2 event").
  EXPECT_FALSE(Differ("He spoke at a 2008 event in Norfolk.", "At that March 2 event he spoke."));
  // One value is also in the other sentence (its depth): no contradiction.
  EXPECT_FALSE(Differ("It was 80 kilometres out at a depth of 10 kilometres.",
                      "It was 80 kilometres out, 10 kilometres deep."));
}

TEST(DifferingFacts, AnotherPlaceAfterTheSamePrepositionDiffers) {
  EXPECT_TRUE(Differ("An earthquake struck off the coast of Chile on Tuesday.",
                     "An earthquake struck off the coast of Japan on Tuesday."));
  EXPECT_TRUE(Differ("The talks were held in Paris.", "The talks were held in New Delhi."));
  // Numbers are compared in any two sentences, places in near-copies only.
  EXPECT_FALSE(Differ("An earthquake struck off the coast of Chile on Tuesday.",
                      "An earthquake struck off the coast of Japan on Tuesday.", false));
  EXPECT_TRUE(Differ("A magnitude 6.1 earthquake struck.", "A 5.8 earthquake struck.", false));
}

TEST(DifferingFacts, TheSamePlaceOrAPlaceNamedElsewhereDoesNotDiffer) {
  EXPECT_FALSE(Differ("The talks were held in Geneva.", "The talks were held in Geneva."));
  // The other name is in the sentence too, after another word.
  EXPECT_FALSE(Differ("The talks in Santiago, Chile, ended.", "The talks in Chile ended."));
  // A name after a word that is no place preposition, and lower-case words.
  EXPECT_FALSE(Differ("The minister told Reuters the talks failed.",
                      "The minister told CNN the talks failed."));
  EXPECT_FALSE(Differ("The talks were held in secret.", "The talks were held in Geneva."));
  // One name written longer, and a day after the preposition.
  EXPECT_FALSE(
      Differ("She held a mask of President Trump.", "She held a mask of President Donald Trump."));
  EXPECT_FALSE(
      Differ("It was reported in Washington on Friday.", "It was reported in Friday's editions."));
  // One place under two names: initials, or one country's other name.
  EXPECT_FALSE(Differ("It cut 2,000 jobs in the United States.", "It cut 2,000 jobs in the U.S."));
  EXPECT_FALSE(Differ("It cut 2,000 jobs in the UK.", "It cut 2,000 jobs in the United Kingdom."));
  EXPECT_FALSE(Differ("It cut 2,000 jobs in America.", "It cut 2,000 jobs in the U.S."));
  EXPECT_FALSE(Differ("It cut 2,000 jobs in Britain.", "It cut 2,000 jobs in the UK."));
  EXPECT_TRUE(Differ("It cut 2,000 jobs in America.", "It cut 2,000 jobs in Canada."));
  EXPECT_TRUE(Differ("It cut 2,000 jobs in the UK.", "It cut 2,000 jobs in the U.S."));
}

TEST(DifferingFacts, ANegationOfTheOtherDiffers) {
  EXPECT_TRUE(Differ("The mayor resigned on Monday after a scandal.",
                     "The mayor did not resign on Monday after a scandal.", false));
  EXPECT_TRUE(Differ("The mayor didn't resign on Monday.", "The mayor resigned on Monday.", false));
  EXPECT_TRUE(Differ("Acme will also cut jobs in France.",
                     "The company denied that it will cut jobs in France.", false));
  EXPECT_TRUE(Differ("Acme said it will cut 2,000 jobs.", "Acme did not say that it will cut jobs.",
                     false));
  EXPECT_TRUE(Differ("Acme will also cut jobs in France.",
                     "Acme did not say on Monday that it will cut jobs in Germany.", false));
  EXPECT_TRUE(Differ("The city signed the deal.", "The city refused to sign the deal.", false));
  EXPECT_TRUE(Differ("He no longer leads the party.", "He leads the party.", false));
  EXPECT_TRUE(Differ("Dale is not the right candidate.", "Dale is the right candidate.", false));

  EXPECT_TRUE(
      Differ("The mayor did not resign on Monday.", "The mayor resigned on Monday.", false));
}

// The negated word written in another role: a verb against a noun, a
// predicate against a phrase the sentence says nothing about, a time word.
// "Denied reports that" denies what follows as "denied that" does (the
// hostile pass of stop 30 found such a sentence's outlet named as carrying
// the statement it denies).
TEST(DifferingFacts, DeniedReportsThatDiffers) {
  EXPECT_TRUE(Differ("The mayor denied reports that he resigned from office on Monday.",
                     "The mayor resigned from office on Monday after the council vote.", false));
  EXPECT_TRUE(Differ("The firm denies claims that it cut jobs in Ohio last year.",
                     "The firm cut jobs in Ohio last year, the union said.", false));
  EXPECT_FALSE(Differ("The mayor denied reports of a rift and said he resigned on Monday.",
                      "The mayor resigned from office on Monday after the council vote.", false));
}

TEST(DifferingFacts, TheSameWordInAnotherRoleDoesNotDiffer) {
  EXPECT_FALSE(Differ("The governor could not meet with the unions on Friday.",
                      "The governor held a private meeting with unions on Friday.", false));
  EXPECT_FALSE(Differ("Dale is not the right candidate, she said.",
                      "Voters want the right local candidate to be chosen.", false));
  EXPECT_FALSE(Differ("The senator spoke up, as the mayor did not a week ago.",
                      "The senator spoke up, unlike the mayor a week ago.", false));
}

// A negated negation states what the other sentence states; a question
// ("whether") or a supposition ("if") states nothing, unless both ask it.
TEST(DifferingFacts, ANegatedNegationOrAnOpenQuestionDoesNotDiffer) {
  EXPECT_FALSE(Differ("I wasn't saying the mayor is not a good manager.",
                      "I have always said the mayor is a good manager.", false));
  EXPECT_FALSE(Differ(
      "The chairman will not seek a second term, reports say.",
      "On Monday the chairman announces whether he will quit or seek a second term.", false));
  EXPECT_FALSE(Differ("The chairman did not sign the deal.",
                      "If the chairman signs the deal, "
                      "the strike ends.",
                      false));
  EXPECT_TRUE(Differ("If they don't pass this bill soon, it will raise the risk of a recession.",
                     "If they pass this bill soon, it will raise the risk of a recession.", false));
  EXPECT_TRUE(Differ("The mayor is not a good manager.", "The mayor is a good manager.", false));
  // But a cue after "and" or after "no" and its noun in one clause negates
  // on its own (the hostile pass of stop 30: the second sentence of each
  // pair was read as a negated negation, and its outlet named as carrying
  // the first).
  EXPECT_TRUE(Differ("There was no vote and the mayor did not resign from office on Monday.",
                     "The mayor resigned from office on Monday after the vote.", false));
  EXPECT_TRUE(Differ("Despite no pressure the mayor did not resign from office on Monday.",
                     "The mayor resigned from office on Monday after the vote.", false));
  EXPECT_FALSE(Differ("No one is saying the mayor is not a good manager.",
                      "The mayor is a good manager.", false));
  // "X, not Y" sets two things apart.
  EXPECT_FALSE(Differ("Dress like you deserve respect, not a spot at a bar, she wrote.",
                      "She said their clothes suited a spot at the bar.", false));
  EXPECT_TRUE(Differ("Their clothes did not suit a spot at the bar.",
                     "Their clothes suited a spot at the bar.", false));
  // "Nor" goes on with the negation before it: the words after it are not
  // what is denied.
  EXPECT_FALSE(Differ("Neither the coroner nor Los Angeles police could confirm the cause.",
                      "Los Angeles police said the death was due to natural causes.", false));
  // "Not ... until" says when; a sentence that also states the word does
  // not deny it (stop 30's hostile pass).
  EXPECT_FALSE(
      Differ("The mayor did not resign until Monday.", "The mayor resigned on Monday.", false));
  EXPECT_FALSE(Differ("The mayor did not resign on Monday, he resigned from office on Tuesday.",
                      "The mayor resigned from office on Tuesday.", false));
  // "If not for" says "without".
  EXPECT_FALSE(Differ("It would have been a massacre if not for Mayor Dale Brook's guards.",
                      "Mayor Dale Brook's guards were hurt.", false));
}

TEST(DifferingFacts, BothNegatedOrANegationOfSomethingElseDoesNotDiffer) {
  EXPECT_FALSE(Differ("The mayor did not resign on Monday.", "The mayor never resigned.", false));
  // The "not" is on a word the other sentence does not write.
  EXPECT_FALSE(Differ("The mayor resigned on Monday but did not explain why.",
                      "The mayor resigned on Monday.", false));
  EXPECT_FALSE(Differ("The mayor resigned on Monday.", "The mayor resigned on Monday.", false));
  // The same negation written another way.
  EXPECT_FALSE(
      Differ("No foul play is suspected.", "Police said foul play wasn't suspected.", false));
  EXPECT_FALSE(Differ("Two years ago, she couldn't find anyone to design a dress.",
                      "Two years ago, she couldn t find anyone to design a dress.", false));
  // "Not just" says more; a word negated in another clause is no denial.
  EXPECT_FALSE(Differ("He spoke about King Day.", "He spoke not just on King Day.", false));
  EXPECT_FALSE(Differ("The program tells people not to limit what they eat.",
                      "Limiting food intake to eight hours helps, he said.", false));
  // Deny with an object is no denial; a comma ends what a cue negates.
  EXPECT_FALSE(Differ("The bill would let shops deny service over religious beliefs.",
                      "The bill would let shops refuse service over religious beliefs.", false));
  EXPECT_FALSE(Differ("They don't, because we will go in there and win.",
                      "Because we will go in there and win.", false));
}

}  // namespace
}  // namespace concord::text
