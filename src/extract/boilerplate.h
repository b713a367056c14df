// Internal to concord_extract; use concord/extract.h.
//
// Which subtrees of a page are boilerplate: scripts and styles, hidden
// elements, navigation, headers and footers, ads, comments, cookie banners,
// related links and share widgets, told by tag, ARIA role and class/id words.
#ifndef CONCORD_SRC_EXTRACT_BOILERPLATE_H_
#define CONCORD_SRC_EXTRACT_BOILERPLATE_H_

#include <string_view>
#include <vector>

#include "extract/dom.h"

namespace concord::extract::internal {

// Per node: the number of non-space bytes of text in its subtree, and how
// many of them are inside links; scripts, styles and `dropped` subtrees (when
// given) count nothing.
struct TextCounts {
  std::vector<int> chars;
  std::vector<int> link_chars;
};
TextCounts CountText(const Dom& dom, const std::vector<char>* dropped);

// Per node: true when it or an ancestor is never shown (scripts, styles,
// forms' controls, aria-hidden elements) or, with `styled_hidden`, hidden
// until a script shows it (the `hidden` attribute, display:none,
// visibility:hidden).
std::vector<char> MarkHidden(const Dom& dom, bool styled_hidden = true);

// Good and junk text of each subtree: text runs are credited to their
// nearest block; a paragraph (or a long block with few links) is good, the
// rest (links, short labels) is junk; headings count as neither.
struct Scores {
  std::vector<double> good;
  std::vector<double> junk;
};
// With `demote_cards`, prose in teaser cards (a small element with a linked
// heading, or a list item opening with a linked headline and a summary,
// among siblings that have one too: links to other articles; see
// teaser_cards.h) counts as junk. Short text that is not a link counts `short_weight` good
// and the rest junk (0 on article pages).
Scores ScoreBlocks(const Dom& dom, const std::vector<char>& dropped, const TextCounts& counts,
                   bool demote_cards, double short_weight = 0);

// `hidden` plus page chrome: headers, footers, asides, navigation roles and
// classes that name boilerplate. A subtree holding at least `max_share` of
// the page's `prose` (good text) is kept whatever its class says ("has-
// sidebar" on a wrapper must not take the article with it), and so are the
// elements of a class that opens with a content word when together they
// hold that share (an article in "content-nav-section" blocks).
// What the page's metadata says it is, where that changes what is chrome.
struct PageKind {
  // A forum thread or questions and answers: comments are its content.
  bool discussion = false;
  // A product page: the buyers' reviews and ratings, and carousels (of
  // other products), are not its content.
  bool product = false;
  // A listing or a catalogue (links are its content): its cards (a linked
  // heading, or text inside a link) are content whatever their class says
  // ("promo-tile", "card-meta").
  bool cards_are_content = false;
};
std::vector<char> MarkChrome(const Dom& dom, const std::vector<char>& hidden,
                             const std::vector<double>& prose, double max_share,
                             const PageKind& kind = {});

bool IsHeading(GumboTag tag);

// True for the class/id words that name an article's body ("content",
// "article", "story", "entry", "post", "body", "text", "main").
int PositiveHints(std::string_view class_id);
// True when the class/id words name boilerplate on a page of that kind.
// With `card_text` (the element holds a heading or lies in a link: the
// text of a card in a grid) "caption" names no boilerplate.
bool NegativeHint(std::string_view class_id, const PageKind& kind = {}, bool card_text = false);

bool IsBlockTag(GumboTag tag);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_BOILERPLATE_H_
