// ExtractPage: the article's block, its text layout, and its metadata.
#include "concord/extract.h"

#include <gtest/gtest.h>

#include <string>

namespace concord::extract {
namespace {

// A news page written for this test: chrome around an article of three
// paragraphs, a heading, a list and a quotation.
const char kPage[] = R"(<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Harbor bridge reopens after repairs | Harbor Gazette</title>
<meta property="og:site_name" content="Harbor Gazette">
<meta property="og:title" content="Harbor bridge reopens after repairs">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Gazette Site"},
 {"@type":"NewsArticle","headline":"Harbor bridge reopens after repairs",
  "author":[{"@type":"Person","name":"Ada Varga"},{"@type":"Person","name":"Tom Reed"}],
  "datePublished":"2024-03-05T09:30:00+01:00"}]}</script>
<style>p { color: red }</style></head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/news">News</a></header>
<nav><ul><li><a href="/a">Sports</a></li><li><a href="/b">Weather</a></li></ul></nav>
<div id="cookie-banner">We use cookies to improve your visit. Accept all cookies now.</div>
<main><article>
<h1>Harbor bridge reopens after repairs</h1>
<p class="byline">By Ada Varga</p>
<div class="article-body">
<p>The harbor bridge reopened to traffic on Tuesday morning after six weeks of repairs,
the city council said, ending long detours for commuters &amp; freight.</p>
<p>Engineers replaced two expansion joints and resurfaced the deck, and the work
finished four days ahead of schedule, according to the council's transport office.</p>
<h2>What changed</h2>
<ul><li>Two new expansion joints on the northern span</li><li>A resurfaced deck</li></ul>
<blockquote>We are glad to give the bridge back to the city early.</blockquote>
<p>Ferries that ran extra crossings during the closure return to their normal
timetable next week, the operator said in a statement on its website.</p>
</div>
<div class="share-tools"><a href="#">Share on social media</a> <a href="#">Email this</a></div>
</article></main>
<aside class="related"><h3>Related stories</h3><p><a href="/x">Council approves new budget for the harbor district</a></p></aside>
<section class="comments"><p>Great news, the detour was terrible and took me forty minutes every single day.</p></section>
<footer>Copyright Harbor Gazette. All rights reserved. Contact us. Privacy policy.</footer>
</body></html>)";

TEST(ExtractPage, KeepsTheArticleAndDropsTheChrome) {
  const Page page = ExtractPage(kPage, "https://www.harbor-gazette.example/news/bridge");
  EXPECT_NE(page.text.find("The harbor bridge reopened to traffic"), std::string::npos);
  EXPECT_NE(page.text.find("commuters & freight"), std::string::npos);  // entity decoded
  EXPECT_NE(page.text.find("Ferries that ran extra crossings"), std::string::npos);
  for (const char* chrome : {"Home", "Sports", "cookies", "Share on", "Related stories", "budget",
                             "detour was terrible", "Copyright", "color: red", "By Ada Varga"}) {
    EXPECT_EQ(page.text.find(chrome), std::string::npos) << chrome << " in:\n" << page.text;
  }
  EXPECT_TRUE(page.warnings.empty());
}

TEST(ExtractPage, BlocksGetLinesOfTheirOwn) {
  const Page page = ExtractPage(kPage);
  // Paragraphs are separated by a blank line; a heading, list items and a
  // quotation each have a line of their own; a paragraph's own line breaks
  // in the source are spaces.
  EXPECT_EQ(page.text.find("repairs,\nthe"), std::string::npos);
  EXPECT_NE(page.text.find("of repairs, the city council said"), std::string::npos);
  EXPECT_NE(page.text.find("schedule, according to the council's transport office.\n\nWhat "
                           "changed\n\nTwo new expansion joints on the northern span\nA "
                           "resurfaced deck\n\nWe are glad to give the bridge back to the city "
                           "early.\n\nFerries"),
            std::string::npos)
      << page.text;
  EXPECT_EQ(page.text.find("Harbor bridge reopens"), std::string::npos);  // the title is not body
}

TEST(ExtractPage, ReadsMetadataFromJsonLdFirst) {
  const Page page = ExtractPage(kPage, "https://www.harbor-gazette.example/news/bridge");
  EXPECT_EQ(page.title, "Harbor bridge reopens after repairs");
  EXPECT_EQ(page.author, "Ada Varga and Tom Reed");
  EXPECT_EQ(page.published, "2024-03-05T09:30:00+01:00");
  EXPECT_EQ(page.site, "Harbor Gazette");  // og:site_name before the WebSite name
  EXPECT_EQ(page.language, "en-gb");
  EXPECT_EQ(page.url, "https://www.harbor-gazette.example/news/bridge");
}

