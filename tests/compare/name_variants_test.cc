#include "compare/name_variants.h"

#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "concord/compare.h"

namespace concord::compare {
namespace {

using internal::FoundName;
using internal::GroupNames;

// FindNames over the word scan of all of `text`.
std::vector<FoundName> FindNames(const std::string& s,
                                 const std::unordered_set<std::string>* lower = nullptr) {
  const text::WordScan scan = text::ScanWords(s);
  return internal::FindNames(internal::TextWords(s, scan), 0, s.size(), lower);
}

std::vector<std::string> Names(const std::string& text) {
  std::vector<std::string> out;
  for (const FoundName& n : FindNames(text)) out.push_back(n.name);
  return out;
}

TEST(FindNames, SplitsTitleFromName) {
  const std::string text = "Secretary of State John Kerry spoke with Gen. Martin Dempsey.";
  const std::vector<FoundName> names = FindNames(text);
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].name, "John Kerry");
  EXPECT_EQ(names[0].title, "secretary of state");
  EXPECT_EQ(names[0].surface, "Secretary of State John Kerry");
  EXPECT_EQ(names[1].name, "Martin Dempsey");
  EXPECT_EQ(names[1].title, "gen");
}

TEST(FindNames, KeepsParticlesAndDropsLeadingAdjectiveOfTitle) {
  EXPECT_EQ(Names("He met Iraqi Prime Minister Nuri al-Maliki on Monday."),
            (std::vector<std::string>{"Nuri al-Maliki"}));
}

TEST(FindNames, JoinsConnectorsInsideLongNamesOnly) {
  EXPECT_EQ(Names("It fights the Islamic State in Iraq and Syria, he said."),
            (std::vector<std::string>{"Islamic State in Iraq and Syria"}));
  EXPECT_EQ(Names("He sent troops from Iraq and Syria."),
            (std::vector<std::string>{"Iraq", "Syria"}));
}

TEST(FindNames, SkipsSentenceInitialFunctionWordsAndCalendar) {
  EXPECT_EQ(Names("The Pentagon said on Thursday that it would wait."),
            (std::vector<std::string>{"Pentagon"}));
}

TEST(FindNames, UsesLowercaseEvidenceForSentenceInitialWords) {
  const std::string text = "Scores of people left.";
  std::unordered_set<std::string> lower = {"scores"};
  EXPECT_TRUE(FindNames(text, &lower).empty());
  EXPECT_EQ(FindNames(text).size(), 1u);
}

TEST(FindNames, StripsPossessive) {
  EXPECT_EQ(Names("He read Kerry's remarks."), (std::vector<std::string>{"Kerry"}));
}

TEST(FindNames, MiddleInitialStaysInsideTheName) {
  const std::vector<std::string> names = Names("Director Christopher A. Wray spoke to A. Lund.");
  EXPECT_EQ(names, (std::vector<std::string>{"Christopher A. Wray", "Lund"}));
}

TEST(FindNames, DayBeforeANameIsNotPartOfIt) {
  EXPECT_EQ(Names("On Tuesday Ginsburg said no."), (std::vector<std::string>{"Ginsburg"}));
  EXPECT_EQ(Names("He left for Mexico Wednesday night."), (std::vector<std::string>{"Mexico"}));
}

TEST(FindNames, ContractionsAreNotNames) {
  EXPECT_TRUE(Names("I'm sure. I\u2019m told It's fine.").empty());
}

TEST(SameName, FoldsAccents) {
  EXPECT_TRUE(SameName("Grünberg", "Grunberg"));
  EXPECT_TRUE(SameName("Anna Grünberg", "Grunberg"));
  EXPECT_TRUE(SameName("Kevin de León", "Kevin de Leon"));
  EXPECT_FALSE(SameName("Grünberg", "Greenberg"));
}

TEST(SameName, GroupsSpellingsWithSharedSurname) {
  EXPECT_TRUE(SameName("Nuri al-Maliki", "Nouri al-Maliki"));
  EXPECT_TRUE(SameName("John Kerry", "John Forbes Kerry"));
  EXPECT_TRUE(SameName("Kerry", "John Kerry"));
  EXPECT_TRUE(SameName("Maliki", "Nouri al-Maliki"));
  EXPECT_FALSE(SameName("Hillary Clinton", "Bill Clinton"));
  EXPECT_FALSE(SameName("John Kerry", "John Boehner"));
}

