// Metadata of a page (metadata.h). Sources in order of trust: JSON-LD of an
// article type, OpenGraph and article:* meta tags, other common meta names,
// then the visible page (<time>, byline elements, <h1>, <title>).
#include "extract/metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "extract/author.h"
#include "util/utf8.h"

namespace concord::extract::internal {
namespace {

using nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(AsciiLower(c));
  return out;
}

bool IsArticleType(const json& type) {
  static constexpr std::array<std::string_view, 14> kTypes = {"article",
                                                              "newsarticle",
                                                              "blogposting",
                                                              "reportagenewsarticle",
                                                              "report",
                                                              "analysisnewsarticle",
                                                              "opinionnewsarticle",
                                                              "backgroundnewsarticle",
                                                              "reviewnewsarticle",
                                                              "liveblogposting",
                                                              "techarticle",
                                                              "scholarlyarticle",
                                                              "socialmediaposting",
                                                              "posting"};
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string lower = Lower(t.get<std::string>());
    return std::find(kTypes.begin(), kTypes.end(), lower) != kTypes.end();
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

bool IsDiscussionType(const json& type) {
  auto one = [](const json& t) {
    if (!t.is_string()) return false;
    const std::string lower = Lower(t.get<std::string>());
    return lower == "discussionforumposting" || lower == "qapage";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

bool IsProductType(const json& type) {
  auto one = [](const json& t) {
    return t.is_string() && (Lower(t.get<std::string>()) == "product" ||
                             Lower(t.get<std::string>()) == "productgroup");
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

std::string StringOf(const json& value) {
  if (value.is_string()) return Collapse(value.get<std::string>());
  if (value.is_object() && value.contains("name")) return StringOf(value["name"]);
  if (value.is_array() && !value.empty()) return StringOf(value.front());
  return "";
}

// Names of the author value: "X", {"name": "X"}, or an array of them.
std::string AuthorsOf(const json& value) {
  std::vector<std::string> names;
  auto add = [&names](const json& v) {
    std::string name = StringOf(v);
    if (!name.empty() && name.find("://") == std::string::npos && !IsNoAuthor(name) &&
        std::find(names.begin(), names.end(), name) == names.end()) {
      names.push_back(std::move(name));
    }
  };
  if (value.is_array()) {
    for (const json& v : value) add(v);
  } else {
    add(value);
  }
  // "A", "A and B", "A, B and C": as a byline names them.
  std::string out;
  for (size_t k = 0; k < names.size(); ++k) {
    if (k > 0) out += k + 1 == names.size() ? " and " : ", ";
    out += names[k];
  }
  return out;
}

void FillFromArticleObject(const json& o, Metadata* m) {
  auto get = [&o](const char* key) { return o.contains(key) ? StringOf(o[key]) : std::string(); };
  if (m->title.empty()) m->title = get("headline");
  if (m->title.empty()) m->title = get("name");
  if (m->author.empty() && o.contains("author")) m->author = AuthorsOf(o["author"]);
  if (m->published.empty()) m->published = NormalizeDate(get("datePublished"));
  if (m->published.empty()) m->published = NormalizeDate(get("dateCreated"));
  if (m->site.empty() && o.contains("publisher")) m->site = StringOf(o["publisher"]);
  if (m->language.empty()) m->language = get("inLanguage");
  if (m->article_body.empty() && o.contains("articleBody") && o["articleBody"].is_string()) {
    m->article_body = Collapse(o["articleBody"].get<std::string>());
  }
}

// Walks one JSON-LD block (iteratively); fills `m` from article objects and
// remembers a WebSite name and a WebPage's date as fallbacks.
void ReadJsonLd(std::string_view text, Metadata* m, std::string* website, std::string* page_date) {
  const json root = json::parse(text.begin(), text.end(), nullptr, false);
  if (root.is_discarded()) return;
  std::vector<const json*> stack{&root};
  size_t visited = 0;
  while (!stack.empty() && ++visited < 10000) {
    const json* v = stack.back();
    stack.pop_back();
    if (v->is_array()) {
      for (auto it = v->rbegin(); it != v->rend(); ++it) stack.push_back(&*it);
      continue;
    }
    if (!v->is_object()) continue;
    if (v->contains("@type")) {
      const json& type = (*v)["@type"];
      m->discussion = m->discussion || IsDiscussionType(type);
      m->product = m->product || IsProductType(type);
      if (IsArticleType(type)) {
        FillFromArticleObject(*v, m);
      } else if (type.is_string() && Lower(type.get<std::string>()) == "website" &&
                 website->empty() && v->contains("name")) {
        *website = StringOf((*v)["name"]);
      } else if (type.is_string() && Lower(type.get<std::string>()) == "webpage" &&
                 page_date->empty() && v->contains("datePublished")) {
        *page_date = NormalizeDate(StringOf((*v)["datePublished"]));
      }
    }
    if (v->contains("@graph")) stack.push_back(&(*v)["@graph"]);
    if (v->contains("mainEntity")) stack.push_back(&(*v)["mainEntity"]);
  }
}

struct MetaTags {
  std::vector<std::pair<std::string, std::string>> pairs;  // lower-cased key, content
  std::string Get(std::initializer_list<std::string_view> keys) const {
    for (std::string_view key : keys) {
      for (const auto& [k, v] : pairs) {
        if (k == key && !v.empty()) return v;
      }
    }
    return "";
  }
};

bool IsUrl(std::string_view s) { return s.find("://") != std::string_view::npos; }

// `s` with the character references left in it decoded: metadata is often
// escaped twice ("Trends &amp;amp; Tips" in the page reads "Trends &amp;
// Tips" after parsing). Numeric references and the five XML names.
std::string DecodeEntities(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    const size_t amp = s.find('&', i);
    const size_t semi = amp == std::string_view::npos ? amp : s.find(';', amp);
    if (semi == std::string_view::npos || semi - amp > 10) {
      out.append(s.substr(i, amp == std::string_view::npos ? amp : amp + 1 - i));
      i = amp == std::string_view::npos ? s.size() : amp + 1;
      continue;
    }
    out.append(s.substr(i, amp - i));
    const std::string name = Lower(s.substr(amp + 1, semi - amp - 1));
    int32_t code = -1;
    if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x';
      const std::string digits = name.substr(hex ? 2 : 1);
      const bool ok =
          !digits.empty() &&
          digits.find_first_not_of(hex ? "0123456789abcdef" : "0123456789") == std::string::npos;
      if (ok && digits.size() <= 6)
        code = static_cast<int32_t>(std::stol(digits, nullptr, hex ? 16 : 10));
      if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
    } else {
      static constexpr std::array<std::pair<std::string_view, int32_t>, 6> kNames = {
          {{"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", ' '}}};
      for (const auto& [n, c] : kNames) {
        if (name == n) code = c;
      }
    }
    if (code < 0) {
      out.append(s.substr(amp, semi + 1 - amp));
    } else {
      char buffer[4];
      out.append(buffer, static_cast<size_t>(util::EncodeUtf8(code, buffer)));
    }
    i = semi + 1;
  }
  return out;
}

// `s` without a leading "By", "Written by:", "Text by", "Posted by" (or
// "View all posts by": "by" among the first five words), "Author:", "von"
// or "par"; "Name (Name)", a user name and the same display name, becomes
// "Name".
std::string StripBy(std::string s) {
  const std::string lower = Lower(s);
  for (std::string_view prefix : {"von ", "par ", "author: ", "author ", "author:"}) {
    if (lower.rfind(prefix, 0) == 0 && lower.size() > prefix.size()) {
      return StripBy(Collapse(std::string_view(s).substr(prefix.size())));
    }
  }
  size_t words = 0;
  for (size_t i = 0; i + 1 < lower.size() && words < 5; ++i) {
    if (i > 0 && !IsAsciiSpace(lower[i - 1])) continue;
    ++words;
    if (lower.compare(i, 2, "by") != 0) continue;
    // "by " or "by:", or "byName" with the name's capital (a missing space).
    const size_t e = i + 2;
    if (e == lower.size() || IsAsciiSpace(lower[e]) || lower[e] == ':' ||
        (s[e] >= 'A' && s[e] <= 'Z')) {
      std::string_view rest = std::string_view(s).substr(e);
      while (!rest.empty() && (rest.front() == ':' || IsAsciiSpace(rest.front()))) {
        rest.remove_prefix(1);
      }
      return Collapse(rest);
    }
  }
  const size_t open = s.find(" (");
  if (open != std::string::npos && s.back() == ')' &&
      Lower(s.substr(open + 2, s.size() - open - 3)) == Lower(s.substr(0, open))) {
    return s.substr(0, open);
  }
  return s;
}

}  // namespace

std::string Collapse(std::string_view s) {
  std::string out;
  bool pending = false;
  AppendCollapsed(s, &out, &pending);
  return out;
}

namespace {

bool Digits(std::string_view s, size_t at, size_t n) {
  if (at + n > s.size()) return false;
  for (size_t i = at; i < at + n; ++i) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

int Number(std::string_view s, size_t at, size_t n) {
  int v = 0;
  for (size_t i = at; i < at + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

std::string Ymd(int y, int m, int d) {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// "T10:00:00+02:00" after an ISO date at `at`; "" when absent.
std::string IsoTime(std::string_view s, size_t at) {
  if (at >= s.size() || (s[at] != 'T' && s[at] != ' ') || !Digits(s, at + 1, 2) ||
      at + 3 >= s.size() || s[at + 3] != ':' || !Digits(s, at + 4, 2)) {
    return "";
  }
  std::string out = "T" + std::string(s.substr(at + 1, 5));
  size_t i = at + 6;
  if (i < s.size() && s[i] == ':' && Digits(s, i + 1, 2)) {
    out += s.substr(i, 3);
    i += 3;
  } else {
    out += ":00";
  }
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  }
  if (i < s.size() && s[i] == 'Z') return out + "Z";
  if (i < s.size() && (s[i] == '+' || s[i] == '-') && Digits(s, i + 1, 2)) {
    out += s.substr(i, 3);
    const size_t mm = (i + 3 < s.size() && s[i + 3] == ':') ? i + 4 : i + 3;
    out += ":" + (Digits(s, mm, 2) ? std::string(s.substr(mm, 2)) : std::string("00"));
  }
  return out;
}

int MonthOf(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  const std::string lower = Lower(word);
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (kMonths[i].substr(0, std::min(lower.size(), kMonths[i].size())) == lower &&
        lower.size() <= kMonths[i].size()) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

// "March 5, 2024", "5 March 2024", "Mar. 5 2024".
std::string WordDate(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size() && words.size() < 64) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    const size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) words.push_back(s.substr(b, i - b));
  }
  auto number = [](std::string_view w, size_t max_len) {
    std::string_view digits = w;
    while (!digits.empty() && !std::isdigit(static_cast<unsigned char>(digits.back()))) {
      digits.remove_suffix(1);  // "5th"
    }
    if (digits.empty() || digits.size() > max_len || !Digits(digits, 0, digits.size())) return -1;
    return Number(digits, 0, digits.size());
  };
  for (size_t w = 0; w < words.size(); ++w) {
    const int month = MonthOf(words[w]);
    if (month == 0) continue;
    if (w + 2 < words.size()) {
      const int day = number(words[w + 1], 2), year = number(words[w + 2], 4);
      if (day > 0 && year > 1900) return Ymd(year, month, day);
    }
    if (w >= 1 && w + 1 < words.size()) {
      const int day = number(words[w - 1], 2), year = number(words[w + 1], 4);
      if (day > 0 && year > 1900) return Ymd(year, month, day);
    }
  }
  return "";
}

}  // namespace

std::string NormalizeDate(std::string_view s) {
  for (size_t i = 0; i + 10 <= s.size(); ++i) {
    if (Digits(s, i, 4) && (s[i + 4] == '-' || s[i + 4] == '/') && Digits(s, i + 5, 2) &&
        s[i + 7] == s[i + 4] && Digits(s, i + 8, 2) && (i == 0 || !std::isdigit(s[i - 1]))) {
      const std::string date = Ymd(Number(s, i, 4), Number(s, i + 5, 2), Number(s, i + 8, 2));
      if (!date.empty()) return date + IsoTime(s, i + 10);
    }
  }
  return WordDate(s);
}

namespace {

// What the visible page offers, gathered in one pass.
struct PageSignals {
  MetaTags meta;
  std::string title_element, first_h1, canonical, html_lang;
  std::string time_published, time_any, itemprop_date, byline, itemprop_author;
  std::string website, page_date, text_date;
};

bool HasToken(const std::string& class_id, std::string_view word) {
  size_t at = class_id.find(word);
  while (at != std::string::npos) {
    const bool left = at == 0 || !std::isalpha(static_cast<unsigned char>(class_id[at - 1]));
    const size_t e = at + word.size();
    const bool right =
        e >= class_id.size() || !std::isalpha(static_cast<unsigned char>(class_id[e]));
    if (left && (right || class_id.compare(e, 4, "name") == 0 || class_id[e] == 's')) return true;
    at = class_id.find(word, at + 1);
  }
  return false;
}

// A short text that reads like a person's name (1-6 words, no sentence).
// Separate numbers in `text`: a name has at most one ("user123"), a
// profile's counters ("10 posts 1 badges 4 reputation") have several.
int NumberRuns(std::string_view text) {
  int runs = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    runs += std::isdigit(static_cast<unsigned char>(text[i])) &&
            (i == 0 || !std::isdigit(static_cast<unsigned char>(text[i - 1])));
  }
  return runs;
}

bool HasLetter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
  });
}

bool LooksLikeByline(const std::string& text) {
  if (text.empty() || text.size() > 100 || NumberRuns(text) > 1 || !HasLetter(text)) return false;
  const size_t words = static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
  return words <= 8 && text.find(". ") == std::string::npos;
}

// False for what a byline holds beside a name: an avatar's initial, a
// symbol, a label ("Authors:", "Updated", "About the author", "via").
bool IsNameLike(const std::string& text) {
  size_t ascii = 0, other = 0;
  for (char c : text) {
    ascii += std::isalpha(static_cast<unsigned char>(c)) != 0;
    other += static_cast<unsigned char>(c) >= 0x80;
  }
  if (ascii < 2 && other < 4) return false;
  if (text.back() == ':') return false;
  const std::string lower = Lower(text);
  for (std::string_view label : {"by", "author", "authors", "about the author", "updated", "posted",
                                 "published", "post", "via", "written", "guide"}) {
    if (lower == label) return false;
  }
  return true;
}

// The name in byline element i: its first text with a letter once "By"
// is removed ("By <a>Ana Ruiz</a> <span>Senior Reporter</span>" is Ana
// Ruiz; the role, the outlet and the profile's counters that follow in
// elements of their own are not the name).
std::string BylineName(const Dom& dom, int i) {
  for (int j = i + 1; j < dom[i].end; ++j) {
    if (!dom[j].is_text) continue;
    const std::string text = StripBy(Collapse(dom[j].text));
    if (IsNameLike(text)) return text;
  }
  return "";
}

// An element that names the page's author: rel=author, a byline or author
// class, but not a commenter's name ("comment-author-name").
bool IsBylineElement(const Dom& dom, int i) {
  const std::string class_id = dom.ClassAndId(i);
  if (Lower(class_id).find("comment") != std::string::npos) return false;
  return Lower(std::string(dom.Attribute(i, "rel"))) == "author" || HasToken(class_id, "byline") ||
         HasToken(class_id, "author");
}

void ReadElement(const Dom& dom, int i, PageSignals* p) {
  const Node& n = dom[i];
  auto attr = [&](const char* name) { return std::string(dom.Attribute(i, name)); };
  const std::string itemprop = Lower(attr("itemprop"));
  if (n.tag == GUMBO_TAG_META) {
    std::string key = attr("property");
    if (key.empty()) key = attr("name");
    if (key.empty()) key = itemprop;
    if (key.empty()) key = attr("http-equiv");
    if (!key.empty()) p->meta.pairs.emplace_back(Lower(key), Collapse(attr("content")));
  } else if (n.tag == GUMBO_TAG_TITLE && p->title_element.empty()) {
    p->title_element = dom.Text(i);
  } else if (n.tag == GUMBO_TAG_H1 && p->first_h1.empty()) {
    p->first_h1 = dom.Text(i);
  } else if (n.tag == GUMBO_TAG_LINK && p->canonical.empty() && Lower(attr("rel")) == "canonical") {
    p->canonical = attr("href");
  } else if (n.tag == GUMBO_TAG_HTML && p->html_lang.empty()) {
    p->html_lang = attr("lang");
  } else if (n.tag == GUMBO_TAG_TIME) {
    std::string when = NormalizeDate(attr("datetime"));
    if (when.empty()) when = NormalizeDate(dom.Text(i));
    const std::string class_id = dom.ClassAndId(i) + " " + itemprop;
    if (p->time_published.empty() &&
        (class_id.find("publish") != std::string::npos || itemprop == "datepublished")) {
      p->time_published = when;
    }
    if (p->time_any.empty()) p->time_any = when;
  }
  if (itemprop == "datepublished" && p->itemprop_date.empty()) {
    std::string v = attr("content");
    if (v.empty()) v = attr("datetime");
    if (v.empty()) v = dom.Text(i);
    p->itemprop_date = NormalizeDate(v);
  }
  if (n.tag != GUMBO_TAG_META && n.tag != GUMBO_TAG_LINK) {
    if (itemprop == "author" && p->itemprop_author.empty()) {
      const std::string name = BylineName(dom, i);
      if (LooksLikeByline(name) && !IsNoAuthor(name)) p->itemprop_author = name;
    } else if (p->byline.empty() && IsBylineElement(dom, i)) {
      const std::string text = BylineName(dom, i);
      if (LooksLikeByline(text) && !IsNoAuthor(text)) p->byline = text;
    }
  }
}

PageSignals Gather(const Dom& dom, Metadata* m) {
  PageSignals p;
  for (int i = 0; i < dom.size(); ++i) {
    const Node& n = dom[i];
    if (n.is_text) {
      // A short line of the page that is a date ("Published August 7,
      // 2023"), when nothing else dates the page.
      constexpr size_t kDateLine = 80;
      const GumboTag parent = n.parent >= 0 ? dom[n.parent].tag : GUMBO_TAG_UNKNOWN;
      if (p.text_date.empty() && n.text.size() <= kDateLine && parent != GUMBO_TAG_TITLE &&
          parent != GUMBO_TAG_STYLE) {
        p.text_date = NormalizeDate(n.text);
      }
      continue;
    }
    if (n.tag == GUMBO_TAG_SCRIPT) {
      if (Lower(dom.Attribute(i, "type")).find("ld+json") != std::string::npos) {
        for (int j = i + 1; j < n.end; ++j) {
          if (dom[j].is_text) ReadJsonLd(dom[j].text, m, &p.website, &p.page_date);
        }
      }
      i = n.end - 1;
      continue;
    }
    ReadElement(dom, i, &p);
  }
  return p;
}

// The <title> without a " | Site" or " - Site" tail.
std::string TrimSiteSuffix(const std::string& title) {
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " · "}) {
    const size_t at = title.rfind(sep);
    if (at != std::string::npos && at > title.size() / 3) return title.substr(0, at);
  }
  return title;
}