TEST(ExtractPage, FallsBackToMetaTagsTimeAndBylines) {
  const std::string page_html =
      "<html><head><title>Storm closes schools - The Valley Courier</title>"
      "<meta name=\"author\" content=\"By Lena Ortiz\"></head><body>"
      "<div class=\"story\"><time datetime=\"2023-11-02\">2 November</time>"
      "<p>Schools across the valley closed on Thursday as a storm brought heavy snow and "
      "strong winds to the region, officials said in a morning statement.</p></div>"
      "</body></html>";
  const Page page = ExtractPage(page_html, "http://www.valley-courier.example/x");
  EXPECT_EQ(page.title, "Storm closes schools");  // the site's tail is cut from <title>
  EXPECT_EQ(page.author, "Lena Ortiz");
  EXPECT_EQ(page.published, "2023-11-02");
  EXPECT_EQ(page.site, "valley-courier.example");  // no site name: the host
}

TEST(ExtractPage, DatesInWordsAreNormalized) {
  const std::string page_html =
      "<html><body><span class=\"date\" itemprop=\"datePublished\">March 5, 2024</span>"
      "<p>The museum reopened its east wing on Monday after a year of renovation work, "
      "with three new galleries and a cafe overlooking the river.</p></body></html>";
  EXPECT_EQ(ExtractPage(page_html).published, "2024-03-05");
}

TEST(ExtractPage, HiddenElementsAreLeftOut) {
  const std::string page_html =
      "<html><body><div><p>The orchestra announced its new season on Friday, with twelve "
      "concerts and two premieres by local composers planned for the spring.</p>"
      "<p hidden>Secret draft paragraph that readers never see on the page at all.</p>"
      "<p style=\"display: none\">Another invisible paragraph with enough words in it.</p>"
      "<p aria-hidden=\"true\">A third paragraph hidden from readers and screen readers.</p>"
      "</div></body></html>";
  const Page page = ExtractPage(page_html);
  EXPECT_NE(page.text.find("The orchestra announced"), std::string::npos);
  EXPECT_EQ(page.text.find("Secret"), std::string::npos);
  EXPECT_EQ(page.text.find("invisible"), std::string::npos);
  EXPECT_EQ(page.text.find("third paragraph"), std::string::npos);
}

TEST(ExtractPage, LineBreaksAndTablesKeepTheirStructure) {
  const std::string page_html =
      "<html><body><div class=\"content\"><p>First line of the poem that the council read "
      "aloud<br>second line of the poem at the opening of the bridge</p>"
      "<table><tr><td>Span</td><td>Length</td></tr><tr><td>North</td><td>120 m</td></tr>"
      "</table></div></body></html>";
  const Page page = ExtractPage(page_html);
  EXPECT_NE(page.text.find("read aloud\nsecond line"), std::string::npos) << page.text;
  EXPECT_NE(page.text.find("Span Length\nNorth 120 m"), std::string::npos) << page.text;
}

// A listing written for this test: a grid of linked titles with short
// blurbs and no paragraph of prose. Its links are the content.
TEST(ExtractPage, ListingPagesKeepTheirLinkedItems) {
  std::string html =
      "<html><head><title>New releases</title></head><body>"
      "<header><a href='/'>Home</a> <a href='/shop'>Shop</a></header>"
      "<h1>New releases</h1><ul class='grid'>";
  for (const char* item : {"Blue Harbor Lamp", "Quiet Oak Chair", "Linen Table Runner",
                           "Copper Kettle Two", "Stone Garden Bench", "Wool Reading Throw"}) {
    html += std::string("<li><a href='/p'><h3>") + item + "</h3></a><span>New</span></li>";
  }
  html += "</ul><footer>Copyright Example Shop. Privacy policy.</footer></body></html>";
  const Page page = ExtractPage(html, "");
  for (const char* item : {"Blue Harbor Lamp", "Copper Kettle Two", "Wool Reading Throw"}) {
    EXPECT_NE(page.text.find(item), std::string::npos) << item << " not in:\n" << page.text;
  }
  EXPECT_EQ(page.text.find("Copyright"), std::string::npos) << page.text;
  EXPECT_EQ(page.text.find("Shop\n"), std::string::npos) << page.text;
}