TEST(FindNames, NamesAreRunsOfTheAnalysisWords) {
  const std::string s = "He said Gen. Martin Dempsey met Nouri al-Maliki.";
  const text::WordScan scan = text::ScanWords(s);
  const std::vector<FoundName> names = FindNames(s);
  ASSERT_EQ(names.size(), 2u);
  for (const FoundName& n : names) {
    // A name starts at the start of a scanned word and ends at the end of one.
    bool starts = false;
    bool ends = false;
    for (const text::Word& w : scan.words) {
      starts = starts || w.start == n.start;
      ends = ends || w.end == n.end;
    }
    EXPECT_TRUE(starts && ends) << n.surface;
    EXPECT_EQ(s.substr(n.start, n.end - n.start), n.surface);
  }
  EXPECT_EQ(names[0].surface, "Gen. Martin Dempsey");
  EXPECT_EQ(names[1].name, "Nouri al-Maliki");
}

TEST(TextWords, WindowsClipTheWordsTheyCut) {
  const std::string s = "About 1,700 U.S. troops";
  const text::WordScan scan = text::ScanWords(s);
  const internal::TextWords words(s, scan);
  // [8, 14): "700 U." -- "1,700" and "U.S." are cut.
  const std::vector<text::Word> in = words.In(8, 14);
  ASSERT_EQ(in.size(), 2u);
  EXPECT_EQ(s.substr(in[0].start, in[0].end - in[0].start), "700");
  EXPECT_TRUE(in[0].is_number);
  EXPECT_EQ(s.substr(in[1].start, in[1].end - in[1].start), "U");
  EXPECT_EQ(words.Lower(in[1]), "u");
  // Whole words come from the scan with their interned term.
  const std::vector<text::Word> whole = words.In(0, s.size());
  ASSERT_EQ(whole.size(), 4u);
  EXPECT_EQ(words.Lower(whole[2]), "u.s.");
  EXPECT_EQ(whole[2].term, scan.words[2].term);
}

TEST(SameName, MatchesAcronymsAndPrefixes) {
  EXPECT_TRUE(SameName("ISIS", "Islamic State in Iraq and Syria"));
  EXPECT_TRUE(SameName("U.S.", "United States"));
  EXPECT_TRUE(SameName("Islamic State", "Islamic State in Iraq and Syria"));
  EXPECT_FALSE(SameName("Iraq", "Islamic State in Iraq and Syria"));
  EXPECT_FALSE(SameName("NATO", "United Nations"));
}

TEST(GroupNames, LeavesAmbiguousSurnameAlone) {
  const std::vector<size_t> groups =
      GroupNames({"Hillary Clinton", "Bill Clinton", "Clinton", "Kerry", "John Kerry"});
  EXPECT_NE(groups[0], groups[1]);
  EXPECT_NE(groups[2], groups[0]);
  EXPECT_NE(groups[2], groups[1]);
  EXPECT_EQ(groups[3], groups[4]);
}

// Found in a digest of BASIL events: an affiliation before a title, a party
// word, a place or a second person after the name, and acronyms, prefixes
// and surnames that joined different entities.
TEST(FindNames, ATitleInsideTheRunLeavesTheAffiliationInTheTitle) {
  const std::vector<FoundName> names =
      FindNames("He met White House Chief of Staff Rahm Emanuel and Weekly Standard Editor "
                "Bill Kristol, and later North Carolina Rep. Bob Etheridge.");
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0].name, "Rahm Emanuel");
  EXPECT_EQ(names[0].title, "white house chief of staff");
  EXPECT_EQ(names[1].name, "Bill Kristol");
  EXPECT_EQ(names[1].title, "weekly standard editor");
  EXPECT_EQ(names[2].name, "Bob Etheridge");
}

