// Boilerplate subtrees (boilerplate.h).
#include "extract/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace concord::extract::internal {
namespace {

// Words of a class/id string: runs of ASCII letters and digits.
template <typename F>
void ForEachWord(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    const size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b && f(s.substr(b, i - b))) return;
  }
}

constexpr std::array<std::string_view, 62> kNegative = {
    "comment",    "comments",     "commentlist", "disqus",      "share",        "sharing",
    "shares",     "social",       "sharebar",    "related",     "recommended",  "recommendations",
    "cookie",     "cookies",      "consent",     "gdpr",        "newsletter",   "subscribe",
    "subscription", "promo",      "promotion",   "advert",      "advertisement", "advertising",
    "ads",        "ad",           "adsense",     "sponsored",   "sponsor",      "sidebar",
    "breadcrumb", "breadcrumbs",  "footer",      "nav",         "navbar",       "navigation",
    "menu",       "popup",        "modal",       "widget",      "widgets",      "toolbar",
    "pagination", "pager",        "outbrain",    "taboola",     "signup",       "login",
    "banner",     "masthead",     "tags",        "tagcloud",    "byline",       "bio",
    "hidden",     "skip",         "header",      "trending",    "popular",      "most",
    "newsletters", "follow"};

constexpr std::array<std::string_view, 10> kPositive = {
    "article", "content", "story",   "entry",  "post",
    "body",    "text",    "main",    "prose",  "articlebody"};

bool IsHiddenStyle(std::string_view style) {
  std::string s;
  for (char c : style) {
    if (!IsAsciiSpace(c)) s.push_back(static_cast<char>(AsciiLower(c)));
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

bool IsDroppedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_HEAD: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MAP:
    case GUMBO_TAG_MATH: case GUMBO_TAG_NAV: case GUMBO_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Tags that are boilerplate unless they hold most of the page's text.
bool IsChromeTag(GumboTag tag) {
  return tag == GUMBO_TAG_HEADER || tag == GUMBO_TAG_FOOTER || tag == GUMBO_TAG_ASIDE ||
         tag == GUMBO_TAG_FORM;
}

bool IsChromeRole(std::string_view role) {
  std::string r;
  for (char c : role) r.push_back(static_cast<char>(AsciiLower(c)));
  return r == "navigation" || r == "banner" || r == "contentinfo" || r == "complementary" ||
         r == "dialog" || r == "alertdialog" || r == "menu" || r == "menubar" || r == "search" ||
         r == "alert";
}

}  // namespace

int PositiveHints(std::string_view class_id) {
  int n = 0;
  ForEachWord(class_id, [&n](std::string_view w) {
    n += std::find(kPositive.begin(), kPositive.end(), w) != kPositive.end();
    return false;
  });
  return n;
}

bool NegativeHint(std::string_view class_id) {
  bool found = false;
  ForEachWord(class_id, [&found](std::string_view w) {
    found = std::find(kNegative.begin(), kNegative.end(), w) != kNegative.end();
    return found;
  });
  return found || class_id.find("sr-only") != std::string_view::npos ||
         class_id.find("visually-hidden") != std::string_view::npos ||
         class_id.find("screen-reader") != std::string_view::npos;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_TR: case GUMBO_TAG_TABLE:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_DL: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_FORM: case GUMBO_TAG_CENTER: case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_HR: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

TextCounts CountText(const Dom& dom, const std::vector<char>* dropped) {
  const auto n = static_cast<size_t>(dom.size());
  TextCounts counts{std::vector<int>(n, 0), std::vector<int>(n, 0)};
  std::vector<char> in_link(n, 0);
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    const auto u = static_cast<size_t>(i);
    if ((dropped != nullptr && (*dropped)[u]) || node.tag == GUMBO_TAG_SCRIPT ||
        node.tag == GUMBO_TAG_STYLE || node.tag == GUMBO_TAG_NOSCRIPT) {
      i = node.end - 1;
      continue;
    }
    const bool parent_link = node.parent >= 0 && in_link[static_cast<size_t>(node.parent)];
    in_link[u] = parent_link || node.tag == GUMBO_TAG_A;
    if (!node.is_text) continue;
    int c = 0;
    for (char ch : node.text) c += !IsAsciiSpace(ch);
    counts.chars[u] = c;
    counts.link_chars[u] = parent_link ? c : 0;
  }
  for (int i = dom.size() - 1; i > 0; --i) {  // children after parents: sum upwards
    const int p = dom[i].parent;
    if (p < 0) continue;
    counts.chars[static_cast<size_t>(p)] += counts.chars[static_cast<size_t>(i)];
    counts.link_chars[static_cast<size_t>(p)] += counts.link_chars[static_cast<size_t>(i)];
  }
  return counts;
}

std::vector<char> MarkBoilerplate(const Dom& dom, const TextCounts& raw, double max_share) {
  const auto n = static_cast<size_t>(dom.size());
  std::vector<char> dropped(n, 0);
  const int root = dom.body() >= 0 ? dom.body() : 0;
  const double page_chars = std::max(1, raw.chars[static_cast<size_t>(root)]);
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    if (node.is_text) continue;
    bool drop = IsDroppedTag(node.tag) || dom.HasAttribute(i, "hidden") ||
                dom.Attribute(i, "aria-hidden") == "true" ||
                IsHiddenStyle(dom.Attribute(i, "style"));
    if (!drop && node.tag != GUMBO_TAG_BODY && node.tag != GUMBO_TAG_HTML &&
        node.tag != GUMBO_TAG_MAIN && node.tag != GUMBO_TAG_ARTICLE) {
      const bool chrome = IsChromeTag(node.tag) || IsChromeRole(dom.Attribute(i, "role")) ||
                          NegativeHint(dom.ClassAndId(i));
      drop = chrome && raw.chars[static_cast<size_t>(i)] < max_share * page_chars;
    }
    if (drop) {
      std::fill(dropped.begin() + i, dropped.begin() + node.end, 1);
      i = node.end - 1;
    }
  }
  return dropped;
}

}  // namespace concord::extract::internal
