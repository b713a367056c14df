// ReadInputs: paths (files, folders, "-") to clusters. Every file goes
// through ReadFile (files.cc): regular files only, the size cap.
#include <algorithm>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>

#include "concord/io.h"
#include "concord/text.h"

namespace concord::io {
namespace {

namespace fs = std::filesystem;

bool HasExtension(const fs::path& path, std::initializer_list<const char*> exts) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(exts.begin(), exts.end(),
                     [&](const char* e) { return ext == e; });
}

// UTF-16 with a byte-order mark decoded to UTF-8, said in a warning; any
// other bytes come back as they are.
std::string DecodeUtf16(std::string bytes, const std::string& name, Inputs& inputs) {
  std::optional<text::Utf8Repair> decoded = text::DecodeUtf16(bytes);
  if (!decoded) return bytes;
  inputs.warnings.push_back(
      name + ": decoded UTF-16 to UTF-8" +
      (decoded->invalid > 0 ? " (replaced " + std::to_string(decoded->invalid) +
                                  " invalid sequence(s) with U+FFFD)"
                            : ""));
  return std::move(decoded->text);
}

// A name (id, outlet) as every output can show it: valid UTF-8 (invalid
// bytes become U+FFFD) on one line (control characters, such as a newline
// in a file name, become spaces).
void CleanName(std::string& name) {
  if (!text::IsValidUtf8(name)) name = text::RepairUtf8(name).text;
  for (char& c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
}

bool LooksLikeJsonLines(std::string_view bytes) {
  const size_t first = bytes.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return first != std::string_view::npos && bytes[first] == '{';
}

// One text or JSON Lines file's contents, already read.
void AddContents(std::string_view bytes, const std::string& name, bool json_lines,
                 const std::string& stem, Inputs& inputs, std::vector<Article>& loose) {
  if (json_lines) {
    if (text::LooksBinary(bytes)) {
      inputs.problems.push_back(name + ": binary data, not JSON Lines");
      return;
    }
    const size_t before = inputs.clusters.size() + loose.size();
    ParseJsonLines(bytes, name, inputs, loose);
    if (inputs.clusters.size() + loose.size() == before &&
        bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      inputs.problems.push_back(name + ": empty file");
    }
    return;
  }
  Result<Article> article = ParseTextArticle(bytes, name, &inputs.warnings);
  if (!article.ok()) {
    inputs.problems.push_back(article.status().message());
    return;
  }
  if (article.value().id.empty()) article.value().id = stem;
  if (article.value().source.empty()) {
    article.value().source = OutletName(article.value(), 0);  // url host, else id
  }
  loose.push_back(std::move(article).value());
}

// A web page's bytes: its article, with the id `stem`, or a warning naming
// the page when it holds none (the page is skipped).
void AddPageContents(std::string_view html, const std::string& name, const std::string& stem,
                     Inputs& inputs, std::vector<Article>& loose) {
  Article article;
  if (Status s = FillFromHtml(html, name, article); !s.ok()) {
    inputs.warnings.push_back(s.message());
    return;
  }
  article.id = stem;
  if (article.source.empty()) article.source = OutletName(article, 0);  // url host, else id
  loose.push_back(std::move(article));
}

// A web page file: its article, or a warning naming the file when it holds
// none (the page is skipped; a file that cannot be read is a problem).
void AddPage(const fs::path& path, const ReadOptions& options, Inputs& inputs,
             std::vector<Article>& loose) {
  Result<std::string> read = ReadPage(path.string(), options.max_file_bytes);
  if (!read.ok()) {
    inputs.problems.push_back(read.status().message());
    return;
  }
  fs::path name = path.filename();
  if (HasExtension(name, {".gz"})) name = name.stem();  // a.html.gz -> a.html
  AddPageContents(read.value(), path.string(), name.stem().string(), inputs, loose);
}

Status AddFile(const fs::path& path, const ReadOptions& options, Inputs& inputs,
               std::vector<Article>& loose) {
  if (IsPageName(path.filename().string())) {
    AddPage(path, options, inputs, loose);
    return Status::Ok();
  }
  Result<std::string> read = ReadFile(path.string(), options.max_file_bytes);
  if (!read.ok()) return read.status();
  const std::string bytes = DecodeUtf16(std::move(read).value(), path.string(), inputs);
  const bool json_lines = HasExtension(path, {".jsonl", ".json", ".ndjson"}) ||
                          (!HasExtension(path, {".txt"}) && LooksLikeJsonLines(bytes));
  // A page saved under another name (`page.txt`, no extension) is still a
  // page: its markup is never summarized as words.
  if (!json_lines && LooksLikeHtml(bytes)) {
    AddPageContents(bytes, path.string(), path.stem().string(), inputs, loose);
    return Status::Ok();
  }
  AddContents(bytes, path.string(), json_lines, path.stem().string(), inputs, loose);
  return Status::Ok();
}

// Every *.txt article and web page of a folder, by name. An entry that cannot be looked
// at (a looping or dangling symlink) or read is a problem; the others are
// still read.
Status AddFolder(const std::string& folder, const ReadOptions& options, Inputs& inputs,
                 std::vector<Article>& loose) {
  std::error_code ec;
  std::vector<fs::path> files;
  fs::directory_iterator it(folder, ec);
  for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    if (name.empty() || name[0] == '.' || (!HasExtension(path, {".txt"}) && !IsPageName(name))) {
      continue;
    }
    std::error_code entry_error;
    const bool regular = it->is_regular_file(entry_error);
    if (entry_error) {
      inputs.problems.push_back(path.string() + ": cannot read: " + entry_error.message());
    } else if (regular) {
      files.push_back(path);
    }
  }
  if (ec) return Status::IoError(folder + ": cannot list: " + ec.message());
  if (files.empty()) {
    if (!inputs.problems.empty()) return Status::Ok();  // reported above
    return Status::Empty(folder + ": folder holds no articles (*.txt files or .html pages)");
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) {
    if (Status s = AddFile(file, options, inputs, loose); !s.ok()) {
      inputs.problems.push_back(s.message());
    }
  }
  return Status::Ok();
}

// The name of the story that loose articles form: the file or folder name
// (a trailing slash does not hide it), "stdin" for "-", "input" for several.
std::string LooseClusterId(const std::vector<std::string>& paths) {
  if (paths.size() != 1) return "input";
  if (paths[0] == "-") return "stdin";
  std::string path = paths[0];
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  std::string id = fs::path(path).filename().string();
  if (id.empty() || id == "." || id == "..") {
    std::error_code ec;
    id = fs::weakly_canonical(fs::path(path), ec).filename().string();
  }
  return id.empty() ? "input" : id;
}

}  // namespace

