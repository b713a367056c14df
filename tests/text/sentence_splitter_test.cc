#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "concord/text.h"

namespace concord::text {
namespace {

// Splits `text` (normalised first) and returns the sentences as strings.
std::vector<std::string> Split(const std::string& text) {
  const Normalized normalized = Normalize(text);
  std::vector<std::string> out;
  for (const ByteSpan& span : SplitSentences(normalized.text)) {
    out.push_back(normalized.text.substr(span.start, span.end - span.start));
  }
  return out;
}

using Sentences = std::vector<std::string>;

TEST(SentenceSplitter, SplitsPlainSentences) {
  EXPECT_EQ(Split("The bridge opened. Traffic resumed! Was it late? No."),
            (Sentences{"The bridge opened.", "Traffic resumed!", "Was it late?", "No."}));
}

TEST(SentenceSplitter, EmptyAndWhitespaceGiveNothing) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences("   \n\n  ").empty());
  EXPECT_EQ(Split("."), Sentences{"."});
}

TEST(SentenceSplitter, KeepsTitlesAndInitialsTogether) {
  EXPECT_EQ(Split("Sen. Ana Ruiz met Gen. Bo Lee and Mr. and Mrs. Day. "
                  "Dr. Kim spoke."),
            (Sentences{"Sen. Ana Ruiz met Gen. Bo Lee and Mr. and Mrs. Day.", "Dr. Kim spoke."}));
  EXPECT_EQ(Split("John F. Kennedy and J.R.R. Tolkien wrote. It ended."),
            (Sentences{"John F. Kennedy and J.R.R. Tolkien wrote.", "It ended."}));
}

TEST(SentenceSplitter, KeepsNumbersTimesAndMoneyTogether) {
  EXPECT_EQ(Split("It cost $1.5 billion at 3:30 p.m. Tuesday, up 2.5%. "
                  "Then No. 5 fell on Jan. 5 at 10 a.m. and rose."),
            (Sentences{"It cost $1.5 billion at 3:30 p.m. Tuesday, up 2.5%.",
                       "Then No. 5 fell on Jan. 5 at 10 a.m. and rose."}));
}

TEST(SentenceSplitter, NoBeforeAWordIsASentence) {
  EXPECT_EQ(Split("\"No. We will not,\" she said."),
            (Sentences{"\"No.", "We will not,\" she said."}));
}

TEST(SentenceSplitter, EndsAtAbbreviationBeforeSentenceOpener) {
  EXPECT_EQ(Split("Troops returned to the U.S. The next day they rested."),
            (Sentences{"Troops returned to the U.S.", "The next day they rested."}));
  EXPECT_EQ(Split("The U.S. Army and Acme Inc. officials met."),
            Sentences{"The U.S. Army and Acme Inc. officials met."});
  EXPECT_EQ(Split("He works for Acme Inc. He likes it."),
            (Sentences{"He works for Acme Inc.", "He likes it."}));
}

TEST(SentenceSplitter, KeepsClosingQuoteWithItsSentence) {
  EXPECT_EQ(Split("\"It is over,\" he said. \"We won.\" Next came the vote."),
            (Sentences{"\"It is over,\" he said.", "\"We won.\"", "Next came the vote."}));
  EXPECT_EQ(Split("(He declined to comment.) The end."),
            (Sentences{"(He declined to comment.)", "The end."}));
}

TEST(SentenceSplitter, QuestionInsideQuoteBeforeAttribution) {
  EXPECT_EQ(
      Split("\"Why?\" he asked. \"Why not?\" Smith asked. \"Go!\" "
            "They went."),
      (Sentences{"\"Why?\" he asked.", "\"Why not?\" Smith asked.", "\"Go!\"", "They went."}));
}

TEST(SentenceSplitter, EllipsisEndsOnlyBeforeCapital) {
  EXPECT_EQ(Split("He paused... then left... The door shut."),
            (Sentences{"He paused... then left...", "The door shut."}));
  // The ellipsis character is normalised to "..." first.
  EXPECT_EQ(Split("Wait\xE2\x80\xA6 and see\xE2\x80\xA6 It came."),
            (Sentences{"Wait... and see...", "It came."}));
}

