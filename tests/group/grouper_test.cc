// The Grouper on short articles written for these tests: stories, the time
// window, near-duplicates and bad input.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "concord/group.h"

namespace concord::group {
namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kStart = 1714521600;  // 2024-05-01

StreamArticle Make(const std::string& id, const std::string& title, const std::string& text,
                   std::optional<int64_t> time = std::nullopt, const std::string& outlet = "") {
  StreamArticle a;
  a.article.id = id;
  a.article.title = title;
  a.article.text = text;
  a.time = time;
  a.outlet = outlet;
  return a;
}

const char* const kBridge1 =
    "The Harbor Bridge in Port Alder was closed on Monday after inspectors found cracks in two "
    "steel cables. Mayor Lena Ortiz said ferries would carry commuters across the bay while "
    "engineers study the damage to the suspension span.";
const char* const kBridge2 =
    "Engineers inspecting the Harbor Bridge found cracked cables, and Port Alder shut the "
    "suspension bridge to traffic. Lena Ortiz, the mayor, promised extra ferries for commuters "
    "crossing the bay until the cables are repaired.";
const char* const kBridge3 =
    "Commuters in Port Alder crowded onto ferries on Tuesday, a day after the Harbor Bridge was "
    "closed because of cracks found in its cables. Mayor Ortiz said repairs to the bridge could "
    "take weeks.";
const char* const kVaccine1 =
    "Health officials in Norvale began a measles vaccination drive in schools on Monday after "
    "fourteen children fell ill. Dr. Amir Haddad of the Norvale health department urged parents "
    "to check their children's vaccination records.";
const char* const kVaccine2 =
    "Fourteen cases of measles among schoolchildren prompted Norvale to open free vaccination "
    "clinics, said Amir Haddad, who leads the health department. Parents were asked to bring "
    "vaccination records to the clinics.";

TEST(Grouper, PutsArticlesOfOneStoryTogetherAndKeepsStoriesApart) {
  const std::vector<StreamArticle> stream = {
      Make("b1", "Harbor Bridge closed after cables crack", kBridge1, kStart, "Gazette"),
      Make("v1", "Measles vaccination drive in Norvale schools", kVaccine1, kStart + 60, "Post"),
      Make("b2", "Port Alder shuts Harbor Bridge", kBridge2, kStart + 120, "Herald"),
      Make("v2", "Norvale opens measles clinics", kVaccine2, kStart + 180, "Gazette"),
      Make("b3", "Ferries crowded after bridge closure", kBridge3, kStart + 240, "Gazette"),
  };
  const Grouping g = GroupStream(stream);
  ASSERT_EQ(g.stories.size(), 2u);
  EXPECT_EQ(g.stories[0].articles, (std::vector<size_t>{0, 2, 4}));
  EXPECT_EQ(g.stories[1].articles, (std::vector<size_t>{1, 3}));
  EXPECT_EQ(g.stories[0].id, "story-1");
  EXPECT_EQ(g.stories[0].title, "Harbor Bridge closed after cables crack");
  EXPECT_EQ(g.stories[0].sources, (std::vector<std::string>{"Gazette", "Herald"}));
  EXPECT_EQ(g.stories[0].first, kStart);
  EXPECT_EQ(g.stories[0].last, kStart + 240);
  EXPECT_EQ(g.story_of, (std::vector<size_t>{0, 1, 0, 1, 0}));
  EXPECT_TRUE(g.stories[0].duplicates.empty());
}

// A story whose first article has no headline is titled by its lead
// sentence until an article with a headline joins; later headlines do not
// replace the first.
TEST(Grouper, TheFirstHeadlineReplacesALeadSentenceTitle) {
  const std::vector<StreamArticle> stream = {
      Make("b1", "", kBridge1, kStart, "Gazette"),
      Make("b2", "Port Alder shuts Harbor Bridge", kBridge2, kStart + 60, "Herald"),
      Make("b3", "Ferries crowded after bridge closure", kBridge3, kStart + 120, "Post"),
  };
  const Grouping first = GroupStream({stream[0]});
  ASSERT_EQ(first.stories.size(), 1u);
  EXPECT_EQ(first.stories[0].title.rfind("The Harbor Bridge in Port Alder was closed", 0), 0u)
      << first.stories[0].title;
  const Grouping g = GroupStream(stream);
  ASSERT_EQ(g.stories.size(), 1u);
  EXPECT_EQ(g.stories[0].title, "Port Alder shuts Harbor Bridge");
}

TEST(Grouper, IsDeterministic) {
  std::vector<StreamArticle> stream;
  for (int i = 0; i < 6; ++i) {
    stream.push_back(Make("b" + std::to_string(i), "", i % 2 ? kBridge1 : kVaccine2));
  }
  const Grouping a = GroupStream(stream);
  const Grouping b = GroupStream(stream);
  EXPECT_EQ(a.story_of, b.story_of);
  EXPECT_EQ(a.stories.size(), 2u);
}

TEST(Grouper, ClosesStoriesOutsideTheWindow) {
  GroupOptions options;
  options.window_seconds = 2 * kDay;
  const std::vector<StreamArticle> stream = {
      Make("b1", "", kBridge1, kStart),
      Make("b2", "", kBridge2, kStart + kDay),      // within two days: joins
      Make("b3", "", kBridge3, kStart + 4 * kDay),  // three days after b2: new story
  };
  const Grouping g = GroupStream(stream, options);
  ASSERT_EQ(g.stories.size(), 2u);
  EXPECT_EQ(g.story_of, (std::vector<size_t>{0, 0, 1}));
}

TEST(Grouper, MarksCopiesAsDuplicatesOfTheFirst) {
  const std::string boilerplate = std::string("Advertisement\n\n") + kBridge1 +
                                  "\n\nFollow the Gazette on social media for more news.";
  const std::vector<StreamArticle> stream = {
      Make("orig", "", kBridge1), Make("other", "", kBridge2), Make("copy", "", kBridge1),
      Make("boiler", "", boilerplate)};
  const Grouping g = GroupStream(stream);
  ASSERT_EQ(g.stories.size(), 1u);
  const std::vector<std::pair<size_t, size_t>> expected = {{2, 0}, {3, 0}};
  EXPECT_EQ(g.stories[0].duplicates, expected);
}

TEST(Grouper, AddReportsTheArticleACopyCopies) {
  Grouper grouper;
  std::optional<size_t> copy_of = 7;
  grouper.Add(Make("orig", "", kBridge1), &copy_of);
  EXPECT_FALSE(copy_of.has_value());
  grouper.Add(Make("other", "", kBridge2), &copy_of);
  EXPECT_FALSE(copy_of.has_value());
  grouper.Add(Make("copy", "", kBridge1), &copy_of);
  EXPECT_EQ(copy_of, std::optional<size_t>(0));
}

TEST(Grouper, ARemovedArticleIsNoLongerCopiedNorJoined) {
  GroupOptions options;
  options.removable = true;
  Grouper grouper(options);
  std::optional<size_t> copy_of;
  const size_t bridge = grouper.Add(Make("orig", "", kBridge1), &copy_of);
  EXPECT_EQ(grouper.Add(Make("copy", "", kBridge1), &copy_of), bridge);
  EXPECT_EQ(copy_of, std::optional<size_t>(0));
  grouper.Remove(0);
  grouper.Remove(0);   // twice: ignored
  grouper.Remove(99);  // unknown: ignored
  // A third copy now names the earliest remaining copy, not the removed one.
  grouper.Add(Make("copy2", "", kBridge1), &copy_of);
  EXPECT_EQ(copy_of, std::optional<size_t>(1));
  // The whole story removed: a related article starts a new story.
  grouper.Remove(1);
  grouper.Remove(2);
  const size_t later = grouper.Add(Make("later", "", kBridge2), &copy_of);
  EXPECT_NE(later, bridge);
  EXPECT_FALSE(copy_of.has_value());
  const Grouping g = grouper.Finish();
  EXPECT_TRUE(g.stories[bridge].articles.empty());
  EXPECT_EQ(g.stories[later].articles, (std::vector<size_t>{3}));
}

TEST(Grouper, WithoutRemovalsRemovableGroupsTheSame) {
  GroupOptions options;
  options.removable = true;
  const std::vector<StreamArticle> stream = {Make("b1", "", kBridge1), Make("v1", "", kVaccine1),
                                             Make("b2", "", kBridge2), Make("v2", "", kVaccine2),
                                             Make("b3", "", kBridge3)};
  EXPECT_EQ(GroupStream(stream, options).story_of, GroupStream(stream).story_of);
}

TEST(Grouper, FindsNoDuplicatesWhenAskedNotTo) {
  GroupOptions options;
  options.find_duplicates = false;
  const Grouping g = GroupStream({Make("a", "", kBridge1), Make("b", "", kBridge1)}, options);
  ASSERT_EQ(g.stories.size(), 1u);
  EXPECT_TRUE(g.stories[0].duplicates.empty());
}

TEST(Grouper, AnArticleWithoutTextIsAStoryOfItsOwn) {
  const Grouping g =
      GroupStream({Make("a", "", kBridge1), Make("empty", "", "  \n"), Make("b", "", kBridge2)});
  ASSERT_EQ(g.stories.size(), 2u);
  EXPECT_EQ(g.story_of, (std::vector<size_t>{0, 1, 0}));
  EXPECT_EQ(g.without_text, 1u);
}

TEST(Grouper, AnArticleWithOnlyATitleIsGroupedByIt) {
  const Grouping g = GroupStream(
      {Make("a", "Harbor Bridge closed", kBridge1),
       Make("t", "Harbor Bridge in Port Alder closed: cracks in cables, ferries for commuters",
            "")});
  EXPECT_EQ(g.without_text, 0u);
  EXPECT_EQ(g.story_of, (std::vector<size_t>{0, 0}));
}

TEST(Grouper, CountsArticlesOlderThanTheClockAndStillGroupsThem) {
  const Grouping g =
      GroupStream({Make("b1", "", kBridge1, kStart + kDay), Make("b2", "", kBridge2, kStart),
                   Make("v1", "", kVaccine1, kStart + kDay)});
  EXPECT_EQ(g.out_of_order, 1u);
  EXPECT_EQ(g.story_of, (std::vector<size_t>{0, 0, 1}));
  // The true times are reported, not the clock.
  EXPECT_EQ(g.stories[0].first, kStart);
}

// The sanitized build checks the same caps on 20,000 copies: 100,000 take
// a minute under AddressSanitizer, and the Release build runs them all.
TEST(Grouper, AHundredThousandIdenticalArticlesAreOneStoryOfCopies) {
  Grouper grouper;
#if defined(CONCORD_SANITIZED)
  const size_t n = 20000;
#else
  const size_t n = 100000;
#endif
  for (size_t i = 0; i < n; ++i) {
    grouper.Add(Make(std::to_string(i), "", "Cables cracked on the Harbor Bridge in Port Alder."));
  }
  const Grouping g = grouper.Finish();
  ASSERT_EQ(g.stories.size(), 1u);
  EXPECT_EQ(g.stories[0].articles.size(), n);
  ASSERT_EQ(g.stories[0].duplicates.size(), n - 1);
  for (const auto& [copy, original] : g.stories[0].duplicates) ASSERT_EQ(original, 0u);
}

std::vector<std::string> Ids(const std::vector<Story>& stories) {
  std::vector<std::string> ids;
  for (const Story& s : stories) ids.push_back(s.id);
  return ids;
}

// The 250,000-article scale run aborted (std::out_of_range): opening a
// second story erased the age entry of the first, which was then closed by
// a lookup of that entry.
TEST(Grouper, Issue11TheFirstStoryClosesAfterAnotherOpened) {
  GroupOptions options;
  options.window_seconds = kDay;
  Grouper grouper(options);
  grouper.Add(Make("b1", "Harbor Bridge closed after cables crack", kBridge1, kStart));
  grouper.Add(Make("v1", "Measles vaccination drive in Norvale schools", kVaccine1, kStart + 60));
  grouper.Add(Make("b3", "Ferries crowded after bridge closure", kBridge3, kStart + 5 * kDay));
  EXPECT_EQ(Ids(grouper.TakeFinished()), (std::vector<std::string>{"story-1", "story-2"}));
  EXPECT_EQ(grouper.Finish().story_of, (std::vector<size_t>{0, 1, 2}));
}

TEST(Grouper, TakeFinishedReleasesStoriesOnceTheirWindowHasPassed) {
  GroupOptions options;
  options.window_seconds = kDay;
  const std::vector<StreamArticle> stream = {
      Make("b1", "Harbor Bridge closed after cables crack", kBridge1, kStart),
      Make("v1", "Measles vaccination drive in Norvale schools", kVaccine1, kStart + 60),
      Make("b2", "Port Alder shuts Harbor Bridge", kBridge2, kStart + 120),
      Make("v2", "Norvale opens measles clinics", kVaccine2, kStart + 5 * kDay),
  };
  Grouper grouper(options);
  std::vector<Story> taken;
  for (size_t i = 0; i < 3; ++i) grouper.Add(stream[i]);
  EXPECT_TRUE(grouper.TakeFinished().empty());  // both stories are open
  grouper.Add(stream[3]);                       // five days later: both closed
  taken = grouper.TakeFinished();
  EXPECT_EQ(Ids(taken), (std::vector<std::string>{"story-1", "story-2"}));
  std::vector<Story> rest = grouper.TakeFinished(/*all=*/true);
  EXPECT_EQ(Ids(rest), (std::vector<std::string>{"story-3"}));
  taken.insert(taken.end(), rest.begin(), rest.end());
  const Grouping batch = GroupStream(stream, options);
  ASSERT_EQ(taken.size(), batch.stories.size());
  for (size_t i = 0; i < taken.size(); ++i) {
    EXPECT_EQ(taken[i].articles, batch.stories[i].articles) << i;
  }
  EXPECT_TRUE(grouper.Finish().stories.empty());
}

TEST(Grouper, TakeFinishedKeepsOrderOfFirstAppearanceBehindAnOpenStory) {
  GroupOptions options;
  options.window_seconds = kDay;
  Grouper grouper(options);
  grouper.Add(Make("b1", "Harbor Bridge closed after cables crack", kBridge1, kStart));
  grouper.Add(Make("v1", "Measles vaccination drive in Norvale schools", kVaccine1, kStart + 60));
  grouper.Add(Make("b2", "Port Alder shuts Harbor Bridge", kBridge2, kStart + 20 * 3600));
  // 30 hours in: the measles story is closed, the bridge story (20 hours) is
  // not, and the measles story waits behind it.
  grouper.Add(Make("b3", "Ferries crowded after bridge closure", kBridge3, kStart + 30 * 3600));
  EXPECT_TRUE(grouper.TakeFinished().empty());
  EXPECT_EQ(Ids(grouper.TakeFinished(/*all=*/true)),
            (std::vector<std::string>{"story-1", "story-2"}));
}

TEST(Grouper, AnEmptyStreamHasNoStory) {
  Grouper grouper;
  const Grouping g = grouper.Finish();
  EXPECT_TRUE(g.stories.empty());
  EXPECT_TRUE(g.story_of.empty());
}

TEST(Grouper, ValidateRejectsBadOptions) {
  GroupOptions options;
  EXPECT_TRUE(Grouper::Validate(options).ok());
  options.join_threshold = 1.5;
  EXPECT_FALSE(Grouper::Validate(options).ok());
  options = {};
  options.window_seconds = 0;
  EXPECT_FALSE(Grouper::Validate(options).ok());
  options = {};
  options.candidates = 0;
  EXPECT_FALSE(Grouper::Validate(options).ok());
  options = {};
  options.merge_threshold = -0.1;
  EXPECT_FALSE(Grouper::Validate(options).ok());
}

// Two bridge stories opened apart (a high join threshold) meet once the
// second one grows: the merge stage puts them together in the older one.
std::vector<StreamArticle> SplitBridgeStream() {
  return {Make("b1", "", kBridge1), Make("v1", "", kVaccine1), Make("b3", "", kBridge3),
          Make("b3-again", "", std::string(kBridge3) + " Ferries ran every hour."),
          Make("v2", "", kVaccine2)};
}

GroupOptions SplitBridgeOptions(double merge_threshold) {
  GroupOptions options;
  options.join_threshold = 0.8;
  options.find_duplicates = false;
  options.merge_threshold = merge_threshold;
  return options;
}

TEST(Grouper, MergesAStoryThatGrewIntoTheOlderStoryItMeets) {
  const std::vector<StreamArticle> stream = SplitBridgeStream();
  const Grouping apart = GroupStream(stream, SplitBridgeOptions(1.0));
  ASSERT_NE(apart.story_of[0], apart.story_of[2]);  // the join threshold alone keeps them apart
  ASSERT_EQ(apart.story_of[2], apart.story_of[3]);

  const Grouping merged = GroupStream(stream, SplitBridgeOptions(0.1));
  ASSERT_EQ(merged.stories.size(), apart.stories.size() - 1);
  EXPECT_EQ(merged.stories[0].articles, (std::vector<size_t>{0, 2, 3}));
  for (size_t s = 0; s < merged.stories.size(); ++s) {
    EXPECT_EQ(merged.stories[s].id, "story-" + std::to_string(s + 1));  // no gap
    for (const size_t a : merged.stories[s].articles) EXPECT_EQ(merged.story_of[a], s);
  }
}

TEST(Grouper, TakeFinishedWritesNoMergedStoryAndNumbersWithoutGaps) {
  Grouper grouper(SplitBridgeOptions(0.1));
  for (const StreamArticle& a : SplitBridgeStream()) grouper.Add(a);
  const std::vector<Story> taken = grouper.TakeFinished(/*all=*/true);
  const Grouping batch = GroupStream(SplitBridgeStream(), SplitBridgeOptions(0.1));
  ASSERT_EQ(taken.size(), batch.stories.size());
  for (size_t s = 0; s < taken.size(); ++s) {
    EXPECT_EQ(taken[s].id, batch.stories[s].id);
    EXPECT_EQ(taken[s].articles, batch.stories[s].articles);
  }
  EXPECT_EQ(grouper.Finish().story_of, batch.story_of);
}

TEST(Grouper, MergesNothingAboveTheMergeThreshold) {
  const std::vector<StreamArticle> stream = SplitBridgeStream();
  EXPECT_EQ(GroupStream(stream, SplitBridgeOptions(0.99)).story_of,
            GroupStream(stream, SplitBridgeOptions(1.0)).story_of);
}

// Six reports of one event, each in words of its own around the few names
// they share. Alone in a stream, the shared names are in every article, so
// the young idf weighs them least and the heaviest terms of each report are
// its own: the candidate search by heaviest terms found no story, and the
// ten ECB+ reports of one event were split into five stories. With few
// stories open, every open story is scored.
TEST(Grouper, ReportsOfOneEventAloneInAStreamAreOneStory) {
  const char* const reports[] = {
      "Actress Mara Velde entered the Alder Clinic in Malibu on Friday, her agent Tomas Renn "
      "confirmed. Velde, who starred in a hit sitcom, checked in voluntarily. Renn asked for "
      "privacy while Velde receives treatment at the Alder Clinic.",
      "Mara Velde is being treated at the Alder Clinic, a spokesman said. The television star "
      "sought help after a difficult year, according to Tomas Renn, who represents Velde. Friends "
      "described her as determined and hopeful.",
      "Sources close to Mara Velde say the performer admitted herself to the Alder Clinic "
      "overnight. Tomas Renn declined further comment beyond confirming that Velde is at the "
      "Alder Clinic. Fans flooded social media with encouraging messages.",
      "Another celebrity heads to rehab: Mara Velde has joined the Alder Clinic program. Her "
      "publicist Tomas Renn told reporters that Velde wanted a quiet recovery. Paparazzi waited "
      "outside the gates of the Alder Clinic.",
      "Velde checks into treatment. Tomas Renn, representing Mara Velde, said the comedian arrived "
      "at the Alder Clinic with family members. Producers of her upcoming film postponed "
      "shooting while Velde stays at the Alder Clinic.",
      "The Alder Clinic, known for discreet celebrity care, now counts Mara Velde among its "
      "patients. Velde's longtime manager Tomas Renn praised her courage. Tabloids had "
      "speculated about her health for months before Velde went to the Alder Clinic.",
  };
  std::vector<StreamArticle> stream;
  for (size_t i = 0; i < std::size(reports); ++i) {
    stream.push_back(Make("r" + std::to_string(i), "", reports[i], kStart + 60 * i));
  }
  const Grouping g = GroupStream(stream);
  ASSERT_EQ(g.stories.size(), 1u);
  EXPECT_EQ(g.stories[0].articles.size(), std::size(reports));
}

// Issue 11: two warehouse fires on one day, in Lyon and in Hamburg, told in
// one wire template, with a second report of each filed from another
// bureau (Paris, Berlin) in other words. The template's terms differ only
// in the place and the toll, so the four were one story; the place rule
// keeps the two fires apart, in joining (the Hamburg report refused by the
// Lyon story) and in merging (the Lyon story, grown by the Paris report,
// stays apart from the Hamburg one), and each fire's two reports together.
std::vector<StreamArticle> TwoFiresStream() {
  const std::string rest =
      " The blaze broke out in a storage hall shortly after noon and took hours to bring under "
      "control. Police have opened an investigation into the cause of the fire.";
  return {
      Make("lyon-ap", "Warehouse fire kills three in Lyon",
           "LYON, France (AP) \u2014 A fire at a warehouse in Lyon killed three workers on "
           "Tuesday, firefighters said." +
               rest,
           kStart, "AP"),
      Make("hamburg-ap", "Warehouse fire kills two in Hamburg",
           "HAMBURG, Germany (AP) \u2014 A fire at a warehouse in Hamburg killed two workers on "
           "Tuesday, firefighters said." +
               rest,
           kStart + 300, "AP"),
      Make("lyon-paris", "Three workers die in warehouse blaze",
           "PARIS (Reuters) \u2014 Three workers died when a fire swept through a warehouse in "
           "Lyon on Tuesday, the city's firefighters said. The blaze started in a storage hall "
           "around noon and was brought under control in the afternoon. Prosecutors said an "
           "investigation into the cause of the fire had been opened.",
           kStart + 3600, "Wire"),
      Make("hamburg-berlin", "Two dead in warehouse fire",
           "BERLIN \u2014 Two workers died in a fire at a warehouse in Hamburg on Tuesday, "
           "firefighters said. Flames spread through a storage hall from around noon and it took "
           "hours to put out the blaze. Police are investigating the cause of the fire.",
           kStart + 5400, "Post"),
  };
}

TEST(Grouper, Issue11TwoFiresOfOneTemplateInTwoCitiesAreTwoStories) {
  const Grouping g = GroupStream(TwoFiresStream());
  ASSERT_EQ(g.stories.size(), 2u);
  EXPECT_EQ(g.stories[0].articles, (std::vector<size_t>{0, 2}));
  EXPECT_EQ(g.stories[1].articles, (std::vector<size_t>{1, 3}));
  EXPECT_TRUE(g.stories[0].duplicates.empty());  // a template of another event is no copy

  GroupOptions without;
  without.place_rule = false;
  EXPECT_EQ(GroupStream(TwoFiresStream(), without).stories.size(), 1u);  // as before the rule
}

}  // namespace
}  // namespace concord::group
