// Reading a stream of articles for grouping: files, folders, standard input
// and JSON Lines, each article with the place it came from ("file:line"),
// its parsed time and, for evaluation, its gold story label.
//
// JSON Lines lines are articles {"id","source","url","title","published",
// "text"} plus an optional gold label "story"; a Multi-News cluster line
// {"id","documents":[...]} gives one article per document, labelled with
// the cluster id. Other files are single text articles (io::ParseTextArticle),
// a folder is its *.txt and *.jsonl files sorted by name.
#ifndef CONCORD_GROUP_STREAM_H_
#define CONCORD_GROUP_STREAM_H_

#include <cstddef>
#include <string>
#include <vector>

#include "concord/group.h"
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

// Reads every path in order. Fails with a message naming the file and line
// on: a path that cannot be read, invalid JSON, a field of the wrong type,
// a duplicate id (naming both places).
Result<StreamInput> ReadStream(const std::vector<std::string>& paths);

// Parses JSON Lines `contents` (named `name` in messages) into `input`.
Status ParseStreamLines(std::string_view contents, const std::string& name, StreamInput& input);

// Orders the articles by publication time, stably; an article without a
// time keeps the place of the one before it in input order. Returns how
// many articles moved (the input was not in time order).
size_t SortByTime(StreamInput& input);

// Fails naming both places when two articles share an id.
Status CheckUniqueIds(const StreamInput& input);

}  // namespace concord::group

#endif  // CONCORD_GROUP_STREAM_H_
