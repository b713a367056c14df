// Reading articles: files, folders, standard input and JSON Lines, into
// Clusters (one story each). The only file input of the library.
//
// What a path may be:
//   a .txt file           one article. An optional front matter block
//                         ("---" line, "source: ..." / "url: ..." /
//                         "title: ..." / "published: ..." / "id: ..." lines,
//                         "---" line; other fields are ignored with a
//                         warning) gives metadata; otherwise a short first line
//                         without final punctuation followed by a blank line
//                         is the title.
//   a .html/.htm/.xhtml   one web page (also gzipped: .html.gz), read by
//   file                  the extractor (extract.h): its article text, and
//                         title, date, url and outlet (og:site_name or the
//                         publisher, else the URL's host) from the page. A
//                         page without article text is skipped with a
//                         warning naming the file.
//   a folder              every *.txt and page inside (not recursive,
//                         sorted by name);
//                         an entry that cannot be read (a looping symlink)
//                         is a problem, the others are still read
//   "-"                   standard input, text or JSON Lines (by its first byte)
// Files are read with ReadFile (regular files only, a size cap); UTF-16 with a
// byte-order mark is decoded to UTF-8 (a warning says so).
//   a .jsonl/.json file   JSON Lines; each line either an article
//                         {"id","source","url","title","published","text"}
//                         (only "text" required; "html", the page, may
//                         stand in for "text", and fields the line gives
//                         win over the page's; "id" a string or an
//                         integer, read in decimal, the others strings;
//                         the reader `concord group` shares) or a cluster
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
// When the input names the title, a first line that is a title by the rule
// above and repeats it (the same letters and digits, ASCII case, spaces,
// ASCII punctuation, curly quotes and dashes aside) is dropped from the text.
//
//   concord::Result<concord::io::Inputs> in =
//       concord::io::ReadInputs({"examples/harbor-bridge"});
//   if (!in.ok()) return Fail(in.status());
//   for (const std::string& p : in.value().problems) Warn(p);
//
// Whole files, for every command and module that reads or writes one:
//
//   concord::Result<std::string> bytes = concord::io::ReadFile(path);  // "-": stdin
//   concord::Status s = concord::io::WriteFile(path, contents);  // all or nothing
//
// Thread safety: thread-safe (no shared state); ReadFile("-") consumes
// standard input, so call it from one thread. JSON Lines are parsed in
// parallel on the threads of the calling TBB arena (every core unless the
// caller runs in an arena of its own); the result does not depend on it.
#ifndef CONCORD_IO_H_
#define CONCORD_IO_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "concord/article.h"
#include "concord/status.h"

