// The request layer of concord: a JSON request in, exactly the bytes the
// `concord` command prints for the same articles and options out. The HTTP
// server (`concord serve`) and the Python binding call it; the commands of
// cli/ share its option checks and per-story renderers, so that the three
// cannot drift apart.
//
// A request is a JSON object:
//   {"id": "story",                      optional: the story's id (default "story")
//    "articles": [ ... ],                summarize, compare, quotes, extract
//    "text": "...",                      split only: the text to split
//    "options": {"words": 100, ...}}     optional: the command's options
// Each article is a plain string (its text) or an object with the string
// fields "id", "source", "url", "title", "published" and one of "text" or
// "html" (a raw page, reduced to its article by extract::ExtractPage; its
// title, date, address and site fill the fields not given). The articles
// are read as the JSON Lines reader reads `{"id",...,"text"}` lines (the
// title rule, UTF-8 repair), so that `concord summarize story.jsonl` and
// the same articles here give the same bytes; an article without an id is
// named "articles:N" (N from 1). `extract` takes objects with "html" (and
// optional "id", used as the page's "path", and "url").
//
// Options are the command's long flag names without the dashes, with JSON
// values: numbers for --words, --bytes, --sentences, --threshold,
// --duplicate-threshold; true/false for --truncate, --explain, --no-clean;
// strings for --method, --format, --sources (comma-separated, as on the
// command line); an object {"name": number} for --set. The defaults are
// the command's. Options that name files of the machine (--params, paths)
// and --threads do not exist here.
//
//   nlohmann::json request = {{"articles", {"First text.", "Second text."}},
//                             {"options", {{"words", 50}, {"format", "json"}}}};
//   concord::Result<std::string> out = concord::api::Run("summarize", request);
//   if (!out.ok()) Reply(400, out.status().message());
//
// Errors are Status values, never exceptions: InvalidArgument for a request
// of the wrong shape ("articles[2]: field \"text\" must be a string"), an
// unknown option ("unknown option \"wrds\" for summarize (known: ...)") or
// a bad value (the command's own message: "--format must be text, md or
// json (got 'x')"); ParseError for bytes that are not JSON.
//
// Thread safety: every function is thread-safe (no shared state); the
// analyses run on the calling thread's TBB arena.
#ifndef CONCORD_API_H_
#define CONCORD_API_H_

#include <chrono>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/extract.h"
#include "concord/format.h"
#include "concord/status.h"
#include "concord/summarize.h"