// A product page written for this test: its description is there twice,
// once for small screens and once for large ones, under responsive
// visibility classes.
TEST(ExtractPage, ResponsiveCopiesAreKeptOnce) {
  const std::string description =
      "<p>A wheel thrown stoneware cup with a matte outside and a clear glazed inside, "
      "made by hand in a small studio.</p><p>Holds about two hundred millilitres.</p>";
  const std::string html =
      "<html><body><main><h1>Speckled cup</h1><div class='price'>$20.00</div>"
      "<div class='description hidden-down-md'>" +
      description +
      "</div>"
      "<div class='cart'>Add to cart</div>"
      "<div class='description hidden-up-md'>" +
      description +
      "</div>"
      "<p>Ask the same question: does it fit in a dishwasher? Yes, it does.</p>"
      "<p>Ask the same question: does it fit in a dishwasher? Yes, it does.</p>"
      "</main></body></html>";
  const Page page = ExtractPage(html, "");
  const size_t first = page.text.find("A wheel thrown stoneware cup");
  ASSERT_NE(first, std::string::npos) << page.text;
  EXPECT_EQ(page.text.find("A wheel thrown stoneware cup", first + 1), std::string::npos)
      << page.text;
  // Single paragraphs may repeat on purpose; they stay.
  const size_t question = page.text.find("Ask the same question");
  ASSERT_NE(question, std::string::npos) << page.text;
  EXPECT_NE(page.text.find("Ask the same question", question + 1), std::string::npos) << page.text;
}

// A short product page written for this test under a consent dialog that
// holds more prose than the page itself.
TEST(ExtractPage, ConsentDialogsAreNeverTheContent) {
  const Page page = ExtractPage(
      "<html><body><main><h1>Road case</h1><p>Holds four lights, foam lined.</p>"
      "<div>Ships in two weeks.</div></main>"
      "<section role='dialog' aria-modal='true'><p>Cookies are small data files that a "
      "website stores on your computer so that it can remember your choices and show you "
      "things you may like; we and our partners use them for many purposes.</p></section>"
      "<div class='gdpr-banner'><p>We use cookies and other technologies that are needed to "
      "run this site, and with your consent others that measure and personalise it.</p></div>"
      "</body></html>",
      "");
  EXPECT_NE(page.text.find("Holds four lights"), std::string::npos) << page.text;
  EXPECT_EQ(page.text.find("Cookies are small"), std::string::npos) << page.text;
  EXPECT_EQ(page.text.find("We use cookies"), std::string::npos) << page.text;
}

// A forum thread written for this test: its posts are in elements named
// "comment", which on a news page are the readers' comments.
TEST(ExtractPage, ForumThreadsKeepTheirPosts) {
  auto thread = [](bool discussion) {
    std::string html = "<html><head>";
    if (discussion) {
      html +=
          "<script type='application/ld+json'>{\"@type\":\"DiscussionForumPosting\","
          "\"headline\":\"Which first telescope?\"}</script>";
    }
    html +=
        "</head><body><h1>Which first telescope?</h1>"
        "<div class='comment'><p>I am new to astronomy and would like advice on a first "
        "telescope that is easy to set up but shows the planets well.</p></div>"
        "<div class='comment'><p>A small refractor on a simple mount is the easiest start; "
        "it cools quickly and needs no collimation at all.</p></div></body></html>";
    return ExtractPage(html, "").text;
  };
  const std::string forum = thread(true);
  EXPECT_NE(forum.find("I am new to astronomy"), std::string::npos) << forum;
  EXPECT_NE(forum.find("A small refractor"), std::string::npos) << forum;
  // Without the discussion type they are readers' comments, left out.
  EXPECT_EQ(thread(false).find("A small refractor"), std::string::npos) << thread(false);
}