TEST(SentenceSplitter, LineBreakEndsHeadlinesAndBullets) {
  EXPECT_EQ(Split("Bridge reopens early\nThe bridge opened.\n- one\n- two"),
            (Sentences{"Bridge reopens early", "The bridge opened.", "- one", "- two"}));
}

TEST(SentenceSplitter, ParagraphBreakAlwaysEnds) {
  EXPECT_EQ(Split("He met Sen.\n\nSmith left"), (Sentences{"He met Sen.", "Smith left"}));
}

TEST(SentenceSplitter, WrappedLinesStayTogether) {
  EXPECT_EQ(Split("The council met on\nthe third day, and the mayor\nspoke."),
            Sentences{"The council met on\nthe third day, and the mayor\nspoke."});
  // A line that ends in "to" or "the" goes on, even before a capital.
  EXPECT_EQ(Split("We drove to\nLeeds at dawn."), Sentences{"We drove to\nLeeds at dawn."});
  // A capitalised next line reads as a new sentence (a headline above it).
  EXPECT_EQ(Split("Council meets\nThe mayor spoke."),
            (Sentences{"Council meets", "The mayor spoke."}));
}

TEST(SentenceSplitter, DatelineStaysWithFirstSentence) {
  EXPECT_EQ(Split("WASHINGTON (Reuters) - The vote failed. It was close."),
            (Sentences{"WASHINGTON (Reuters) - The vote failed.", "It was close."}));
  EXPECT_EQ(Split("(CNN) -- A quake hit. No one died."),
            (Sentences{"(CNN) -- A quake hit.", "No one died."}));
  EXPECT_EQ(Split("LONDON (Reuters) -\nShares fell. Bonds rose."),
            (Sentences{"LONDON (Reuters) -\nShares fell.", "Bonds rose."}));
  EXPECT_EQ(Split("(CNN)\nA quake hit."), Sentences{"(CNN)\nA quake hit."});
  // A city in capitals and a state abbreviation: the word after the state
  // opens the sentence, whatever it is.
  EXPECT_EQ(Split("MILLBROOK, Conn. Parents sued the town. It settled."),
            (Sentences{"MILLBROOK, Conn. Parents sued the town.", "It settled."}));
  EXPECT_EQ(Split("EAST LANSING, Mich. The vote failed. It was close."),
            (Sentences{"EAST LANSING, Mich. The vote failed.", "It was close."}));
}

TEST(SentenceSplitter, SplitsDamagedLowerCaseText) {
  EXPECT_EQ(Split("u.s. employment fell 8.2 % . the report said so ."),
            (Sentences{"u.s. employment fell 8.2 % .", "the report said so ."}));
  EXPECT_EQ(Split("prices rose. the bank said."), (Sentences{"prices rose.", "the bank said."}));
}

TEST(SentenceSplitter, TreatsSpacedEllipsisAsOne) {
  // Three spaced dots mark an omission and never end a sentence (the
  // convention of the standard test lists); a fourth dot is the full stop.
  EXPECT_EQ(
      Split("We are saddened . . . The inquiry goes on. He waited . . . "
            "and waited."),
      (Sentences{"We are saddened . . . The inquiry goes on.", "He waited . . . and waited."}));
  EXPECT_EQ(Split("We are saddened . . . . The inquiry goes on."),
            (Sentences{"We are saddened . . . .", "The inquiry goes on."}));
  // A period on the word, then spaced dots: the period ends the sentence
  // and the dots open the next one.
  EXPECT_EQ(Split("It was done. . . . The rest was lost. . . ."),
            (Sentences{"It was done.", ". . . The rest was lost. . . ."}));
}

