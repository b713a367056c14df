// ExtractPage's author rules (docs/extract.md, metadata): how names are
// joined, which prefixes and labels a byline loses, and which of its texts
// is the name. Every page here is written for its test.
#include <gtest/gtest.h>

#include <string>

#include "concord/extract.h"

namespace concord::extract {
namespace {

const char kAuthorTestBody[] =
    "<p>The ferry adds two evening crossings from Monday, the operator said in a short "
    "statement to the island's council.</p></body></html>";

std::string AuthorOfByline(const std::string& byline) {
  return ExtractPage("<html><body>" + byline + kAuthorTestBody, "").author;
}

std::string AuthorOfJsonLd(const std::string& authors) {
  return ExtractPage(
             "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
             "\"author\":" +
                 authors + "}</script></head><body>" + kAuthorTestBody,
             "")
      .author;
}

// Several authors are named as a byline names them: "A and B", "A, B and C".
TEST(ExtractAuthor, SeveralAuthorsAreJoinedWithAnd) {
  EXPECT_EQ(AuthorOfJsonLd("[{\"name\":\"Ada Varga\"},{\"name\":\"Tom Reed\"}]"),
            "Ada Varga and Tom Reed");
  EXPECT_EQ(AuthorOfJsonLd("[\"Ada Varga\",\"Tom Reed\",\"Li Wei\"]"),
            "Ada Varga, Tom Reed and Li Wei");
  EXPECT_EQ(AuthorOfJsonLd("{\"@type\":\"Person\",\"name\":\"Ada Varga\"}"), "Ada Varga");
}

// "By" may follow other words ("Written By:", "Text by", "View all posts
// by"), lack its space ("Posted byDamien"), or be "Author".
TEST(ExtractAuthor, BylinePrefixesAreRemoved) {
  EXPECT_EQ(AuthorOfByline("<p class=byline>Written By: Tom May</p>"), "Tom May");
  EXPECT_EQ(AuthorOfByline("<p class=byline>Text by Hunter Dale</p>"), "Hunter Dale");
  EXPECT_EQ(AuthorOfByline("<p class=byline>Posted byDamien Walsh</p>"), "Damien Walsh");
  EXPECT_EQ(AuthorOfByline("<a class=author href=/a>View all posts by Ray Ansel</a>"), "Ray Ansel");
  EXPECT_EQ(AuthorOfByline("<div class=author>Author Isaiah Shell</div>"), "Isaiah Shell");
  // A word that only holds "by" is no prefix.
  EXPECT_EQ(AuthorOfByline("<p class=byline>Ruby Bynes</p>"), "Ruby Bynes");
}

// The name is the byline's first text that reads like one: not an
// avatar's initial, a label or a symbol, and without the role or outlet
// that follows in an element of its own.
TEST(ExtractAuthor, TheNameIsTheBylinesFirstNameLikeText) {
  EXPECT_EQ(AuthorOfByline("<div class=author><span class=avatar>K</span><a href=/k>Keith Barr</a>"
                           "<span>Senior Autos Reporter</span></div>"),
            "Keith Barr");
  EXPECT_EQ(AuthorOfByline("<div class=byline><b>Authors:</b> <a href=/a>Anna Roy</a></div>"),
            "Anna Roy");
  EXPECT_EQ(AuthorOfByline("<div class=byline>By <a href=/m>Mia Holt</a>, Reuters</div>"),
            "Mia Holt");
}

// A forum's "user (Display Name)" where both are the same name is the name.
TEST(ExtractAuthor, AUserNameRepeatedAsDisplayNameIsOneName) {
  EXPECT_EQ(AuthorOfByline("<span class=author>amondale (Amondale)</span>"), "amondale");
  EXPECT_EQ(AuthorOfByline("<span class=author>hackerdev (Daniel)</span>"), "hackerdev (Daniel)");
}

std::string AuthorOfMeta(const std::string& author, const std::string& byline) {
  return ExtractPage("<html><head><meta name=author content=\"" + author + "\"></head><body>" +
                         byline + kAuthorTestBody,
                     "")
      .author;
}

// A value that names no one is left out and the next source is read: a
// template's placeholder, a date in a byline's wrapper, a name left blank
// before the outlet (", USA TODAY"). (Hostile report s29, defect 13.)
TEST(ExtractAuthor, ValuesThatNameNoOneFallBackToTheNextSource) {
  const std::string byline = "<p class=byline>By Tess Arno</p>";
  EXPECT_EQ(AuthorOfMeta("{{ page.author }}", byline), "Tess Arno");
  EXPECT_EQ(AuthorOfMeta("{{ page.author }}", ""), "");
  EXPECT_EQ(AuthorOfMeta("page.head.extra.author", byline), "Tess Arno");
  EXPECT_EQ(AuthorOfMeta("page.head.extra.author", ""), "");
  EXPECT_EQ(AuthorOfByline("<div class=author-date-wrapper><time>Jun 2</time></div>" + byline),
            "Tess Arno");
  EXPECT_EQ(AuthorOfByline("<div class=author-date-wrapper><time>Jun 2</time></div>"), "");
  EXPECT_EQ(AuthorOfJsonLd("{\"name\":\", Harbor Ledger\"}"), "");
  EXPECT_EQ(AuthorOfJsonLd("[{\"name\":\", Harbor Ledger\"},{\"name\":\"Tess Arno\"}]"),
            "Tess Arno");
  // A name in quotation marks is still a name.
  EXPECT_EQ(AuthorOfMeta("&quot;Tess Arno&quot;", ""), "\"Tess Arno\"");
}

// A user name or an e-mail address gives way to a
// person's name elsewhere on the page, and is the author when there is none
// (a forum's posters are their user names).
TEST(ExtractAuthor, UserNamesGiveWayToANameButStayWhenAlone) {
  const std::string byline = "<p class=byline>By Tess Arno</p>";
  EXPECT_EQ(AuthorOfMeta("tess.arno", byline), "Tess Arno");
  EXPECT_EQ(AuthorOfMeta("tarno", byline), "Tess Arno");
  EXPECT_EQ(AuthorOfMeta("tess@ledger.example", byline), "Tess Arno");
  EXPECT_EQ(AuthorOfMeta("tess.arno", ""), "tess.arno");
  EXPECT_EQ(AuthorOfMeta("tess@ledger.example", ""), "tess@ledger.example");
  EXPECT_EQ(AuthorOfMeta("Tess Arno", "<p class=byline>By Ola Berg</p>"), "Tess Arno");
}

// A commenter's name ("comment-author") is not the page's author.
TEST(ExtractAuthor, ACommentersNameIsNoByline) {
  EXPECT_EQ(AuthorOfByline("<div class=comment-author><cite>Ola Berg</cite> says:</div>"), "");
}

}  // namespace
}  // namespace concord::extract
