// Reading the stream for `concord group` (see stream.h).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <unordered_map>

#include "concord/group_stream.h"
#include "concord/io.h"
#include "concord/text.h"

namespace concord::group {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool IsJsonLinesName(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".jsonl" || ext == ".json" || ext == ".ndjson";
}

Result<std::string> ReadAll(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot be read");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  return buffer.str();
}

// Sets `time` from `article.published`; a bad time is a warning.
void SetTime(StreamArticle& item, const std::string& where, StreamInput& input) {
  if (item.article.published.empty()) return;
  Result<int64_t> time = ParseTime(item.article.published);
  if (time.ok()) {
    item.time = time.value();
  } else {
    input.warnings.push_back(where + ": \"published\": " + time.status().message() +
                             "; grouped as if it had no time");
  }
}

void Push(StreamArticle item, std::string where, std::string label, StreamInput& input) {
  SetTime(item, where, input);
  input.articles.push_back(std::move(item));
  input.where.push_back(std::move(where));
  input.labels.push_back(std::move(label));
}

// One article object. Returns what is wrong, or "". An "html" field without
// "text" is the page (io::FillFromHtml), extracted by FillFromPage.
std::string FillArticle(const json& object, Article& article, std::string& label,
                        std::vector<std::string>& ignored, std::string* html = nullptr) {
  for (const auto& [key, value] : object.items()) {
    std::string* field = nullptr;
    if (key == "id")
      field = &article.id;
    else if (key == "source")
      field = &article.source;
    else if (key == "url")
      field = &article.url;
    else if (key == "title")
      field = &article.title;
    else if (key == "published")
      field = &article.published;
    else if (key == "text")
      field = &article.text;
    else if (key == "story")
      field = &label;
    else if (key == "html" && html != nullptr)
      field = html;
    if (field == nullptr) {
      ignored.push_back(key);
      continue;
    }
    if (value.is_null()) continue;
    if (value.is_number_integer() && (key == "id" || key == "story")) {
      *field = std::to_string(value.get<int64_t>());
      continue;
    }
    if (!value.is_string()) return "field \"" + key + "\" must be a string";
    *field = text::RepairUtf8(value.get<std::string>()).text;
  }
  return {};
}

// The article of `html` when the object gave no text. Returns false after a
// warning naming `where` when the page holds no article (it is skipped).
bool FillFromPage(const std::string& html, const std::string& where, Article& article,
                  StreamInput& input) {
  if (html.empty() || article.text.find_first_not_of(" \t\r\n") != std::string::npos) {
    return true;
  }
  if (Status s = io::FillFromHtml(html, where, article); !s.ok()) {
    input.warnings.push_back(s.message());
    return false;
  }
  return true;
}

Status ParseClusterLine(const json& object, const std::string& where, StreamInput& input) {
  const auto id = object.find("id");
  const std::string cluster =
      id != object.end() && id->is_string() ? id->get<std::string>() : where;
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
    if (document.is_string()) {
      item.article.text = document.get<std::string>();
    } else if (!document.is_object()) {
      return Status::ParseError(where + ": document " + std::to_string(n) +
                                " must be a string or an object");
    } else {
      std::string html;
      if (std::string error = FillArticle(document, item.article, label, ignored, &html);
          !error.empty()) {
        return Status::ParseError(where + ": document " + std::to_string(n) + ": " + error);
      }
      if (!FillFromPage(html, where + ": document " + std::to_string(n), item.article, input)) {
        continue;
      }
    }
    // Multi-News has empty documents: they are not articles.
    if (item.article.text.find_first_not_of(" \t\r\n") == std::string::npos &&
        item.article.title.empty()) {
      continue;
    }
    if (item.article.id.empty()) item.article.id = cluster + "#" + std::to_string(n);
    Push(std::move(item), where + ": document " + std::to_string(n), std::move(label), input);
  }
  return Status::Ok();
}