TEST(SentenceSplitter, KeepsRomanNumeralsAndLowerCaseInitials) {
  EXPECT_EQ(Split("They sang \"Shook Ones Pt. II\" live. Since edward j. "
                  "Snowden spoke, john f. kennedy is news."),
            (Sentences{"They sang \"Shook Ones Pt. II\" live.",
                       "Since edward j. Snowden spoke, john f. kennedy is "
                       "news."}));
}

TEST(SentenceSplitter, SplitsGluedSentences) {
  EXPECT_EQ(Split("Prices rose sharply.The bank said so."),
            (Sentences{"Prices rose sharply.", "The bank said so."}));
  EXPECT_EQ(Split("See example.com and U.S.A today."),
            Sentences{"See example.com and U.S.A today."});
}

TEST(SentenceSplitter, SplitsListItemsOnOneLine) {
  EXPECT_EQ(Split("1.) Mix the flour 2.) Add the eggs."),
            (Sentences{"1.) Mix the flour", "2.) Add the eggs."}));
  EXPECT_EQ(Split("a. Mix b. Stir c. Bake"), (Sentences{"a. Mix", "b. Stir", "c. Bake"}));
  EXPECT_EQ(Split("(a) Mix it (b) Bake it"), (Sentences{"(a) Mix it", "(b) Bake it"}));
  EXPECT_EQ(Split("\xE2\x80\xA2 9. Mix it \xE2\x80\xA2 10. Bake it"),
            (Sentences{"\xE2\x80\xA2 9. Mix it", "\xE2\x80\xA2 10. Bake it"}));
  // A row of bullets is an ornament.
  EXPECT_EQ(Split("Sign up \xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2"),
            Sentences{"Sign up \xE2\x80\xA2 \xE2\x80\xA2 \xE2\x80\xA2"});
  // Only the next marker of a list that opened the line starts an item.
  EXPECT_EQ(Split("1) Mix 3) Bake"), Sentences{"1) Mix 3) Bake"});
  EXPECT_EQ(Split("A. B. Smith wrote it."), Sentences{"A. B. Smith wrote it."});
}

TEST(SentenceSplitter, SplitsShortLinesOfAList) {
  EXPECT_EQ(Split("tents\nsleeping bags\ncamp stoves\n"),
            (Sentences{"tents", "sleeping bags", "camp stoves"}));
  // Prose wrapped over lines ends in a period and stays whole.
  EXPECT_EQ(Split("It was a cold\nnight in the city."),
            Sentences{"It was a cold\nnight in the city."});
}

TEST(SentenceSplitter, KeepsAddressesWhole) {
  EXPECT_EQ(Split("Mail Ann.Lee@example.org. She replies."),
            (Sentences{"Mail Ann.Lee@example.org.", "She replies."}));
  EXPECT_EQ(Split("See https://Example.Org/Page.html. It moved."),
            (Sentences{"See https://Example.Org/Page.html.", "It moved."}));
}

TEST(SentenceSplitter, TellsPronounIFromInitial) {
  EXPECT_EQ(Split("It was you and I. Did Ann I. Cole know?"),
            (Sentences{"It was you and I.", "Did Ann I. Cole know?"}));
}

TEST(SentenceSplitter, SplitsWhenNoSpaceFollowsAfterNumbers) {
  EXPECT_EQ(Split("He bought 1,000.That was plenty."),
            (Sentences{"He bought 1,000.", "That was plenty."}));
  EXPECT_EQ(Split("Pi is 3.14.Not more."), (Sentences{"Pi is 3.14.", "Not more."}));
}

TEST(SentenceSplitter, ReadsClockTimesByContext) {
  EXPECT_EQ(
      Split("At 5 a.m. Mr. Cho left. He came back at 6 P.M. Mr. Cho "
            "then slept."),
      (Sentences{"At 5 a.m. Mr. Cho left.", "He came back at 6 P.M.", "Mr. Cho then slept."}));
  EXPECT_EQ(Split("It ends at 8 p.m. Tuesday or 9 p.m. ET."),
            Sentences{"It ends at 8 p.m. Tuesday or 9 p.m. ET."});
}

