// JSON Lines of articles or of clusters (Multi-News style).
//
// Each line is parsed on its own so that one bad line costs one item, not
// the batch: the error names the file and line, and the other lines are
// read. nlohmann::json is used without exceptions (parse with
// allow_exceptions = false; every field's type is checked before use).
#include <string>

#include <nlohmann/json.hpp>

#include "concord/io.h"
#include "concord/text.h"
#include "io/title.h"

namespace concord::io {
namespace {

using nlohmann::json;

const char* const kArticleFields[] = {"id", "source", "url", "title",
                                      "published", "text"};

bool IsArticleField(const std::string& key) {
  for (const char* field : kArticleFields) {
    if (key == field) return true;
  }
  return false;
}

// The title rule of every input form (title.h): a title line at the start
// of the text moves to `title`, unless the input gave a title.
void TakeTitle(Article& article) {
  if (!article.title.empty()) return;
  article.text.erase(0, internal::SplitTitle(article.text, &article.title));
}

// Copies the string fields of `object` into `article`. Returns an empty
// string on success, else what is wrong.
std::string FillArticle(const json& object, const std::string& where,
                        Article& article, Inputs& inputs) {
  for (const auto& [key, value] : object.items()) {
    if (!IsArticleField(key)) {
      inputs.warnings.push_back(where + ": unknown field \"" + key + "\" ignored");
      continue;
    }
    if (value.is_null()) continue;
    if (!value.is_string()) {
      return "field \"" + key + "\" must be a string";
    }
    std::string text = value.get<std::string>();
    if (key == "id") article.id = std::move(text);
    else if (key == "source") article.source = std::move(text);
    else if (key == "url") article.url = std::move(text);
    else if (key == "title") article.title = std::move(text);
    else if (key == "published") article.published = std::move(text);
    else article.text = std::move(text);
  }
  TakeTitle(article);
  if (article.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
    return object.contains("text") ? "empty article (field \"text\" is blank)"
                                   : "missing field \"text\"";
  }
  return {};
}

void ParseClusterLine(const json& object, const std::string& where,
                      size_t line_number, Inputs& inputs) {
  Cluster cluster;
  if (const auto id = object.find("id"); id != object.end() && id->is_string()) {
    cluster.id = id->get<std::string>();
  } else {
    cluster.id = "line-" + std::to_string(line_number);
  }
  const auto found = object.find("documents");
  if (found == object.end() || !found->is_array()) {
    inputs.problems.push_back(where + ": field \"documents\" must be an array");
    return;
  }
  for (const auto& [key, value] : object.items()) {
    if (key != "id" && key != "documents" && key != "summaries" && key != "meta") {
      inputs.warnings.push_back(where + ": unknown field \"" + key + "\" ignored");
    }
  }
  size_t index = 0;
  for (const json& document : *found) {
    ++index;
    const std::string doc_where = where + ": document " + std::to_string(index);
    Article article;
    if (document.is_string()) {
      article.text = document.get<std::string>();
      TakeTitle(article);
      if (article.text.find_first_not_of(" \t\r\n\f\v") == std::string::npos) {
        // Multi-News has empty documents; skipping one loses nothing.
        inputs.warnings.push_back(doc_where + ": empty document skipped");
        continue;
      }
    } else if (document.is_object()) {
      if (std::string error = FillArticle(document, doc_where, article, inputs);
          !error.empty()) {
        inputs.problems.push_back(doc_where + ": " + error);
        continue;
      }
    } else {
      inputs.problems.push_back(doc_where + ": must be a string or an object");
      continue;
    }
    if (article.id.empty()) article.id = cluster.id + "#" + std::to_string(index);
    cluster.articles.push_back(std::move(article));
  }
  if (const auto summaries = object.find("summaries");
      summaries != object.end() && summaries->is_array()) {
    for (const json& summary : *summaries) {
      if (summary.is_string()) cluster.references.push_back(summary.get<std::string>());
    }
  }
  if (cluster.articles.empty()) {
    inputs.problems.push_back(where + ": cluster \"" + cluster.id +
                              "\" has no documents");
    return;
  }
  inputs.clusters.push_back(std::move(cluster));
}

}  // namespace

void ParseJsonLines(std::string_view contents, const std::string& name,
                    Inputs& inputs, std::vector<Article>& loose) {
  size_t line_number = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    const std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const std::string where = name + ":" + std::to_string(line_number);
    // The JSON parser rejects invalid UTF-8 inside strings; repair first
    // and say so, rather than losing the line.
    text::Utf8Repair repaired;
    std::string_view valid = line;
    if (!text::IsValidUtf8(line)) {
      repaired = text::RepairUtf8(line);
      valid = repaired.text;
      inputs.warnings.push_back(where + ": replaced " +
                                std::to_string(repaired.invalid) +
                                " invalid UTF-8 sequence(s) with U+FFFD");
    }
    const json object = json::parse(valid, nullptr, /*allow_exceptions=*/false);
    if (object.is_discarded()) {
      inputs.problems.push_back(where + ": invalid JSON");
      continue;
    }
    if (!object.is_object()) {
      inputs.problems.push_back(where + ": expected a JSON object");
      continue;
    }
    if (object.contains("documents")) {
      ParseClusterLine(object, where, line_number, inputs);
      continue;
    }
    Article article;
    if (std::string error = FillArticle(object, where, article, inputs);
        !error.empty()) {
      inputs.problems.push_back(where + ": " + error);
      continue;
    }
    if (article.id.empty()) article.id = name + ":" + std::to_string(line_number);
    loose.push_back(std::move(article));
  }
}

}  // namespace concord::io
