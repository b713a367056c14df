// ExtractPage on pages that are not news articles (listings, catalogues,
// shop pages drawn by scripts): the rules of docs/extract.md that keep their
// content. Every page here is written for its test.
#include <gtest/gtest.h>

#include <string>

#include "concord/extract.h"

namespace concord::extract {
namespace {

bool Has(const std::string& text, const char* what) { return text.find(what) != std::string::npos; }

// However long the text shown, a hidden block with many times more text
// is the content that scripts show (here 10 paragraphs shown, 50 hidden).
TEST(ExtractPageKinds, ALongTextHiddenUntilScriptsRunIsRead) {
  auto paragraphs = [](const char* what, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
      out += std::string("<p>") + what + " " + std::to_string(i) +
             " describes one stage of the long walk along the coast, with its distance, its "
             "climbs and the villages where walkers can stop for the night.</p>";
    }
    return out;
  };
  const Page out = ExtractPage("<html><body><div>" + paragraphs("Teaser", 10) +
                               "</div><div style=\"display:none\">" + paragraphs("Chapter", 50) +
                               "</div></body></html>");
  EXPECT_TRUE(Has(out.text, "Chapter 49 describes")) << out.text;
}

// A listing whose one wrapper holds the page's prose among more links:
// a row of sorting links and ten cards, each a link and a short paragraph. The
// wrapper's text is mostly links, but it is not a link list to leave out:
// it holds all the prose of the block chosen around it.
TEST(ExtractPageKinds, AWrapperOfTheProseIsNotALinkList) {
  std::string page =
      "<html><body><header><a href=/>Home page</a></header><main><div class=results>";
  page += "<ul><li>";
  for (int i = 0; i < 14; ++i) page += "<a href=/s>Sort the classes by their date</a> ";
  page += "</li>";
  for (int i = 0; i < 10; ++i) {
    const std::string n = std::to_string(i);
    page += "<li><a href=/c" + n + ">Evening class " + n +
            " in the town library on Tuesdays at seven with a new teacher</a><p>Class " + n +
            " meets weekly in the library hall near the river, all year round.</p></li>";
  }
  page += "</ul></div></main><footer>Contact us</footer></body></html>";
  const Page out = ExtractPage(page);
  EXPECT_TRUE(Has(out.text, "Class 0 meets weekly")) << out.text;
  EXPECT_TRUE(Has(out.text, "Class 9 meets weekly")) << out.text;
  EXPECT_FALSE(Has(out.text, "Contact us")) << out.text;
}

// A shop page whose content sits in blocks hidden until its scripts run
// (an anti-flicker wrapper, a block streamed in hidden): when what is shown
// is next to nothing, the hidden blocks are read; on a page that shows its
// text, hidden elements stay out.
TEST(ExtractPageKinds, ContentHiddenUntilScriptsRunIsRead) {
  const std::string shown =
      "<p>The lantern folds flat for travel and gives twelve hours of warm light on one charge "
      "of its battery, which is enough for a long weekend of camping. Its shell is recycled "
      "aluminium, and a hook on its base hangs it from a tent's ridge line or a branch.</p>";
  const std::string hidden =
      "<div hidden><p>A spare paragraph about the lantern that only a script would show, with "
      "details of its warranty and where it is made.</p></div>";
  const Page revealed = ExtractPage(
      "<html><body><div style=\"visibility: hidden\"><h1>Lantern"
      "</h1>" +
      shown + "</div>" + hidden + "</body></html>");
  EXPECT_TRUE(Has(revealed.text, "twelve hours of warm light")) << revealed.text;
  const Page normal =
      ExtractPage("<html><body><div>" + shown + "</div>" + hidden + "</body></html>");
  EXPECT_TRUE(Has(normal.text, "twelve hours of warm light")) << normal.text;
  EXPECT_FALSE(Has(normal.text, "spare paragraph")) << normal.text;
}

// A tag manager's pixel in <noscript> written as `<iframe ... />`: an
// iframe's content is raw text up to its end tag, so the rest of the page
// would be read as the iframe's text.
TEST(ExtractPageKinds, AnIframeClosedLikeAVoidElementEndsThere) {
  const Page out = ExtractPage(
      "<html><body><noscript><iframe src=\"https://tags.example/ns\" height=\"0\" /></noscript>"
      "<div><p>The ferry timetable changes on Monday: boats leave every twenty minutes at rush "
      "hour and every forty minutes in the evening, the operator said.</p></div></body></html>");
  EXPECT_TRUE(Has(out.text, "boats leave every twenty minutes")) << out.text;
}

// Site builders name breakpoint variants "hidden-<hash>": such a block is
// hidden on some screens only; a class that is just "hidden" hides it.
TEST(ExtractPageKinds, HiddenWithASuffixIsAScreenSizeVariant) {
  const Page out = ExtractPage(
      "<html><body><div><div><p>Our planning tool is used by teams of every size, from two "
      "friends starting a shop to companies with offices in twelve countries, and it works in "
      "every browser.</p></div><div class=\"framer-x hidden-q7z2mk\"><p>Plan your week on one "
      "shared board, "
      "with notes, tasks and files in the same place for the whole team.</p></div>"
      "<div class=\"hidden\"><p>An old paragraph that is kept in the page but never shown to "
      "anyone who visits it.</p></div></div></body></html>");
  EXPECT_TRUE(Has(out.text, "Plan your week on one shared board")) << out.text;
  EXPECT_FALSE(Has(out.text, "never shown")) << out.text;
}

// Utility classes name no hidden block: "overflow-hidden" clips, and
// "md:hidden" hides on some screens only.
TEST(ExtractPageKinds, UtilityClassesDoNotHide) {
  const std::string lead =
      "<html><body><div><div><p>The clinic opens at eight every weekday and takes walk-in "
      "patients until noon, with appointments in the afternoon for those who book online.</p>"
      "</div>";
  for (const char* cls : {"overflow-hidden rounded", "md:hidden px-4"}) {
    const Page out = ExtractPage(lead + "<div class=\"" + cls +
                                 "\"><p>Children under five are seen by the nurse first, and "
                                 "parents may stay with them for every test.</p></div></div>"
                                 "</body></html>");
    EXPECT_TRUE(Has(out.text, "Children under five")) << cls << ": " << out.text;
  }
}

// "hidden" hides a block when it is the class ("hidden", "is-hidden") or
// when the block is hidden on desktops, tablets and phones alike;
// "field--label-hidden" hides the field's label, not the field.
TEST(ExtractPageKinds, HiddenClassesAreToldByTheirWholeName) {
  const std::string lead =
      "<html><body><div><div><p>The library lends tools as well as books: drills, ladders and "
      "sewing machines can be borrowed for a week with a library card, free of charge.</p>"
      "</div>";
  auto extract = [&lead](const char* cls) {
    return ExtractPage(lead + "<div class=\"" + cls +
                       "\"><p>Tools come back cleaned, and a volunteer checks each one before "
                       "the next person borrows it.</p></div></div></body></html>")
        .text;
  };
  EXPECT_TRUE(Has(extract("field field--label-hidden"), "Tools come back")) << extract("x");
  EXPECT_FALSE(Has(extract("is-hidden"), "Tools come back"));
  EXPECT_FALSE(
      Has(extract("el-hidden-desktop el-hidden-tablet el-hidden-mobile"), "Tools come back"));
  EXPECT_TRUE(Has(extract("el-hidden-desktop el-hidden-tablet"), "Tools come back"));
  // "skip" names the target of a skip link as often as the link itself.
  EXPECT_TRUE(Has(extract("skip-item topic3"), "Tools come back"));
}

// A topic page whose items are <article> elements with their title and
// summary in a <header>: the headers of listed articles are the items, the
// page's own header is chrome.
TEST(ExtractPageKinds, HeadersOfListedArticlesAreTheirItems) {
  std::string page = "<html><body><header><a href=/>Gadget Weekly</a> Menu</header><main>";
  for (const char* item : {"Wireless earbuds gain new colours at one retailer this spring",
                           "Hands on with the translation feature of the new earphones",
                           "A firmware update for the over-ear headphones is out today"}) {
    page += std::string("<article><header><h2>") + item + "</h2><p>" + item +
            ", and what it means for buyers who own the older model already.</p></header>"
            "</article>";
  }
  page += "</main></body></html>";
  const Page out = ExtractPage(page);
  EXPECT_TRUE(Has(out.text, "firmware update for the over-ear")) << out.text;
  EXPECT_FALSE(Has(out.text, "Gadget Weekly")) << out.text;
}

// A title whose last part, after " | " or " - ", is a tagline or the site
// loses it, whether it comes from the page's <h1> or its JSON-LD headline.
TEST(ExtractPageKinds, TitlesLoseTheirTaglines) {
  const std::string body =
      "<p>Pack one room at a time, label every box with its room, and keep a bag of tools and "
      "chargers with you on the day.</p></body></html>";
  EXPECT_EQ(ExtractPage("<html><head><title>Moving checklist for families | Top 19 tips</title>"
                        "</head><body><h1>Moving checklist for families | Top 19 tips</h1>" +
                        body)
                .title,
            "Moving checklist for families");
  EXPECT_EQ(ExtractPage("<html><head><script type=\"application/ld+json\">{\"@type\":"
                        "\"Article\",\"headline\":\"Budget sofas worth buying - Tested\"}"
                        "</script></head><body>" +
                        body)
                .title,
            "Budget sofas worth buying");
}

// "caption" names a picture's caption, which is left out, but also the text
// block of a card in a grid (Bootstrap's thumbnails): a caption inside a
// link, or holding a linked heading, is a card's text and is kept.
TEST(ExtractPageKinds, CaptionsOfCardsAreKept) {
  std::string grid = "<html><body><main><h1>Garden tools</h1><div class=grid>";
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    grid += "<div class=item><a href=/p" + n + "><img src=/i" + n +
            ".jpg><div class=caption>Steel rake model " + n + " price 20</div></a></div>";
  }
  grid += "</div></main></body></html>";
  const Page shop = ExtractPage(grid);
  EXPECT_TRUE(Has(shop.text, "Steel rake model 5")) << shop.text;
  const Page article = ExtractPage(
      "<html><body><article><p>The harbour wall was rebuilt over the winter, and the boats came "
      "back in March when the last stones were set by the masons of the town.</p><div "
      "class=caption>Photo: the harbour at dawn</div><p>Fishermen say the new wall keeps the "
      "swell out better than the old one did in the storms of the last ten years.</p></article>"
      "</body></html>");
  EXPECT_TRUE(Has(article.text, "Fishermen say")) << article.text;
  EXPECT_FALSE(Has(article.text, "harbour at dawn")) << article.text;
}