TEST(SentenceSplitter, KeepsOmissionsAndCitationsInTheSentence) {
  EXPECT_EQ(Split("\"Rivers [...] shaped it [...]\" (Ruiz 4). Next one."),
            (Sentences{"\"Rivers [...] shaped it [...]\" (Ruiz 4).", "Next one."}));
  EXPECT_EQ(Split("\"It was late.\" (Ruiz 4). Next one."),
            (Sentences{"\"It was late.\" (Ruiz 4).", "Next one."}));
  EXPECT_EQ(Split("It was a saint.[1] The rest followed."),
            (Sentences{"It was a saint.[1]", "The rest followed."}));
}

TEST(SentenceSplitter, ReadsNumberSignsAndUnits) {
  EXPECT_EQ(Split("It is at N\xC2\xB0. 41.22.9. That is all."),
            (Sentences{"It is at N\xC2\xB0. 41.22.9.", "That is all."}));
  EXPECT_EQ(Split("It hit 101.3 F. Doctors came. He lives at 20 W. 4th St."),
            (Sentences{"It hit 101.3 F.", "Doctors came.", "He lives at 20 W. 4th St."}));
  EXPECT_EQ(Split("Shares of Yahoo! Inc. rose. I like Yahoo! The site."),
            (Sentences{"Shares of Yahoo! Inc. rose.", "I like Yahoo!", "The site."}));
}

TEST(SentenceSplitter, KeepsShortUnitsAfterNumbersBeforeLowerCase) {
  EXPECT_EQ(Split("The trail is 12.4 mi. in all and cost $2 bn. to build."),
            Sentences{"The trail is 12.4 mi. in all and cost $2 bn. to build."});
  EXPECT_EQ(Split("The bag held 40kg. of rice. It weighed 3 lbs. Nobody knew."),
            (Sentences{"The bag held 40kg. of rice.", "It weighed 3 lbs.", "Nobody knew."}));
  // Without a number it is an ordinary word: "in." ends lower-cased text.
  EXPECT_EQ(Split("they all came in. the doors shut."),
            (Sentences{"they all came in.", "the doors shut."}));
}

TEST(SentenceSplitter, EtcAndLabelLettersEndBeforeACapital) {
  EXPECT_EQ(Split("We sold cups, bowls, etc. Buyers came early. Bring pens, "
                  "etc. and paper."),
            (Sentences{"We sold cups, bowls, etc.", "Buyers came early.",
                       "Bring pens, etc. and paper."}));
  EXPECT_EQ(
      Split("He lacked vitamin B. Doctors knew. Board at Gate D. "
            "Crews wait."),
      (Sentences{"He lacked vitamin B.", "Doctors knew.", "Board at Gate D.", "Crews wait."}));
  // An initial after a word in lower case is still an initial.
  EXPECT_EQ(Split("It was written by H. G. Wells and read by J. Smith today."),
            Sentences{"It was written by H. G. Wells and read by J. Smith "
                      "today."});
}

TEST(SentenceSplitter, RomanNumeralsMarkListItems) {
  EXPECT_EQ(Split("I. The old rules. II. The new rules. iv. the last one."),
            (Sentences{"I. The old rules.", "II. The new rules.", "iv. the last one."}));
  EXPECT_EQ(Split("i. Fold it ii. Seal it iii. Mail it"),
            (Sentences{"i. Fold it", "ii. Seal it", "iii. Mail it"}));
  EXPECT_EQ(Split("(i) Fold it (ii) Seal it"), (Sentences{"(i) Fold it", "(ii) Seal it"}));
  // Not an item: a king's numeral, the pronoun, an initial.
  EXPECT_EQ(Split("It was built by Henry VIII. It stood. Ask her and me, "
                  "not Ray I. Park or him and I. Then go."),
            (Sentences{"It was built by Henry VIII.", "It stood.",
                       "Ask her and me, not Ray I. Park or him and I.", "Then go."}));
}