// An occupation opening a sentence before a full name is a title ("Baker
// Ruth Lindqvist said", in examples/harbor-bridge), but not before one word:
// there it may be a first name ("Baker Mayfield").
TEST(FindNames, AnOccupationBeforeAFullNameIsATitle) {
  const std::vector<FoundName> names =
      FindNames("The shops were shut. Baker Ruth Lindqvist said so. Councilman Jack Weir agreed.");
  ASSERT_EQ(names.size(), 2u);
  EXPECT_EQ(names[0].name, "Ruth Lindqvist");
  EXPECT_EQ(names[0].title, "baker");
  EXPECT_EQ(names[1].name, "Jack Weir");
  EXPECT_EQ(Names("The game was close. Baker Mayfield threw twice."),
            (std::vector<std::string>{"Baker Mayfield"}));
  // Inside a run too, after an affiliation.
  EXPECT_EQ(Names("He met Harbor Ferry Manager Ruth Lindqvist there."),
            (std::vector<std::string>{"Ruth Lindqvist"}));
}

// "in" after a person's name ends it, as "of" does: a byline's city or the
// place of an event is no part of the name. Not after a thing ("Sibley
// Memorial Hospital in Washington"), a name in capitals ("KBFX-TV in
// Bakersfield"), or a capitalized "In" of a headline.
TEST(FindNames, InAfterAPersonsNameEndsIt) {
  EXPECT_EQ(Names("The report was written by Ada Okafor in Minneapolis."),
            (std::vector<std::string>{"Ada Okafor", "Minneapolis"}));
  EXPECT_EQ(Names("She was taken to Sibley Memorial Hospital in Washington."),
            (std::vector<std::string>{"Sibley Memorial Hospital in Washington"}));
  EXPECT_EQ(Names("He spoke to KBFX-TV in Bakersfield."),
            (std::vector<std::string>{"KBFX-TV in Bakersfield"}));
  EXPECT_EQ(Names("He read Harbor Fight Erupts In Port Alder."),
            (std::vector<std::string>{"Harbor Fight Erupts In Port Alder"}));
}

// A title word before the one head word of a body names the body ("Justice
// Department" was the title "justice" and a person "Department").
TEST(FindNames, ATitleWordBeforeABodyIsPartOfItsName) {
  EXPECT_EQ(Names("A spokesman for the Justice Department declined to comment."),
            (std::vector<std::string>{"Justice Department"}));
  EXPECT_EQ(Names("He was taken to Lynchburg General Hospital by noon."),
            (std::vector<std::string>{"Lynchburg General Hospital"}));
}

TEST(FindNames, APartyWordBeforeANameIsATitle) {
  const std::vector<FoundName> names = FindNames("She ran against Republican Linda McMahon.");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].name, "Linda McMahon");
  EXPECT_EQ(names[0].title, "republican");
  // An organisation that opens with a party word stays whole.
  EXPECT_EQ(Names("She spoke for the Republican National Committee."),
            (std::vector<std::string>{"Republican National Committee"}));
}

TEST(FindNames, APlaceOrASecondPersonAfterANameEndsIt) {
  EXPECT_EQ(Names("He hired Richard Blumenthal of Connecticut."),
            (std::vector<std::string>{"Richard Blumenthal", "Connecticut"}));
  EXPECT_EQ(Names("He thanked Robert Gibbs and David Axelrod."),
            (std::vector<std::string>{"Robert Gibbs", "David Axelrod"}));
  EXPECT_EQ(Names("He read letters from Reps. Peter DeFazio of Oregon."),
            (std::vector<std::string>{"Peter DeFazio", "Oregon"}));
  // Before "of", one word or an organisation's head word is no person.
  EXPECT_EQ(Names("He sold shares of Bank of America."),
            (std::vector<std::string>{"Bank of America"}));
  EXPECT_EQ(Names("He called the Department of Health and Human Services."),
            (std::vector<std::string>{"Department of Health and Human Services"}));
}

TEST(FindNames, NoConnectorOrPronounEndsAName) {
  EXPECT_EQ(Names("Herman Cain in January said the Republican Party and I agree."),
            (std::vector<std::string>{"Herman Cain", "Republican Party"}));
  EXPECT_EQ(Names("Bob Etheridge, Democrat of North Carolina, spoke."),
            (std::vector<std::string>{"Bob Etheridge", "North Carolina"}));
}