// On a page that is mostly links with no article (a catalogue), the cards
// are the content even where their class names boilerplate ("promo"): a
// card is text inside a link or an element holding a linked heading.
TEST(ExtractPageKinds, CardsOfACatalogueAreKeptWhateverTheirClass) {
  std::string page = "<html><body><main><h1>Rain jackets</h1><div class=filters>";
  for (const char* size : {"Small", "Medium", "Large", "Extra large"}) {
    page += std::string("<a href=/f>Size ") + size + "</a> ";
  }
  page += "</div><div class=grid>";
  for (int i = 0; i < 8; ++i) {
    const std::string n = std::to_string(i);
    page += "<div class=promo-tile><a href=/j" + n + "><h3>Light rain jacket " + n +
            "</h3></a><span>42 euros</span></div>";
  }
  page += "</div></main><div class=promo-banner>Free delivery this week</div></body></html>";
  const Page out = ExtractPage(page);
  EXPECT_TRUE(Has(out.text, "Light rain jacket 7")) << out.text;
  EXPECT_FALSE(Has(out.text, "Free delivery")) << out.text;
}

// A copyright line in a block of its own is no content; a paragraph of
// the article that says the same (a news wire's notice) stays.
TEST(ExtractPageKinds, CopyrightLinesAreLeftOut) {
  std::string page = "<html><body><div class=results><h1>Walks near the lake</h1><ul>";
  for (int i = 0; i < 6; ++i) {
    page += "<li><a href=/w" + std::to_string(i) + ">Lake walk number " + std::to_string(i) +
            " along the shore</a></li>";
  }
  page +=
      "</ul><div class=legal>\xC2\xA9 2024 Lakeside Walks Ltd. All rights reserved.</div>"
      "</div></body></html>";
  const Page listing = ExtractPage(page);
  EXPECT_TRUE(Has(listing.text, "Lake walk number 5")) << listing.text;
  EXPECT_FALSE(Has(listing.text, "rights reserved")) << listing.text;
  const Page article = ExtractPage(
      "<html><body><article><p>The council approved the new ferry timetable on Monday after a "
      "long debate about the evening crossings and their cost to the island.</p><p>\xC2\xA9 2024 "
      "The Wire Agency. All rights reserved.</p></article></body></html>");
  EXPECT_TRUE(Has(article.text, "The Wire Agency")) << article.text;
}

