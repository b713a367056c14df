// The digest as one self-contained HTML page (report.h): inline CSS, no
// script, no external load (no font, image or style sheet), every text
// escaped, and a single column that reads at phone width.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "concord/compare.h"
#include "concord/format.h"
#include "digest/report.h"
#include "util/plural.h"

namespace concord::digest::internal {
namespace {

using nlohmann::json;

// At most this many items of each comparison list: the page is a digest,
// `concord compare` gives the whole report.
constexpr size_t kMaxItems = 6;

const char kStyle[] =
    "*{box-sizing:border-box}"
    "body{margin:0;font:16px/1.5 Georgia,'Times New Roman',serif;color:#1d1d1f;"
    "background:#fafaf7}"
    "main{max-width:44rem;margin:0 auto;padding:1rem}"
    "h1{font-size:1.6rem;margin:.5rem 0}"
    "h2{font-size:1.25rem;margin:0 0 .25rem;line-height:1.3}"
    "h3{font:600 .8rem/1.4 system-ui,sans-serif;text-transform:uppercase;"
    "letter-spacing:.04em;color:#555;margin:1rem 0 .25rem}"
    "section{background:#fff;border:1px solid #e3e3dd;border-radius:6px;padding:1rem;"
    "margin:1rem 0}"
    ".meta,.src,.note{font:.85rem/1.4 system-ui,sans-serif;color:#666}"
    ".src{display:block;margin-top:.1rem}"
    // Outlets inside a passage, after a sentence the next goes on from.
    ".src:not(:last-child){display:inline;margin:0 .3rem}"
    "ul{padding-left:1.1rem;margin:.25rem 0}li{margin:.4rem 0}"
    "details summary{cursor:pointer;font:600 .9rem system-ui,sans-serif;color:#345}"
    "blockquote{margin:.4rem 0;padding-left:.7rem;border-left:3px solid #ccd}"
    "p{overflow-wrap:anywhere}li,blockquote{overflow-wrap:anywhere}";

std::string Str(const json& object, const char* key) {
  if (!object.is_object()) return {};
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string Outlets(const json& object) {
  std::string out;
  if (!object.is_object() || !object.contains("outlets") || !object["outlets"].is_array())
    return out;
  for (const json& o : object["outlets"]) {
    if (o.is_string()) out += (out.empty() ? "" : ", ") + o.get<std::string>();
  }
  return out;
}

const json& List(const json& object, const char* key) {
  static const json kEmpty = json::array();
  if (!object.is_object()) return kEmpty;
  const auto it = object.find(key);
  return it != object.end() && it->is_array() ? *it : kEmpty;
}

// The group's line as compare's reports show it: its "shown" field
// (io::ComparisonToJson writes it by compare's one rule, which member of a
// group a line shows and whether with its whole quotation).
std::string ShownLine(const json& group) { return Str(group, "shown"); }

// The items of a list of groups: (first sentence, outlets), each once (two
// sentences of one quotation show the same passage), at most kMaxItems.
std::string Items(const json& groups, bool unique) {
  std::vector<std::string> shown;
  std::string out;
  for (size_t i = 0; i < groups.size() && shown.size() < kMaxItems; ++i) {
    const std::string text = ShownLine(groups[i]);
    const std::string outlets = unique ? Str(groups[i], "outlet") : Outlets(groups[i]);
    const std::string key = outlets + "\n" + text;
    if (std::find(shown.begin(), shown.end(), key) != shown.end()) continue;
    shown.push_back(key);
    out +=
        "<li>" + EscapeHtml(text) + "<span class=\"src\">" + EscapeHtml(outlets) + "</span></li>";
  }
  return out;
}

// The list `key` of `comparison` (compare's JSON), of pairs of sentences of
// two outlets ("first", "second"), under `heading`, at most kMaxItems:
// each side's `field` ("value": a number; "text": the sentence) and
// outlet, after the pair's "what" when it has one ("homes: 1,200 (A) /
// 1,500 (B)").
std::string Pairs(const json& comparison, const char* key, const char* heading, const char* field) {
  const json& pairs = List(comparison, key);
  if (pairs.empty()) return "";
  std::string out = std::string("<h3>") + heading + "</h3><ul>";
  for (size_t i = 0; i < pairs.size() && i < kMaxItems; ++i) {
    const json& pair = pairs[i];
    const auto side = [&](const char* which) {
      const json& s = pair.contains(which) ? pair[which] : json();
      return EscapeHtml(Str(s, field)) + " (" + EscapeHtml(Str(s, "outlet")) + ")";
    };
    const std::string what = Str(pair, "what");
    out += "<li>" + (what.empty() ? "" : EscapeHtml(what) + ": ") + side("first") + " / " +
           side("second") + "</li>";
  }
  return out + "</ul>";
}

// What the outlets share, their quotes, what one alone reports and the
// numbers they give differently, each list cut at kMaxItems.
std::string Comparison(const json& comparison) {
  if (!comparison.is_object()) return {};
  std::string out = "<details><summary>How the outlets compare</summary>";
  const json& left = comparison.contains("in_summary") ? comparison["in_summary"] : json();
  if (left.is_object() && (left.value("shared", 0) > 0 || left.value("unique", 0) > 0)) {
    out += "<p class=\"note\">The summary's sentences are not listed again here.</p>";
  }
  const json& shared = List(comparison, "shared");
  if (!shared.empty()) {
    out += "<h3>Carried by several outlets</h3><ul>" + Items(shared, false) + "</ul>";
  }
  const json& quotes = List(comparison, "quotes");
  if (!quotes.empty()) {
    out += "<h3>Quotes</h3>";
    for (size_t i = 0; i < quotes.size() && i < kMaxItems; ++i) {
      const std::string speaker = Str(quotes[i], "speaker");
      out += "<blockquote>\xE2\x80\x9C" + EscapeHtml(Str(quotes[i], "text")) +
             "\xE2\x80\x9D<span class=\"src\">" +
             (speaker.empty() ? "" : EscapeHtml(speaker) + " \xC2\xB7 ") +
             EscapeHtml(Outlets(quotes[i])) + "</span></blockquote>";
    }
  }
  const json& unique = List(comparison, "unique");
  if (!unique.empty()) {
    out += "<h3>Reported by one outlet only</h3><ul>" + Items(unique, true) + "</ul>";
  }
  out += Pairs(comparison, "number_differences", "Different numbers", "value");
  out += Pairs(comparison, "contradictions", "Statements that contradict each other", "text");
  return out + "</details>";
}

std::string Story(const StoryReport& story, size_t number) {
  std::string outlets;
  for (const std::string& o : story.outlets) outlets += (outlets.empty() ? "" : ", ") + o;
  std::string out = "<section><h2>" + std::to_string(number) + ". " + EscapeHtml(story.title) +
                    "</h2><p class=\"meta\">" +
                    util::Counted(story.article_ids.size(), "article", "articles") + " from " +
                    util::Counted(story.outlets.size(), "outlet", "outlets") + ": " +
                    EscapeHtml(outlets);
  if (!story.first.empty()) {
    out += "<br>" + EscapeHtml(story.first);
    if (story.last != story.first) out += " to " + EscapeHtml(story.last);
  }
  out += "</p><ul>";
  // An item a passage (a quotation over sentences), as in the Markdown.
  std::vector<io::PassagePart> parts;
  for (const SummaryLine& line : story.summary) {
    parts.push_back({EscapeHtml(line.text),
                     EscapeHtml(compare::SourcesLine(line.outlets, line.disputed_by)),
                     line.continues});
  }
  for (const std::string& item : io::PassageLines(parts, "<span class=\"src\">", "</span>")) {
    out += "<li>" + item + "</li>";
  }
  out += "</ul>";
  for (const StoryReport::Copy& copy : story.copies) {
    out += "<p class=\"note\">" + EscapeHtml(copy.id) + " (" + EscapeHtml(copy.outlet) +
           ") is a copy of " + EscapeHtml(copy.original) + ".</p>";
  }
  return out + Comparison(story.comparison) + "</section>\n";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string RenderHtml(const std::vector<StoryReport>& stories, const Totals& totals) {
  const std::string heading = util::Counted(stories.size(), "story", "stories") + " from " +
                              util::Counted(totals.articles, "article", "articles");
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">"
      "<title>Digest: " +
      heading + "</title><style>" + kStyle +
      "</style></head>\n<body><main><h1>Digest</h1><p class=\"meta\">" + heading;
  for (const std::string& note : LeftOutNotes(stories.size(), totals)) out += "; " + note;
  out += "</p>\n";
  for (size_t i = 0; i < stories.size(); ++i) out += Story(stories[i], i + 1);
  return out + "</main></body></html>\n";
}

}  // namespace concord::digest::internal