TEST(FindNames, PartyTagsAreNotNames) {
  EXPECT_EQ(Names("Chuck Schumer (D-N.Y.) and Lee Zeldin (R-N.Y.) agreed."),
            (std::vector<std::string>{"Chuck Schumer", "Lee Zeldin"}));
}

TEST(GroupNames, AnAcronymNeverSpellsAPerson) {
  EXPECT_FALSE(SameName("D.C.", "Dick Cheney"));
  EXPECT_TRUE(SameName("U.S.", "United States"));
  EXPECT_TRUE(SameName("HRW", "Human Rights Watch"));
}

// The name a longer one opens before "of", "in" or "for" is found among
// many names that share its first word (they are looked up, not compared
// pair by pair), and those others stay apart.
TEST(GroupNames, APrefixIsFoundAmongManyNamesSharingItsFirstWord) {
  std::vector<std::string> names = {"Harbor Authority", "Harbor Authority of Kettleby"};
  for (int i = 0; i < 300; ++i) names.push_back("Harbor Pilot" + std::to_string(i));
  names.push_back("Harbor Authority for Ferries");
  const std::vector<size_t> groups = GroupNames(names);
  EXPECT_EQ(groups[0], groups[1]);
  EXPECT_EQ(groups[0], groups.back());
  std::unordered_set<size_t> pilots;
  for (size_t i = 2; i + 1 < names.size(); ++i) {
    EXPECT_NE(groups[i], groups[0]) << names[i];
    pilots.insert(groups[i]);
  }
  EXPECT_EQ(pilots.size(), 300u);
}

TEST(GroupNames, AHeadNounAfterAPrefixIsAnotherEntity) {
  EXPECT_FALSE(SameName("United States", "United States Senate"));
  EXPECT_FALSE(SameName("Social Security", "Social Security and Medicare"));
  EXPECT_TRUE(SameName("Islamic State", "Islamic State in Iraq and Syria"));
}

TEST(GroupNames, OnlyPersonsShareASurname) {
  // "House" (of Representatives) is no surname of "White House", nor
  // "Republican" of "Arizona Republican", nor "Tea Party" of two local ones.
  const std::vector<size_t> g =
      GroupNames({"White House", "House", "Arizona Republican", "Republican", "Dallas Tea Party",
                  "St. Louis Tea Party", "Tea Party"});
  EXPECT_NE(g[0], g[1]);
  EXPECT_NE(g[2], g[3]);
  EXPECT_NE(g[4], g[5]);
  EXPECT_NE(g[4], g[6]);
  EXPECT_TRUE(SameName("John Kerry", "Kerry"));
}

TEST(GroupNames, AGenerationalSuffixIsNoPartOfTheName) {
  EXPECT_TRUE(SameName("Theodore J. Boutrous Jr.", "Theodore Boutrous"));
  EXPECT_TRUE(SameName("John G. Roberts Jr.", "Roberts"));
}

TEST(FindNames, APlaceOpensWithNewOrSanButAPersonMayHoldIt) {
  const std::vector<FoundName> names =
      FindNames("He flew from New Jersey to meet Aung San Suu Kyi. He banks with Bank of The "
                "West.");
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0].name, "New Jersey");
  EXPECT_FALSE(names[0].person_like);
  EXPECT_EQ(names[1].name, "Aung San Suu Kyi");
  EXPECT_TRUE(names[1].person_like);
  // A capitalized article after a connector is no pronoun: one name.
  EXPECT_EQ(names[2].name, "Bank of The West");
  EXPECT_TRUE(SameName("Aung San Suu Kyi", "Suu Kyi"));
}

// Read in a BASIL digest: "he" resolved to the subcommittee's "Civil
// Liberties" and then to "U.S. Constitution".
TEST(FindNames, RightsLibertiesAndConstitutionsAreNoPersons) {
  const std::vector<FoundName> names = FindNames(
      "He chairs the panel on Civil Liberties. He quoted the U.S. Constitution to Jerrold "
      "Nadler.");
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0].name, "Civil Liberties");
  EXPECT_FALSE(names[0].person_like);
  EXPECT_EQ(names[1].name, "U.S. Constitution");
  EXPECT_FALSE(names[1].person_like);
  EXPECT_TRUE(names[2].person_like);
}

}  // namespace
}  // namespace concord::compare
