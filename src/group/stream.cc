// Reading the stream for `concord group` (group_stream.h).
//
// One reader for every form of input: StreamReader opens the paths one at
// a time and reads JSON Lines a line at a time (io::LineReader: regular
// files or standard input only, a cap on a line and on the file), so that
// `concord group` holds one line of the input at a time; text files and web
// pages are one article each, read whole under io::kMaxFileBytes. ReadStream
// (digest, eval, the Python binding) gathers the same articles in memory.
#include <algorithm>
#include <deque>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <numeric>
#include <optional>
#include <unordered_map>

#include "concord/group_stream.h"
#include "concord/io.h"
#include "io/article_object.h"
#include "io/line_reader.h"

namespace concord::group {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool IsJsonLinesName(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".jsonl" || ext == ".json" || ext == ".ndjson";
}

// Where parsed articles and warnings go.
struct Sink {
  std::deque<StreamItem>& items;
  std::vector<std::string>& warnings;
  bool parse_times = true;  // StreamReadOptions::parse_times
};

// Sets `time` from `article.published`; a bad time is a warning.
void SetTime(StreamArticle& item, const std::string& where, Sink& sink) {
  if (item.article.published.empty() || !sink.parse_times) return;
  Result<int64_t> time = ParseTime(item.article.published);
  if (time.ok()) {
    item.time = time.value();
  } else {
    sink.warnings.push_back(where + ": \"published\": " + time.status().message() +
                            "; grouped as if it had no time");
  }
}

// The article, its title already taken by the rule of every reader
// (io::TakeTitleLine), goes to the sink with its time.
void Push(StreamArticle article, std::string where, std::string label, Sink& sink) {
  SetTime(article, where, sink);
  sink.items.push_back({std::move(article), std::move(where), std::move(label)});
}

// One article object, read by io::ReadArticleObject as summarize reads it;
// of the fields it does not know, group reads "story", the article's gold
// label (a string or an integer, as an id), and lists the others in
// `ignored`. Returns what is wrong, or "". Returns false in `*kept`, after
// a warning, when the object's page ("html") holds no article.
std::string FillArticle(const json& object, const std::string& where, Article& article,
                        std::string& label, std::vector<std::string>& ignored, bool* kept,
                        Sink& sink) {
  io::ArticleObject read;
  if (std::string error = io::ReadArticleObject(object, where, read); !error.empty()) {
    return error;
  }
  for (std::string& key : read.unknown) {
    const json& value = object.at(key);
    if (key != "story") {
      ignored.push_back(std::move(key));
    } else if (std::optional<std::string> story = io::IdText(value)) {
      label = std::move(*story);
    } else if (!value.is_null()) {
      return io::IdError(key, value);
    }
  }
  if (!read.nul_note.empty()) sink.warnings.push_back(std::move(read.nul_note));
  *kept = read.skipped.empty();
  if (*kept) {
    article = std::move(read.article);
  } else {
    sink.warnings.push_back(std::move(read.skipped));
  }
  return {};
}

Status ParseClusterLine(const json& object, const std::string& where, Sink& sink) {
  // The cluster's id by the rule of an article's (a string or an integer).
  // Null or absent: the line names it; anything else is refused as an
  // article's id is (io::IdError).
  std::optional<std::string> id;
  if (const auto found = object.find("id"); found != object.end() && !found->is_null()) {
    id = io::IdText(*found);
    if (!id) return Status::ParseError(where + ": " + io::IdError("id", *found));
  }
  const std::string cluster = id ? *id : where;
  const auto documents = object.find("documents");
  if (!documents->is_array()) {
    return Status::ParseError(where + ": field \"documents\" must be an array");
  }
  size_t n = 0;
  for (const json& document : *documents) {
    ++n;
    StreamArticle item;
    std::string label = cluster;
    std::vector<std::string> ignored;
    const std::string doc_where = where + ": document " + std::to_string(n);
    if (document.is_string()) {
      item.article.text = document.get<std::string>();
      io::TakeTitleLine(item.article);
    } else if (!document.is_object()) {
      return Status::ParseError(doc_where + " must be a string or an object");
    } else {
      bool kept = true;
      if (std::string error =
              FillArticle(document, doc_where, item.article, label, ignored, &kept, sink);
          !error.empty()) {
        return Status::ParseError(doc_where + ": " + error);
      }
      if (!kept) continue;
    }
    // Multi-News has empty documents: they are not articles.
    if (io::IsBlank(item.article.text) && item.article.title.empty()) continue;
    if (item.article.id.empty()) item.article.id = cluster + "#" + std::to_string(n);
    Push(std::move(item), doc_where, std::move(label), sink);
  }
  return Status::Ok();
}

// The lines of one JSON Lines input, parsed one at a time; at the end, one
// warning counts the lines with fields it does not know.
class LineParser {
 public:
  explicit LineParser(std::string name) : name_(std::move(name)) {}

