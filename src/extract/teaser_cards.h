// Internal to concord_extract; use concord/extract.h.
//
// Teaser cards: the links to other articles that a news page lines up
// beside its own ("related stories", "more from", a "breaking news" strip).
// Their summaries read as prose; ScoreBlocks counts them as junk when it
// chooses an article page's block.
#ifndef CONCORD_SRC_EXTRACT_TEASER_CARDS_H_
#define CONCORD_SRC_EXTRACT_TEASER_CARDS_H_

#include <vector>

#include "extract/boilerplate.h"
#include "extract/dom.h"

namespace concord::extract::internal {

// Per node: whether its subtree holds a card's head, and how many of its
// children do.
struct TeaserCards {
  std::vector<char>
      linked_heading;  // a heading in a link or a link in a heading, or a headline item
  std::vector<int> linked_children;  // children with linked_heading
};

// The card heads of `dom`: a heading inside a link or a link inside a
// heading; or a list item that opens with a linked headline (a link of 20
// characters or more is its first text) and goes on with a summary (40
// characters or more of text that is not a link). `counts` are the page's
// text counts (CountText).
TeaserCards FindTeaserCards(const Dom& dom, const TextCounts& counts);

// True when block i lies in a teaser card: an ancestor (up to three levels
// up) of fewer than 1000 characters with a card head, among siblings that
// have one too.
bool InTeaserCard(const Dom& dom, int i, const TeaserCards& cards, const TextCounts& counts);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_TEASER_CARDS_H_
