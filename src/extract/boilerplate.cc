// Boilerplate subtrees (boilerplate.h).
#include "extract/boilerplate.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "extract/comment_sections.h"
#include "extract/signup_boxes.h"
#include "extract/teaser_cards.h"

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

// Words that name boilerplate whatever else the class says.
constexpr std::array<std::string_view, 49> kStrongNegative = {"caption",
                                                              "credit",
                                                              "credits",
                                                              "byline",
                                                              "author",
                                                              "timestamp",
                                                              "dateline",
                                                              "meta",
                                                              "copyright",
                                                              "comment",
                                                              "comments",
                                                              "commentlist",
                                                              "disqus",
                                                              "share",
                                                              "sharing",
                                                              "shares",
                                                              "social",
                                                              "sharebar",
                                                              "related",
                                                              "recommended",
                                                              "recommendations",
                                                              "cookie",
                                                              "cookies",
                                                              "consent",
                                                              "gdpr",
                                                              "newsletter",
                                                              "newsletters",
                                                              "subscribe",
                                                              "subscription",
                                                              "advert",
                                                              "advertisement",
                                                              "advertising",
                                                              "ads",
                                                              "ad",
                                                              "adsense",
                                                              "sponsored",
                                                              "sidebar",
                                                              "breadcrumb",
                                                              "breadcrumbs",
                                                              "footer",
                                                              "nav",
                                                              "navbar",
                                                              "navigation",
                                                              "outbrain",
                                                              "taboola",
                                                              "signup",
                                                              "login",
                                                              "trending",
                                                              "tagcloud"};

// Words that name boilerplate unless the class also names content
// ("article modal-enabled" is an article).
// ("hidden" is told by whole class names: IsHiddenClass.)
constexpr std::array<std::string_view, 16> kWeakNegative = {
    "promo", "promotion", "sponsor",  "menu", "popup", "modal", "toolbar", "pagination",
    "pager", "banner",    "masthead", "tags", "date",  "bio",   "header",  "popular"};

constexpr std::array<std::string_view, 10> kPositive = {
    "article", "content", "story", "entry", "post", "body", "text", "main", "prose", "articlebody"};

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
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU:
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

