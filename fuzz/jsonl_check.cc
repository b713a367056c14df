// Target jsonl: ParseJsonLines. Every message names the file and line;
// every article read has non-blank text and all its strings (and the
// references) are valid UTF-8, so no writer downstream meets bad bytes; a
// cluster has articles; there are never more items than non-blank lines.
// The fast JSON path (io/json_lines_fast.h) gives nlohmann's value for
// every line it takes, and takes no line that nlohmann rejects.
#include <algorithm>

#include "concord/io.h"
#include "fuzz/checks.h"
#include "fuzz/invariants.h"
#include "io/json_lines_fast.h"

namespace concord::fuzz {
namespace {

std::string CheckArticle(const Article& a) {
  for (const std::string* field : {&a.id, &a.source, &a.url, &a.title, &a.published, &a.text}) {
    if (!text::IsValidUtf8(*field)) return "a field is not valid UTF-8: '" + Shown(*field) + "'";
  }
  if (a.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) return "an article is blank";
  if (a.id.empty()) return "an article without id";
  return "";
}

}  // namespace

std::string CheckJsonLines(std::string_view data) {
  io::Inputs inputs;
  std::vector<Article> loose;
  io::ParseJsonLines(data, "fuzz.jsonl", inputs, loose);
  for (const std::vector<std::string>* list : {&inputs.problems, &inputs.warnings}) {
    for (const std::string& message : *list) {
      if (message.rfind("fuzz.jsonl:", 0) != 0) return "message without file: " + message;
    }
  }
  for (const Article& a : loose) {
    if (std::string e = CheckArticle(a); !e.empty()) return e;
  }
  for (const Cluster& c : inputs.clusters) {
    if (c.articles.empty()) return "a cluster without articles";
    if (!text::IsValidUtf8(c.id)) return "a cluster id is not valid UTF-8";
    for (const Article& a : c.articles) {
      if (std::string e = CheckArticle(a); !e.empty()) return e;
    }
    for (const std::string& r : c.references) {
      if (!text::IsValidUtf8(r)) return "a reference is not valid UTF-8";
    }
  }
  const size_t lines = static_cast<size_t>(std::count(data.begin(), data.end(), '\n')) + 1;
  if (loose.size() + inputs.clusters.size() > lines) return "more items than lines";
  for (const io::NumberedLine& line : io::NonBlankLines(data)) {
    if (!text::IsValidUtf8(line.text)) continue;
    const std::optional<nlohmann::json> fast = io::internal::ParseJsonFast(line.text);
    if (!fast) continue;
    const nlohmann::json slow = nlohmann::json::parse(line.text, nullptr, false);
    if (slow.is_discarded()) return "the fast JSON path took a line nlohmann rejects";
    if (*fast != slow) return "the fast JSON path read a line unlike nlohmann";
  }
  return "";
}

}  // namespace concord::fuzz