// Metadata escaped twice keeps character references after parsing.
TEST(ExtractPage, CharacterReferencesInMetadataAreDecoded) {
  const Page page = ExtractPage(
      "<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\","
      "\"headline\":\"Trends &amp; Tips &#8211; What&#x27;s new\","
      "\"author\":\"Maria &amp; Katerina\"}</script></head>"
      "<body><p>Some text of the post, long enough to be a paragraph of its own.</p></body></html>",
      "");
  EXPECT_EQ(page.title, "Trends & Tips \u2013 What's new");
  EXPECT_EQ(page.author, "Maria & Katerina");
  // Malformed references stay as they are; out-of-range ones become U+FFFD.
  const Page odd = ExtractPage(
      "<html><head><script type='application/ld+json'>{\"@type\":\"BlogPosting\","
      "\"headline\":\"A &#; B &#x110000; C &bogus; D & E &#99999999;\"}</script></head>"
      "<body><p>Some text of the post, long enough to be a paragraph of its own.</p></body></html>",
      "");
  EXPECT_EQ(odd.title, "A &#; B \uFFFD C &bogus; D & E &#99999999;");
}

// A product page written for this test: the buyers' reviews are not its
// content when the metadata says it sells a product.
TEST(ExtractPage, ProductPagesLeaveTheReviewsOut) {
  auto page = [](const char* type) {
    return ExtractPage(std::string("<html><head><script type='application/ld+json'>{\"@type\":\"") +
                           type +
                           "\",\"name\":\"Trail pack\"}</script></head><body><main>"
                           "<h1>Trail pack</h1><div class='details'><p>A light day pack of "
                           "recycled nylon with a padded back panel, two side pockets and a "
                           "lid that opens all the way round.</p>"
                           "</div><div class='product-reviews'><p>I carried it on a long hike "
                           "in the rain and everything inside stayed perfectly dry.</p></div>"
                           "<div class='carousel'><p>Summit pack, forty litres</p></div>"
                           "</main></body></html>",
                       "")
        .text;
  };
  const std::string product = page("Product");
  EXPECT_NE(product.find("A light day pack"), std::string::npos) << product;
  EXPECT_EQ(product.find("long hike"), std::string::npos) << product;
  EXPECT_EQ(product.find("Summit pack"), std::string::npos) << product;
  // On a page that is not a product, a "reviews" block is content (a
  // review article's body).
  EXPECT_NE(page("WebPage").find("long hike"), std::string::npos) << page("WebPage");
}

// A page dated only by a line of its text.
TEST(ExtractPage, ADateLineDatesAPageWithoutMetadata) {
  const Page page = ExtractPage(
      "<html><head><title>Ferry news</title></head><body><div class='meta'><span>Published "
      "August 7, 2023</span></div><p>The ferry adds two evening crossings from Monday, the "
      "operator said.</p><footer>Founded 1998</footer></body></html>",
      "");
  EXPECT_EQ(page.published, "2023-08-07");
  // A long paragraph that mentions a date does not date the page.
  const Page undated = ExtractPage(
      "<html><body><p>The ferry, which first sailed on August 7, 2023, adds two evening "
      "crossings from Monday, the operator said in a statement.</p></body></html>",
      "");
  EXPECT_EQ(undated.published, "");
}

// Counters and numeric ids are not names.
TEST(ExtractPage, CountersAndNumbersAreNotAuthors) {
  const Page counters = ExtractPage(
      "<html><body><div class='author-stats'>10 posts 1 badges 4 reputation</div>"
      "<p>The ferry adds two evening crossings from Monday, the operator said.</p>"
      "<span class='author'>ron1cne</span></body></html>",
      "");
  EXPECT_EQ(counters.author, "ron1cne");
  const Page numeric = ExtractPage(
      "<html><head><meta name='author' content='262588213843476'></head><body>"
      "<p>The ferry adds two evening crossings from Monday, the operator said.</p></body></html>",
      "");
  EXPECT_EQ(numeric.author, "");
}

