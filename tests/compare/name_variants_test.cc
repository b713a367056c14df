#include "compare/name_variants.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "concord/compare.h"

namespace concord::compare {
namespace {

using internal::FindNames;
using internal::FoundName;
using internal::GroupNames;

std::vector<std::string> Names(const std::string& text) {
  std::vector<std::string> out;
  for (const FoundName& n : FindNames(text, 0, text.size())) out.push_back(n.name);
  return out;
}

TEST(FindNames, SplitsTitleFromName) {
  const std::string text = "Secretary of State John Kerry spoke with Gen. Martin Dempsey.";
  const std::vector<FoundName> names = FindNames(text, 0, text.size());
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
  EXPECT_TRUE(FindNames(text, 0, text.size(), &lower).empty());
  EXPECT_EQ(FindNames(text, 0, text.size()).size(), 1u);
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

}  // namespace
}  // namespace concord::compare
