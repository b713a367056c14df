// ReadInputs: paths (files, folders, "-") to clusters.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <system_error>

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

Result<std::string> ReadFileBytes(const fs::path& path, const ReadOptions& options) {
  std::error_code ec;
  const uintmax_t size = fs::file_size(path, ec);
  if (ec) return Status::IoError(path.string() + ": cannot read: " + ec.message());
  if (size > options.max_file_bytes) {
    return Status::InvalidArgument(
        path.string() + ": file too large (" + std::to_string(size) +
        " bytes; the limit is " + std::to_string(options.max_file_bytes) + ")");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path.string() + ": cannot open for reading");
  std::string bytes(static_cast<size_t>(size), '\0');
  in.read(bytes.data(), static_cast<std::streamsize>(size));
  if (in.gcount() != static_cast<std::streamsize>(size)) {
    return Status::IoError(path.string() + ": read failed");
  }
  return bytes;
}

Result<std::string> ReadStdin(const ReadOptions& options) {
  std::string bytes;
  char buffer[1 << 16];
  while (std::cin.read(buffer, sizeof buffer) || std::cin.gcount() > 0) {
    bytes.append(buffer, static_cast<size_t>(std::cin.gcount()));
    if (bytes.size() > options.max_file_bytes) {
      return Status::InvalidArgument("-: standard input too large (over " +
                                     std::to_string(options.max_file_bytes) + " bytes)");
    }
  }
  return bytes;
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
  Result<Article> article = ParseTextArticle(bytes, name);
  if (!article.ok()) {
    inputs.problems.push_back(article.status().message());
    return;
  }
  if (article.value().invalid_utf8 > 0) {
    inputs.warnings.push_back(name + ": replaced " +
                              std::to_string(article.value().invalid_utf8) +
                              " invalid UTF-8 sequence(s) with U+FFFD");
  }
  if (article.value().id.empty()) article.value().id = stem;
  if (article.value().source.empty()) {
    article.value().source = OutletName(article.value(), 0);  // url host, else id
  }
  loose.push_back(std::move(article).value());
}

Status AddFile(const fs::path& path, const ReadOptions& options, Inputs& inputs,
               std::vector<Article>& loose) {
  Result<std::string> bytes = ReadFileBytes(path, options);
  if (!bytes.ok()) return bytes.status();
  const bool json_lines = HasExtension(path, {".jsonl", ".json", ".ndjson"}) ||
                          (!HasExtension(path, {".txt"}) && LooksLikeJsonLines(bytes.value()));
  AddContents(bytes.value(), path.string(), json_lines, path.stem().string(), inputs,
              loose);
  return Status::Ok();
}

}  // namespace

Result<Inputs> ReadInputs(const std::vector<std::string>& paths,
                          const ReadOptions& options) {
  if (paths.empty()) return Status::InvalidArgument("no input path given");
  Inputs inputs;
  std::vector<Article> loose;  // articles outside cluster lines
  for (const std::string& path_string : paths) {
    if (path_string == "-") {
      Result<std::string> bytes = ReadStdin(options);
      if (!bytes.ok()) return bytes.status();
      if (bytes.value().find_first_not_of(" \t\r\n") == std::string::npos) {
        inputs.problems.push_back("-: standard input is empty");
        continue;
      }
      AddContents(bytes.value(), "-", LooksLikeJsonLines(bytes.value()), "stdin", inputs,
                  loose);
      continue;
    }
    const fs::path path(path_string);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      return Status::NotFound(path_string + ": no such file or directory");
    }
    if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      for (const fs::directory_entry& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        if (entry.is_regular_file(ec) && HasExtension(entry.path(), {".txt"})) {
          files.push_back(entry.path());
        }
      }
      if (ec) return Status::IoError(path_string + ": cannot list: " + ec.message());
      if (files.empty()) {
        return Status::Empty(path_string + ": folder holds no articles (*.txt files)");
      }
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) {
        if (Status s = AddFile(file, options, inputs, loose); !s.ok()) {
          inputs.problems.push_back(s.message());
        }
      }
      continue;
    }
    if (!fs::is_regular_file(status)) {
      return Status::InvalidArgument(path_string + ": not a regular file or folder");
    }
    if (Status s = AddFile(path, options, inputs, loose); !s.ok()) return s;
  }
  if (!loose.empty()) {
    Cluster cluster;
    cluster.id = paths.size() == 1
                     ? fs::path(paths[0]).filename().string()
                     : std::string("input");
    if (cluster.id.empty() || cluster.id == "-") cluster.id = "stdin";
    cluster.articles = std::move(loose);
    inputs.clusters.insert(inputs.clusters.begin(), std::move(cluster));
  }
  if (inputs.clusters.empty()) {
    if (!inputs.problems.empty()) {
      return Status::Empty(inputs.problems.front() +
                           (inputs.problems.size() > 1
                                ? " (and " + std::to_string(inputs.problems.size() - 1) +
                                      " more problem(s))"
                                : ""));
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
  }
  return inputs;
}

}  // namespace concord::io
