// Reading articles: files, folders, standard input and JSON Lines, into
// Clusters (one story each). The only file input of the library.
//
// What a path may be:
//   a .txt file           one article. An optional front matter block
//                         ("---" line, "source: ..." / "url: ..." /
//                         "title: ..." / "published: ..." lines, "---" line)
//                         gives metadata; otherwise a short first line
//                         without final punctuation followed by a blank line
//                         is the title.
//   a folder              every *.txt inside (not recursive, sorted by name)
//   "-"                   standard input, text or JSON Lines (by its first byte)
//   a .jsonl/.json file   JSON Lines; each line either an article
//                         {"id","source","url","title","published","text"}
//                         (only "text" required) or a cluster
//                         {"id","documents":[...],"summaries":[...]} whose
//                         documents are strings or article objects.
// All articles given outside cluster lines form one cluster, in the order
// given; every cluster line is its own cluster.
//
// Titles are treated the same way in every form, so that the same articles
// give the same summary as files, on stdin or as JSON Lines: a title
// (front matter "title:", a JSON "title", or else a first line that is a
// title by the rule above, also at the start of a JSON "text" or a cluster
// document) is metadata, never a candidate sentence: headlines have no final
// punctuation, repeat the lead, and are written to be clicked, not quoted.
//
//   concord::Result<concord::io::Inputs> in =
//       concord::io::ReadInputs({"examples/harbor-bridge"});
//   if (!in.ok()) return Fail(in.status());
//   for (const std::string& p : in.value().problems) Warn(p);
//
// Thread safety: thread-safe (no shared state).
#ifndef CONCORD_IO_H_
#define CONCORD_IO_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/status.h"

namespace concord::io {

struct ReadOptions {
  // Behaviour
  // Files larger than this are refused with an error naming them (default
  // 512 MiB: a day of a large outlet's output is far less).
  size_t max_file_bytes = size_t{512} << 20;
};

struct Inputs {
  std::vector<Cluster> clusters;  // in input order
  // Items that could not be read (a bad JSON line, an empty article, a
  // binary file...), each one line that names the file and line. The other
  // items are still read: callers report these and exit non-zero.
  std::vector<std::string> problems;
  // Notes that lose nothing the user asked for: replaced invalid UTF-8,
  // ignored unknown JSON fields.
  std::vector<std::string> warnings;
};

// Reads every path. Fails (with a message naming the path) when a path does
// not exist or cannot be read, when a folder holds no .txt article, or when
// nothing readable is left at all; item-level failures go to `problems`.
// Every cluster id, article id and source it returns is one line of valid
// UTF-8, whatever bytes the file names held (invalid bytes become U+FFFD,
// control characters spaces).
Result<Inputs> ReadInputs(const std::vector<std::string>& paths,
                          const ReadOptions& options = {});

// Parses one JSON Lines text (the contents of `name`, used in messages) and
// appends what it holds to `inputs`. Article lines go to `loose`.
void ParseJsonLines(std::string_view contents, const std::string& name,
                    Inputs& inputs, std::vector<Article>& loose);

// Builds an article from the bytes of a text file named `name`: repairs
// UTF-8, reads front matter and title. Fails on binary data and on empty or
// whitespace-only text.
Result<Article> ParseTextArticle(std::string_view bytes, const std::string& name);

}  // namespace concord::io

#endif  // CONCORD_IO_H_
