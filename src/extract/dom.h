// Internal to concord_extract; use concord/extract.h.
//
// The parsed page as a flat array of nodes in document order (pre-order), so
// that every later pass is a loop, never a recursion: a page nested
// 100,000 deep cannot overflow the stack. A node's descendants are the
// nodes (index, end). Text views point into the gumbo output, which the Dom
// owns.
#ifndef CONCORD_SRC_EXTRACT_DOM_H_
#define CONCORD_SRC_EXTRACT_DOM_H_

#include <gumbo.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::extract::internal {

struct Node {
  const GumboNode* gumbo = nullptr;
  int parent = -1;
  int end = 0;  // one past the last descendant
  GumboTag tag = GUMBO_TAG_UNKNOWN;
  bool is_text = false;
  std::string_view text;  // text nodes only, as parsed (entities decoded)
};

class Dom {
 public:
  // Parses `html` (valid UTF-8 preferred; invalid bytes become U+FFFD).
  explicit Dom(std::string_view html);
  ~Dom();
  Dom(const Dom&) = delete;
  Dom& operator=(const Dom&) = delete;

  const std::vector<Node>& nodes() const { return nodes_; }
  const Node& operator[](int i) const { return nodes_[static_cast<size_t>(i)]; }
  int size() const { return static_cast<int>(nodes_.size()); }
  int body() const { return body_; }  // -1 when the page has none
  int html() const { return html_; }

  // The value of attribute `name` of element `i` ("" when absent).
  std::string_view Attribute(int i, const char* name) const;
  bool HasAttribute(int i, const char* name) const;
  // "class id" of element i, lower-cased ("" for text nodes).
  std::string ClassAndId(int i) const;
  // The text of node i's subtree, whitespace collapsed to single spaces.
  std::string Text(int i) const;

 private:
  GumboOutput* output_ = nullptr;
  std::vector<Node> nodes_;
  int body_ = -1;
  int html_ = -1;
};

// How much of `html` to keep so that no element nests deeper than
// `max_depth` (html.size() when all of it): a scan of tags that skips
// comments, raw text and quoted attributes, counting elements that stay
// open (void and implicitly closed elements do not count).
size_t NestingLimit(std::string_view html, size_t max_depth);

// `html` without the bodies of <script> and <style> elements (JSON
// scripts, which hold metadata, are kept): they are most of the bytes of a
// news page and the parser would only skip them. An <iframe/> closed like a
// void element gets its end tag (else its raw text would run to the end of
// the page). Found with the same tag scan as NestingLimit.
std::string WithoutScriptBodies(std::string_view html);

inline int AsciiLower(char c) {
  return (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : static_cast<unsigned char>(c);
}
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool IsAscii(std::string_view s);
bool IsValidUtf8(std::string_view s);
// `s` with every invalid UTF-8 sequence replaced by U+FFFD.
std::string RepairUtf8(std::string_view s);
// Appends `text` to `out` with runs of whitespace (including U+00A0)
// collapsed to one space; `*pending_space` carries a space across calls.
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space);

}  // namespace concord::extract::internal

#endif  // CONCORD_SRC_EXTRACT_DOM_H_
