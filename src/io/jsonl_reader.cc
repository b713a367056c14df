// JSON Lines of articles or of clusters (Multi-News style).
//
// Each line is parsed on its own so that one bad line costs one item, not
// the batch: the error names the file and line, and the other lines are
// read. nlohmann::json is used without exceptions (parse with
// allow_exceptions = false; every field's type is checked before use),
// after a fast path that reads most lines (json_lines_fast.h).
// Lines are parsed in parallel (TBB) and gathered in line order.
#include <tbb/parallel_for.h>

#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "concord/io.h"
#include "concord/text.h"
#include "io/article_object.h"
#include "io/json_lines_fast.h"
#include "io/title.h"

namespace concord::io {
namespace {

using nlohmann::json;

// Reads the article object (io::ReadArticleObject, the reader group's
// stream shares) into `article`, warning of each unknown field. Returns an
// empty string on success, else what is wrong; sets `*skipped` (and warns)
// instead when the page holds no article text.
std::string FillArticle(const json& object, const std::string& where, Article& article,
                        Inputs& inputs, bool* skipped) {
  ArticleObject read;
  std::string error = ReadArticleObject(object, where, read);
  for (const std::string& key : read.unknown) {
    inputs.warnings.push_back(where + ": unknown field \"" + key + "\" ignored");
  }
  if (!read.nul_note.empty()) inputs.warnings.push_back(std::move(read.nul_note));
  if (!error.empty()) return error;
  if (!read.skipped.empty()) {
    inputs.warnings.push_back(std::move(read.skipped));
    *skipped = true;
    return {};
  }
  article = std::move(read.article);
  if (IsBlank(article.text)) {
    return object.contains("text") ? "empty article (field \"text\" is blank)"
                                   : "missing field \"text\" (or \"html\")";
  }
  return {};
}

void ParseClusterLine(const json& object, const std::string& where, size_t line_number,
                      Inputs& inputs) {
  Cluster cluster;
  // The cluster's id by the rule of an article's (a string or an integer;
  // null or absent: "line-N"), refused with the same message.
  std::optional<std::string> id;
  if (const auto found = object.find("id"); found != object.end() && !found->is_null()) {
    id = IdText(*found);
    if (!id) {
      inputs.problems.push_back(where + ": " + IdError("id", *found));
      return;
    }
  }
  cluster.id = id ? std::move(*id) : "line-" + std::to_string(line_number);
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
      TakeTitleLine(article);
      if (IsBlank(article.text)) {
        // Multi-News has empty documents; skipping one loses nothing.
        inputs.warnings.push_back(doc_where + ": empty document skipped");
        continue;
      }
    } else if (document.is_object()) {
      bool skipped = false;
      if (std::string error = FillArticle(document, doc_where, article, inputs, &skipped);
          !error.empty()) {
        inputs.problems.push_back(doc_where + ": " + error);
        continue;
      }
      if (skipped) continue;
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
    inputs.problems.push_back(where + ": cluster \"" + cluster.id + "\" has no documents");
    return;
  }
  inputs.clusters.push_back(std::move(cluster));
}

// One line of JSON Lines: what it holds goes to `inputs` or `loose`.
void ParseLine(std::string_view line, size_t line_number, const std::string& name, Inputs& inputs,
               std::vector<Article>& loose) {
  const std::string where = name + ":" + std::to_string(line_number);
  // The JSON parser rejects invalid UTF-8 inside strings; repair first
  // and say so, rather than losing the line.
  std::string repaired;
  const std::string_view valid = ValidUtf8(line, where, repaired, inputs.warnings);
  // The fast path reads the common lines and leaves the rest, errors
  // included, to nlohmann (json_lines_fast.h): the value is the same.
  std::optional<json> fast = internal::ParseJsonFast(valid);
  const json object =
      fast ? std::move(*fast) : json::parse(valid, nullptr, /*allow_exceptions=*/false);
  // A file that opens with a lone '{' or an array is one JSON document
  // (pretty-printed, or a list), not JSON Lines: say how to convert it.
  const size_t first = valid.find_first_not_of(" \t\r");
  const bool document = line_number == 1 && first != std::string_view::npos &&
                        (valid[first] == '[' || valid.substr(first) == "{");
  const std::string hint =
      document
          ? " (concord reads JSON Lines, one object a line; this looks like one JSON "
            "document: `jq -c 'if type == \"array\" then .[] else . end'` writes it as JSON Lines)"
          : "";
  if (object.is_discarded()) {
    inputs.problems.push_back(where + ": invalid JSON" + hint);
    return;
  }
  if (!object.is_object()) {
    inputs.problems.push_back(where + ": expected a JSON object" + hint);
    return;
  }
  if (object.contains("documents")) {
    ParseClusterLine(object, where, line_number, inputs);
    return;
  }
  Article article;
  bool skipped = false;
  if (std::string error = FillArticle(object, where, article, inputs, &skipped); !error.empty()) {
    inputs.problems.push_back(where + ": " + error);
    return;
  }
  if (skipped) return;
  if (article.id.empty()) article.id = name + ":" + std::to_string(line_number);
  loose.push_back(std::move(article));
}

template <typename T>
void Append(std::vector<T>& to, std::vector<T>& from) {
  to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

}  // namespace

std::vector<NumberedLine> NonBlankLines(std::string_view contents) {
  std::vector<NumberedLine> lines;
  size_t number = 0;
  size_t pos = 0;
  while (pos < contents.size()) {
    size_t end = contents.find('\n', pos);
    if (end == std::string_view::npos) end = contents.size();
    const std::string_view line = contents.substr(pos, end - pos);
    pos = end + 1;
    ++number;
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back({line, number});
  }
  return lines;
}

void ParseJsonLines(std::string_view contents, const std::string& name, Inputs& inputs,
                    std::vector<Article>& loose) {
  const std::vector<NumberedLine> lines = NonBlankLines(contents);
  // Lines are independent: parse them on the threads of the caller's TBB
  // arena, each into its own slot, then gather the slots in line order, so
  // the result is the same on any number of threads.
  struct Parsed {
    Inputs inputs;
    std::vector<Article> loose;
  };
  std::vector<Parsed> parsed(lines.size());
  tbb::parallel_for(size_t{0}, lines.size(), [&](size_t i) {
    ParseLine(lines[i].text, lines[i].number, name, parsed[i].inputs, parsed[i].loose);
  });
  for (Parsed& line : parsed) {
    Append(inputs.clusters, line.inputs.clusters);
    Append(inputs.problems, line.inputs.problems);
    Append(inputs.warnings, line.inputs.warnings);
    Append(loose, line.loose);
  }
}

void TakeTitleLine(Article& article) {
  article.text.erase(0, internal::SplitTitle(article.text, &article.title));
}

}  // namespace concord::io
