// Reading a stream of articles for grouping: files, folders, standard input
// and JSON Lines, each article with the place it came from ("file:line"),
// its parsed time and, for evaluation, its gold story label.
//
// JSON Lines lines are articles {"id","source","url","title","published",
// "text"} plus an optional gold label "story"; a Multi-News cluster line
// {"id","documents":[...]} gives one article per document, labelled with
// the cluster id. Other files are single text articles (io::ParseTextArticle),
// web pages (.html, .htm, .gz of them) single extracted articles, a folder
// is its *.txt, JSON Lines and page files sorted by name.
//
// Every input goes through the checks of io::ReadFile: only regular files
// (or "-", standard input), a size cap, a message naming the file. JSON
// Lines are read a line at a time, so StreamReader holds one line of the
// input at a time (`concord group` streams through it); ReadStream gathers
// the whole stream in memory.
//
//   concord::group::StreamReader reader({"day.jsonl"});
//   concord::group::StreamItem item;
//   for (auto more = reader.Next(item); more.ok() && more.value(); more = reader.Next(item))
//     use(item);
#ifndef CONCORD_GROUP_STREAM_H_
#define CONCORD_GROUP_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "concord/group.h"
#include "concord/io.h"
#include "concord/status.h"

namespace concord::group {

struct StreamInput {
  std::vector<StreamArticle> articles;  // input order until SortByTime
  std::vector<std::string> where;       // "file:line" or the file name
  std::vector<std::string> labels;      // gold story labels ("" when none)
  // Notes that lose nothing: unparsable times (the article is grouped where
  // it stands), ignored fields, articles without text.
  std::vector<std::string> warnings;
};

// One article as read: where it came from ("file:line", "file:line:
// document n" or the file name) and its gold label ("" when none).
struct StreamItem {
  StreamArticle article;
  std::string where;
  std::string label;
};

struct StreamReadOptions {
  // A file read whole (a text article, a web page) may hold at most this.
  size_t max_file_bytes = io::kMaxFileBytes;
  // A JSON Lines file or standard input may hold at most this. `concord
  // group` lifts it (SIZE_MAX): it streams, so its memory follows the
  // longest line, not the length of the stream.
  size_t max_stream_bytes = io::kMaxFileBytes;
  // One JSON line may hold at most this.
  size_t max_line_bytes = io::kMaxFileBytes;
  // Reads `published` into StreamArticle::time, with a warning naming the
  // file and line when it cannot. Off, the times are left unread and
  // unwarned: for a reader that hands the articles to digest::Digest,
  // which reads (and warns about) them itself.
  bool parse_times = true;
};

// Reads the articles of `paths` one at a time, in order.
// Thread safety: thread-compatible; reading "-" consumes standard input.
class StreamReader {
 public:
  explicit StreamReader(std::vector<std::string> paths, StreamReadOptions options = {});
  ~StreamReader();
  StreamReader(const StreamReader&) = delete;
  StreamReader& operator=(const StreamReader&) = delete;

  // The next article into `item`; false at the end of the stream. Fails
  // with a message naming the file (and line) on: a path that does not
  // exist or is not a regular file, a file or line over its cap, invalid
  // JSON, a field of the wrong type. Reading stops at the first failure.
  Result<bool> Next(StreamItem& item);

  // The warnings gathered so far (unparsable times, ignored fields, pages
  // without an article, empty text files), moved out.
  std::vector<std::string> TakeWarnings();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Reads every path in order into memory (StreamReader). Fails as
// StreamReader::Next does.
Result<StreamInput> ReadStream(const std::vector<std::string>& paths,
                               StreamReadOptions options = {});

// Parses JSON Lines `contents` (named `name` in messages) into `input`.
Status ParseStreamLines(std::string_view contents, const std::string& name, StreamInput& input);

// Puts a stream into publication order through a bounded buffer, the order
// SortByTime gives: an article without a time takes the time of the one
// before it in input order, ties keep input order. While the buffer holds
// at most `capacity` articles nothing is released (Pop is called by the
// caller once size() > capacity, and at the end), so an article at most
// `capacity` places away from its rank in time order is put in its place;
// one that arrives later is released after newer ones (the Grouper then
// groups it at the stream clock and counts it in out_of_order). A stream of
// no more than `capacity` articles is ordered exactly as SortByTime orders
// it. Memory: `capacity` articles.
class TimeOrder {
 public:
  explicit TimeOrder(size_t capacity) : capacity_(capacity) {}

  void Push(StreamItem item);
  // The earliest article held. REQUIRES: !empty().
  StreamItem Pop();

  bool empty() const { return heap_.empty(); }
  size_t size() const { return heap_.size(); }
  bool full() const { return heap_.size() > capacity_; }
  // Articles released at another rank than they arrived at.
  size_t moved() const { return moved_; }

 private:
  struct Held {
    int64_t key;
    uint64_t rank;
    StreamItem item;
  };
  size_t capacity_;
  std::vector<Held> heap_;
  int64_t last_time_ = INT64_MIN;
  uint64_t pushed_ = 0;
  uint64_t popped_ = 0;
  size_t moved_ = 0;
};

// Orders the articles by publication time, stably; an article without a
// time keeps the place of the one before it in input order. Returns how
// many articles moved (the input was not in time order).
size_t SortByTime(StreamInput& input);

// Fails naming both places when two articles share an id.
Status CheckUniqueIds(const StreamInput& input);

}  // namespace concord::group

#endif  // CONCORD_GROUP_STREAM_H_