namespace concord::api {

// ---- Requests (request.cc) -------------------------------------------------

// The commands Run knows, in this order.
const std::vector<std::string>& Commands();

// `body` parsed as one JSON object; ParseError "request: invalid JSON" or
// InvalidArgument "request: expected a JSON object" otherwise. Invalid
// UTF-8 is replaced by U+FFFD first, as the command line's readers do, and
// the note ("request: replaced N invalid UTF-8 sequence(s) with U+FFFD")
// appended to `warnings` when it is not null. Never throws and never
// recurses deeper than the JSON parser's own limit.
Result<nlohmann::json> ParseRequest(std::string_view body,
                                    std::vector<std::string>* warnings = nullptr);

// "articles:N", N = index + 1: how every message names article `index` of
// a request's "articles", as the command line names line N of a file.
std::string ArticleWhere(size_t index);

// The one message for an empty name in --sources (name `index` from 0 of
// `count`), refused by the command line and the request layer alike.
std::string EmptySourceMessage(size_t index, size_t count);

// The articles of `request["articles"]` as one story named `request["id"]`
// (default "story"), read the way the JSON Lines reader reads them. Fails
// naming the article ("articles:2: ...", ArticleWhere) when one is of the wrong shape,
// unknown fields included, or is empty.
// An article with no id, source, url or name (a plain string, say) gets
// the source "article N", N its place from 1, as OutletName names an
// article with nothing else; with `number_unnamed` false it is left
// without one (the store names it by its place in its story).
Result<Cluster> ReadStory(const nlohmann::json& request, bool number_unnamed = true);

// The media type of what Run answers for `request`: "application/json" for
// --format json (the default of extract), "text/markdown; charset=utf-8"
// for md, "text/plain; charset=utf-8" otherwise (or when the format is not
// a string: Run then fails anyway).
std::string MediaType(std::string_view command, const nlohmann::json& request);

// A time limit of a request: the work stops at its next stage once the
// time point has passed. No value: no limit.
using Deadline = std::optional<std::chrono::steady_clock::time_point>;

// DeadlineExceeded "the request ran past its time limit (before <stage>)"
// when `deadline` has passed, else Ok (status.h; the summarizer checks the
// same limit between its own stages).
using concord::CheckDeadline;

// Runs `command` ("summarize", "compare", "quotes", "extract", "split") on
// `request`: the exact bytes `concord <command>` writes to standard output
// for these articles as one story (a JSON Lines file of them) and these
// options, trailing newline included. With a `deadline`, summarize,
// compare and quotes check it between their stages (reading the articles,
// analysing and summarising, aligning the outlets, rendering) and fail with
// DeadlineExceeded once it has passed: cooperative, so a stage that has
// begun runs to its end.
Result<std::string> Run(std::string_view command, const nlohmann::json& request,
                        const Deadline& deadline = std::nullopt);

// ---- What the commands and Run share (story.cc) ----------------------------

// The options of `concord summarize` before they become SummarizeOptions.
struct SummarizeSettings {
  std::optional<size_t> words;
  std::optional<size_t> bytes;
  std::optional<size_t> sentences;
  std::string method = "default";
  bool truncate = false;
  bool no_clean = false;
  double duplicate_threshold = 0.5;
  bool keep_copies = false;  // --keep-copies: do not collapse near-copies
  std::vector<std::pair<std::string, double>> parameters;  // --set
};

// "--format must be text, md or json (got 'x')" unless `format` is one.
Result<io::Format> SummaryFormat(const std::string& format);

// The checked SummarizeOptions of `settings`: one budget at most and
// positive, a known method, parameters the library accepts; else the
// command's message ("give one of --words, --bytes, --sentences", ...).
Result<SummarizeOptions> MakeSummarizeOptions(const SummarizeSettings& settings);

// What `concord summarize` prints for one story (its JSON adds the
// cross-outlet alignment for 2 to 100 articles). Fails with the
// summarizer's message, or DeadlineExceeded (CheckDeadline) after a stage.
// `note`, when given, receives the method's note (SummaryStats::method_note).
Result<std::string> SummarizeStory(const Cluster& cluster, const SummarizeOptions& options,
                                   io::Format format, const io::FormatOptions& format_options,
                                   const Deadline& deadline = std::nullopt,
                                   std::string* note = nullptr);

// "--format must be text, md or json (got 'x')" unless `format` is text,
// md, markdown or json (compare and quotes).
Status CheckReportFormat(const std::string& format);
// "--threshold must be in (0, 1]" unless it is.
Status CheckThreshold(double threshold);

// ---- Options by name (commands.cc) -----------------------------------------
// The one place that maps option names (the command's long flags without
// dashes, as a request's "options" object gives them) to settings: Run
// reads its requests with these, and the Python binding its keyword
// arguments (given as the same JSON object).

// summarize's options, read and checked as far as they go without a story
// (unknown options, types and ranges, --format); MakeSummarizeOptions
// checks the rest.
struct SummarizeRequestOptions {
  SummarizeSettings settings;
  std::string format = "text";
  io::Format parsed_format = io::Format::kText;
  bool explain = false;
  std::string sources;  // --sources, comma-separated
};
Result<SummarizeRequestOptions> ReadSummarizeOptions(const nlohmann::json& request);

// compare's or quotes' options (`command` is "compare" or "quotes"; only
// compare knows --threshold), read and checked.
struct CompareRequestOptions {
  std::string format = "text";
  std::string sources;
  bool no_clean = false;
  compare::CompareOptions options;
};
Result<CompareRequestOptions> ReadCompareOptions(const std::string& command,
                                                 const nlohmann::json& request);

// One story's articles analysed and compared.
struct ComparedStory {
  std::vector<Document> documents;
  compare::Comparison comparison;
};
// Analyses and compares `cluster`; fails with compare's message.
Result<ComparedStory> CompareCluster(const Cluster& cluster, const text::AnalyzeOptions& analyze,
                                     const compare::CompareOptions& options);

// What `concord compare --format FORMAT` prints for one story; `heading`
// (several stories) starts it with the story's id.
std::string CompareReport(const Cluster& cluster, const ComparedStory& story,
                          const std::string& format, bool heading);
// What `concord quotes --format FORMAT` prints for one story.
std::string QuotesReport(const Cluster& cluster, const ComparedStory& story,
                         const std::string& format);

// The reports `concord serve` stores for a story: what `concord summarize`
// (default options: 100 words), `compare` and `quotes` print with --format
// json for `cluster`, each one line with its newline, made from one analysis
// of the articles. Each group of the comparison's "shared" and "unique"
// also carries "in_summary" (io::ShownInSummary against the summary's
// sentences): true when its line repeats a summary sentence, which a page
// that shows the summary above leaves out. A report that cannot be made is
// "null" (the summary when no sentence fits the budget; its comparison then
// marks nothing). Never fails otherwise.
struct StoredReports {
  std::string summary;
  std::string compare;
  std::string quotes;
};
StoredReports StoryReports(const Cluster& cluster);

// One JSON line of `concord extract` (without the newline) for the page
// named `path`.
std::string PageJson(const std::string& path, const extract::Page& page);

// `concord split` on `bytes` (named `name` in notes): the sentences, one a
// line or as JSON Lines, in `out`; notes that lose nothing ("decoded UTF-16
// to UTF-8", replaced sequences) appended to `notes`. Fails with
// "<name> looks binary, not text" or "<name> is empty".
Status SplitText(std::string bytes, const std::string& name, bool json, std::string* out,
                 std::vector<std::string>* notes);

}  // namespace concord::api

#endif  // CONCORD_API_H_
