// Text files as articles: UTF-8 repair, optional front matter, title line.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "concord/io.h"
#include "concord/text.h"
#include "io/title.h"
#include "text/quotation_close.h"

namespace concord::io {
namespace {

std::string_view Trim(std::string_view s) {
  const char* kSpace = " \t\r\n\f\v";
  const size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  const size_t last = s.find_last_not_of(kSpace);
  return s.substr(first, last - first + 1);
}

// Next line of `text` from `*pos` (without its line break); advances *pos.
std::string_view NextLine(std::string_view text, size_t* pos) {
  const size_t start = *pos;
  size_t end = text.find('\n', start);
  if (end == std::string_view::npos) end = text.size();
  *pos = std::min(text.size(), end + 1);
  std::string_view line = text.substr(start, end - start);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// The letters and digits of `s`, ASCII lower-cased (other UTF-8 letters
// kept as they are); spaces, ASCII punctuation and the general punctuation
// block (U+2000-U+203F: curly quotes, dashes) dropped.
std::string TitleKey(std::string_view s) {
  std::string key;
  for (size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
      i += 2;
    } else if (u >= 0x80 || std::isalnum(u)) {
      key += static_cast<char>(std::tolower(u));
    }
  }
  return key;
}

// True when a first line repeats the title the input named.
bool SameTitle(std::string_view line, std::string_view title) {
  const std::string key = TitleKey(line);
  return !key.empty() && key == TitleKey(title);
}

// Reads "---" front matter at the start of `text` into `article`. Returns
// the offset where the body starts (0 when there is none).
// An unknown field is ignored with a warning, as unknown JSON fields are.
Result<size_t> ReadFrontMatter(std::string_view text, const std::string& name,
                               Article& article, std::vector<std::string>* warnings) {
  size_t pos = 0;
  if (Trim(NextLine(text, &pos)) != "---") return size_t{0};
  int line_number = 1;
  while (pos < text.size()) {
    const std::string_view line = NextLine(text, &pos);
    ++line_number;
    if (Trim(line) == "---") return pos;
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) {
      return Status::ParseError(name + ":" + std::to_string(line_number) +
                                ": front matter line needs 'field: value'");
    }
    const std::string_view key = Trim(line.substr(0, colon));
    const std::string value(Trim(line.substr(colon + 1)));
    if (key == "source") {
      article.source = value;
    } else if (key == "url") {
      article.url = value;
    } else if (key == "title") {
      article.title = value;
    } else if (key == "published") {
      article.published = value;
    } else if (key == "id") {
      article.id = value;
    } else if (warnings != nullptr) {
      warnings->push_back(name + ":" + std::to_string(line_number) +
                          ": ignored unknown front matter field '" + std::string(key) +
                          "' (known: id, source, url, title, published)");
    }
  }
  return Status::ParseError(name + ": front matter opened with '---' is never closed");
}

}  // namespace

namespace internal {

size_t SplitTitle(std::string_view text, std::string* title) {
  size_t skipped = 0;
  while (skipped < text.size() && Trim(text.substr(skipped, 1)).empty()) ++skipped;
  size_t pos = skipped;
  const std::string_view first = NextLine(text, &pos);
  size_t after = pos;
  const std::string_view second = NextLine(text, &after);
  if (Trim(first).empty() || Trim(first).size() > 200 || pos >= text.size() ||
      !Trim(second).empty() || text::EndsLikeSentence(Trim(first))) {
    return 0;
  }
  if (title->empty()) {
    *title = std::string(Trim(first));
    return pos;
  }
  return SameTitle(first, *title) ? pos : 0;
}

}  // namespace internal

Result<Article> ParseTextArticle(std::string_view bytes, const std::string& name,
                                 std::vector<std::string>* warnings) {
  if (text::LooksBinary(bytes)) {
    if (bytes.starts_with("\x1F\x8B")) {  // gzip's magic bytes
      return Status::ParseError(name +
                                ": gzip-compressed data, not a text article (name a page "
                                "*.html.gz, or decompress it first: zcat FILE | concord ...)");
    }
    return Status::ParseError(name + ": binary data, not a text article");
  }
  text::Utf8Repair repaired = text::RepairUtf8(bytes);
  Article article;
  article.invalid_utf8 = repaired.invalid;
  if (const size_t nul = text::ReplaceNul(repaired.text); nul > 0 && warnings != nullptr) {
    warnings->push_back(name + ": replaced " + std::to_string(nul) +
                        " NUL byte(s) with U+FFFD");
  }
  std::string_view text = repaired.text;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM

  Result<size_t> body = ReadFrontMatter(text, name, article, warnings);
  if (!body.ok()) return body.status();
  text.remove_prefix(body.value());

  // A short first line without final punctuation, then a blank line: title
  // (title.h: the same rule for every input form).
  text.remove_prefix(internal::SplitTitle(text, &article.title));
  if (Trim(text).empty()) {
    return Status::Empty(name + ": empty article (no text)");
  }
  article.text = std::string(text);
  if (article.invalid_utf8 > 0 && warnings != nullptr) {
    warnings->push_back(Utf8RepairNote(name, article.invalid_utf8));
  }
  return article;
}

std::string Utf8RepairNote(const std::string& where, size_t invalid) {
  return where + ": replaced " + std::to_string(invalid) + " invalid UTF-8 sequence(s) with U+FFFD";
}

std::string_view ValidUtf8(std::string_view bytes, const std::string& where, std::string& storage,
                           std::vector<std::string>& warnings) {
  if (text::IsValidUtf8(bytes)) return bytes;
  text::Utf8Repair repaired = text::RepairUtf8(bytes);
  warnings.push_back(Utf8RepairNote(where, repaired.invalid));
  storage = std::move(repaired.text);
  return storage;
}

}  // namespace concord::io
