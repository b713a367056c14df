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

// Per node: true when it or an ancestor is boilerplate. A section whose
// class names it boilerplate but that holds more than `max_share` of the
// page's text is kept (a page-wide class like "has-sidebar" must not take
// the article with it).
std::vector<char> MarkBoilerplate(const Dom& dom, const TextCounts& raw, double max_share);

// True for the class/id words that name an article's body ("content",
// "article", "story", "entry", "post", "body", "text", "main").
int PositiveHints(std::string_view class_id);
// True when the class/id words name boilerplate.
bool NegativeHint(std::string_view class_id);

bool IsBlockTag(GumboTag tag);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_BOILERPLATE_H_