std::string ChooseTitle(const PageSignals& p, const Metadata& m) {
  const std::string og = p.meta.Get({"og:title", "twitter:title", "dc.title", "headline"});
  const std::string h1 = p.first_h1;
  for (const std::string& other : {og, m.title, p.title_element}) {
    if (!h1.empty() && !other.empty() && Lower(other).find(Lower(h1)) != std::string::npos) {
      return TrimSiteSuffix(h1);
    }
  }
  if (!m.title.empty()) return TrimSiteSuffix(m.title);
  if (!og.empty()) return TrimSiteSuffix(og);
  if (!p.title_element.empty()) return TrimSiteSuffix(p.title_element);
  return h1;
}

}  // namespace

Metadata ReadMetadata(const Dom& dom) {
  Metadata m;
  const PageSignals p = Gather(dom, &m);
  m.title = ChooseTitle(p, m);
  std::string meta_author =
      StripBy(p.meta.Get({"author", "article:author", "parsely-author", "sailthru.author",
                          "dc.creator", "byl", "dcterms.creator"}));
  if (IsUrl(meta_author) || !HasLetter(meta_author) || IsNoAuthor(meta_author)) {
    meta_author.clear();
  }
  // The first source that names the author, in order of trust; a user
  // name ("kffnirmitap") only when no source gives a real name.
  std::string handle;
  const std::string* const sources[] = {&m.author, &meta_author, &p.itemprop_author, &p.byline};
  for (const std::string* source : sources) {
    if (source->empty()) continue;
    if (!IsHandle(*source)) {
      handle.clear();
      m.author = *source;
      break;
    }
    if (handle.empty()) handle = *source;
  }
  if (!handle.empty()) m.author = handle;
  if (m.published.empty()) {
    m.published = NormalizeDate(p.meta.Get(
        {"article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
         "publish-date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dc.date",
         "dcterms.date", "dcterms.created", "citation_publication_date", "date"}));
  }
  for (const std::string* fallback :
       {&p.itemprop_date, &p.time_published, &p.page_date, &p.time_any, &p.text_date}) {
    if (m.published.empty()) m.published = *fallback;
  }
  if (m.site.empty()) m.site = p.meta.Get({"og:site_name", "application-name"});
  if (m.site.empty()) m.site = p.website;
  std::string lang = p.html_lang;
  if (lang.empty()) lang = p.meta.Get({"content-language", "og:locale", "language", "dc.language"});
  if (!m.language.empty() && lang.empty()) lang = m.language;
  lang = Lower(Collapse(lang));
  std::replace(lang.begin(), lang.end(), '_', '-');
  m.language = lang;
  m.title = Collapse(DecodeEntities(m.title));
  m.author = Collapse(DecodeEntities(m.author));
  m.site = Collapse(DecodeEntities(m.site));
  m.product = m.product || Lower(p.meta.Get({"og:type"})).rfind("product", 0) == 0;
  m.url = p.canonical.empty() ? p.meta.Get({"og:url"}) : p.canonical;
  return m;
}

}  // namespace concord::extract::internal
