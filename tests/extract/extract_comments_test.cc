// ExtractPage on readers' comments told by the heading above them, and
// sign-up boxes told by the e-mail field they hold, not by their class
// (docs/extract.md, boilerplate). Every page here is written for its test.
#include <gtest/gtest.h>

#include <string>

#include "concord/extract.h"

namespace concord::extract {
namespace {

bool HasText(const std::string& text, const char* what) {
  return text.find(what) != std::string::npos;
}

const char kStory[] =
    "<div class=story><p>The city council voted on Tuesday to close the harbor bridge for three "
    "weeks of repairs after engineers found a crack in a main girder.</p><p>Ferries will run "
    "every half hour during the closure, the transport office said on Wednesday.</p></div>";

std::string Posts(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) {
    out +=
        "<li class=post><div class=post-body><p>I have lived on the islands for twenty years "
        "and the council keeps promising a new bridge, says reader " +
        std::to_string(i) + ".</p></div></li>";
  }
  return out;
}

// "Reader responses" over a ul.posts (the content word "post"): the list
// and its heading are no article text (hostile report s29, defect 6).
TEST(ExtractComments, AListOfPostsUnderACommentHeadingIsLeftOut) {
  for (const char* heading : {"Reader responses", "3 Comments", "Comments (3)",
                              "3 thoughts on &ldquo;Bridge to close&rdquo;"}) {
    const Page page =
        ExtractPage(std::string("<html><body><h1>Bridge to close</h1>") + kStory + "<h3>" +
                    heading + "</h3><ul class=posts>" + Posts(3) + "</ul></body></html>");
    EXPECT_TRUE(HasText(page.text, "Ferries will run")) << page.text;
    EXPECT_FALSE(HasText(page.text, "says reader")) << heading << ": " << page.text;
    EXPECT_FALSE(HasText(page.text, "Comments")) << page.text;
  }
  // The heading in a wrapper of its own, the posts in a div of one class.
  const Page wrapped =
      ExtractPage(std::string("<html><body>") + kStory +
                  "<div class=head><h2>Comments</h2></div><div class=list>"
                  "<div class=item>" +
                  Posts(1) + "</div><div class=item>" + Posts(1) + "</div></div></body></html>");
  EXPECT_FALSE(HasText(wrapped.text, "says reader")) << wrapped.text;
}

// A documentation page's "Comments" section goes on with paragraphs and
// code: it is kept. So are a paper's "Discussion" and the posts of a
// discussion page.
TEST(ExtractComments, OtherSectionsAndDiscussionPagesKeepTheirText) {
  const Page docs = ExtractPage(std::string("<html><body>") + kStory +
                                "<h2>Comments</h2><p>A comment in the language starts with two "
                                "slashes and runs to the end of the line, as in most languages "
                                "of its family.</p><pre>// like this</pre></body></html>");
  EXPECT_TRUE(HasText(docs.text, "starts with two slashes")) << docs.text;
  const Page paper =
      ExtractPage(std::string("<html><body>") + kStory + "<h2>Discussion</h2><ul class=posts>" +
                  Posts(2) + "</ul></body></html>");
  EXPECT_TRUE(HasText(paper.text, "says reader 1")) << paper.text;
  const Page forum = ExtractPage(
      std::string("<html><head><script type=\"application/ld+json\">{\"@type\":"
                  "\"DiscussionForumPosting\",\"headline\":\"Bridge\"}</script></head><body>") +
      kStory + "<h3>Replies</h3><ul class=posts>" + Posts(3) + "</ul></body></html>");
  EXPECT_TRUE(HasText(forum.text, "says reader 2")) << forum.text;
}

// "Discussion about this post" over an empty list and a "Ready for more?"
// box around a form asking for an e-mail address: neither is article text.
TEST(ExtractComments, ADiscussionHeadingAndASignupBoxAreLeftOut) {
  std::string story = kStory;
  for (int i = 0; i < 10; ++i) story += "<p>" + Posts(1).substr(40, 110) + ".</p>";
  const Page page = ExtractPage(
      "<html><body><div class=body>" + story +
      "<div><h4>Discussion about this post</h4><div class=tabs></div></div>"
      "<div class=x><h3>Ready for more?</h3><p>One letter a week from the harbor desk.</p>"
      "<div><form action=/s><input type=email placeholder=\"Your e-mail\">"
      "<button>Subscribe</button></form></div></div></div></body></html>");
  EXPECT_TRUE(HasText(page.text, "Ferries will run")) << page.text;
  EXPECT_FALSE(HasText(page.text, "Discussion about")) << page.text;
  EXPECT_FALSE(HasText(page.text, "Ready for more")) << page.text;
  EXPECT_FALSE(HasText(page.text, "One letter a week")) << page.text;
  // A page of little prose (a contact page, a product's "notify me") keeps
  // the box: it is the page.
  const Page contact = ExtractPage(
      "<html><body><div><h2>Write to the harbor desk</h2><p>Tips and corrections reach the "
      "editors within a day.</p><form><input name=email><button>Send</button></form></div>"
      "</body></html>");
  EXPECT_TRUE(HasText(contact.text, "Tips and corrections")) << contact.text;
}

}  // namespace
}  // namespace concord::extract