namespace concord::io {

// ---- Whole files (files.cc) -----------------------------------------------

// The default cap on what one file or standard input may hold: 512 MiB (a
// day of a large outlet's output is far less).
inline constexpr size_t kMaxFileBytes = size_t{512} << 20;

// The name of `path` in messages: "standard input" for "-", else the path.
std::string DisplayName(const std::string& path);

// The bytes of `path`, or of standard input when `path` is "-". Only regular
// files are read: a folder, FIFO, socket or device is refused without
// blocking on it. A file larger than `max_bytes` is refused before it is
// read; standard input is read in chunks and refused as soon as it passes
// `max_bytes`. Every failure names the file (DisplayName):
//   NotFound         "x.txt: no such file"
//   InvalidArgument  "x: is a folder, not a file"
//                    "x: not a regular file (a pipe, socket or device)"
//                    "x: too large (N bytes; the limit is M)"
//   IoError          "x: cannot read: <reason>"
Result<std::string> ReadFile(const std::string& path, size_t max_bytes = kMaxFileBytes);

// Writes `contents` to `path` so that a reader never sees a partial file:
// the bytes go to a temporary file in the same folder (".<name>.tmp-<pid>"),
// which replaces `path` by rename only after every write, the flush and the
// close succeeded; on any failure the temporary is removed and `path` is
// left as it was. A `path` that exists and is not a regular file (a device
// such as /dev/stdout, a FIFO) is written in place, every write checked.
// Fails with IoError "path: cannot write: <reason>".
Status WriteFile(const std::string& path, std::string_view contents);

// Installs handlers for SIGINT and SIGTERM (unless the signal is ignored)
// that remove the temporaries of the WriteFile calls in progress, then end
// the process by the same signal (exit status 128 + signal), so Ctrl-C
// leaves neither a partial file nor a hidden ".<name>.tmp-<pid>". For
// programs (the CLI calls it first thing); a library never installs it.
void RemoveTemporariesOnSignal();

// ---- Web pages (html_reader.cc) ---------------------------------------------

// True for names ending in .html, .htm or .xhtml, alone or followed by .gz
// (any case).
bool IsPageName(std::string_view name);

// True when `bytes` read as an HTML document: after a UTF-8 byte-order
// mark, whitespace, comments and an XML declaration, they open with
// "<!doctype html" or "<html" (any case) followed by a space, ">" or "/".
// Files are told apart by name (IsPageName) and, when their name says
// neither JSON Lines nor page (`page.txt`, `page`), by this; standard
// input has no name, so its bytes are looked at with this.
bool LooksLikeHtml(std::string_view bytes);

// The bytes of a page file (ReadFile: "-" is standard input), inflated when
// the name ends in .gz or the bytes start with the gzip magic. Fails naming
// the file when it cannot be read, is larger than `max_bytes` (before or
// after inflating) or is named .gz but is not gzip.
Result<std::string> ReadPage(const std::string& path, size_t max_bytes = kMaxFileBytes);

// Extracts the article of the page `html` (extract::ExtractPage, with
// `article.url` as the page's address) into `article`: its text, and the
// url, title, published time and outlet (the page's site name) where
// `article` has none yet. Fails with kEmpty "<name>: no article text found
// in the page ... (skipped)" when the page holds no article; `article` is
// then unchanged.
Status FillFromHtml(std::string_view html, const std::string& name, Article& article);

// The title rule of every input form (ReadInputs, below) on an article
// whose fields are already filled, for readers of other formats: a title
// line at the start of `article.text` moves to `article.title`; when the
// article has a title, a first line that repeats it is dropped.
void TakeTitleLine(Article& article);

// ---- Articles ----------------------------------------------------------------

struct ReadOptions {
  // Behaviour
  // Files (and standard input) larger than this are refused with an error
  // naming them.
  size_t max_file_bytes = kMaxFileBytes;
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

// The lines of a JSON Lines text that hold more than spaces, tabs and
// carriage returns, each with its 1-based line number (for messages).
struct NumberedLine {
  std::string_view text;
  size_t number;
};
std::vector<NumberedLine> NonBlankLines(std::string_view contents);

// Parses one JSON Lines text (the contents of `name`, used in messages) and
// appends what it holds to `inputs`. Article lines go to `loose`.
void ParseJsonLines(std::string_view contents, const std::string& name,
                    Inputs& inputs, std::vector<Article>& loose);

// Builds an article from the bytes of a text file named `name`: repairs
// UTF-8, replaces stray NUL bytes with U+FFFD, reads front matter and title.
// Fails on binary data (text::LooksBinary) and on empty or whitespace-only
// text. Notes that lose nothing (NULs replaced, an unknown front matter
// field ignored, invalid UTF-8 replaced) are appended to `warnings` when it
// is not null.
Result<Article> ParseTextArticle(std::string_view bytes, const std::string& name,
                                 std::vector<std::string>* warnings = nullptr);

// "WHERE: replaced N invalid UTF-8 sequence(s) with U+FFFD": the one note
// every reader gives for a repair.
std::string Utf8RepairNote(const std::string& where, size_t invalid);

// `bytes` when they are valid UTF-8; else their repair, kept in `storage`,
// with Utf8RepairNote(where, ...) appended to `warnings`. For a line that a
// JSON parser must read (it rejects invalid UTF-8): nothing is lost.
std::string_view ValidUtf8(std::string_view bytes, const std::string& where, std::string& storage,
                           std::vector<std::string>& warnings);

}  // namespace concord::io

#endif  // CONCORD_IO_H_