// Cookie and consent banners and modal dialogs lie over the page: never
// its content, however much prose they hold (on a page with little text of
// its own they may hold most of it).
bool IsOverlay(const Dom& dom, int i, std::string_view class_id) {
  if (dom.Attribute(i, "aria-modal") == "true") return true;
  const std::string_view role = dom.Attribute(i, "role");
  if (role == "dialog" || role == "alertdialog") return true;
  bool consent = false;
  ForEachWord(class_id, [&consent](std::string_view w) {
    consent = w == "cookie" || w == "cookies" || w == "consent" || w == "gdpr";
    return consent;
  });
  return consent;
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

namespace {

// Responsive visibility classes ("hidden-xs", "hidden-down-md",
// "hidden-mobile") hide an element on some screens only; pages often hold
// the same block twice, one for each screen size.
bool IsResponsiveHidden(std::string_view token) {
  // "hidden-<anything>" hides on a condition (a breakpoint, often named by
  // a generated hash), never always: that is "hidden".
  if (token.size() > 7 && token.substr(0, 7) == "hidden-") return true;
  // Utility classes: "md:hidden" applies on a condition (a screen size, a
  // state); "overflow-hidden" clips an element's overflow, it hides no
  // element.
  if (token.find(':') != std::string_view::npos || token.substr(0, 8) == "overflow") return true;
  for (std::string_view prefix : {"hide-", "visible-"}) {
    if (token.substr(0, prefix.size()) != prefix) continue;
    const std::string_view rest = token.substr(prefix.size());
    for (std::string_view size : {"xs", "sm", "md", "lg", "xl", "up", "down", "mobile", "tablet",
                                  "desktop", "small", "medium", "large", "print", "phone"}) {
      if (rest.substr(0, size.size()) == size) return true;
    }
  }
  return false;
}

// `class_id` without its responsive visibility classes.
std::string WithoutResponsiveClasses(std::string_view class_id) {
  std::string out;
  size_t i = 0;
  while (i < class_id.size()) {
    const size_t b = class_id.find_first_not_of(" \t\n\r\f", i);
    if (b == std::string_view::npos) break;
    const size_t e = std::min(class_id.find_first_of(" \t\n\r\f", b), class_id.size());
    const std::string_view token = class_id.substr(b, e - b);
    if (!IsResponsiveHidden(token)) {
      out.append(token);
      out.push_back(' ');
    }
    i = e;
  }
  return out;
}

}  // namespace

namespace {

// A class that hides its element: "hidden", or a state prefix and "hidden"
// ("is-hidden", "js-hidden", "u-hidden"). "field--label-hidden" hides the
// field's label, "overflow-hidden" clips: neither hides the element.
bool IsHiddenClass(std::string_view class_id) {
  bool hidden = false;
  size_t i = 0;
  while (i < class_id.size() && !hidden) {
    const size_t b = class_id.find_first_not_of(" \t\n\r\f", i);
    if (b == std::string_view::npos) break;
    const size_t e = std::min(class_id.find_first_of(" \t\n\r\f", b), class_id.size());
    const std::string_view token = class_id.substr(b, e - b);
    constexpr std::string_view kWord = "hidden";
    if (token == kWord) {
      hidden = true;
    } else if (token.size() > kWord.size() + 1 &&
               token.substr(token.size() - kWord.size()) == kWord) {
      const std::string_view prefix = token.substr(0, token.size() - kWord.size() - 1);
      const char sep = token[prefix.size()];
      hidden = (sep == '-' || sep == '_') && prefix.size() <= 5 &&
               std::all_of(prefix.begin(), prefix.end(),
                           [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
    }
    i = e;
  }
  return hidden;
}

}  // namespace

bool IsCommentWord(std::string_view w) {
  return w == "comment" || w == "comments" || w == "commentlist" || w == "disqus";
}

// Number of words in the class token around byte `at` of `class_id`.
size_t WordsInToken(std::string_view class_id, size_t at) {
  size_t b = at, e = at;
  while (b > 0 && !IsAsciiSpace(class_id[b - 1])) --b;
  while (e < class_id.size() && !IsAsciiSpace(class_id[e])) ++e;
  size_t words = 0;
  ForEachWord(class_id.substr(b, e - b), [&words](std::string_view) {
    ++words;
    return false;
  });
  return words;
}

bool NegativeHint(std::string_view class_id_in, const PageKind& kind, bool card_text) {
  const std::string class_id = WithoutResponsiveClasses(class_id_in);
  const std::string_view all(class_id);
  bool strong = false, weak = false;
  ForEachWord(class_id, [&](std::string_view w) {
    const bool listed =
        std::find(kStrongNegative.begin(), kStrongNegative.end(), w) != kStrongNegative.end() &&
        !(kind.discussion && IsCommentWord(w)) && !(card_text && w == "caption");
    // "meta" deep in a long compound name ("hs_cos_wrapper_meta_field")
    // names a part of a field, not the block's post metadata: a weak word
    // there.
    const bool deep =
        listed && w == "meta" && WordsInToken(all, static_cast<size_t>(w.data() - all.data())) >= 4;
    strong = listed && !deep;
    weak = weak || deep ||
           std::find(kWeakNegative.begin(), kWeakNegative.end(), w) != kWeakNegative.end() ||
           (kind.product && (w == "reviews" || w == "ratings" || w == "carousel"));
    return strong;
  });
  // Hidden on every screen: on desktops, tablets and phones alike.
  const bool everywhere = class_id_in.find("hidden-desktop") != std::string_view::npos &&
                          class_id_in.find("hidden-tablet") != std::string_view::npos &&
                          class_id_in.find("hidden-mobile") != std::string_view::npos;
  weak = weak || everywhere || IsHiddenClass(class_id);
  if (strong || (weak && PositiveHints(class_id) == 0)) return true;
  return class_id.find("sr-only") != std::string_view::npos ||
         class_id.find("visually-hidden") != std::string_view::npos ||
         class_id.find("screen-reader") != std::string_view::npos;
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_HGROUP:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

bool IsParagraphTag(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_BLOCKQUOTE;
}

Scores ScoreBlocks(const Dom& dom, const std::vector<char>& dropped, const TextCounts& counts,
                   bool demote_cards, double short_weight) {
  const auto n = static_cast<size_t>(dom.size());
  std::vector<int> own(n, 0), own_link(n, 0), block_of(n, -1);
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    if (dropped[static_cast<size_t>(i)]) {
      i = node.end - 1;
      continue;
    }
    const int p = node.parent;
    const bool block = !node.is_text && IsBlockTag(node.tag);
    block_of[static_cast<size_t>(i)] = block || p < 0 ? i : block_of[static_cast<size_t>(p)];
    if (node.is_text && block_of[static_cast<size_t>(i)] >= 0) {
      const auto b = static_cast<size_t>(block_of[static_cast<size_t>(i)]);
      own[b] += counts.chars[static_cast<size_t>(i)];
      own_link[b] += counts.link_chars[static_cast<size_t>(i)];
    }
  }
  const TeaserCards cards = demote_cards ? FindTeaserCards(dom, counts) : TeaserCards{};
  Scores s{std::vector<double>(n, 0.0), std::vector<double>(n, 0.0)};
  for (size_t i = 0; i < n; ++i) {
    if (own[i] == 0) continue;
    const double length = own[i], links = own_link[i];
    const GumboTag tag = dom[static_cast<int>(i)].tag;
    if (IsHeading(tag)) continue;
    // Table cells count as neither: data tables are content, layout
    // tables hold their paragraphs in blocks of their own.
    if ((tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) && links < 0.5 * length) continue;
    const bool paragraph = IsParagraphTag(tag) || (tag == GUMBO_TAG_LI && length >= 80);
    const bool prose =
        (paragraph && links < 0.5 * length) || (length >= 80 && links < 0.33 * length);
    if (prose && !(demote_cards && InTeaserCard(dom, static_cast<int>(i), cards, counts))) {
      s.good[i] = length - links;
      s.junk[i] = links;
    } else {
      s.good[i] = short_weight * (length - links);
      s.junk[i] = links + (1 - short_weight) * (length - links);
    }
  }
  for (int i = dom.size() - 1; i > 0; --i) {
    const int p = dom[i].parent;
    if (p < 0) continue;
    s.good[static_cast<size_t>(p)] += s.good[static_cast<size_t>(i)];
    s.junk[static_cast<size_t>(p)] += s.junk[static_cast<size_t>(i)];
  }
  return s;
}

TextCounts CountText(const Dom& dom, const std::vector<char>* dropped) {
  const auto n = static_cast<size_t>(dom.size());
  TextCounts counts{std::vector<int>(n, 0), std::vector<int>(n, 0)};
  std::vector<char> in_link(n, 0);
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    const auto u = static_cast<size_t>(i);
    if ((dropped != nullptr && (*dropped)[u]) || node.tag == GUMBO_TAG_SCRIPT ||
        node.tag == GUMBO_TAG_STYLE) {
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

std::vector<char> MarkHidden(const Dom& dom, bool styled_hidden) {
  std::vector<char> dropped(static_cast<size_t>(dom.size()), 0);
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    if (node.is_text) continue;
    if (IsDroppedTag(node.tag) || dom.Attribute(i, "aria-hidden") == "true" ||
        (styled_hidden &&
         (dom.HasAttribute(i, "hidden") || IsHiddenStyle(dom.Attribute(i, "style"))))) {
      std::fill(dropped.begin() + i, dropped.begin() + node.end, 1);
      i = node.end - 1;
    }
  }
  return dropped;
}

namespace {

// True when element i is the header or footer of an <article> that is one
// of a list of them (the heading and summary of an item of a listing),
// not of the page.
bool InListedArticle(const Dom& dom, int i) {
  if (dom[i].tag != GUMBO_TAG_HEADER && dom[i].tag != GUMBO_TAG_FOOTER) return false;
  int article = dom[i].parent;
  while (article >= 0 && dom[article].tag != GUMBO_TAG_ARTICLE) article = dom[article].parent;
  if (article < 0 || dom[article].parent < 0) return false;
  const int parent = dom[article].parent;
  int articles = 0;
  for (int c = parent + 1; c < dom[parent].end; c = dom[c].end) {
    articles += dom[c].tag == GUMBO_TAG_ARTICLE;
  }
  return articles >= 2;
}

// True when element i is the text of a card (a product's or an article's
// in a grid: "caption" in Bootstrap's thumbnails), not a picture's
// caption: it holds a linked heading, or it lies inside a link.
bool IsCardText(const Dom& dom, int i) {
  for (int d = i + 1; d < dom[i].end; ++d) {
    if (!IsHeading(dom[d].tag)) continue;
    for (int e = d + 1; e < dom[d].end; ++e) {
      if (dom[e].tag == GUMBO_TAG_A) return true;
    }
    for (int a = dom[d].parent; a > i; a = dom[a].parent) {
      if (dom[a].tag == GUMBO_TAG_A) return true;
    }
  }
  for (int a = dom[i].parent, level = 0; a >= 0 && level < 3; a = dom[a].parent, ++level) {
    if (dom[a].tag == GUMBO_TAG_A) return true;
  }
  return false;
}

// True when a class token of `class_attr` opens with a content word
// ("content-nav-section", "article_sidebar_wrap"): the block is a part of
// the content, whatever the words after it say.
bool OpensWithContentWord(std::string_view class_attr) {
  bool opens = false;
  size_t i = 0;
  while (i < class_attr.size() && !opens) {
    const size_t b = class_attr.find_first_not_of(" \t\n\r\f", i);
    if (b == std::string_view::npos) break;
    const size_t e = std::min(class_attr.find_first_of(" \t\n\r\f", b), class_attr.size());
    ForEachWord(class_attr.substr(b, e - b), [&opens](std::string_view w) {
      opens = std::find(kPositive.begin(), kPositive.end(), w) != kPositive.end();
      return true;  // the first word only
    });
    i = e;
  }
  return opens;
}

// Per element: its prose, or, for an element whose class opens with a
// content word, the prose of all the elements of that class (nested ones
// counted once). An article may be cut into several sections of such a
// class that names boilerplate by accident ("content-nav-section": the
// sections a table of contents scrolls to); together they hold it. Classes
// that open with another word are left alone: a page's comments
// ("comment-content") together may hold more prose than its article.
std::vector<double> ClassProse(const Dom& dom, const std::vector<double>& prose) {
  std::unordered_map<std::string, std::pair<double, int>> by_class;  // prose, end of last
  std::vector<std::string> keys(static_cast<size_t>(dom.size()));
  std::string class_attr;  // reused: most elements' classes are no key
  for (int i = 0; i < dom.size(); ++i) {
    if (dom[i].is_text) continue;
    class_attr.assign(dom.Attribute(i, "class"));
    for (char& c : class_attr) c = static_cast<char>(AsciiLower(c));
    if (!OpensWithContentWord(class_attr)) continue;
    std::string& key = keys[static_cast<size_t>(i)];
    key = class_attr;
    auto& [sum, end] = by_class[key];
    if (i < end) continue;  // inside an element of its own class
    sum += prose[static_cast<size_t>(i)];
    end = dom[i].end;
  }
  std::vector<double> out(prose);
  for (size_t u = 0; u < out.size(); ++u) {
    if (!keys[u].empty()) out[u] = std::max(out[u], by_class[keys[u]].first);
  }
  return out;
}

}  // namespace

std::vector<char> MarkChrome(const Dom& dom, const std::vector<char>& hidden,
                             const std::vector<double>& prose, double max_share,
                             const PageKind& kind) {
  constexpr double kFormProse = 300;
  std::vector<char> dropped = hidden;
  const int root = dom.body() >= 0 ? dom.body() : 0;
  const double page_prose = prose[static_cast<size_t>(root)];
  const std::vector<double> class_prose = ClassProse(dom, prose);
  for (int i = 0; i < dom.size(); ++i) {
    const Node& node = dom[i];
    if (dropped[static_cast<size_t>(i)]) {
      i = node.end - 1;
      continue;
    }
    if (node.is_text || node.tag == GUMBO_TAG_BODY || node.tag == GUMBO_TAG_HTML ||
        node.tag == GUMBO_TAG_MAIN || node.tag == GUMBO_TAG_ARTICLE) {
      continue;
    }
    const std::string class_id = dom.ClassAndId(i);
    // On a discussion page a form holding prose holds the posts (for
    // moderators to select them), not a search box or a sign-up.
    const bool prose_form = kind.discussion && node.tag == GUMBO_TAG_FORM &&
                            prose[static_cast<size_t>(i)] >= kFormProse;
    // A tab panel's id names the tab that shows it ("main-nav-products-content"
    // for the "Products" tab of a navigation), not what it holds: it is
    // judged by its class alone.
    const std::string hint = dom.Attribute(i, "role") == "tabpanel"
                                 ? std::string(dom.Attribute(i, "class"))
                                 : class_id;
    const bool chrome =
        (IsChromeTag(node.tag) && !InListedArticle(dom, i) && !prose_form) ||
        IsChromeRole(dom.Attribute(i, "role")) ||
        (NegativeHint(hint, kind) &&
         ((!kind.cards_are_content && NegativeHint(hint, kind, true)) || !IsCardText(dom, i)));
    if ((chrome &&
         (page_prose <= 0 || class_prose[static_cast<size_t>(i)] < max_share * page_prose)) ||
        IsOverlay(dom, i, class_id)) {
      std::fill(dropped.begin() + i, dropped.begin() + node.end, 1);
      i = node.end - 1;
    }
  }
  // Readers' comments whose elements carry no telling class ("Reader
  // responses" over a ul.posts), except where they are the content.
  if (!kind.discussion) MarkCommentSections(dom, &dropped);
  // Sign-up boxes beside an article; on a product page or a page of
  // little prose such a box is often the offer itself ("Notify me when
  // back in stock" under the price).
  constexpr double kSignupPageProse = 1000;
  if (!kind.product && page_prose >= kSignupPageProse) MarkSignupBoxes(dom, &dropped);
  return dropped;
}

}  // namespace concord::extract::internal
