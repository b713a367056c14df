// Target summarize: Summarize over a small fuzzed story. Input: an option
// byte (method, budget unit, truncation), a budget byte, then up
// to six articles separated by NUL bytes. The summary never exceeds the
// budget; every sentence is a span of its article (its words, in order, are
// the span's words but for removed noise; exactly the span's text when no
// noise was removed inside it), or a compressed form whose spans lie in
// order inside its sentence's and whose text is theirs, and names its own
// article first among valid sources; a failure is only "nothing to
// summarize". Then the passages as the writers print them and compare's
// report of the same story (fuzz/passages.h).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "concord/summarize.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"
#include "fuzz/passages.h"
#include "text/lacking_marks.h"

namespace concord::fuzz {
namespace {

bool IsSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

size_t CountWords(std::string_view text) {
  size_t words = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsSpace(text[i]) && (i == 0 || IsSpace(text[i - 1]))) ++words;
  }
  return words;
}

// True when the non-space bytes of `part` appear, in order, in `whole`.
bool IsSubsequence(std::string_view part, std::string_view whole) {
  size_t at = 0;
  for (char c : part) {
    if (IsSpace(c)) continue;
    while (at < whole.size() && whole[at] != c) ++at;
    if (at++ >= whole.size()) return false;
  }
  return true;
}

// The non-space bytes of `text`, the first ASCII letter lower-cased.
std::string Letters(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (IsSpace(c)) continue;
    if (out.empty() && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    out.push_back(c);
  }
  return out;
}

// A compressed sentence (spans): its spans lie in order inside its
// sentence's span, and its text is their characters (the first letter's
// case aside) or, with noise inside, a subsequence of them.
std::string CheckSpans(const Cluster& cluster, const Summary& summary, const SummarySentence& s) {
  const std::string& text = cluster.articles[s.article].text;
  const Document& doc = summary.documents[s.article];
  const Sentence& from = doc.sentences[s.sentence];
  if (s.start != s.spans.front().first || s.end != s.spans.back().second) {
    return "start and end are not the first and last spans";
  }
  std::string kept;
  size_t at = from.start;
  for (const auto& [start, end] : s.spans) {
    if (start < at || start >= end || end > from.end) return "spans out of order or outside";
    kept += text.substr(start, end - start) + " ";
    at = end;
  }
  const bool noise_inside = std::any_of(doc.removed.begin(), doc.removed.end(), [&](auto& r) {
    return r.start < s.end && r.end > s.start;
  });
  const std::string shown = Letters(s.text);
  const std::string spanned = Letters(kept);
  if (s.truncated || noise_inside ? !IsSubsequence(shown, spanned) : shown != spanned) {
    return "text '" + Shown(s.text) + "' is not its spans '" + Shown(kept) + "'";
  }
  return "";
}

// The sentence's own text inside what the summary prints: a quoted run is
// printed with the marks it lacks (text::MarksLacking), an opening mark
// before the sentence's text and a closing one after it; nullopt when the
// printed text is neither the sentence (a prefix of it, cut) nor that.
std::optional<std::string_view> OwnText(std::string_view shown, std::string_view sentence,
                                        bool truncated) {
  const auto matches = [&](std::string_view t) {
    return !t.empty() && (truncated ? sentence.starts_with(t) : t == sentence);
  };
  for (std::string_view open : {"", "\"", "\xE2\x80\x9C"}) {
    for (std::string_view close : {"", "\"", "\xE2\x80\x9D"}) {
      if (shown.size() < open.size() + close.size()) continue;
      if (!shown.starts_with(open) || !shown.ends_with(close)) continue;
      const std::string_view own =
          shown.substr(open.size(), shown.size() - open.size() - close.size());
      if (matches(own)) return own;
    }
  }
  return std::nullopt;
}

// The sentence's own text (or, truncated, the prefix of it) when `shown`
// is a form OwnText allows ended as a cut sentence is
// (text::WithCutShortEnding: "…" before the closing marks, then the marks
// of the quotations and the brackets left open, as many as it opens).
std::optional<std::string> CutText(std::string_view shown, std::string_view sentence,
                                   bool truncated) {
  const size_t at = shown.rfind("\xE2\x80\xA6");
  if (at == std::string_view::npos) return std::nullopt;
  std::string base = std::string(shown.substr(0, at)) + std::string(shown.substr(at + 3));
  while (!base.empty()) {
    if (text::WithCutShortEnding(base, truncated) == shown) {
      if (const auto own = OwnText(base, sentence, truncated)) return std::string(*own);
    }
    if (base.ends_with('"') || base.ends_with(')') || base.ends_with(']')) {
      base.pop_back();
    } else if (base.ends_with("\xE2\x80\x9D")) {
      base.resize(base.size() - 3);
    } else {
      break;
    }
  }
  return std::nullopt;
}

