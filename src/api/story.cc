// What the commands of cli/ and api::Run share (see api.h): the option
// checks and the renderers of one story, moved here from cli/ unchanged so
// that the command line and the API print the same bytes.
#include <nlohmann/json.hpp>
#include <sstream>

#include "concord/api.h"
#include "concord/io.h"
#include "concord/text.h"

namespace concord::api {
namespace {

// `concord summarize --format json` adds the cross-outlet alignment
// (compare::Align) of the story; it never runs for a single article, and is
// skipped past this many articles, where its cost grows faster than the
// summary's (at 299 articles it took 3 s; docs/benchmarks.md).
constexpr size_t kMaxAlignedArticles = 100;

template <typename Json>
std::string Dump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string FormatError(const std::string& format) {
  return "--format must be text, md or json (got '" + format + "')";
}

// The articles SummarizeStory aligns for its JSON: two to kMaxAlignedArticles.
bool Aligned(const Cluster& cluster, io::Format format) {
  const size_t articles = cluster.articles.size();
  return format == io::Format::kJson && articles >= 2 && articles <= kMaxAlignedArticles;
}

// `summary` of `cluster` as `concord summarize` prints it (its JSON with the
// alignment when Aligned).
Result<std::string> RenderSummary(const Cluster& cluster, const Summary& summary, io::Format format,
                                  const io::FormatOptions& format_options,
                                  const Deadline& deadline) {
  std::optional<compare::Alignment> alignment;
  if (Aligned(cluster, format)) {
    if (Status s = CheckDeadline(deadline, "aligning the outlets"); !s.ok()) return s;
    alignment = compare::Align(cluster.articles, summary.documents);
  }
  if (Status s = CheckDeadline(deadline, "rendering"); !s.ok()) return s;
  io::FormatOptions item_options = format_options;
  item_options.alignment = alignment ? &*alignment : nullptr;
  return io::FormatSummary(cluster, summary, format, item_options);
}

}  // namespace

Result<io::Format> SummaryFormat(const std::string& format) {
  const std::optional<io::Format> parsed = io::ParseFormat(format);
  if (!parsed) return Status::InvalidArgument(FormatError(format));
  return *parsed;
}

Result<SummarizeOptions> MakeSummarizeOptions(const SummarizeSettings& settings) {
  SummarizeOptions options;
  options.method = settings.method;
  options.truncate = settings.truncate;
  options.duplicate_threshold = settings.duplicate_threshold;
  options.analyze.clean.enabled = !settings.no_clean;
  options.collapse_copies = !settings.keep_copies;
  options.parameters = settings.parameters;
  const int budgets =
      settings.words.has_value() + settings.bytes.has_value() + settings.sentences.has_value();
  if (budgets > 1) {
    return Status::InvalidArgument("give one of --words, --bytes, --sentences");
  }
  if (settings.bytes) {
    options.unit = BudgetUnit::kBytes;
    options.budget = *settings.bytes;
  } else if (settings.sentences) {
    options.unit = BudgetUnit::kSentences;
    options.budget = *settings.sentences;
  } else if (settings.words) {
    options.budget = *settings.words;
  }
  if (options.budget == 0) {
    return Status::InvalidArgument(
        "the budget must be positive (--words, --bytes or --sentences is 0)");
  }
  if (!(settings.duplicate_threshold > 0 && settings.duplicate_threshold <= 1)) {
    std::ostringstream got;
    got << settings.duplicate_threshold;
    return Status::InvalidArgument("--duplicate-threshold must be in (0, 1] (got " + got.str() +
                                   ")");
  }
  const std::vector<std::string>& known = MethodNames();
  if (std::find(known.begin(), known.end(), options.method) == known.end()) {
    std::string list;
    for (const std::string& name : known) list += (list.empty() ? "" : ", ") + name;
    return Status::InvalidArgument("--method: unknown method '" + options.method +
                                   "' (known: " + list + ")");
  }
  if (Status s = CheckOptions(options); !s.ok()) return s;
  return options;
}

Result<std::string> SummarizeStory(const Cluster& cluster, const SummarizeOptions& options,
                                   io::Format format, const io::FormatOptions& format_options,
                                   const Deadline& deadline, std::string* note) {
  if (Status s = CheckDeadline(deadline, "summarizing"); !s.ok()) return s;
  SummarizeOptions summarize_options = options;
  // Only the alignment reads the word scan.
  summarize_options.analyze.scan_words = Aligned(cluster, format);
  summarize_options.deadline = deadline;  // checked between its stages too
  Result<Summary> summary = Summarize(cluster, summarize_options);
  if (!summary.ok()) return summary.status();
  if (note != nullptr) *note = summary.value().stats.method_note;
  return RenderSummary(cluster, summary.value(), format, format_options, deadline);
}

StoredReports StoryReports(const Cluster& cluster) {
  StoredReports out{"null", "null", "null"};
  Result<SummarizeOptions> options = MakeSummarizeOptions(SummarizeSettings{});
  if (!options.ok()) return out;  // the defaults are valid
  // One analysis for the three (with the word scan the comparison reads):
  // the summary's sentences are then sentences of the compared documents.
  text::AnalyzeOptions analyze = options.value().analyze;
  analyze.scan_words = true;
  Result<ComparedStory> compared = CompareCluster(cluster, analyze, compare::CompareOptions{});
  if (!compared.ok()) return out;  // no article: nothing to summarize either
  const ComparedStory& story = compared.value();
  std::vector<compare::SentenceRef> summarized;
  Result<Summary> summary = SummarizeDocuments(cluster, story.documents, options.value());
  if (summary.ok()) {
    Result<std::string> text =
        RenderSummary(cluster, summary.value(), io::Format::kJson, {}, std::nullopt);
    if (text.ok()) {
      out.summary = std::move(text).value();
      for (const SummarySentence& s : summary.value().sentences) {
        summarized.push_back({s.article, s.sentence});
      }
    }
  }
  const std::vector<bool> in_summary =
      io::ShownInSummary(story.comparison, story.documents, summarized);
  nlohmann::json j =
      io::ComparisonToJson(story.comparison, cluster.articles, story.documents, &in_summary);
  j["id"] = cluster.id;
  out.compare = Dump(j) + "\n";
  out.quotes = QuotesReport(cluster, story, "json");
  return out;
}

Status CheckReportFormat(const std::string& format) {
  if (format != "text" && format != "md" && format != "markdown" && format != "json") {
    return Status::InvalidArgument(FormatError(format));
  }
  return Status::Ok();
}

Status CheckThreshold(double threshold) {
  if (!(threshold > 0.0 && threshold <= 1.0)) {
    return Status::InvalidArgument("--threshold must be in (0, 1]");
  }
  return Status::Ok();
}

Result<ComparedStory> CompareCluster(const Cluster& cluster, const text::AnalyzeOptions& analyze,
                                     const compare::CompareOptions& options) {
  text::Tokenizer tokenizer;
  ComparedStory story;
  story.documents = text::AnalyzeArticles(cluster.articles, tokenizer, analyze);
  Result<compare::Comparison> result = compare::Compare(cluster.articles, story.documents, options);
  if (!result.ok()) return result.status();
  story.comparison = std::move(result.value());
  return story;
}

std::string CompareReport(const Cluster& cluster, const ComparedStory& story,
                          const std::string& format, bool heading) {
  if (format == "json") {
    nlohmann::json j = io::ComparisonToJson(story.comparison, cluster.articles, story.documents);
    j["id"] = cluster.id;
    return Dump(j) + "\n";
  }
  std::string out;
  if (heading) {
    out +=
        (format == "text" ? "== " : "<!-- ") + cluster.id + (format == "text" ? " ==\n" : " -->\n");
  }
  out += format == "text"
             ? io::ComparisonToText(story.comparison, cluster.articles, story.documents)
             : io::ComparisonToMarkdown(story.comparison, cluster.articles, story.documents);
  return out;
}

std::string QuotesReport(const Cluster& cluster, const ComparedStory& story,
                         const std::string& format) {
  const compare::Comparison& cmp = story.comparison;
  if (format == "json") {
    nlohmann::json j;
    j["id"] = cluster.id;
    j["quotes"] = io::QuotesToJson(cmp, cluster.articles);
    return Dump(j) + "\n";
  }
  std::ostringstream out;
  if (format == "text") {
    for (const compare::Quote& q : cmp.quotes) {
      const std::string outlet = OutletName(cluster.articles[q.article], q.article);
      out << outlet << " [" << q.parts.front().start << "-" << q.parts.back().end << "] "
          << compare::SpeakerLabel(q) << ": \"" << q.text << "\"";
      std::vector<std::string> others;
      for (const std::string& o : cmp.quote_groups[q.group].outlets) {
        if (o != outlet) others.push_back(o);
      }
      if (!others.empty()) out << "  [also: " << compare::OutletList(others) << "]";
      out << "\n";
    }
    return out.str();
  }
  out << "| Speaker | Quote | Outlets |\n|---|---|---|\n";
  for (const compare::QuoteGroup& g : cmp.quote_groups) {
    out << "| " << text::EscapeMarkdown(compare::SpeakerLabel(g)) << " | \u201C"
        << text::EscapeMarkdown(g.text) << "\u201D | "
        << text::EscapeMarkdown(compare::OutletList(g.outlets)) << " |\n";
  }
  return out.str();
}

std::string PageJson(const std::string& path, const extract::Page& page) {
  nlohmann::ordered_json j;
  j["path"] = path;
  j["url"] = page.url;
  j["title"] = page.title;
  j["author"] = page.author;
  j["published"] = page.published;
  j["site"] = page.site;
  j["language"] = page.language;
  j["text"] = page.text;
  if (!page.warnings.empty()) {
    std::string joined;
    for (const std::string& s : page.warnings) joined += (joined.empty() ? "" : "; ") + s;
    j["warning"] = joined;
  }
  return Dump(j);
}

namespace {

bool IsBlank(std::string_view bytes) {
  return bytes.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
}

}  // namespace

Status SplitText(std::string bytes, const std::string& name, bool json, std::string* out,
                 std::vector<std::string>* notes) {
  if (std::optional<text::Utf8Repair> decoded = text::DecodeUtf16(bytes)) {
    notes->push_back(name + ": decoded UTF-16 to UTF-8");
    bytes = std::move(decoded->text);
  }
  if (text::LooksBinary(bytes)) return Status::InvalidArgument(name + " looks binary, not text");
  text::Utf8Repair repaired = text::RepairUtf8(bytes);
  if (repaired.invalid > 0) {
    notes->push_back(io::Utf8RepairNote(name, repaired.invalid));
  }
  if (const size_t nul = text::ReplaceNul(repaired.text); nul > 0) {
    notes->push_back(name + ": replaced " + std::to_string(nul) + " NUL byte(s) with U+FFFD");
  }
  const std::string& original = repaired.text;
  const text::Normalized normalized = text::Normalize(original);
  if (normalized.text.empty() || IsBlank(normalized.text)) {
    return Status::Empty(name + " is empty");
  }
  out->clear();
  for (const text::ByteSpan& span : text::SplitSentences(normalized.text)) {
    if (span.end <= span.start) continue;
    // The same mapping Analyze uses, so that split shows the spans
    // summarize cites (characters normalisation dropped right after a
    // sentence, such as a zero-width space, are not part of it).
    const text::ByteSpan in_original = text::ToOriginal(normalized, span, original);
    const size_t start = in_original.start;
    const size_t end = in_original.end;
    const std::string sentence =
        text::CollapseWhitespace(std::string_view(original).substr(start, end - start));
    if (json) {
      const nlohmann::ordered_json line = {{"text", sentence}, {"start", start}, {"end", end}};
      *out += line.dump();
    } else {
      *out += sentence;
    }
    *out += '\n';
  }
  return Status::Ok();
}

}  // namespace concord::api
