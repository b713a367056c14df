// Requests of the API (see api.h): the shape of a request checked field by
// field, its articles read through the JSON Lines reader, its options
// through the commands' own checks, and the command run on one story.
#include <nlohmann/json.hpp>
#include <string>

#include "api/options.h"
#include "concord/api.h"
#include "concord/io.h"
#include "io/article_object.h"

namespace concord::api {
namespace {

using nlohmann::json;

const char* const kArticleFields[] = {"id",   "source", "url",  "title", "published",
                                      "text", "html",   "file", "name"};

// A field of `line` left empty: set from what the page or file said.
void FillEmpty(json& line, const char* key, const std::string& value) {
  if (line.value(key, "").empty() && !value.empty()) line[key] = value;
}

// One article of the request as the JSON Lines object the reader takes; ""
// and the problem in `error` when it has the wrong shape. `html` is a raw
// page and `file` the bytes of a .txt article file (front matter and title
// line read as the CLI reads such a file); what the object names itself
// wins over what they say. `name`, a file's name, names the outlet when
// nothing else does (as the CLI names it by its file name).
json ArticleLine(const json& item, size_t index, bool number_unnamed, std::string* error) {
  const std::string where = ArticleWhere(index);
  if (item.is_string()) {
    json line = {{"text", item}};
    // A plain string's outlet is "article N" (OutletName's name for an
    // article with nothing to name it), not its id "articles:N".
    if (number_unnamed) line["source"] = OutletName(Article{}, index);
    return line;
  }
  if (!item.is_object()) {
    *error = where + ": must be a string or an object";
    return {};
  }
  for (const auto& [key, value] : item.items()) {
    bool known = false;
    for (const char* field : kArticleFields) known = known || key == field;
    if (!known) {
      *error = where + ": unknown field \"" + key + "\"";
      return {};
    }
    // An id may be an integer, as in every JSON Lines reader.
    if (!value.is_string() && !value.is_null() && !(key == "id" && value.is_number_integer())) {
      *error = where + ": " +
               (key == "id" ? io::IdError(key, value) : "field \"" + key + "\" must be a string");
      return {};
    }
  }
  auto has = [&](const char* key) { return item.contains(key) && item[key].is_string(); };
  if (int{has("text")} + int{has("html")} + int{has("file")} != 1) {
    *error = where + ": give one of \"text\", \"html\" and \"file\"";
    return {};
  }
  json line = item;
  line.erase("name");
  if (line.contains("id") && line["id"].is_number_integer()) line["id"] = line["id"].dump();
  if (has("html")) {
    line.erase("html");
    const std::string url = line.value("url", "");
    const extract::Page page = extract::ExtractPage(item["html"].get<std::string>(), url);
    line["text"] = page.text;
    FillEmpty(line, "title", page.title);
    FillEmpty(line, "published", page.published);
    FillEmpty(line, "url", page.url);
    FillEmpty(line, "source", page.site);
  } else if (has("file")) {
    line.erase("file");
    const std::string name = has("name") ? item["name"].get<std::string>() : where;
    Result<Article> read = io::ParseTextArticle(item["file"].get<std::string>(), name);
    if (!read.ok()) {
      *error = where + ": " + read.status().message();
      return {};
    }
    line["text"] = read.value().text;
    FillEmpty(line, "title", read.value().title);
    FillEmpty(line, "published", read.value().published);
    FillEmpty(line, "url", read.value().url);
    FillEmpty(line, "source", read.value().source);
  }
  // The outlet by the one naming rule (OutletName): source, else the URL's
  // host, else the file's name without its extension, else the id; an
  // article with none of them is "article N", as a plain string is.
  const auto text = [&line](const char* key) {
    const auto found = line.find(key);
    return found != line.end() && found->is_string() ? found->get<std::string>() : "";
  };
  if (text("source").empty() && text("url").empty()) {
    Article named;
    if (has("name")) named.id = item["name"].get<std::string>();
    if (!named.id.empty() || (number_unnamed && text("id").empty())) {
      line["source"] = OutletName(named, index);
    }
  }
  return line;
}

std::string FormatOf(const json& request, const std::string& fallback) {
  const auto options = request.find("options");
  if (options == request.end() || !options->is_object()) return fallback;
  const auto format = options->find("format");
  if (format == options->end() || !format->is_string()) return fallback;
  return format->get<std::string>();
}

}  // namespace

const std::vector<std::string>& Commands() {
  static const std::vector<std::string> kCommands = {"summarize", "compare", "quotes", "extract",
                                                     "split"};
  return kCommands;
}

Result<json> ParseRequest(std::string_view body, std::vector<std::string>* warnings) {
  // Invalid UTF-8 is repaired as the JSON Lines reader repairs a line
  // (io::ValidUtf8: U+FFFD and a note), never a reason to refuse the body.
  std::string storage;
  std::vector<std::string> notes;
  body = io::ValidUtf8(body, "request", storage, notes);
  if (warnings != nullptr) warnings->insert(warnings->end(), notes.begin(), notes.end());
  json request = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (request.is_discarded()) return Status::ParseError("request: invalid JSON");
  if (!request.is_object()) return Status::InvalidArgument("request: expected a JSON object");
  return request;
}

std::string EmptySourceMessage(size_t index, size_t count) {
  return "--sources: name " + std::to_string(index + 1) + " of " + std::to_string(count) +
         " is empty: give every article an outlet name, separated by commas";
}

std::string ArticleWhere(size_t index) { return "articles:" + std::to_string(index + 1); }

Result<Cluster> ReadStory(const json& request, bool number_unnamed) {
  if (!request.is_object()) return Status::InvalidArgument("request: expected a JSON object");
  Cluster story;
  story.id = "story";
  if (const auto id = request.find("id"); id != request.end()) {
    if (!id->is_string() || id->get_ref<const std::string&>().empty()) {
      return Status::InvalidArgument("request: \"id\" must be a non-empty string");
    }
    story.id = id->get<std::string>();
  }
  const auto articles = request.find("articles");
  if (articles == request.end() || !articles->is_array()) {
    return Status::InvalidArgument("request: \"articles\" must be an array");
  }
  if (articles->empty()) return Status::InvalidArgument("request: \"articles\" is empty");
  std::string lines;
  for (size_t i = 0; i < articles->size(); ++i) {
    std::string error;
    const json line = ArticleLine((*articles)[i], i, number_unnamed, &error);
    if (!error.empty()) return Status::InvalidArgument(error);
    lines += line.dump(-1, ' ', false, json::error_handler_t::replace) + "\n";
  }
  io::Inputs inputs;
  io::ParseJsonLines(lines, "articles", inputs, story.articles);
  if (!inputs.problems.empty()) return Status::InvalidArgument(inputs.problems.front());
  if (!inputs.clusters.empty() || story.articles.size() != articles->size()) {
    return Status::InvalidArgument("request: an article could not be read");
  }
  return story;
}

std::string MediaType(std::string_view command, const json& request) {
  const std::string format = FormatOf(request, command == "extract" ? "json" : "text");
  if (format == "json" || format == "jsonl") return "application/json";
  if (format == "md" || format == "markdown") return "text/markdown; charset=utf-8";
  return "text/plain; charset=utf-8";
}

Result<std::string> Run(std::string_view command, const json& request, const Deadline& deadline) {
  if (!request.is_object()) return Status::InvalidArgument("request: expected a JSON object");
  for (const auto& [key, value] : request.items()) {
    if (key != "id" && key != "articles" && key != "options" && key != "text") {
      return Status::InvalidArgument("request: unknown field \"" + key + "\"");
    }
  }
  if (command == "summarize") return internal::RunSummarize(request, deadline);
  if (command == "compare" || command == "quotes") {
    return internal::RunCompare(std::string(command), request, deadline);
  }
  if (command == "extract") return internal::RunExtract(request);
  if (command == "split") return internal::RunSplit(request);
  return Status::NotFound("unknown command '" + std::string(command) + "'");
}

}  // namespace concord::api