TEST(SentenceSplitter, KnowsWeekdaysAndExtensions) {
  EXPECT_EQ(Split("Call ext. 5 on Fri. at noon. He sat. Then he left."),
            (Sentences{"Call ext. 5 on Fri. at noon.", "He sat.", "Then he left."}));
}

TEST(SentenceSplitter, MonthsAndWeekdaysEndBeforeACapitalThatIsNoDate) {
  EXPECT_EQ(Split("The lease began in Aug. Rent is due. It runs to Sat. Oct. 5. "
                  "The shop opens Fri. Tickets sell fast."),
            (Sentences{"The lease began in Aug.", "Rent is due.", "It runs to Sat. Oct. 5.",
                       "The shop opens Fri.", "Tickets sell fast."}));
  // Damaged text writes "sept." and capitalises any word after a period.
  EXPECT_EQ(Split("It appears in the sept. Issue of the magazine."),
            Sentences{"It appears in the sept. Issue of the magazine."});
}

TEST(SentenceSplitter, ReadsDrAsDriveAfterAStreetName) {
  EXPECT_EQ(Split("She lives on Mulberry Dr. Her house is blue. Dr. Ames agreed."),
            (Sentences{"She lives on Mulberry Dr.", "Her house is blue.", "Dr. Ames agreed."}));
  EXPECT_EQ(Split("He met Prof. Dr. Lang at 40 Lake Dr. last week."),
            Sentences{"He met Prof. Dr. Lang at 40 Lake Dr. last week."});
}

TEST(SentenceSplitter, AnyFormOfAVerbOfSayingKeepsTheQuote) {
  EXPECT_EQ(Split("\"Really?\" Mina laughed. \"Where?\" Aunt Rosa whispers. "
                  "\"Fire!\" Smoke filled the hall."),
            (Sentences{"\"Really?\" Mina laughed.", "\"Where?\" Aunt Rosa whispers.", "\"Fire!\"",
                       "Smoke filled the hall."}));
  // The capitalised word right after the quote is no verb of saying.
  EXPECT_EQ(Split("\"Enough!\" Protests erupted."),
            (Sentences{"\"Enough!\"", "Protests erupted."}));
}

TEST(SentenceSplitter, EmoticonsEndAndBelongToTheirSentence) {
  EXPECT_EQ(
      Split("Thanks :) See you. It worked! :-) The server is up ;) and fast."),
      (Sentences{"Thanks :)", "See you.", "It worked! :-)", "The server is up ;) and fast."}));
}

TEST(SentenceSplitter, SkipsSeveralNoteMarks) {
  EXPECT_EQ(Split("Rain halved.[2][5] Farmers left.[a] The end."),
            (Sentences{"Rain halved.[2][5]", "Farmers left.[a]", "The end."}));
}

TEST(SentenceSplitter, ReadsOpenersInCapitalsAndRatesAsUnits) {
  EXPECT_EQ(Split("PRICES ROSE IN THE U.S. THE FED IS WORRIED. The cap is 20 km/h. Fines are "
                  "steep."),
            (Sentences{"PRICES ROSE IN THE U.S.", "THE FED IS WORRIED.", "The cap is 20 km/h.",
                       "Fines are steep."}));
  // A two-letter word in capitals is as often an acronym as a pronoun, and
  // a headline goes on with "AND" or "HAS" after "U.S." or a date.
  EXPECT_EQ(Split("Spending in the U.S. IT sector rose."),
            Sentences{"Spending in the U.S. IT sector rose."});
  EXPECT_EQ(Split("TALKS WITH THE U.S. AND CHINA RESUME IN JAN. AND END AT 5 P.M. AND 6 P.M."),
            Sentences{"TALKS WITH THE U.S. AND CHINA RESUME IN JAN. AND END AT 5 P.M. AND 6 P.M."});
}

