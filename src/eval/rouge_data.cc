// Loading ROUGE-1.5.5's data files: the WordNet exception lists and the SMART
// stopword list.
//
// The script does not read the *.exc files itself: its installer builds
// WordNet-2.0.exc.db with buildExeptionDB.pl, which reads every *.exc file of
// the folder, splits each line on whitespace and stores form -> first base
// ("axes ax axis" stores axes -> ax), a later line overwriting an earlier one.
// The files come in readdir() order, which the script does not fix. Nine
// forms are listed twice in the WordNet 2.0 lists; within one file the later
// line wins (offer: "offer off", then "offer offer"), and across files only
// better and best (adj good, adv well) and testes (noun testis, verb testes)
// depend on the order. The official scores in ../shared/data/rouge-vectors
// (case edge-stemming-exceptions) need better -> good, i.e. adj.exc read
// after adv.exc; we read verb, noun, adv, adj (testes -> testis is not pinned
// by any vector).
//
// The stopword list is one word a line; the script keeps each line minus its
// newline. We also drop a trailing '\r', so a list saved with CRLF endings
// still works (the script would silently remove nothing).
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <filesystem>
#include <vector>

#include "concord/io.h"
#include "concord/rouge.h"

namespace concord::eval {
namespace {

// Later files overwrite earlier ones: adj.exc last, so better/best map to
// good (adj), not well (adv), as the official scores require.
constexpr std::string_view kExceptionFiles[] = {"verb.exc", "noun.exc",
                                                "adv.exc", "adj.exc"};

// A data file through the one file reader (regular files only, a size cap).
Result<std::string> ReadTextFile(const std::string& path) {
  Result<std::string> text = io::ReadFile(path);
  if (!text.ok()) return text.status();
  if (text.value().find('\0') != std::string::npos) {
    return Status::ParseError(path + ": holds a NUL byte, not a word list");
  }
  return text;
}

// The lines of `text`, split on '\n' only; a final newline ends the last
// line rather than starting an empty one.
std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

bool IsBlank(char ch) {
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' ||
         ch == '\v';
}

// Adds the lines of one *.exc file: form base [base ...].
void AddExceptions(std::string_view text,
                   std::unordered_map<std::string, std::string>* table) {
  for (std::string_view line : SplitLines(text)) {
    // The first two whitespace-separated fields.
    std::string_view fields[2];
    int found = 0;
    std::size_t pos = 0;
    while (found < 2 && pos < line.size()) {
      while (pos < line.size() && IsBlank(line[pos])) ++pos;
      std::size_t field_start = pos;
      while (pos < line.size() && !IsBlank(line[pos])) ++pos;
      if (pos > field_start) {
        fields[found++] = line.substr(field_start, pos - field_start);
      }
    }
    if (found < 2) continue;  // no base form: nothing to map to
    (*table)[std::string(fields[0])] = std::string(fields[1]);
  }
}

Result<RougeData> LoadExceptions(const std::string& exception_dir,
                                 const std::string& source) {
  RougeData data;
  data.source = source;
  for (std::string_view file : kExceptionFiles) {
    Result<std::string> text = ReadTextFile(exception_dir + "/" + std::string(file));
    if (!text.ok()) return text.status();
    AddExceptions(text.value(), &data.exceptions);
  }
  return data;
}

}  // namespace

Result<RougeData> LoadRougeData(const std::string& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    return Status::NotFound(dir + ": no such directory (expected a ROUGE data "
                                  "folder with WordNet-2.0-Exceptions/ and "
                                  "smart_common_words.txt)");
  }
  Result<RougeData> data = LoadExceptions(dir + "/WordNet-2.0-Exceptions", dir);
  if (!data.ok()) return data.status();
  Result<std::string> stopwords = ReadTextFile(dir + "/smart_common_words.txt");
  if (!stopwords.ok()) return stopwords.status();
  for (std::string_view line : SplitLines(stopwords.value())) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    data.value().stopwords.insert(std::string(line));
  }
  data.value().has_stopwords = true;
  return data;
}

Result<RougeData> LoadDebianRougeData(const std::string& wordnet_dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(wordnet_dir, error)) {
    return Status::NotFound(wordnet_dir +
                            ": no such directory (install Debian's "
                            "wordnet-base, or name a ROUGE data folder)");
  }
  return LoadExceptions(wordnet_dir, wordnet_dir);
}

}  // namespace concord::eval
