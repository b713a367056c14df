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

}  // namespace
}  // namespace concord::extract