// Review of stop 21: "Dr." after a capitalised word is a street only when
// that word is no doctor's title and no initial follows.
TEST(SentenceSplitter, DoctorAfterATitleIsNoStreet) {
  EXPECT_EQ(Split("He met Health Minister Dr. A. Smith on Monday."),
            Sentences{"He met Health Minister Dr. A. Smith on Monday."});
  EXPECT_EQ(Split("She met Surgeon General Dr. Ann Patel. It went well."),
            (Sentences{"She met Surgeon General Dr. Ann Patel.", "It went well."}));
  EXPECT_EQ(Split("He lives on Oak Dr. A neighbor said he was quiet."),
            (Sentences{"He lives on Oak Dr.", "A neighbor said he was quiet."}));
}

// Review of stop 21: of the many verbs of saying, those that take an
// object ("called 911") keep a quote's attribution only where the clause
// ends; a new sentence with an object is not the quote's attribution.
TEST(SentenceSplitter, VerbOfSayingWithAnObjectStartsASentence) {
  EXPECT_EQ(Split("He shouted \"Fire!\" Neighbors called 911."),
            (Sentences{"He shouted \"Fire!\"", "Neighbors called 911."}));
  EXPECT_EQ(Split("\"Why?\" Senators called the vote a sham."),
            (Sentences{"\"Why?\"", "Senators called the vote a sham."}));
  EXPECT_EQ(Split("\"Really?\" Mina laughed. \"Why?\" Smith asked the panel."),
            (Sentences{"\"Really?\" Mina laughed.", "\"Why?\" Smith asked the panel."}));
  EXPECT_EQ(Split("\"Why?\" Smith demanded of the panel."),
            Sentences{"\"Why?\" Smith demanded of the panel."});
}

// Review of stop 21: a month after a determiner names the month's event
// ("the Sept. Fed meeting"); only a month ending a phrase of time ("in
// Dec.") ends a sentence before a capital.
TEST(SentenceSplitter, MonthAfterADeterminerGoesOn) {
  EXPECT_EQ(Split("He joined the Sept. Fed meeting by phone."),
            Sentences{"He joined the Sept. Fed meeting by phone."});
  EXPECT_EQ(Split("Markets fell in Dec. Analysts blamed rate fears."),
            (Sentences{"Markets fell in Dec.", "Analysts blamed rate fears."}));
  EXPECT_EQ(Split("The report came last Dec. The board met."),
            (Sentences{"The report came last Dec.", "The board met."}));
}

// Review of stop 21: a long sentence of initials ("J. J. J. ...") read the
// whole sentence back at each period for a dateline (80,000 took 13 s).
TEST(SentenceSplitter, LongRunOfInitialsIsLinear) {
  std::string text;
  for (int k = 0; k < 100000; ++k) text += "J. ";
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(SplitSentences(text).size(), 1u);
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(3));
  EXPECT_EQ(Split("NEWTOWN, Conn. Parents of the children met."),
            Sentences{"NEWTOWN, Conn. Parents of the children met."});
}

// Sixth round (categories_sixth_own.txt): a '!' or '?' that closes an
// aside set off by dashes goes on; one before a dash that opens nothing,
// or before the signature of an embedded post, ends its sentence.
TEST(SentenceSplitter, DashedAsideGoesOnAfterItsMark) {
  EXPECT_EQ(Split("Stir it, bake it and -- presto! -- supper is ready."),
            Sentences{"Stir it, bake it and -- presto! -- supper is ready."});
  EXPECT_EQ(Split("Is it \xE2\x80\x94 dare I ask? \xE2\x80\x94 done?"),
            Sentences{"Is it - dare I ask? - done?"});
  EXPECT_EQ(Split("We won! -- and then we lost."), (Sentences{"We won!", "-- and then we lost."}));
  EXPECT_EQ(Split("so smart -- very smart! -- jo bell (@jobell) may 2, 2016"),
            (Sentences{"so smart -- very smart!", "-- jo bell (@jobell) may 2, 2016"}));
  EXPECT_EQ(Split("Careful -- hot!\n- keep the lid on"),
            (Sentences{"Careful -- hot!", "- keep the lid on"}));
}