namespace {

// Two articles of one story with one id (two files named alike in two
// folders, or a JSON id given twice) are summarized as two articles, but
// every output that lists articles by id ("articles" in JSON) cannot tell
// them apart: say so once per story, naming the first such id.
void WarnOfSharedIds(const Cluster& cluster, Inputs& inputs) {
  std::unordered_map<std::string_view, size_t> first;
  for (size_t a = 0; a < cluster.articles.size(); ++a) {
    const auto [it, inserted] = first.emplace(cluster.articles[a].id, a);
    if (inserted) continue;
    inputs.warnings.push_back(cluster.id + ": articles " + std::to_string(it->second + 1) +
                              " and " + std::to_string(a + 1) + " have the same id \"" +
                              cluster.articles[a].id +
                              "\"; outputs that name articles by id cannot tell them apart "
                              "(give each its own \"id\", or rename one of the files)");
    return;
  }
}

}  // namespace

Result<Inputs> ReadInputs(const std::vector<std::string>& paths,
                          const ReadOptions& options) {
  if (paths.empty()) return Status::InvalidArgument("no input path given");
  Inputs inputs;
  std::vector<Article> loose;  // articles outside cluster lines
  for (const std::string& path_string : paths) {
    if (path_string == "-") {
      // ReadPage inflates gzip (by its magic bytes), so `zcat`-free pipes
      // of saved pages, JSON Lines or text work as their files do.
      Result<std::string> read = ReadPage("-", options.max_file_bytes);
      if (!read.ok()) return read.status();
      const std::string bytes = DecodeUtf16(std::move(read).value(), "-", inputs);
      if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        inputs.problems.push_back("-: standard input is empty");
        continue;
      }
      // Standard input has no name to tell a page by: an HTML document is
      // one (its article is extracted), as a file named .html would be.
      if (LooksLikeHtml(bytes)) {
        AddPageContents(bytes, "-", "stdin", inputs, loose);
      } else {
        AddContents(bytes, "-", LooksLikeJsonLines(bytes), "stdin", inputs, loose);
      }
      continue;
    }
    std::error_code ec;
    const fs::file_status status = fs::status(path_string, ec);
    if (ec && ec != std::errc::no_such_file_or_directory) {
      return Status::IoError(path_string + ": cannot read: " + ec.message());
    }
    if (!fs::exists(status)) {
      return Status::NotFound(path_string + ": no such file or directory");
    }
    if (fs::is_directory(status)) {
      if (Status s = AddFolder(path_string, options, inputs, loose); !s.ok()) return s;
      continue;
    }
    if (!fs::is_regular_file(status)) {
      return Status::InvalidArgument(path_string +
                                     ": not a regular file or folder (a pipe, socket or device)");
    }
    if (Status s = AddFile(fs::path(path_string), options, inputs, loose); !s.ok()) return s;
  }
  if (!loose.empty()) {
    Cluster cluster;
    cluster.id = LooseClusterId(paths);
    cluster.articles = std::move(loose);
    inputs.clusters.insert(inputs.clusters.begin(), std::move(cluster));
  }
  if (inputs.clusters.empty()) {
    // The first of `notes`, and how many more there are.
    auto first_of = [](const std::vector<std::string>& notes, const char* kind) {
      const size_t more = notes.size() - 1;
      return notes.front() +
             (more > 0 ? " (and " + std::to_string(more) + " more " + kind + "(s))" : "");
    };
    if (!inputs.problems.empty()) return Status::Empty(first_of(inputs.problems, "problem"));
    // Every file was skipped (pages without article text): say which.
    if (!inputs.warnings.empty()) {
      return Status::Empty("no articles in the input: " + first_of(inputs.warnings, "warning"));
    }
    return Status::Empty("no articles in the input");
  }
  // Ids and outlets taken from file and folder names may hold any bytes;
  // every name that leaves the reader is one line of UTF-8 (JSON writers
  // need UTF-8; text output is one sentence a line).
  for (Cluster& cluster : inputs.clusters) {
    CleanName(cluster.id);
    for (Article& article : cluster.articles) {
      CleanName(article.id);
      CleanName(article.source);
    }
    WarnOfSharedIds(cluster, inputs);
  }
  return inputs;
}

}  // namespace concord::io