// An application shell whose only text asks for scripts has no article.
TEST(ExtractPageKinds, AScriptNoticeAloneIsNoText) {
  const Page out = ExtractPage(
      "<html><body><noscript>You need to enable JavaScript to run this app.</noscript>"
      "<div id=root></div></body></html>");
  EXPECT_EQ(out.text, "");
  ASSERT_FALSE(out.warnings.empty());
  EXPECT_EQ(out.warnings.back(), "no article text found");
}

// "meta" names a post's metadata ("post-meta": byline and date), but deep
// in a long compound name ("cms_wrapper_meta_field") it is a weak word
// (a field of the page builder), which a content word ("rich_text")
// outweighs.
TEST(ExtractPageKinds, MetaDeepInACompoundNameIsNotPostMetadata) {
  const Page out = ExtractPage(
      "<html><body><div class=post-meta>Posted in News by Dana on Monday</div>"
      "<div class='cms_wrapper cms_wrapper_meta_field cms_type_rich_text'><p>The new bridge opens "
      "to cyclists "
      "next spring, two years after the old one was closed for repairs that never came.</p>"
      "<p>Walkers will have to wait for the second span, which the city has not yet paid for "
      "and which may take another year.</p></div><div class=text><p>The council says the "
      "second span will be tendered in the autumn, once the river survey is done and the "
      "costs are known.</p><p>Cyclists' groups welcomed the date but asked for lights on the "
      "approach roads, which are dark in winter.</p><p>Shops near the old crossing hope the "
      "bridge brings back the customers they lost while it was shut.</p></div></body></html>");
  EXPECT_TRUE(Has(out.text, "The new bridge opens")) << out.text;
  EXPECT_FALSE(Has(out.text, "Posted in News")) << out.text;
}