// The first item after a colon, and lower-case Roman numerals that number
// items inside a sentence, are no boundaries; a ratio is no list.
TEST(SentenceSplitter, ItemsNumberedAfterAColonGoOn) {
  EXPECT_EQ(Split("Steps: 1. Rinse the rice. 2. Soak it."),
            (Sentences{"Steps: 1. Rinse the rice.", "2. Soak it."}));
  EXPECT_EQ(Split("The odds were 25: 1. Only two won."),
            (Sentences{"The odds were 25: 1.", "Only two won."}));
  EXPECT_EQ(Split("Three parts: i. survey the site, ii. clear it, iii. build."),
            Sentences{"Three parts: i. survey the site, ii. clear it, iii. build."});
}

TEST(SentenceSplitter, NoteLabelsCitationsAndSubjectsAfterAbbreviations) {
  EXPECT_EQ(Split("N.B. The office shuts early."), Sentences{"N.B. The office shuts early."});
  EXPECT_EQ(Split("See ibid. for the source."), Sentences{"See ibid. for the source."});
  EXPECT_EQ(Split("His avg. speed was low. The appt. is at noon."),
            (Sentences{"His avg. speed was low.", "The appt. is at noon."}));
  EXPECT_EQ(Split("Water boils lower up high.(3) Cooks adjust."),
            (Sentences{"Water boils lower up high.(3)", "Cooks adjust."}));
  EXPECT_EQ(Split("We lost 3-1.The coach left."), (Sentences{"We lost 3-1.", "The coach left."}));
  EXPECT_EQ(Split("Rules differ in the U.K. Ask a lawyer."),
            (Sentences{"Rules differ in the U.K.", "Ask a lawyer."}));
  EXPECT_EQ(Split("It was for Sam Okoro Sr. Hundreds came."),
            (Sentences{"It was for Sam Okoro Sr.", "Hundreds came."}));
}

// A capitalised word and an auxiliary after a company suffix or a state
// open a sentence; not after "St.", "Mt.", "Ft." or "Bros.", which names
// go on after.
TEST(SentenceSplitter, SubjectAndAuxiliaryAfterACompanyOpenASentence) {
  EXPECT_EQ(Split("The fair is run by Dunmore Co. Parking is free."),
            (Sentences{"The fair is run by Dunmore Co.", "Parking is free."}));
  EXPECT_EQ(Split("It snowed in Macon, Ga. Macon was shut."),
            (Sentences{"It snowed in Macon, Ga.", "Macon was shut."}));
  EXPECT_EQ(Split("Mount St. Helens is active."), Sentences{"Mount St. Helens is active."});
  EXPECT_EQ(Split("Warner Bros. Pictures will release it."),
            Sentences{"Warner Bros. Pictures will release it."});
  EXPECT_EQ(Split("The U.S. Army was there."), Sentences{"The U.S. Army was there."});
}

TEST(SentenceSplitter, SpansAreTrimmedOrderedAndNonEmpty) {
  const std::string text = "  One. Two!  \"Three?\"  \n\n  Four...   five. (Six.)\n- seven \n";
  const std::vector<ByteSpan> spans = SplitSentences(text);
  ASSERT_FALSE(spans.empty());
  size_t previous_end = 0;
  for (const ByteSpan& span : spans) {
    EXPECT_LT(span.start, span.end);
    EXPECT_GE(span.start, previous_end);
    EXPECT_NE(text[span.start], ' ');
    EXPECT_NE(text[span.end - 1], ' ');
    EXPECT_NE(text[span.end - 1], '\n');
    previous_end = span.end;
  }
}

