// Target text_reader: ParseTextArticle (front matter, title line, UTF-8
// repair) and then Analyze of what it read. A failure names the file; an
// article has non-blank valid UTF-8 text and one-line valid metadata; its
// sentences are ordered, non-empty spans of the text.
#include "concord/document.h"
#include "concord/io.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"

namespace concord::fuzz {
namespace {

std::string CheckField(std::string_view name, std::string_view value) {
  if (!text::IsValidUtf8(value)) return std::string(name) + " is not valid UTF-8";
  if (value.find('\n') != std::string_view::npos) return std::string(name) + " spans lines";
  return "";
}

}  // namespace

std::string CheckTextReader(std::string_view data) {
  const Result<Article> read = io::ParseTextArticle(data, "fuzz.txt");
  if (!read.ok()) {
    if (read.status().message().rfind("fuzz.txt", 0) != 0) {
      return "the error does not name the file: " + read.status().message();
    }
    return "";
  }
  if (text::LooksBinary(data)) return "binary data read as an article";
  const Article& article = read.value();
  if (!text::IsValidUtf8(article.text)) return "text is not valid UTF-8";
  if (article.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return "blank text";
  for (const auto& [name, value] : {std::pair<std::string_view, std::string_view>{"id", article.id},
                                    {"source", article.source}, {"url", article.url},
                                    {"title", article.title}, {"published", article.published}}) {
    if (std::string e = CheckField(name, value); !e.empty()) return e;
  }
  static text::Tokenizer tokenizer;
  const Document doc = text::Analyze(article, tokenizer);
  std::vector<text::ByteSpan> spans;
  for (const Sentence& s : doc.sentences) {
    if (s.text.empty()) return "an empty sentence";
    spans.push_back({s.start, s.end});
  }
  return Where("Analyze", SpansOrdered(spans, article.text.size()));
}

}  // namespace concord::fuzz
