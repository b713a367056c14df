// Sign-up boxes (signup_boxes.h).
#include "extract/signup_boxes.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace concord::extract::internal {
namespace {

bool AsksForEmail(const Dom& dom, int i) {
  if (dom[i].tag != GUMBO_TAG_INPUT) return false;
  std::string attrs;
  for (const char* name : {"type", "name", "id", "placeholder"}) {
    attrs += dom.Attribute(i, name);
    attrs += ' ';
  }
  for (char& c : attrs) c = static_cast<char>(AsciiLower(c));
  return attrs.find("email") != std::string::npos || attrs.find("e-mail") != std::string::npos;
}

size_t NonSpace(const std::string& text) {
  return static_cast<size_t>(std::count_if(text.begin(), text.end(), [](char c) {
    return c != ' ' && c != '\n' && c != '\t' && c != '\r';
  }));
}

}  // namespace

void MarkSignupBoxes(const Dom& dom, std::vector<char>* dropped, size_t max_text) {
  // Each element's text is counted once: a page of thousands of such
  // inputs (a hostile page) read the article around them once per input,
  // a minute and a half for 20,000 inputs beside 100 KB of text.
  std::vector<size_t> counted(static_cast<size_t>(dom.size()), SIZE_MAX);
  const auto text_of = [&](int a) {
    size_t& count = counted[static_cast<size_t>(a)];
    if (count == SIZE_MAX) count = NonSpace(dom.Text(a));
    return count;
  };
  size_t page_text = 0;  // counted once, on pages with such an input
  for (int i = 0; i < dom.size(); ++i) {
    if (dom[i].is_text || !AsksForEmail(dom, i)) continue;
    if (page_text == 0 && dom.body() >= 0) page_text = text_of(dom.body());
    // On a short page (a contact page) the box may be half of it: kept.
    max_text = std::min(max_text, page_text / 2);
    int box = -1;
    for (int a = dom[i].parent; a >= 0; a = dom[a].parent) {
      const GumboTag tag = dom[a].tag;
      if (tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_MAIN ||
          tag == GUMBO_TAG_ARTICLE || text_of(a) >= max_text) {
        break;
      }
      box = a;
    }
    if (box >= 0) std::fill(dropped->begin() + box, dropped->begin() + dom[box].end, 1);
  }
}

}  // namespace concord::extract::internal
