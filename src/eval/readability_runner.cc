// RunReadability and its formats (readability.h): summarize every cluster
// as `concord summarize` would (whole sentences within the budget) and add
// up the checks.
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <cstdio>
#include <optional>

#include "compare/person_refs.h"
#include "concord/readability.h"
#include "concord/summarize.h"

namespace concord::eval {
namespace {

// Fills each sentence's persons: the names compare's finder reads in the
// summary's sentences, grouped with those of every sentence of its
// articles (so "Varga" is known to be Peter Varga, whom an article names).
void AddPersons(const Summary& summary, std::vector<ReadSentence>& sentences) {
  std::vector<std::string_view> texts;
  for (const ReadSentence& s : sentences) texts.push_back(s.text);
  for (const Document& d : summary.documents) {
    for (const Sentence& s : d.sentences) texts.push_back(s.text);
  }
  for (const compare::internal::PersonRef& ref : compare::internal::FindPersonRefs(texts)) {
    if (ref.text < sentences.size()) sentences[ref.text].persons.push_back({ref.person, ref.full});
  }
}

// The summary's sentences with their origin; a sentence opens the story
// when it is among the first three of its article or of any other.
std::vector<ReadSentence> ReadSentences(const Summary& summary) {
  std::vector<ReadSentence> out;
  for (const SummarySentence& s : summary.sentences) {
    ReadSentence r;
    r.text = s.text;
    r.article = s.article;
    r.index = s.sentence;
    r.truncated = s.truncated;
    r.cut_short = s.cut_short;
    r.opens_article = s.sentence < 3;
    for (const Document& d : summary.documents) {
      for (size_t k = 0; k < d.sentences.size() && k < 3 && !r.opens_article; ++k) {
        r.opens_article = d.sentences[k].text == s.text;
      }
    }
    out.push_back(std::move(r));
  }
  AddPersons(summary, out);
  return out;
}

std::string JsonString(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", u);
      out += buffer;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string Percent(size_t part, size_t whole) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f",
                whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0);
  return buffer;
}

ReadabilityReport RunMethod(const std::vector<Cluster>& clusters, const std::string& method,
                            const ReadabilityOptions& options) {
  SummarizeOptions summarize_options;
  summarize_options.method = method;
  summarize_options.budget = options.words;
  summarize_options.parameters = options.parameters;
  summarize_options.duplicate_threshold = options.duplicate_threshold;
  summarize_options.analyze.scan_words = false;  // readability reads no word scan
  std::vector<std::optional<std::pair<std::vector<ReadSentence>, SummaryChecks>>> results(
      clusters.size());
  tbb::parallel_for(size_t{0}, clusters.size(), [&](size_t c) {
    Result<Summary> summary = Summarize(clusters[c], summarize_options);
    if (!summary.ok()) return;
    std::vector<ReadSentence> sentences = ReadSentences(summary.value());
    SummaryChecks checks = CheckSummary(sentences);
    results[c].emplace(std::move(sentences), std::move(checks));
  });
  ReadabilityReport report;
  report.method = method;
  for (const auto& result : results) {
    if (!result) {
      ++report.failures;
      continue;
    }
    ++report.summaries;
    report.sentences += result->first.size();
    std::array<bool, kCheckCount> any{};
    for (size_t i = 0; i < result->first.size(); ++i) {
      for (size_t k = 0; k < kCheckCount; ++k) {
        if (!result->second.sentences[i].flags[k]) continue;
        any[k] = true;
        CheckTotal& total = report.totals[k];
        ++total.sentences;
        if (total.examples.size() < options.examples) {
          total.examples.push_back(result->first[i].text);
        }
      }
    }
    for (size_t k = 0; k < kCheckCount; ++k) report.totals[k].summaries += any[k];
  }
  return report;
}

}  // namespace

Result<std::vector<ReadabilityReport>> RunReadability(const std::vector<Cluster>& clusters,
                                                      const ReadabilityOptions& options) {
  if (options.threads < 0) return Status::InvalidArgument("threads must not be negative");
  for (const std::string& method : options.methods) {
    SummarizeOptions check;
    check.method = method;
    check.budget = options.words;
    check.parameters = options.parameters;
    check.duplicate_threshold = options.duplicate_threshold;
    if (Status s = CheckOptions(check); !s.ok()) return s;
  }
  tbb::task_arena arena(options.threads > 0 ? options.threads : tbb::task_arena::automatic);
  std::vector<ReadabilityReport> reports;
  arena.execute([&] {
    for (const std::string& method : options.methods) {
      reports.push_back(RunMethod(clusters, method, options));
    }
  });
  return reports;
}

std::string FormatReadability(const std::vector<ReadabilityReport>& reports) {
  std::string out;
  for (const ReadabilityReport& r : reports) {
    out += "### " + r.method + ": " + std::to_string(r.summaries) + " summaries, " +
           std::to_string(r.sentences) + " sentences";
    if (r.failures > 0) out += ", " + std::to_string(r.failures) + " clusters without a summary";
    out += "\n\n| check | sentences | % of sentences | summaries | % of summaries |\n";
    out += "|---|---|---|---|---|\n";
    for (size_t k = 0; k < kCheckCount; ++k) {
      const CheckTotal& t = r.totals[k];
      out += "| " + std::string(CheckNames()[k]) + " | " + std::to_string(t.sentences) + " | " +
             Percent(t.sentences, r.sentences) + " | " + std::to_string(t.summaries) + " | " +
             Percent(t.summaries, r.summaries) + " |\n";
    }
    out += "\n";
    for (size_t k = 0; k < kCheckCount; ++k) {
      for (const std::string& example : r.totals[k].examples) {
        out += "- " + std::string(CheckNames()[k]) + ": " + example + "\n";
      }
    }
    out += "\n";
  }
  return out;
}

std::string FormatReadabilityJson(const std::vector<ReadabilityReport>& reports) {
  std::string out = "{\"methods\": [";
  for (size_t m = 0; m < reports.size(); ++m) {
    const ReadabilityReport& r = reports[m];
    out += (m ? ", " : "") + std::string("{\"method\": ") + JsonString(r.method) +
           ", \"summaries\": " + std::to_string(r.summaries) +
           ", \"sentences\": " + std::to_string(r.sentences) +
           ", \"failures\": " + std::to_string(r.failures) + ", \"checks\": {";
    for (size_t k = 0; k < kCheckCount; ++k) {
      const CheckTotal& t = r.totals[k];
      out += (k ? ", " : "") + JsonString(CheckNames()[k]) +
             ": {\"sentences\": " + std::to_string(t.sentences) +
             ", \"percent_of_sentences\": " + Percent(t.sentences, r.sentences) +
             ", \"summaries\": " + std::to_string(t.summaries) +
             ", \"percent_of_summaries\": " + Percent(t.summaries, r.summaries) +
             ", \"examples\": [";
      for (size_t e = 0; e < t.examples.size(); ++e) {
        out += (e ? ", " : "") + JsonString(t.examples[e]);
      }
      out += "]}";
    }
    out += "}}";
  }
  return out + "]}\n";
}

}  // namespace concord::eval