// A web page file: one article, or a warning naming the file when the
// page holds no article text (it is skipped).
Status AddPage(const fs::path& path, StreamInput& input) {
  Result<std::string> bytes = io::ReadPage(path.string());
  if (!bytes.ok()) return bytes.status();
  StreamArticle item;
  if (Status s = io::FillFromHtml(bytes.value(), path.string(), item.article); !s.ok()) {
    input.warnings.push_back(s.message());
    return Status::Ok();
  }
  item.article.id = path.filename().string();
  if (item.article.source.empty()) item.outlet = OutletName(item.article, 0);
  Push(std::move(item), path.string(), "", input);
  return Status::Ok();
}

Status AddFile(const fs::path& path, StreamInput& input) {
  if (io::IsPageName(path.filename().string())) return AddPage(path, input);
  Result<std::string> bytes = ReadAll(path.string());
  if (!bytes.ok()) return bytes.status();
  const std::string name = path.string();
  const std::string& contents = bytes.value();
  const size_t first = contents.find_first_not_of(" \t\r\n");
  if (IsJsonLinesName(path) || (first != std::string::npos && contents[first] == '{')) {
    return ParseStreamLines(contents, name, input);
  }
  Result<Article> article = io::ParseTextArticle(contents, path.filename().string());
  StreamArticle item;
  if (article.ok()) {
    item.article = std::move(article).value();
  } else {
    // An empty text file is still an article of the stream.
    input.warnings.push_back(name + ": " + article.status().message());
  }
  item.article.id = path.filename().string();
  Push(std::move(item), name, "", input);
  return Status::Ok();
}

}  // namespace

Status ParseStreamLines(std::string_view contents, const std::string& name, StreamInput& input) {
  size_t ignored_lines = 0;
  std::string first_ignored;
  for (const io::NumberedLine& numbered : io::NonBlankLines(contents)) {
    const std::string_view line = numbered.text;
    const std::string where = name + ":" + std::to_string(numbered.number);
    const std::string repaired = text::RepairUtf8(line).text;
    const json object = json::parse(repaired, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded() || !object.is_object()) {
      return Status::ParseError(where + ": not a JSON object");
    }
    if (object.contains("documents")) {
      if (Status s = ParseClusterLine(object, where, input); !s.ok()) return s;
      continue;
    }
    StreamArticle item;
    std::string label;
    std::vector<std::string> ignored;
    std::string html;
    if (std::string error = FillArticle(object, item.article, label, ignored, &html);
        !error.empty()) {
      return Status::ParseError(where + ": " + error);
    }
    if (!FillFromPage(html, where, item.article, input)) continue;
    if (!ignored.empty() && ignored_lines++ == 0) {
      first_ignored = where + " (\"" + ignored.front() + "\")";
    }
    if (item.article.id.empty()) item.article.id = where;
    Push(std::move(item), where, std::move(label), input);
  }
  if (ignored_lines > 0) {
    input.warnings.push_back(name + ": unknown fields ignored on " + std::to_string(ignored_lines) +
                             " line(s), first at " + first_ignored);
  }
  return Status::Ok();
}

Result<StreamInput> ReadStream(const std::vector<std::string>& paths) {
  StreamInput input;
  for (const std::string& path : paths) {
    std::error_code error;
    if (path != "-" && !fs::exists(path, error)) return Status::NotFound(path + ": no such file");
    if (path != "-" && fs::is_directory(path, error)) {
      std::vector<fs::path> files;
      for (const auto& entry : fs::directory_iterator(path, error)) {
        const fs::path& p = entry.path();
        if (entry.is_regular_file() && (p.extension() == ".txt" || IsJsonLinesName(p) ||
                                        io::IsPageName(p.filename().string()))) {
          files.push_back(p);
        }
      }
      if (error) return Status::IoError(path + ": cannot list the folder");
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) {
        if (Status s = AddFile(file, input); !s.ok()) return s;
      }
      continue;
    }
    if (Status s = AddFile(path, input); !s.ok()) return s;
  }
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
