// Writing summaries and comparisons for people and programs: plain text,
// Markdown, JSON. Every report is rendered here (src/io/format/, the
// concord_format library), at the end of the data flow: summarize and
// compare build values, this renders them.
//
//   std::string out = concord::io::FormatSummary(cluster, summary,
//                                                concord::io::Format::kText);
//
// Text: one sentence a line, the outlets that carry it in brackets, each
// once, at most 10 and then "+ N more"; the sentences of one passage (a
// quotation that runs over sentences, SummarySentence::continues) share a
// line (PassageLine). Markdown: the same as a bulleted
// list with outlets in italics, article text and names escaped so that they
// show literally, then (with explain) a table of removed noise. JSON: one
// object on one line (so that a batch is JSON Lines):
//   {"id":…, "sentences":[{"text","article","start","end","sources":[…],
//    "articles":[…],"score","truncated","continues","cut_short"}],
//    "removed":[{"article","start","end","rule","text"}],
//    "stats":{…}, "compare":{…}}
// "compare" (present when FormatOptions::alignment is given) is the cross-outlet
// alignment of compare.h: shared content, unique facts, number differences,
// entities.
// "start"/"end" are byte offsets into Article::text (for a file read by
// io::ReadInputs: the file after UTF-8 repair, without its byte-order mark,
// front matter and title line; for JSON Lines: the "text" value after its
// title line).
// "article" is the article id, "sources" the outlet names (each once, all
// of them), "articles" the ids of every article that carries the sentence;
// "removed" lists every scraper-noise span (always in JSON, in text and
// Markdown only with explain). Output is deterministic: the same summary
// gives the same bytes.
//
// Thread safety: thread-safe.
#ifndef CONCORD_FORMAT_H_
#define CONCORD_FORMAT_H_

#include <cstddef>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "concord/article.h"
#include "concord/compare.h"
#include "concord/summarize.h"

namespace concord::io {

enum class Format { kText, kMarkdown, kJson };

// "text", "md"/"markdown", "json"/"jsonl"; nullopt otherwise.
std::optional<Format> ParseFormat(std::string_view name);

struct FormatOptions {
  bool explain = false;  // list removed noise (rule and span) in text and md
  bool heading = false;  // start with the cluster id (batches of clusters)
  // The cross-outlet alignment of the summarized articles (compare::Align),
  // written as "compare" in JSON when given; not owned.
  const compare::Alignment* alignment = nullptr;
};

std::string FormatSummary(const Cluster& cluster, const Summary& summary, Format format,
                          const FormatOptions& options = {});

// One passage as a line for people: the texts of its sentences (text,
// outlets), already escaped for the output, joined by a space, with the
// outlets between `open` and `close` once after the last when every
// sentence has the same, else after each sentence, so that no outlet is
// credited with a sentence it does not carry. No line break.
std::string PassageLine(const std::vector<std::pair<std::string, std::string>>& parts,
                        std::string_view open, std::string_view close);

// A summary's sentences as PassageLine gives them, a line a passage: each
// (text, outlets, continues), the text and outlets already escaped; a
// sentence that continues the one before (SummarySentence::continues)
// joins its line. The one grouping of every writer (text, Markdown, the
// digest's Markdown and HTML).
struct PassagePart {
  std::string text;
  std::string outlets;
  bool continues = false;
};
std::vector<std::string> PassageLines(const std::vector<PassagePart>& parts, std::string_view open,
                                      std::string_view close);

// ---- Comparisons (compare.h) ---------------------------------------------

// JSON: {"outlets", "shared": [{"outlets", "similarity", "sentences":
// [{"article", "outlet", "sentence", "start", "end", "text"}]}],
// "unique": [{"outlet", "sentences": [...]}], "number_differences": [{"what",
// "first": {"outlet", "value", "sentence"...}, "second": {...}}],
// "entities": [{"name", "variants", "outlets", "mentions"}], "quotes":
// [{"text", "speaker", "negated", "outlets", "members": [quote as in
// QuotesToJson]}]} ("negated": the group's quotes are reported as not said).
// `articles` and `documents` are the ones compared. With `in_summary`
// (ShownInSummary's marks, one per group of the alignment; not owned), each
// group of "shared" and "unique" also carries "in_summary": true or false
// (`concord serve`'s stories: a page leaves the marked lines out and can
// still see them).
nlohmann::json ComparisonToJson(const compare::Comparison& comparison,
                                const std::vector<Article>& articles,
                                const std::vector<Document>& documents,
                                const std::vector<bool>* in_summary = nullptr);

// The alignment part of ComparisonToJson only (for `summarize --format json`).
nlohmann::json AlignmentToJson(const compare::Alignment& alignment,
                               const std::vector<Article>& articles,
                               const std::vector<Document>& documents,
                               const std::vector<bool>* in_summary = nullptr);

// Plain text and Markdown reports: shared content with its outlets, a table
// of quotes (speaker, quote, outlets; "not said by …" for a quote reported
// as not said, compare::SpeakerLabel), the facts only one outlet reports,
// different numbers side by side, and names written several ways.
std::string ComparisonToText(const compare::Comparison& comparison,
                             const std::vector<Article>& articles,
                             const std::vector<Document>& documents);
// How many groups LeaveOutShown took out of the alignment's `shared` and
// `unique` lists.
struct LeftOut {
  size_t shared = 0;
  size_t unique = 0;
};

// The one rule of "this comparison line repeats the summary": for each group
// of `comparison`'s alignment (by index), true when the group is in its
// `shared` or `unique` list and its line in a report (the "shown" text)
// shows a sentence of `shown_elsewhere`, an outlet's copy of one (the same
// text), or a quotation passage holding one. A page that prints a story's
// summary above its comparison, each sentence with the outlets the
// summary's own test finds, leaves these lines out: the comparison's looser
// alignment would print the same sentence again with other outlets. A group
// that shows another of its members is not marked. `documents` are the ones
// compared; `shown_elsewhere` names their sentences.
std::vector<bool> ShownInSummary(const compare::Comparison& comparison,
                                 const std::vector<Document>& documents,
                                 const std::vector<compare::SentenceRef>& shown_elsewhere);

// Takes the groups ShownInSummary marks out of `comparison`'s `shared` and
// `unique` lists (the digest, whose JSON Lines keep only the counts).
LeftOut LeaveOutShown(compare::Comparison& comparison, const std::vector<Document>& documents,
                      const std::vector<compare::SentenceRef>& shown_elsewhere);

// `in_summary`: what LeaveOutShown took out, so that the Markdown says the
// summary's sentences are not listed again (and not "Nothing is carried by
// more than one outlet." when only they were).
std::string ComparisonToMarkdown(const compare::Comparison& comparison,
                                 const std::vector<Article>& articles,
                                 const std::vector<Document>& documents, LeftOut in_summary = {});

// One quote per JSON object, as `concord quotes` prints it: article, outlet,
// parts [{start, end, char_start, char_end, text}] (char_* count Unicode
// code points), text, speaker {text, start, end, char_start, char_end,
// name}, cue {text, start, end}, negation {text, start, end, char_start,
// char_end} or null, negated (the text reports the speaker did NOT say it:
// Quote::negated), embedded, group, outlets (of the group).
nlohmann::json QuotesToJson(const compare::Comparison& comparison,
                            const std::vector<Article>& articles);

}  // namespace concord::io

#endif  // CONCORD_FORMAT_H_
