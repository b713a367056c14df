// Tests of FindNoise (src/clean): one group per rule, each with texts we
// wrote ourselves that plant the noise, and prose that must be kept.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "concord/clean.h"
#include "testing/removals.h"
#include "testing/shared_data.h"

namespace concord::clean {
namespace {

// The removed texts, in order, as "rule: text".
std::vector<std::string> Removed(std::string_view text) {
  std::vector<std::string> out;
  for (const Removal& r : FindNoise(text)) {
    out.push_back(r.rule + ": " + std::string(text.substr(r.start, r.end - r.start)));
  }
  return out;
}

// `text` with the removals applied: inline ones become one space, the
// others a paragraph break; whitespace runs collapse to one space.
std::string Apply(std::string_view text, const std::vector<Removal>& removals) {
  std::string collapsed =
      concord::testing::CollapseSpaces(concord::testing::ApplyRemovals(text, removals));
  while (!collapsed.empty() && collapsed.back() == ' ') collapsed.pop_back();
  return collapsed;
}

std::string Clean(std::string_view text) { return Apply(text, FindNoise(text)); }

// The invariants of the header: sorted, non-overlapping, non-empty, in
// bounds, on UTF-8 character boundaries.
void ExpectWellFormed(std::string_view text, const std::vector<Removal>& removals) {
  size_t last_end = 0;
  for (const Removal& r : removals) {
    ASSERT_LT(r.start, r.end);
    ASSERT_LE(r.end, text.size());
    ASSERT_GE(r.start, last_end);
    last_end = r.end;
    auto boundary = [&](size_t pos) {
      return pos == text.size() ||
             (static_cast<unsigned char>(text[pos]) & 0xC0) != 0x80;
    };
    EXPECT_TRUE(boundary(r.start)) << r.start;
    EXPECT_TRUE(boundary(r.end)) << r.end;
    EXPECT_FALSE(r.rule.empty());
  }
}

// ---- hovercard -------------------------------------------------------------

TEST(Hovercard, RemovesGluedFullNameAndHeadlinesThroughMore) {
  const std::string text =
      "Senator Maria LopezMaria Elena LopezBudget talks stall: What comes next "
      "| Harbor bill clears committee MORE said on Friday that the plan works.";
  const std::vector<Removal> removals = FindNoise(text);
  ASSERT_EQ(removals.size(), 1u);
  EXPECT_EQ(removals[0].rule, "hovercard");
  EXPECT_TRUE(removals[0].inline_span);
  EXPECT_EQ(Apply(text, removals),
            "Senator Maria Lopez said on Friday that the plan works.");
}

TEST(Hovercard, HandlesNonAsciiNames) {
  const std::string text =
      "Minister José ÁlvarezJosé Luis ÁlvarezPort strike ends MORE warned "
      "that costs would rise.";
  EXPECT_EQ(Clean(text), "Minister José Álvarez warned that costs would rise.");
}

TEST(Hovercard, KeepsCamelCaseNamesAndCapitalMore) {
  const std::string text =
      "Governor Ron DeSantis met McDonald executives. The iPhone app costs "
      "MORE than before, and DeSantis said MORE could follow.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- related-links ---------------------------------------------------------

TEST(RelatedLinks, RemovesTrailingHeadlineRun) {
  const std::string text =
      "The council met on Tuesday.\n"
      "It approved the budget, officials said.\n"
      "Ferry fares to rise in the autumn\n"
      "Council weighs new pier lights\n";
  EXPECT_EQ(Removed(text),
            (std::vector<std::string>{
                "related-links: Ferry fares to rise in the autumn\n"
                "Council weighs new pier lights"}));
}

TEST(RelatedLinks, KeepsSingleUnpunctuatedLastLine) {
  const std::string text =
      "The council met on Tuesday.\n\nMore details will follow\n";
  EXPECT_TRUE(FindNoise(text).empty());
}

TEST(RelatedLinks, KeepsTitleAndSubtitleAtTheTop) {
  const std::string text =
      "Council approves ferry plan\n\nEvening sailings begin in June\n\n"
      "The council met on Tuesday and approved the plan.";
  EXPECT_TRUE(FindNoise(text).empty());
}

TEST(RelatedLinks, RemovesLabelledLinksAndListsAfterHeaders) {
  const std::string text =
      "The council met on Tuesday.\n\n"
      "RELATED: Harbor bill clears committee\n\n"
      "READ MORE: Ferry fares to rise\n\n"
      "[Council weighs new pier lights]\n\n"
      "ALSO:\n\nBeach cleanup draws hundreds of volunteers\n\n"
      "Storm closes the north pier for a week\n\n"
      "The vote was 7 to 2, the clerk said.";
  const std::vector<Removal> removals = FindNoise(text);
  ASSERT_EQ(removals.size(), 1u);  // consecutive lines of one rule merge
  EXPECT_EQ(removals[0].rule, "related-links");
  EXPECT_EQ(Clean(text), "The council met on Tuesday. The vote was 7 to 2, the clerk said.");
}

TEST(RelatedLinks, KeepsProseThatMentionsRelatedThings) {
  const std::string text =
      "Related charges were filed against two others.\n\n"
      "Read more about the plan in the city's report, the mayor said.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- archive-banner --------------------------------------------------------

TEST(ArchiveBanner, RemovesCrawlBoilerplateAndItsMetadata) {
  const std::string text =
      "Starting in 1996, Alexa Internet has been donating their crawl data to "
      "the Internet Archive. Flowing in every day, these data are added to "
      "the Wayback Machine after an embargo period.\n\n"
      "Focused crawls are collections of frequently-updated webcrawl data "
      "from narrow (as opposed to broad or wide) web crawls, often focused "
      "on a single domain or subdomain.\n\n"
      "The seed for Wide00099 was:\n\n"
      "- Slash pages from every domain on the web:\n\n"
      "-- up to a maximum of 100 most highly ranked URLs per domain\n\n"
      "The harbor council met on Tuesday.";
  const std::vector<Removal> removals = FindNoise(text);
  ASSERT_EQ(removals.size(), 1u);
  EXPECT_EQ(removals[0].rule, "archive-banner");
  EXPECT_EQ(Clean(text), "The harbor council met on Tuesday.");
}

TEST(ArchiveBanner, KeepsNewsAboutCrawlingAndArchives) {
  const std::string text =
      "Traffic began to crawl along the highway as snow fell.\n\n"
      "The Internet Archive's crawlers have saved billions of pages, its "
      "founder said on Monday.\n\n"
      "The city archive holds a collection of old maps.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- social-embed ----------------------------------------------------------

TEST(SocialEmbed, RemovesTweetLocationHelpAndEmbedBox) {
  const std::string text =
      "The mayor spoke on Tuesday.\n\nTweet with a location\n\n"
      "You can add location information to your Tweets, such as your city or "
      "precise location, from the web and via third-party applications. "
      "Learn more\n\nAdd this Tweet to your website by copying the code below.";
  EXPECT_EQ(Clean(text), "The mayor spoke on Tuesday.");
}

TEST(SocialEmbed, RemovesTweetBylineAndPicLinkButKeepsTheTweet) {
  const std::string text =
      "The ferry is finally running late! pic.twitter.com/AbC123xyz \xE2\x80\x94 "
      "Lena Ortiz (@lena_ortiz) June 5, 2014\n\n"
      "Great night for the harbor. - Sam Reed (@samreed) Jun 6, 2014";
  EXPECT_EQ(Clean(text),
            "The ferry is finally running late! Great night for the harbor.");
  for (const Removal& r : FindNoise(text)) EXPECT_EQ(r.rule, "social-embed");
}

TEST(SocialEmbed, RemovesInstagramPostByline) {
  const std::string text =
      "Sunset over the pier A post shared by Lena Ortiz (@lenaortiz) on "
      "Jun 20, 2017 at 10:33am PDT";
  EXPECT_EQ(Clean(text), "Sunset over the pier");
}

TEST(SocialEmbed, KeepsHandlesInProse) {
  const std::string text =
      "Ortiz (@lenaortiz) wrote that the ferry was late, and a spokesman "
      "for Twitter said location data was optional.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- advertisement ---------------------------------------------------------

TEST(Advertisement, RemovesMarkerLines) {
  const std::string text =
      "First paragraph.\n\nAdvertisement\n\nSecond paragraph.\n\n"
      "ADVERTISEMENT\n\nStory continues below advertisement\n\n"
      "Advertisement Continue reading the main story\n\nThird paragraph.";
  EXPECT_EQ(Clean(text), "First paragraph. Second paragraph. Third paragraph.");
}

TEST(Advertisement, KeepsProseAboutAdvertisements) {
  const std::string text =
      "The advertisement ran during the final, the company said.\n\n"
      "Advertisement spending fell by 4 percent.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- share-subscribe -------------------------------------------------------

TEST(ShareSubscribe, RemovesButtonsAndCallsToAction) {
  const std::string text =
      "The council met.\n\nShare this:\n\nClick to share on Twitter (Opens in "
      "new window)\n\nEmail this\n\nPrint\n\nFollow us on Facebook\n\n"
      "Like us on Facebook\n\nFollow Jane Marlow on Twitter: @janemarlow\n\n"
      "Sign up for our newsletter and get the top stories delivered to your "
      "inbox.\n\nSubscribe to The Harbor Gazette";
  EXPECT_EQ(Clean(text), "The council met.");
  const std::vector<Removal> removals = FindNoise(text);
  ASSERT_EQ(removals.size(), 1u);  // consecutive lines of one rule merge
  EXPECT_EQ(removals[0].rule, "share-subscribe");
}

TEST(ShareSubscribe, KeepsProseAboutNewslettersAndFollowing) {
  const std::string text =
      "Follow the money, the prosecutor told the jury.\n\n"
      "The newsletter, she said, reached every inbox in town.\n\n"
      "Print editions will end in May.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- copyright -------------------------------------------------------------

TEST(Copyright, RemovesNotices) {
  const std::string text =
      "Text.\n\nCopyright 2014 The Associated Press. All rights reserved. This "
      "material may not be published, broadcast, rewritten or "
      "redistributed.\n\nMore text.\n\n\xC2\xA9 2016 Harbor Media\n\n"
      "(c) 2016 Harbor Media\n\nEnd.";
  EXPECT_EQ(Clean(text), "Text. More text. End.");
  for (const Removal& r : FindNoise(text)) EXPECT_EQ(r.rule, "copyright");
}

TEST(Copyright, KeepsProseAboutCopyright) {
  const std::string text =
      "Copyright law protects the songs, the judge said.\n\n"
      "Copyright holders sued in 2014 over the songs.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- photo-credit ----------------------------------------------------------

TEST(PhotoCredit, RemovesCreditLinesAndCaptions) {
  const std::string text =
      "Text.\n\n(Photo: Getty Images)\n\nPhoto by Jane Marlow\n\n"
      "Image copyright Getty Images Image caption The ferry at dawn\n\n"
      "Jane Marlow/Getty Images\n\n"
      "FILE - In this May 1, 2014, file photo, the ferry leaves the pier.\n\n"
      "The ferry leaves the pier on Tuesday, May 1, 2014. The council "
      "voted... (Associated Press)\n\nEnd.";
  EXPECT_EQ(Clean(text), "Text. End.");
  for (const Removal& r : FindNoise(text)) EXPECT_EQ(r.rule, "photo-credit");
}

TEST(PhotoCredit, RemovesCreditsGluedToText) {
  EXPECT_EQ(Clean("The ferry leaves the pier. (AP Photo/Evan Marlow) The "
                  "council voted on Tuesday."),
            "The ferry leaves the pier. The council voted on Tuesday.");
  EXPECT_EQ(Clean("The ferry leaves the pier in May. REUTERS/Jane Marlow"),
            "The ferry leaves the pier in May.");
  EXPECT_EQ(Clean("The mayor speaks on May 8. | Getty"),
            "The mayor speaks on May 8.");
  EXPECT_EQ(Clean("The mayor, right, speaks. (Jane Marlow/The Harbor Gazette)"),
            "The mayor, right, speaks.");
}

TEST(PhotoCredit, KeepsProseAboutPhotos) {
  const std::string text =
      "In this town, photo booths are popular, the owner said.\n\n"
      "The photographer (a local man) took the picture.\n\n"
      "He lives in Austin/Dallas.";
  EXPECT_TRUE(FindNoise(text).empty());
}

// ---- byline and page-chrome ------------------------------------------------

TEST(Byline, RemovesBylinesAndDatelines) {
  const std::string text =
      "By Jane Marlow, Harbor Gazette\n\nPublished on May 3, 2015\n\n"
      "Updated at 9:23 a.m.\n\nBy late afternoon the ferry had left.";
  EXPECT_EQ(Clean(text), "By late afternoon the ferry had left.");
}

TEST(Byline, RemovesWireCredits) {
  const std::string text =
      "The ferry left at noon.\n\n(Reporting by Jane Marlow; Editing by Tom Reed)\n\n"
      "Additional reporting by Ana Ruiz in Lisbon\n\nThe bridge reopened.";
  EXPECT_EQ(Clean(text), "The ferry left at noon. The bridge reopened.");
}

TEST(Byline, KeepsProseThatOpensWithReportingBy) {
  const std::string text =
      "Reporting by the Harbor Gazette last spring found that the girders had not been "
      "inspected in four years, and the council ordered a review.";
  EXPECT_EQ(Clean(text), text);
}

TEST(PageChrome, RemovesWidgetsAndSeparators) {
  const std::string text =
      "Text.\n\n___\n\nText Size -\n\n+\n\nreset\n\n"
      "Please enable Javascript to watch this video\n\n"
      "This article was originally published on The Harbor Gazette.\n\nEnd.";
  EXPECT_EQ(Clean(text), "Text. End.");
}

// ---- edges -------------------------------------------------------------

TEST(FindNoise, EmptyAndBlankTextGiveNothing) {
  EXPECT_TRUE(FindNoise("").empty());
  EXPECT_TRUE(FindNoise("\n\n  \n").empty());
}

TEST(FindNoise, DisabledGivesNothing) {
  CleanOptions options;
  options.enabled = false;
  EXPECT_TRUE(FindNoise("Advertisement\n\nShare this:", options).empty());
}

TEST(FindNoise, TextThatIsAllNoiseIsRemovedWhole) {
  const std::string text =
      "Advertisement\n\nShare this:\n\nCopyright 2015 Harbor Media\n\n"
      "Tweet with a location";
  const std::vector<Removal> removals = FindNoise(text);
  ExpectWellFormed(text, removals);
  EXPECT_EQ(Clean(text), "");
}

TEST(FindNoise, PlantedFixtureKeepsEveryArticleSentence) {
  std::string text;
  ASSERT_TRUE(concord::testing::ReadFile(
      concord::testing::TestDataPath("clean/planted_article.txt"), &text));
  const std::vector<Removal> removals = FindNoise(text);
  ExpectWellFormed(text, removals);
  EXPECT_EQ(Clean(text),
            "Harbor council approves new ferry schedule "
            "The Harbor Gazette council voted on Tuesday to add three evening "
            "ferries, Mayor Ruth Okafor said after the meeting. "
            "Commuters had asked for later sailings for two years, and the "
            "vote was 7 to 2. \"We listened,\" Okafor said. \"People work late "
            "now.\" Thanks to the council for listening!");
}

TEST(FindNoise, SpansAreWellFormedOnArbitraryBytes) {
  // A deterministic mix of noise fragments, multi-byte characters, invalid
  // bytes and NULs.
  const std::vector<std::string> pieces = {
      "Advertisement", "\n", "\n\n", " MORE ", "KerryJohn Kerry", "(@a) June 5, 2014",
      "\xE2\x80\x94 ", "pic.twitter.com/x", "(AP Photo/A B)", ". REUTERS/A B",
      "\xC3\xA9", "\xFF", std::string(1, '\0'), "crawl Internet Archive seed",
      "A post shared by ", "Related: ", "[a b c]", "\xE2\x80", "x"};
  uint32_t state = 12345;
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int count = 1 + round % 40;
    for (int i = 0; i < count; ++i) {
      state = state * 1103515245u + 12345u;
      text += pieces[(state >> 16) % pieces.size()];
    }
    const std::vector<Removal> removals = FindNoise(text);
    size_t last_end = 0;
    for (const Removal& r : removals) {
      ASSERT_LT(r.start, r.end) << round;
      ASSERT_LE(r.end, text.size()) << round;
      ASSERT_GE(r.start, last_end) << round;
      last_end = r.end;
    }
  }
}

TEST(FindNoise, HugeInputIsHandled) {
  std::string paragraph =
      "The council met on Tuesday and approved the ferry plan, officials said. "
      "Ferry fares will rise in the autumn, the clerk added.\n\n"
      "Advertisement\n\n";
  std::string text;
  while (text.size() < (5u << 20)) text += paragraph;
  const std::vector<Removal> removals = FindNoise(text);
  ExpectWellFormed(text, removals);
  EXPECT_EQ(removals.size(), text.size() / paragraph.size() +
                                 (text.size() % paragraph.size() ? 1 : 0));
  // One very long line (no breaks) with many " MORE " and glued names.
  std::string line;
  while (line.size() < (5u << 20)) line += "Ann KerryJohn Doe MORE x ";
  ExpectWellFormed(line, FindNoise(line));
}

}  // namespace
}  // namespace concord::clean