  Status Parse(std::string_view line, size_t number, Sink& sink) {
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return Status::Ok();
    const std::string where = name_ + ":" + std::to_string(number);
    // The JSON parser rejects invalid UTF-8: repair first and say so, as
    // summarize's reader does, rather than lose the line.
    std::string repaired;
    line = io::ValidUtf8(line, where, repaired, sink.warnings);
    const json object = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object()) {
      return Status::ParseError(where + ": not a JSON object");
    }
    if (object.contains("documents")) return ParseClusterLine(object, where, sink);
    StreamArticle item;
    std::string label;
    std::vector<std::string> ignored;
    bool kept = true;
    if (std::string error = FillArticle(object, where, item.article, label, ignored, &kept, sink);
        !error.empty()) {
      return Status::ParseError(where + ": " + error);
    }
    if (!kept) return Status::Ok();
    if (!ignored.empty() && ignored_lines_++ == 0) {
      first_ignored_ = where + " (\"" + ignored.front() + "\")";
    }
    if (item.article.id.empty()) item.article.id = where;
    Push(std::move(item), where, std::move(label), sink);
    return Status::Ok();
  }

  void Finish(Sink& sink) const {
    if (ignored_lines_ == 0) return;
    sink.warnings.push_back(name_ + ": unknown fields ignored on " +
                            std::to_string(ignored_lines_) + " line(s), first at " +
                            first_ignored_);
  }

 private:
  std::string name_;
  size_t ignored_lines_ = 0;
  std::string first_ignored_;
};

// A web page (`html`, the bytes of the file `path`): one article, or a
// warning naming the file when the page holds no article text (it is
// skipped).
Status AddPage(const fs::path& path, std::string_view html, Sink& sink) {
  StreamArticle item;
  if (Status s = io::FillFromHtml(html, path.string(), item.article); !s.ok()) {
    sink.warnings.push_back(s.message());
    return Status::Ok();
  }
  item.article.id = path.filename().string();
  if (item.article.source.empty()) item.outlet = OutletName(item.article, 0);
  io::TakeTitleLine(item.article);
  Push(std::move(item), path.string(), "", sink);
  return Status::Ok();
}

// A text file: one article (io::ParseTextArticle); an empty one is still an
// article of the stream, with a warning. A file that is not a text article
// (binary data, front matter never closed or with a bad line) stops the
// stream, as an invalid JSON line does.
Status AddText(const fs::path& path, const std::string& contents, Sink& sink) {
  Result<Article> article = io::ParseTextArticle(contents, path.string(), &sink.warnings);
  StreamArticle item;
  if (article.ok()) {
    item.article = std::move(article).value();
  } else if (article.status().code() == StatusCode::kEmpty) {
    sink.warnings.push_back(article.status().message());
  } else {
    return article.status();
  }
  item.article.id = path.filename().string();
  io::TakeTitleLine(item.article);
  Push(std::move(item), path.string(), "", sink);
  return Status::Ok();
}

// The files a path stands for: a folder's *.txt, JSON Lines and page
// files sorted by name, else the path itself.
Result<std::vector<fs::path>> Expand(const std::string& path) {
  std::error_code error;
  if (path == "-" || !fs::is_directory(path, error)) return std::vector<fs::path>{path};
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(path, error)) {
    const fs::path& p = entry.path();
    if (entry.is_regular_file() &&
        (p.extension() == ".txt" || IsJsonLinesName(p) || io::IsPageName(p.filename().string()))) {
      files.push_back(p);
    }
  }
  if (error) return Status::IoError(path + ": cannot list the folder");
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Status ParseStreamLines(std::string_view contents, const std::string& name, StreamInput& input) {
  std::deque<StreamItem> items;
  Sink sink{items, input.warnings};
  LineParser parser(name);
  for (const io::NumberedLine& line : io::NonBlankLines(contents)) {
    if (Status s = parser.Parse(line.text, line.number, sink); !s.ok()) return s;
  }
  parser.Finish(sink);
  for (StreamItem& item : items) {
    input.articles.push_back(std::move(item.article));
    input.where.push_back(std::move(item.where));
    input.labels.push_back(std::move(item.label));
  }
  return Status::Ok();
}

struct StreamReader::Impl {
  std::vector<std::string> paths;
  StreamReadOptions options;
  size_t next_path = 0;
  std::deque<fs::path> files;  // of the current path, not opened yet
  std::unique_ptr<io::LineReader> lines;
  std::unique_ptr<LineParser> parser;
  std::deque<StreamItem> ready;
  std::vector<std::string> warnings;
  Sink sink{ready, warnings};

  Status OpenFile(const fs::path& path);
  Status ReadLine();
};

