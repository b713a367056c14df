// The grouper's place rule (src/group/place_facts.cc) on reports written
// for this test: two events of one template in two places conflict; one
// event's reports, filed from other bureaus, naming one place under two
// names or told in other words, do not.
#include "group/place_facts.h"

#include <gtest/gtest.h>

#include <string>

#include "concord/group.h"
#include "group/features.h"

namespace concord::group {
namespace {

PlaceFacts Facts(const std::string& text, const std::string& title = "") {
  Article article;
  article.title = title;
  article.text = text;
  text::Tokenizer tokenizer;
  return Prepare(article, GroupOptions{}, tokenizer).features.places;
}

const char* const kRest =
    " The blaze broke out in a storage hall shortly after noon and took hours to bring under "
    "control. Police have opened an investigation into the cause of the fire.";

std::string Fire(const std::string& dateline, const std::string& place, const std::string& toll) {
  return dateline + "A fire at a warehouse in " + place + " killed " + toll +
         " workers on Tuesday, firefighters said." + kRest;
}

TEST(PlaceFacts, ReadsThePlaceAfterInAndTheDatelineTheCleanerTookOff) {
  const PlaceFacts facts = Facts(Fire("LYON, France (AP) \u2014 ", "Lyon", "three"));
  ASSERT_EQ(facts.places.size(), 2u);
  EXPECT_EQ(facts.places[0], (StatedPlace{"dateline", {"lyon"}}));
  EXPECT_EQ(facts.places[1], (StatedPlace{"in", {"lyon"}}));
  // A headline's capitals are title case: its words count, not its places.
  EXPECT_TRUE(
      Facts("Firefighters said the blaze is out.", "Blaze In Lyon Warehouse").places.empty());
}

TEST(PlaceFacts, TwoEventsOfOneTemplateInTwoCitiesConflict) {
  EXPECT_TRUE(PlacesConflict(Facts(Fire("", "Lyon", "three")), Facts(Fire("", "Hamburg", "two"))));
  // Datelines alone part them too.
  const std::string lead = "A fire at a warehouse killed three workers on Tuesday.";
  EXPECT_TRUE(PlacesConflict(Facts("LYON, France (AP) \u2014 " + lead + kRest),
                             Facts("HAMBURG, Germany (AP) \u2014 " + lead + kRest)));
}

TEST(PlaceFacts, OneEventFiledFromAnotherBureauDoesNotConflict) {
  // The Paris bureau's report names Lyon.
  EXPECT_FALSE(PlacesConflict(Facts(Fire("LYON, France (AP) \u2014 ", "Lyon", "three")),
                              Facts(Fire("PARIS (Reuters) \u2014 ", "Lyon", "three"))));
  // Neither names the other's bureau, but both state the event in Iraq.
  const std::string lead =
      "A car bomb in Iraq killed nine people at a market on Tuesday, officials said." +
      std::string(kRest);
  EXPECT_FALSE(PlacesConflict(Facts("WASHINGTON (AP) \u2014 " + lead),
                              Facts("BAGHDAD (AP) \u2014 " + lead)));
}

TEST(PlaceFacts, OnePlaceUnderTwoNamesDoesNotConflict) {
  EXPECT_FALSE(
      PlacesConflict(Facts(Fire("", "the U.S.", "three")), Facts(Fire("", "America", "three"))));
}

TEST(PlaceFacts, ANameBothWriteBindsThem) {
  const std::string chief = " Fire chief Marc Duval said the roof had collapsed.";
  EXPECT_FALSE(PlacesConflict(Facts(Fire("", "Lyon", "three") + chief),
                              Facts(Fire("", "Villeurbanne", "three") + chief)));
}

// Places that differ in reports told in other words are not read: one
// event is often placed at two scales ("in Los Angeles" / "in Malibu").
TEST(PlaceFacts, ReportsNotOfOneTemplateDoNotConflict) {
  EXPECT_FALSE(PlacesConflict(
      Facts("The singer checked into a rehab clinic in Malibu on Friday, her agent said."),
      Facts("Police in Los Angeles said a pop star had entered treatment for addiction.")));
}

TEST(PlaceFacts, AStoryWhoseWordsAreNoLongerAllKnownIsNeverRefused) {
  PlaceFacts story = Facts(Fire("", "Lyon", "three"));
  PlaceFacts big;
  big.words.resize(kMaxStoryWords + 1);
  for (size_t i = 0; i < big.words.size(); ++i) big.words[i] = i + 1;
  AddPlaceFacts(story, big);
  EXPECT_TRUE(story.saturated);
  EXPECT_FALSE(PlacesConflict(Facts(Fire("", "Hamburg", "two")), story));
}

}  // namespace
}  // namespace concord::group