// On a discussion page (JSON-LD DiscussionForumPosting) the posts may sit
// in a <form> (for moderators to select them): a form holding prose there
// is content. A sign-up form stays out.
TEST(ExtractPageKinds, PostsInAFormOfADiscussionAreKept) {
  const std::string post =
      "<p>Is the new case big enough for a long graphics card and three fans on the front? "
      "The shop lists its depth but not the clearance behind the front panel, and I would "
      "rather not send it back if the card does not fit.</p><p>Thanks for any measurements "
      "you can share, with the model of the card and of the fans you fitted.</p><p>I also "
      "wonder whether the top mount takes a radiator with fans on both sides.</p>";
  const Page out = ExtractPage(
      "<html><head><script type=\"application/ld+json\">{\"@type\":"
      "\"DiscussionForumPosting\",\"headline\":\"Case clearance\"}</script></head><body>"
      "<p class=intro>Welcome to the hardware forum, where members help each other choose and "
      "build their machines. Please read the rules before you post, and search first.</p>"
      "<p class=intro2>Our moderators answer questions about the forum itself in the help "
      "section, and the shop's staff read the support board every weekday.</p>"
      "<p class=intro3>Posts that sell parts belong in the market board, which opens to "
      "members after their tenth post; threads about prices are closed after a month.</p>"
      "<p class=intro4>The forum's search finds threads by title and by the text of their "
      "first post, so a clear title helps others who have the same question later.</p>"
      "<form action=/mod><article class=post>" +
      post +
      "</article></form>"
      "<form action=/signup><p>Sign up for our weekly letter</p></form></body></html>");
  EXPECT_TRUE(Has(out.text, "graphics card")) << out.text;
  EXPECT_FALSE(Has(out.text, "weekly letter")) << out.text;
}

// A tab panel is judged by its class, not by its id: the id names the tab
// that shows it (here the "Products" tab of a navigation), so the panel of
// a shop's picks is content, while a panel whose class says comments
// still is not.
TEST(ExtractPageKinds, ATabPanelIsJudgedByItsClassNotItsId) {
  std::string cards;
  for (const char* item : {"Blue enamel kettle for gas stoves", "Linen tea towels in a set of four",
                           "Oak chopping board with a juice groove"}) {
    cards += std::string("<div class=grid-item><a href=/item><img alt=x></a><span>") + item +
             "</span></div>";
  }
  const std::string panel =
      "<div role=tablist><input type=radio role=tab checked aria-label=Products>"
      "<div role=tabpanel id=main-nav-products-content class=tab-content>"
      "<section><h2>My kitchen favourites</h2><div class=grid>" +
      cards + "</div></section></div></div>";
  const Page out = ExtractPage(
      "<html><body><header><h2>Rosa K</h2><div class=bio>Cook, gardener, mother of two, and "
      "keen on old kitchen tools from flea markets all over the country.</div></header><main>" +
      panel + "</main></body></html>");
  EXPECT_TRUE(Has(out.text, "Oak chopping board with a juice groove")) << out.text;

  const std::string reviews =
      "<div role=tabpanel id=tab-reviews class=comments><p>Five stars from a buyer who "
      "liked the kettle and wrote about it at some length in this review.</p></div>";
  const Page product = ExtractPage(
      "<html><body><main><h1>Blue enamel kettle</h1><p>The kettle holds two litres, suits gas "
      "and induction stoves, and its enamel is fired twice so that it does not chip in daily "
      "use.</p><p>Each kettle is made by hand in a small workshop and is tested before it "
      "leaves.</p>" +
      reviews + "</main></body></html>");
  EXPECT_TRUE(Has(product.text, "holds two litres")) << product.text;
  EXPECT_FALSE(Has(product.text, "Five stars")) << product.text;
}

}  // namespace
}  // namespace concord::extract