TEST(SentenceSplitter, SurvivesArbitraryBytes) {
  std::string noise;
  uint32_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245u + 12345u;
    const char alphabet[] = ".?!\"')( \n\nAa1.-:,\xE2\x80\x9D\xC3";
    noise.push_back(alphabet[(state >> 16) % (sizeof(alphabet) - 1)]);
  }
  const std::vector<ByteSpan> spans = SplitSentences(noise);
  size_t previous_end = 0;
  for (const ByteSpan& span : spans) {
    ASSERT_LT(span.start, span.end);
    ASSERT_GE(span.start, previous_end);
    ASSERT_LE(span.end, noise.size());
    previous_end = span.end;
  }
}

// Random text built from the pieces the rules look at (list markers,
// bullets, ellipses, clock times, addresses), cut at every length up to 300
// bytes and at random longer ones: spans stay ordered, trimmed, non-empty
// and inside the text. Run under the sanitizer build, this is the check that
// no rule reads past either end.
TEST(SentenceSplitter, SurvivesRandomPiecesOfEveryRule) {
  const std::vector<std::string> pieces = {".",
                                           "?",
                                           "!",
                                           "\"",
                                           "'",
                                           ")",
                                           "(",
                                           "[",
                                           "]",
                                           " ",
                                           " ",
                                           " ",
                                           "\n",
                                           "\n\n",
                                           "A",
                                           "a",
                                           "b",
                                           "1",
                                           "2",
                                           "12",
                                           "I",
                                           "p.m",
                                           "a.m",
                                           "\xE2\x80\xA2",
                                           "\xE2\x81\x83",
                                           " . . .",
                                           "...",
                                           "@",
                                           "/",
                                           ",",
                                           "N\xC2\xB0",
                                           "[1]",
                                           "Mr",
                                           "U.S",
                                           "Yahoo",
                                           "At",
                                           "word",
                                           "Word",
                                           "1,000",
                                           "3.5",
                                           "\xC3\xA9",
                                           "\xE2\x80\x9D",
                                           ".)",
                                           "-",
                                           ":",
                                           ":)",
                                           ";-)",
                                           "[a]",
                                           "Dr",
                                           "Aug",
                                           "THE",
                                           "km/h",
                                           "--",
                                           "(3)",
                                           "ii",
                                           "N.B",
                                           "@x"};
  uint32_t state = 2024;
  auto next = [&state] {
    state = state * 1103515245u + 12345u;
    return state >> 16;
  };
  std::string text;
  for (int i = 0; i < 6000; ++i) text += pieces[next() % pieces.size()];
  auto check = [](std::string_view input) {
    size_t previous_end = 0;
    for (const ByteSpan& span : SplitSentences(input)) {
      ASSERT_LT(span.start, span.end);
      ASSERT_GE(span.start, previous_end);
      ASSERT_LE(span.end, input.size());
      ASSERT_NE(input[span.start], ' ');
      ASSERT_NE(input[span.end - 1], '\n');
      previous_end = span.end;
    }
  };
  for (size_t length = 0; length <= 300; ++length) check(std::string_view(text).substr(0, length));
  for (int cut = 0; cut < 200; ++cut) {
    const size_t start = next() % text.size();
    check(std::string_view(text).substr(start, next() % 2000));
  }
  check(text);
}

// Seventh round (categories_seventh_own.txt): a sentence in brackets glued
// to the period before it starts a sentence; an acronym, a company ticker
// or a lettered note glued the same way does not.
TEST(SentenceSplitter, BracketedSentenceGluedToAPeriodStartsOne) {
  EXPECT_EQ(Split("We went to the lake.(It was lovely.) Then we left."),
            (Sentences{"We went to the lake.", "(It was lovely.)", "Then we left."}));
  EXPECT_EQ(Split("He paid.[Nobody else did.]"), (Sentences{"He paid.", "[Nobody else did.]"}));
  EXPECT_EQ(Split("It sells in the U.S.(Reuters) and abroad."),
            Sentences{"It sells in the U.S.(Reuters) and abroad."});
  EXPECT_EQ(Split("Shares of Acme Inc.(NYSE: ACME) rose."),
            Sentences{"Shares of Acme Inc.(NYSE: ACME) rose."});
}

}  // namespace
}  // namespace concord::text