// An article cut into sections whose class opens with a content word but
// names boilerplate after it ("content-nav-section": the sections a table of
// contents scrolls to), with a call to action between them: each section
// holds under half of the page's prose, all of them together hold most of
// it, and all are kept. Comments whose class opens with another word stay
// out however much prose they hold together.
TEST(ExtractPage, AnArticleInSectionsOfOneClassIsKeptWhole) {
  const std::string section = "<div class=\"content-nav-section\"><div class=\"rtf\">";
  const std::string page_html =
      "<html><head><title>Bridge closed</title></head><body><main>" + section +
      "<p>The harbor bridge in Port Alder was closed on Thursday after inspectors found a "
      "sixteen inch crack in a main steel girder, officials said.</p></div></div>"
      "<div class=\"cta\"><p>What factors really affect your credit score?</p>"
      "<a href=\"/x\">Find Out</a></div>" +
      section +
      "<p>Mayor Ilsa Varga said the bridge would remain closed for at least three weeks "
      "while engineers assess the damage to the structure.</p></div></div>" +
      section +
      "<p>Ferry operators added extra crossings to the Kestrel Islands, and the city asked "
      "drivers to avoid the harbor road during the evening rush.</p></div></div>"
      "</main></body></html>";
  const Page page = ExtractPage(page_html);
  for (const char* part : {"sixteen inch crack", "at least three weeks", "Kestrel Islands"}) {
    EXPECT_NE(page.text.find(part), std::string::npos) << part << " not in:\n" << page.text;
  }

  std::string comments;
  for (const char* who : {"Ann", "Bo", "Cy", "Di"}) {
    comments += std::string("<div class=\"comment-content\"><p>") + who +
                " wrote that the crack must have been there for years, and that the city "
                "should have found it long before the girder began to bend.</p></div>";
  }
  const Page commented = ExtractPage(
      "<html><body><main><article><p>The harbor bridge in Port Alder was closed on Thursday "
      "after inspectors found a sixteen inch crack in a main steel girder.</p><p>Ferry "
      "operators added extra crossings to the Kestrel Islands during the closure.</p>"
      "</article><section>" +
      comments + "</section></main></body></html>");
  EXPECT_NE(commented.text.find("sixteen inch crack"), std::string::npos) << commented.text;
  EXPECT_EQ(commented.text.find("must have been there"), std::string::npos) << commented.text;
}

// A strip of other stories above the article ("Breaking News": a list whose
// items each open with a linked headline and go on with the story's first
// words) is a row of teaser cards, not a part of the article, even when
// the strip holds about as much prose as the article. A list in the
// article's body that looks alike (sources, each a link and a note) stays.
TEST(ExtractPage, AStripOfHeadlinesWithSummariesIsNotTheArticle) {
  std::string strip = "<div class=\"breaking-news\"><b>Breaking News</b><ul>";
  for (const char* story :
       {"Council votes on the new harbor budget",
        "Storm warning issued for "
        "the northern coast",
        "Museum reopens its east wing after a year", "Rail strike ends after two weeks of talks",
        "Schools close early for the winter holiday"}) {
    strip += std::string("<li><a href=\"/s\">") + story +
             "</a> <span>HARBOR CITY: The story began on Wednesday morning, when officials "
             "met to talk about what would come next for the city and its people...</span></li>";
  }
  strip += "</ul></div>";
  const std::string article =
      "<div class=\"main-article-content\"><h2>Deportees return home</h2><div>"
      "<p>Nearly one hundred and fifty people returned home on Wednesday after being deported, "
      "officials at the airport said, and many of them said they had spent years of savings on "
      "the journey.</p><p>Sources: <a href=\"/r1\">Report of the airport authority 2024</a> "
      "and the statements of the officials given to reporters outside the terminal.</p>"
      "<p>One of them said that this was the fourth time he had been deported, and that he had "
      "tried to cross the border each time by a different route through three countries.</p>"
      "<p>The aircraft landed at the main terminal at six in the morning, and the paper work "
      "with the immigration department took most of the day, an airport official said.</p>"
      "</div></div>";
  const std::string sidebar =
      "<div class=\"main-content-right\"><p>An advertisement for a book that readers find light "
      "and easy to read, with a short review from a teacher based in the United States.</p></div>";
  const Page page =
      ExtractPage("<html><body><div class=\"wrapper\"><div class=\"main-content-left\">" + strip +
                  article + "</div>" + sidebar + "</div></body></html>");
  EXPECT_NE(page.text.find("Nearly one hundred and fifty"), std::string::npos) << page.text;
  EXPECT_NE(page.text.find("Report of the airport authority"), std::string::npos) << page.text;
  EXPECT_EQ(page.text.find("Council votes"), std::string::npos) << page.text;
  EXPECT_EQ(page.text.find("Breaking News"), std::string::npos) << page.text;
}

TEST(HostOf, StripsSchemeWwwPortAndPath) {
  EXPECT_EQ(HostOf("https://www.Example.org:8080/a/b?c"), "example.org");
  EXPECT_EQ(HostOf("http://user@news.example.com"), "news.example.com");
  EXPECT_EQ(HostOf("not a url"), "");
}

}  // namespace
}  // namespace concord::extract