// The articles a sentence names: its sources, its own article first, and
// those that say otherwise (disputed_by), each once, in range, none on
// both sides.
std::string CheckArticles(const Cluster& cluster, const SummarySentence& s) {
  if (s.sources.empty() || s.sources[0] != s.article) return "sources do not start with it";
  for (size_t i = 0; i < s.sources.size(); ++i) {
    if (s.sources[i] >= cluster.articles.size()) return "a source out of range";
    if (std::count(s.sources.begin(), s.sources.end(), s.sources[i]) > 1) return "a source twice";
  }
  for (size_t d : s.disputed_by) {
    if (d >= cluster.articles.size()) return "a disputing article out of range";
    if (std::count(s.disputed_by.begin(), s.disputed_by.end(), d) > 1) {
      return "a disputing article twice";
    }
    if (std::count(s.sources.begin(), s.sources.end(), d) > 0) return "a source disputes it";
  }
  return "";
}

std::string CheckSentence(const Cluster& cluster, const Summary& summary,
                          const SummarySentence& s) {
  if (s.article >= cluster.articles.size()) return "article index out of range";
  const std::string& text = cluster.articles[s.article].text;
  if (s.start >= s.end || s.end > text.size()) return "span outside its article";
  const Document& doc = summary.documents[s.article];
  if (s.sentence >= doc.sentences.size()) return "sentence index out of range";
  const Sentence& from = doc.sentences[s.sentence];
  if (s.text.empty()) return "an empty sentence";
  if (!s.spans.empty()) {
    if (std::string e = CheckSpans(cluster, summary, s); !e.empty()) return e;
    return CheckArticles(cluster, s);
  }
  if (from.start != s.start || from.end != s.end) return "span differs from the analysis";
  if (s.cut_short && s.sentence + 1 != doc.sentences.size()) {
    return "cut short but not its article's last sentence";
  }
  std::optional<std::string> own;
  if (!s.cut_short) {
    if (const auto plain = OwnText(s.text, from.text, s.truncated)) own = std::string(*plain);
  }
  if (!own && (s.cut_short || s.truncated)) own = CutText(s.text, from.text, s.truncated);
  if (!own) {
    return "text '" + Shown(s.text) + "' is not the sentence '" + Shown(from.text) + "'";
  }
  const std::string_view span = std::string_view(text).substr(s.start, s.end - s.start);
  if (!IsSubsequence(*own, span)) return "text '" + Shown(s.text) + "' is not from its span";
  const bool noise_inside = std::any_of(doc.removed.begin(), doc.removed.end(), [&](auto& r) {
    return r.start < s.end && r.end > s.start;
  });
  if (!noise_inside && !s.truncated && text::CollapseWhitespace(span) != *own) {
    return "text '" + Shown(s.text) + "' differs from its span '" + Shown(span) + "'";
  }
  return CheckArticles(cluster, s);
}

}  // namespace

std::string CheckSummarize(std::string_view data) {
  if (data.size() < 2) return "";
  const unsigned char flags = static_cast<unsigned char>(data[0]);
  SummarizeOptions options;
  options.method = MethodNames()[(flags & 7) % MethodNames().size()];
  options.unit = static_cast<BudgetUnit>(((flags >> 3) & 3) % 3);
  options.truncate = flags & 32;
  options.budget = static_cast<unsigned char>(data[1]) % 64 + 1;
  if (options.unit == BudgetUnit::kBytes) options.budget *= 8;
  Cluster cluster;
  for (size_t start = 2; start <= data.size() && cluster.articles.size() < 6;) {
    size_t end = data.find('\0', start);
    if (end == std::string_view::npos) end = data.size();
    Article article;
    article.id = "a" + std::to_string(cluster.articles.size());
    article.source = "outlet " + std::to_string(cluster.articles.size() % 3);
    article.text = text::RepairUtf8(data.substr(start, end - start)).text;
    cluster.articles.push_back(std::move(article));
    start = end + 1;
  }
  const Result<Summary> summary = Summarize(cluster, options);
  if (!summary.ok()) {
    return summary.status().code() == StatusCode::kEmpty ? "" : summary.status().message();
  }
  size_t used = 0;
  for (const SummarySentence& s : summary.value().sentences) {
    if (std::string e = CheckSentence(cluster, summary.value(), s); !e.empty()) return e;
    used += options.unit == BudgetUnit::kWords   ? CountWords(s.text)
            : options.unit == BudgetUnit::kBytes ? s.text.size()
                                                 : 1;
  }
  if (used > options.budget) {
    return "budget " + std::to_string(options.budget) + " exceeded: " + std::to_string(used);
  }
  return CheckPassages(cluster, summary.value());
}

}  // namespace concord::fuzz
