// The flat node array over gumbo's tree, and the byte-level helpers of
// extraction (dom.h).
#include "extract/dom.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "util/utf8.h"

namespace concord::extract::internal {
namespace {

GumboOptions ParseOptions() {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 64;  // errors are kept in memory; we never read them
  return options;
}

std::string_view ReadTagName(std::string_view html, size_t i, std::string* name) {
  name->clear();
  while (i < html.size() && name->size() < 16) {
    const char c = html[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) break;
    name->push_back(static_cast<char>(AsciiLower(c)));
    ++i;
  }
  return html.substr(i);
}

bool Among(const std::string& name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Index of the '>' closing the tag whose name ended at `i` (quotes
// respected), or html.size(); *self_closing when it ends in "/>".
size_t TagEnd(std::string_view html, size_t i, bool* self_closing) {
  char quote = 0;
  for (; i < html.size(); ++i) {
    const char c = html[i];
    if (quote != 0) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      *self_closing = i > 0 && html[i - 1] == '/';
      return i;
    }
  }
  return html.size();
}

// Index after the "</name" that ends raw text starting at i.
size_t SkipRawText(std::string_view html, size_t i, const std::string& name) {
  while (i < html.size()) {
    const size_t lt = html.find("</", i);
    if (lt == std::string_view::npos) return html.size();
    size_t j = 0;
    while (j < name.size() && lt + 2 + j < html.size() && AsciiLower(html[lt + 2 + j]) == name[j]) {
      ++j;
    }
    if (j == name.size()) return lt;
    i = lt + 2;
  }
  return html.size();
}

}  // namespace

size_t NestingLimit(std::string_view html, size_t max_depth) {
  size_t depth = 0;
  std::string name;
  size_t i = 0;
  while (i < html.size()) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= html.size()) break;
    const char next = html[lt + 1];
    if (html.compare(lt, 4, "<!--") == 0) {
      const size_t close = html.find("-->", lt + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    if (next == '!' || next == '?') {
      const size_t close = html.find('>', lt);
      i = close == std::string_view::npos ? html.size() : close + 1;
      continue;
    }
    const bool end_tag = next == '/';
    const size_t name_at = lt + (end_tag ? 2 : 1);
    ReadTagName(html, name_at, &name);
    if (name.empty() || !((name[0] >= 'a' && name[0] <= 'z'))) {
      i = lt + 1;
      continue;
    }
    bool self_closing = false;
    const size_t close = TagEnd(html, name_at + name.size(), &self_closing);
    i = close + 1;
    if (end_tag) {
      if (depth > 0) --depth;
      continue;
    }
    if (Among(name, {"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes",
                     "plaintext"})) {
      i = SkipRawText(html, std::min(i, html.size()), name);
      continue;
    }
    if (self_closing ||
        Among(name,
              {"area", "base",   "br",       "col",  "embed", "hr",     "img",   "input", "link",
               "meta", "source", "track",    "wbr",  "param", "keygen", "p",     "li",    "dt",
               "dd",   "option", "optgroup", "tr",   "td",    "th",     "tbody", "thead", "tfoot",
               "rb",   "rt",     "rp",       "html", "head",  "body"})) {
      continue;
    }
    if (++depth > max_depth) return lt;
  }
  return html.size();
}

std::string WithoutScriptBodies(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::string name;
  size_t copied = 0, i = 0;
  while (i < html.size()) {
    const size_t lt = html.find('<', i);
    if (lt == std::string_view::npos || lt + 1 >= html.size()) break;
    if (html.compare(lt, 4, "<!--") == 0) {
      const size_t close = html.find("-->", lt + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    ReadTagName(html, lt + 1, &name);
    if (name != "script" && name != "style" && name != "iframe") {
      i = lt + 1;
      continue;
    }
    bool self_closing = false;
    const size_t close = TagEnd(html, lt + 1 + name.size(), &self_closing);
    if (close >= html.size()) break;
    if (name == "iframe") {
      // An <iframe/> written as a void element (tag managers' <noscript>
      // pixels) would hold the rest of the page as its raw text: it is
      // closed where its tag ends.
      if (self_closing) {
        out.append(html.substr(copied, close + 1 - copied));
        out.append("</iframe>");
        copied = close + 1;
      }
      i = close + 1;
      continue;
    }
    const size_t body_end = SkipRawText(html, close + 1, name);
    std::string attributes(html.substr(lt, close - lt));
    for (char& c : attributes) c = static_cast<char>(AsciiLower(c));
    if (attributes.find("json") == std::string::npos) {  // JSON-LD is metadata: keep it
      out.append(html.substr(copied, close + 1 - copied));
      copied = body_end;
    }
    i = body_end;
  }
  out.append(html.substr(std::min(copied, html.size())));
  return out;
}

Dom::Dom(std::string_view html) {
  const GumboOptions options = ParseOptions();
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  std::vector<std::pair<const GumboNode*, int>> stack{{output_->root, -1}};
  while (!stack.empty()) {
    auto [g, parent] = stack.back();
    stack.pop_back();
    if (g == nullptr) {  // marks the end of node `parent`'s subtree
      nodes_[static_cast<size_t>(parent)].end = size();
      continue;
    }
    Node node;
    node.gumbo = g;
    node.parent = parent;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
        g->type == GUMBO_NODE_CDATA) {
      node.is_text = true;
      node.text = g->v.text.text;
      node.end = size() + 1;
      nodes_.push_back(node);
      continue;
    }
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE) continue;
    node.tag = g->v.element.tag;
    const int index = size();
    nodes_.push_back(node);
    if (node.tag == GUMBO_TAG_BODY && body_ < 0) body_ = index;
    if (node.tag == GUMBO_TAG_HTML && html_ < 0) html_ = index;
    stack.push_back({nullptr, index});
    const GumboVector& children = g->v.element.children;
    for (unsigned c = children.length; c > 0; --c) {
      stack.push_back({static_cast<const GumboNode*>(children.data[c - 1]), index});
    }
  }
}

Dom::~Dom() {
  const GumboOptions options = ParseOptions();
  gumbo_destroy_output(&options, output_);
}

std::string_view Dom::Attribute(int i, const char* name) const {
  const Node& n = (*this)[i];
  if (n.is_text) return {};
  const GumboAttribute* a = gumbo_get_attribute(&n.gumbo->v.element.attributes, name);
  return a == nullptr ? std::string_view() : std::string_view(a->value);
}

bool Dom::HasAttribute(int i, const char* name) const {
  const Node& n = (*this)[i];
  return !n.is_text && gumbo_get_attribute(&n.gumbo->v.element.attributes, name) != nullptr;
}

std::string Dom::ClassAndId(int i) const {
  std::string out(Attribute(i, "class"));
  out.push_back(' ');
  out.append(Attribute(i, "id"));
  for (char& c : out) c = static_cast<char>(AsciiLower(c));
  return out;
}

std::string Dom::Text(int i) const {
  std::string out;
  bool pending = false;
  const Node& n = (*this)[i];
  for (int j = i; j < n.end; ++j) {
    const Node& m = (*this)[j];
    if (m.is_text) {
      AppendCollapsed(m.text, &out, &pending);
    } else if (m.tag == GUMBO_TAG_SCRIPT || m.tag == GUMBO_TAG_STYLE) {
      j = m.end - 1;
    } else if (m.tag == GUMBO_TAG_BR || m.tag == GUMBO_TAG_P || m.tag == GUMBO_TAG_DIV ||
               m.tag == GUMBO_TAG_LI) {
      pending = !out.empty();
    }
  }
  return out;
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return (c & 0x80) == 0; });
}

namespace {
// Length of the valid UTF-8 sequence at s[i], or 0 (the one decoder,
// util/utf8.h).
size_t ValidSequence(std::string_view s, size_t i) {
  int32_t code_point = 0;
  const int length = util::DecodeUtf8(reinterpret_cast<const unsigned char*>(s.data()) + i,
                                      s.size() - i, &code_point);
  return code_point < 0 ? 0 : static_cast<size_t>(length);
}
}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const size_t n = ValidSequence(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string RepairUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    const size_t n = ValidSequence(s, i);
    if (n == 0) {
      out.append("\xEF\xBF\xBD");
      ++i;
    } else {
      out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space) {
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (IsAsciiSpace(c)) {
      *pending_space = true;
      continue;
    }
    if (c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0') {  // U+00A0
      *pending_space = true;
      ++i;
      continue;
    }
    if (*pending_space && !out->empty() && out->back() != '\n' && out->back() != ' ') {
      out->push_back(' ');
    }
    *pending_space = false;
    out->push_back(c);
  }
}

}  // namespace concord::extract::internal
