// Teaser cards (teaser_cards.h).
//
// A card is a linked headline over a short summary, and cards come in
// rows: an element holds a card head, and so does one of its siblings. The
// head is a heading in a link (or a link in a heading), or, in a list of
// headlines ("breaking news", "latest"), an item whose first text is a
// link of headline length followed by a summary in plain text. A menu's
// items are links alone and hold no summary; a list of sources in an
// article may look like a row of cards, but the article around it holds
// far more prose and still wins.
#include "extract/teaser_cards.h"

namespace concord::extract::internal {
namespace {

// True when list item i opens with a linked headline followed by a
// summary.
bool IsHeadlineItem(const Dom& dom, int i, const TextCounts& counts) {
  constexpr int kHeadlineChars = 20, kSummaryChars = 40;
  const auto u = static_cast<size_t>(i);
  if (dom[i].tag != GUMBO_TAG_LI || counts.chars[u] - counts.link_chars[u] < kSummaryChars) {
    return false;
  }
  int first = i + 1;  // the item's first text
  while (first < dom[i].end &&
         !(dom[first].is_text && counts.chars[static_cast<size_t>(first)] > 0)) {
    ++first;
  }
  if (first >= dom[i].end || counts.link_chars[static_cast<size_t>(first)] == 0) return false;
  int link = dom[first].parent;
  while (link > i && dom[link].tag != GUMBO_TAG_A) link = dom[link].parent;
  return link > i && counts.chars[static_cast<size_t>(link)] >= kHeadlineChars;
}

}  // namespace

TeaserCards FindTeaserCards(const Dom& dom, const TextCounts& counts) {
  const auto n = static_cast<size_t>(dom.size());
  std::vector<char> has_link(n, 0), has_heading(n, 0);
  TeaserCards cards{std::vector<char>(n, 0), std::vector<int>(n, 0)};
  for (int i = dom.size() - 1; i >= 0; --i) {
    const Node& node = dom[i];
    const auto u = static_cast<size_t>(i);
    if (node.is_text) continue;
    has_link[u] = has_link[u] || node.tag == GUMBO_TAG_A;
    has_heading[u] = has_heading[u] || IsHeading(node.tag);
    cards.linked_heading[u] = cards.linked_heading[u] || (IsHeading(node.tag) && has_link[u]) ||
                              (node.tag == GUMBO_TAG_A && has_heading[u]) ||
                              IsHeadlineItem(dom, i, counts);
    if (node.parent < 0) continue;
    const auto p = static_cast<size_t>(node.parent);
    has_link[p] = has_link[p] || has_link[u];
    has_heading[p] = has_heading[p] || has_heading[u];
    cards.linked_heading[p] = cards.linked_heading[p] || cards.linked_heading[u];
    cards.linked_children[p] += cards.linked_heading[u];
  }
  return cards;
}

bool InTeaserCard(const Dom& dom, int i, const TeaserCards& cards, const TextCounts& counts) {
  constexpr int kCardChars = 1000;
  for (int level = 0, a = i; level < 4 && a >= 0; ++level, a = dom[a].parent) {
    const auto u = static_cast<size_t>(a);
    if (counts.chars[u] >= kCardChars) return false;
    const int parent = dom[a].parent;
    if (cards.linked_heading[u] && parent >= 0 &&
        cards.linked_children[static_cast<size_t>(parent)] >= 2) {
      return true;
    }
  }
  return false;
}

}  // namespace concord::extract::internal
