// Part of target summarize: a summary's passages as the writers print them,
// and compare's report of the same story. SummarySentence::continues joins
// only the next sentence of the same article inside one quotation passage
// (text::QuotationPassages: each sentence in its own passage, passages
// whole, at most limit + 1 sentences); the text and Markdown writers print
// one line a passage, every sentence's text on it; JSON carries the same
// flags; compare's text, Markdown and JSON are made without an exception,
// and each JSON "passage" holds its sentence's text.
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "concord/compare.h"
#include "concord/document.h"
#include "concord/format.h"
#include "concord/summarize.h"
#include "concord/text.h"
#include "fuzz/invariants.h"
#include "fuzz/passages.h"

namespace concord::fuzz {
namespace {

constexpr size_t kLimit = 5;  // QuotationPassages' default

std::string CheckQuotationPassages(const std::vector<Sentence>& sentences) {
  const std::vector<text::Passage> passages = text::QuotationPassages(sentences);
  if (passages.size() != sentences.size()) return "one passage a sentence expected";
  for (size_t i = 0; i < passages.size(); ++i) {
    const text::Passage p = passages[i];
    if (p.first > i || p.last < i || p.last >= sentences.size()) return "a passage without it";
    if (p.last - p.first > kLimit) return "a passage over the limit";
    for (size_t k = p.first; k <= p.last; ++k) {
      if (passages[k].first != p.first || passages[k].last != p.last) return "passages overlap";
    }
  }
  return "";
}

size_t CountLines(const std::string& text) {
  size_t lines = 0;
  for (const char c : text) lines += c == '\n';
  return lines;
}

std::string CheckWriters(const Cluster& cluster, const Summary& summary) {
  size_t passages = 0;
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    const SummarySentence& s = summary.sentences[i];
    passages += !s.continues;
    if (!s.continues) continue;
    if (i == 0) return "the first sentence continues";
    const SummarySentence& before = summary.sentences[i - 1];
    if (s.article != before.article || s.sentence != before.sentence + 1) {
      return "a sentence continues one that is not the one before it";
    }
    const std::vector<text::Passage> of =
        text::QuotationPassages(summary.documents[s.article].sentences);
    if (of[s.sentence].first > before.sentence) return "continues outside a passage";
  }
  const std::string text = io::FormatSummary(cluster, summary, io::Format::kText);
  if (CountLines(text) != passages) {
    return "text has " + std::to_string(CountLines(text)) + " lines for " +
           std::to_string(passages) + " passages";
  }
  for (const SummarySentence& s : summary.sentences) {
    if (text.find(s.text) == std::string::npos) return "text lacks '" + Shown(s.text) + "'";
  }
  const std::string md = io::FormatSummary(cluster, summary, io::Format::kMarkdown);
  if (CountLines(md) != passages) return "Markdown has a line a passage no more";
  const nlohmann::json json =
      nlohmann::json::parse(io::FormatSummary(cluster, summary, io::Format::kJson), nullptr, false);
  if (json.is_discarded() || json["sentences"].size() != summary.sentences.size()) {
    return "JSON does not list the sentences";
  }
  for (size_t i = 0; i < summary.sentences.size(); ++i) {
    if (json["sentences"][i]["continues"] != summary.sentences[i].continues) {
      return "JSON's continues differs";
    }
  }
  return "";
}

std::string CheckReports(const Cluster& cluster) {
  text::Tokenizer tokenizer;
  const std::vector<Document> documents = text::AnalyzeArticles(cluster.articles, tokenizer);
  for (const Document& d : documents) {
    if (std::string e = CheckQuotationPassages(d.sentences); !e.empty()) return e;
  }
  const Result<compare::Comparison> c = compare::Compare(cluster.articles, documents);
  if (!c.ok()) return "compare failed: " + c.status().message();
  (void)io::ComparisonToText(c.value(), cluster.articles, documents);
  (void)io::ComparisonToMarkdown(c.value(), cluster.articles, documents);
  const nlohmann::json json = io::ComparisonToJson(c.value(), cluster.articles, documents);
  for (const char* list : {"shared", "unique"}) {
    for (const nlohmann::json& group : json[list]) {
      for (const nlohmann::json& s : group["sentences"]) {
        if (!s.contains("passage")) continue;
        const std::string passage = s["passage"]["text"].get<std::string>();
        if (passage.find(s["text"].get<std::string>()) == std::string::npos) {
          return "a passage without its sentence: '" + Shown(passage) + "'";
        }
      }
    }
  }
  return "";
}

}  // namespace

std::string CheckPassages(const Cluster& cluster, const Summary& summary) {
  for (const Document& d : summary.documents) {
    if (std::string e = CheckQuotationPassages(d.sentences); !e.empty()) return e;
  }
  if (std::string e = CheckWriters(cluster, summary); !e.empty()) return e;
  return CheckReports(cluster);
}

}  // namespace concord::fuzz
