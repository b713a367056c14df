// Readers' comments told by their heading (comment_sections.h).
#include "extract/comment_sections.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/boilerplate.h"

namespace concord::extract::internal {
namespace {

// Lower-case ASCII words of `text`; the rest (digits, punctuation,
// quotation marks) separates them.
std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      w.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!w.empty()) {
      words.push_back(std::move(w));
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(std::move(w));
  return words;
}

// The length of each element's text, read once: a page of thousands of
// comment headings in one long element read its text once per heading (10
// seconds for 20,000 headings beside 110 KB of text).
class TextSizes {
 public:
  explicit TextSizes(const Dom& dom)
      : dom_(dom), sizes_(static_cast<size_t>(dom.size()), kUnread) {}
  size_t operator()(int i) {
    size_t& size = sizes_[static_cast<size_t>(i)];
    if (size == kUnread) size = dom_.Text(i).size();
    return size;
  }

 private:
  static constexpr size_t kUnread = SIZE_MAX;
  const Dom& dom_;
  std::vector<size_t> sizes_;
};

// The element holding `i` alone: wrappers whose only element child it is.
int Wrapper(const Dom& dom, int i, TextSizes& text_size) {
  for (int p = dom[i].parent; p >= 0 && dom[p].tag != GUMBO_TAG_BODY; p = dom[p].parent) {
    if (text_size(p) != text_size(i)) break;
    i = p;
  }
  return i;
}

// True when element `i` is a list of posts: a list, or two or more
// element children of one class, itself or inside wrappers of one child.
bool IsPostList(const Dom& dom, int i) {
  for (int depth = 0; depth < 4; ++depth) {
    if (dom[i].tag == GUMBO_TAG_UL || dom[i].tag == GUMBO_TAG_OL) return true;
    std::vector<std::string> classes;
    int only = -1, elements = 0;
    for (int c = i + 1; c < dom[i].end; c = dom[c].end) {
      if (dom[c].is_text) continue;
      ++elements;
      only = c;
      const std::string_view cls = dom.Attribute(c, "class");
      if (!cls.empty()) classes.emplace_back(cls);
    }
    std::sort(classes.begin(), classes.end());
    if (std::adjacent_find(classes.begin(), classes.end()) != classes.end()) return true;
    if (elements != 1) return false;
    i = only;
  }
  return false;
}

}  // namespace

bool IsCommentHeading(std::string_view text) {
  const std::vector<std::string> w = Words(text);
  if (w.empty() || w.size() > 12) return false;
  auto is = [](const std::string& s, std::initializer_list<std::string_view> any) {
    return std::find(any.begin(), any.end(), s) != any.end();
  };
  if (w.size() >= 2 && w[0] == "leave" && w[1] == "a" && w.size() == 3) {
    return is(w[2], {"reply", "comment", "response"});
  }
  if (w.size() >= 3 && w[0] == "thoughts" && w[1] == "on") return true;  // "3 thoughts on “X”"
  // "Discussion about this post", "Comments on this article".
  if (w.size() == 4 && is(w[0], {"discussion", "comments", "conversation"}) &&
      is(w[1], {"about", "on"}) && w[2] == "this") {
    return is(w[3], {"post", "article", "story"});
  }
  if (w.size() > 2) return false;
  if (w.size() == 2 && !is(w[0], {"reader", "readers", "user", "visitor", "your"})) return false;
  return is(w.back(), {"comments", "comment", "responses", "replies"});
}

void MarkCommentSections(const Dom& dom, std::vector<char>* dropped) {
  TextSizes text_size(dom);
  for (int h = 0; h < dom.size(); ++h) {
    if ((*dropped)[static_cast<size_t>(h)]) {
      h = dom[h].end - 1;
      continue;
    }
    if (dom[h].tag < GUMBO_TAG_H2 || dom[h].tag > GUMBO_TAG_H6 || !IsCommentHeading(dom.Text(h))) {
      continue;
    }
    const int top = Wrapper(dom, h, text_size);
    std::fill(dropped->begin() + top, dropped->begin() + dom[top].end, 1);
    const int parent = dom[top].parent;
    for (int c = dom[top].end; parent >= 0 && c < dom[parent].end; c = dom[c].end) {
      if (dom[c].is_text) continue;
      if (!IsPostList(dom, c)) break;
      std::fill(dropped->begin() + c, dropped->begin() + dom[c].end, 1);
    }
    h = dom[top].end - 1;
  }
}

}  // namespace concord::extract::internal