Status StreamReader::Impl::OpenFile(const fs::path& path) {
  if (io::IsPageName(path.filename().string())) {
    Result<std::string> bytes = io::ReadPage(path.string(), options.max_file_bytes);
    if (!bytes.ok()) return bytes.status();
    return AddPage(path, bytes.value(), sink);
  }
  Result<std::unique_ptr<io::LineReader>> opened =
      io::LineReader::Open(path.string(), options.max_stream_bytes, options.max_line_bytes);
  if (!opened.ok()) return opened.status();
  std::unique_ptr<io::LineReader> reader = std::move(opened).value();
  bool json_lines = IsJsonLinesName(path);
  if (!json_lines) {
    Result<std::string_view> head = reader->Peek();
    if (!head.ok()) return head.status();
    const size_t first = head.value().find_first_not_of(" \t\r\n");
    json_lines = first != std::string_view::npos && head.value()[first] == '{';
  }
  if (!json_lines) {
    Result<std::string> contents = reader->Rest(options.max_file_bytes);
    if (!contents.ok()) return contents.status();
    // Standard input has no name to tell a page by, and a page saved under
    // another name (`page.txt`) is still one: an HTML document is a page.
    if (io::LooksLikeHtml(contents.value())) {
      return AddPage(path, contents.value(), sink);
    }
    return AddText(path, contents.value(), sink);
  }
  lines = std::move(reader);
  parser = std::make_unique<LineParser>(path.string());
  return Status::Ok();
}

Status StreamReader::Impl::ReadLine() {
  std::string_view line;
  Result<bool> more = lines->Next(line);
  if (!more.ok()) return more.status();
  if (more.value()) return parser->Parse(line, lines->line_number(), sink);
  parser->Finish(sink);
  lines.reset();
  parser.reset();
  return Status::Ok();
}

StreamReader::StreamReader(std::vector<std::string> paths, StreamReadOptions options)
    : impl_(std::make_unique<Impl>()) {
  impl_->paths = std::move(paths);
  impl_->options = options;
  impl_->sink.parse_times = options.parse_times;
}

StreamReader::~StreamReader() = default;

Result<bool> StreamReader::Next(StreamItem& item) {
  Impl& m = *impl_;
  while (m.ready.empty()) {
    Status status = Status::Ok();
    if (m.lines) {
      status = m.ReadLine();
    } else if (!m.files.empty()) {
      const fs::path file = std::move(m.files.front());
      m.files.pop_front();
      status = m.OpenFile(file);
    } else if (m.next_path < m.paths.size()) {
      Result<std::vector<fs::path>> files = Expand(m.paths[m.next_path++]);
      if (!files.ok()) return files.status();
      m.files.assign(files.value().begin(), files.value().end());
    } else {
      return false;
    }
    if (!status.ok()) return status;
  }
  item = std::move(m.ready.front());
  m.ready.pop_front();
  return true;
}

std::vector<std::string> StreamReader::TakeWarnings() { return std::exchange(impl_->warnings, {}); }

Result<StreamInput> ReadStream(const std::vector<std::string>& paths, StreamReadOptions options) {
  StreamInput input;
  StreamReader reader(paths, options);
  StreamItem item;
  while (true) {
    Result<bool> more = reader.Next(item);
    if (!more.ok()) return more.status();
    if (!more.value()) break;
    input.articles.push_back(std::move(item.article));
    input.where.push_back(std::move(item.where));
    input.labels.push_back(std::move(item.label));
  }
  input.warnings = reader.TakeWarnings();
  return input;
}
size_t SortByTime(StreamInput& input) {
  const size_t n = input.articles.size();
  std::vector<int64_t> key(n);
  int64_t last = INT64_MIN;
  for (size_t i = 0; i < n; ++i) {
    if (input.articles[i].time) last = *input.articles[i].time;
    key[i] = last;
  }
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key[a] < key[b]; });
  size_t moved = 0;
  for (size_t i = 0; i < n; ++i) moved += order[i] != i;
  if (moved == 0) return 0;
  StreamInput sorted;
  sorted.warnings = std::move(input.warnings);
  for (const size_t i : order) {
    sorted.articles.push_back(std::move(input.articles[i]));
    sorted.where.push_back(std::move(input.where[i]));
    sorted.labels.push_back(std::move(input.labels[i]));
  }
  input = std::move(sorted);
  return moved;
}

Status CheckUniqueIds(const StreamInput& input) {
  std::unordered_map<std::string_view, size_t> seen;
  seen.reserve(input.articles.size());
  for (size_t i = 0; i < input.articles.size(); ++i) {
    const auto [it, inserted] = seen.emplace(input.articles[i].article.id, i);
    if (!inserted) {
      return Status::InvalidArgument(input.where[i] + ": duplicate id \"" +
                                     input.articles[i].article.id + "\" (first at " +
                                     input.where[it->second] + ")");
    }
  }
  return Status::Ok();
}

}  // namespace concord::group
