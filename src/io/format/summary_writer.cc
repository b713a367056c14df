// FormatSummary: text, Markdown and JSON renderings of a Summary.
#include <cmath>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "concord/format.h"
#include "concord/text.h"

namespace concord::io {
namespace {

using Json = nlohmann::ordered_json;

std::string OutletOf(const Cluster& cluster, size_t article) {
  return OutletName(cluster.articles[article], article);
}

// The outlet of each of `articles` (a sentence's sources or the articles
// that say otherwise), in their order.
std::vector<std::string> Names(const Cluster& cluster, const std::vector<size_t>& articles) {
  std::vector<std::string> names;
  names.reserve(articles.size());
  for (size_t a : articles) names.push_back(OutletOf(cluster, a));
  return names;
}

// The outlets behind a sentence, each once (two articles of one outlet, or
// one file given twice, name it once), with a long list cut short; then
// those that say otherwise ("Courier; disputed by Bulletin").
std::string Outlets(const Cluster& cluster, const SummarySentence& s) {
  return compare::SourcesLine(Names(cluster, s.sources), Names(cluster, s.disputed_by));
}

// Removed text shown in one line, shortened past 80 characters.
std::string Excerpt(const Article& article, const clean::Removal& removal) {
  std::string text = text::CollapseWhitespace(
      std::string_view(article.text).substr(removal.start, removal.end - removal.start));
  if (text.size() > 80) {
    size_t cut = 77;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut) + "...";
  }
  return text;
}

double Round6(double x) { return std::round(x * 1e6) / 1e6; }

std::string ToJson(const Cluster& cluster, const Summary& summary,
                   const compare::Alignment* alignment) {
  Json root;
  root["id"] = cluster.id;
  Json sentences = Json::array();
  for (const SummarySentence& s : summary.sentences) {
    // Every outlet once ("sources") and every backing article ("articles").
    std::vector<std::string> outlets;
    Json articles = Json::array();
    for (size_t source : s.sources) {
      outlets.push_back(OutletOf(cluster, source));
      articles.push_back(cluster.articles[source].id);
    }
    const Json sources = compare::DistinctOutlets(outlets);
    Json sentence = {{"text", s.text},           {"article", cluster.articles[s.article].id},
                     {"start", s.start},         {"end", s.end},
                     {"sources", sources},       {"articles", articles},
                     {"score", Round6(s.score)}, {"truncated", s.truncated},
                     {"continues", s.continues}, {"cut_short", s.cut_short}};
    const std::vector<std::string> disputing =
        compare::DisputingOutlets(outlets, Names(cluster, s.disputed_by));
    if (!disputing.empty()) sentence["disputed_by"] = disputing;
    // A compressed sentence names the bytes it keeps.
    if (!s.spans.empty()) {
      Json spans = Json::array();
      for (const auto& [start, end] : s.spans) spans.push_back({start, end});
      sentence["spans"] = spans;
    }
    sentences.push_back(std::move(sentence));
  }
  root["sentences"] = sentences;
  Json removed = Json::array();
  for (size_t a = 0; a < summary.documents.size(); ++a) {
    const Article& article = cluster.articles[a];
    for (const clean::Removal& r : summary.documents[a].removed) {
      removed.push_back({{"article", article.id},
                         {"start", r.start},
                         {"end", r.end},
                         {"rule", r.rule},
                         {"text", article.text.substr(r.start, r.end - r.start)}});
    }
  }
  root["removed"] = removed;
  if (alignment != nullptr) {
    // AlignmentToJson builds nlohmann::json; keep our key order by re-reading it.
    root["compare"] =
        Json::parse(AlignmentToJson(*alignment, cluster.articles, summary.documents)
                        .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  const SummaryStats& st = summary.stats;
  root["stats"] = {{"articles", st.articles},           {"sentences", st.sentences},
                   {"input_words", st.input_words},     {"output_words", st.output_words},
                   {"removed_spans", st.removed_spans}, {"invalid_utf8", st.invalid_utf8}};
  return root.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::optional<Format> ParseFormat(std::string_view name) {
  if (name == "text" || name == "txt") return Format::kText;
  if (name == "md" || name == "markdown") return Format::kMarkdown;
  if (name == "json" || name == "jsonl") return Format::kJson;
  return std::nullopt;
}

std::string PassageLine(const std::vector<std::pair<std::string, std::string>>& parts,
                        std::string_view open, std::string_view close) {
  bool same = true;
  for (const auto& part : parts) same = same && part.second == parts.front().second;
  std::string line;
  for (size_t i = 0; i < parts.size(); ++i) {
    line += (i > 0 ? " " : "") + parts[i].first;
    if (!same || i + 1 == parts.size()) {
      line.append(open).append(parts[i].second).append(close);
    }
  }
  return line;
}

std::vector<std::string> PassageLines(const std::vector<PassagePart>& parts, std::string_view open,
                                      std::string_view close) {
  std::vector<std::string> lines;
  std::vector<std::pair<std::string, std::string>> passage;
  for (size_t i = 0; i < parts.size(); ++i) {
    passage.emplace_back(parts[i].text, parts[i].outlets);
    if (i + 1 < parts.size() && parts[i + 1].continues) continue;
    lines.push_back(PassageLine(passage, open, close));
    passage.clear();
  }
  return lines;
}

std::string FormatSummary(const Cluster& cluster, const Summary& summary, Format format,
                          const FormatOptions& options) {
  if (format == Format::kJson) return ToJson(cluster, summary, options.alignment);
  std::ostringstream out;
  const bool md = format == Format::kMarkdown;
  if (options.heading) {
    out << (md ? "## " + text::EscapeMarkdown(cluster.id) + "\n\n" : "== " + cluster.id + " ==\n");
  }
  std::vector<PassagePart> parts;
  for (const SummarySentence& s : summary.sentences) {
    parts.push_back({md ? text::EscapeMarkdown(s.text) : s.text,
                     md ? text::EscapeMarkdown(Outlets(cluster, s)) : Outlets(cluster, s),
                     s.continues});
  }
  for (const std::string& line :
       md ? PassageLines(parts, " *(", ")*") : PassageLines(parts, " [", "]")) {
    out << (md ? "- " : "") << line << "\n";
  }
  if (options.explain) {
    out << (md ? "\n### Removed as scraper noise\n\n| outlet | rule | bytes | text |\n"
                 "|---|---|---|---|\n"
               : "\nRemoved as scraper noise:\n");
    for (size_t a = 0; a < summary.documents.size(); ++a) {
      for (const clean::Removal& r : summary.documents[a].removed) {
        const std::string excerpt = Excerpt(cluster.articles[a], r);
        if (md) {
          out << "| " << text::EscapeMarkdown(OutletOf(cluster, a)) << " | " << r.rule << " | "
              << r.start << "-" << r.end << " | " << text::EscapeMarkdown(excerpt) << " |\n";
        } else {
          out << "  " << OutletOf(cluster, a) << " [" << r.start << ", " << r.end << ") " << r.rule
              << ": " << excerpt << "\n";
        }
      }
    }
  }
  return out.str();
}

}  // namespace concord::io
