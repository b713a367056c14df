// Writing summaries for people and programs: plain text, Markdown, JSON.
//
//   std::string out = concord::io::FormatSummary(cluster, summary,
//                                                concord::io::Format::kText);
//
// Text: one sentence a line, the outlets that carry it in brackets, each
// once, at most 10 and then "+ N more". Markdown: the same as a bulleted
// list with outlets in italics, article text and names escaped so that they
// show literally, then (with explain) a table of removed noise. JSON: one
// object on one line (so that a batch is JSON Lines):
//   {"id":…, "sentences":[{"text","article","start","end","sources":[…],
//    "articles":[…],"score","truncated"}],
//    "removed":[{"article","start","end","rule","text"}],
//    "stats":{…}, "compare":{…}}
// "compare" (present when the summary has an alignment) is the cross-outlet
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

#include <optional>
#include <string>
#include <string_view>

#include "concord/article.h"
#include "concord/summarize.h"

namespace concord::io {

enum class Format { kText, kMarkdown, kJson };

// "text", "md"/"markdown", "json"/"jsonl"; nullopt otherwise.
std::optional<Format> ParseFormat(std::string_view name);

struct FormatOptions {
  bool explain = false;  // list removed noise (rule and span) in text and md
  bool heading = false;  // start with the cluster id (batches of clusters)
};

std::string FormatSummary(const Cluster& cluster, const Summary& summary, Format format,
                          const FormatOptions& options = {});

}  // namespace concord::io

#endif  // CONCORD_FORMAT_H_
