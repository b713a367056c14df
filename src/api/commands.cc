// The commands of api::Run (see api.h): each reads its options, checks
// them with the command line's own checks (story.cc), reads the story and
// renders it as the command prints it.
#include <cmath>
#include <nlohmann/json.hpp>

#include "api/options.h"
#include "concord/api.h"

namespace concord::api::internal {
namespace {

using nlohmann::json;

// A value in a message: at most 40 bytes; arrays and objects by their
// type (dumping one would recurse as deep as the request nests).
// What a wrong option value was, for its message: "'5.5'", "an array", or
// "the string \"10\"" (a number sent as a string reads as a number in
// quotes, which would look right).
std::string Shown(const json& value) {
  if (value.is_structured()) return value.is_array() ? "an array" : "an object";
  std::string text = value.is_string() ? value.get<std::string>()
                                       : value.dump(-1, ' ', false, json::error_handler_t::replace);
  if (text.size() > 40) text = text.substr(0, 40) + "...";
  return value.is_string() ? "the string \"" + text + "\"" : "'" + text + "'";
}

}  // namespace

OptionReader::OptionReader(std::string command, const json& request)
    : command_(std::move(command)) {
  const auto found = request.find("options");
  if (found == request.end() || found->is_null()) return;
  if (!found->is_object()) {
    Fail("request: \"options\" must be an object");
    return;
  }
  options_ = &*found;
}

void OptionReader::Fail(std::string message) {
  if (error_.empty()) error_ = std::move(message);
}

const json* OptionReader::Find(const std::string& name) {
  known_.push_back(name);
  if (options_ == nullptr) return nullptr;
  const auto found = options_->find(name);
  if (found == options_->end() || found->is_null()) return nullptr;
  return &*found;
}

void OptionReader::Count(const std::string& name, long long min, long long max,
                         std::optional<size_t>* out) {
  const json* value = Find(name);
  if (value == nullptr) return;
  const bool whole = value->is_number_integer() || value->is_number_unsigned();
  if (!whole || (value->is_number_integer() && value->get<long long>() < min) ||
      (value->is_number_unsigned() &&
       value->get<unsigned long long>() > static_cast<unsigned long long>(max))) {
    Fail("--" + name + ": must be a whole number from " + std::to_string(min) + " to " +
         std::to_string(max) + " (got " + Shown(*value) + ")");
    return;
  }
  *out = value->get<size_t>();
}

void OptionReader::Number(const std::string& name, double* out) {
  const json* value = Find(name);
  if (value == nullptr) return;
  if (!value->is_number() || !std::isfinite(value->get<double>())) {
    Fail("--" + name + ": must be a number (got " + Shown(*value) + ")");
    return;
  }
  *out = value->get<double>();
}

void OptionReader::Flag(const std::string& name, bool* out) {
  const json* value = Find(name);
  if (value == nullptr) return;
  if (!value->is_boolean()) {
    Fail("--" + name + ": must be true or false (got " + Shown(*value) + ")");
    return;
  }
  *out = value->get<bool>();
}

void OptionReader::Text(const std::string& name, std::string* out) {
  const json* value = Find(name);
  if (value == nullptr) return;
  if (!value->is_string()) {
    Fail("--" + name + ": must be a string (got " + Shown(*value) + ")");
    return;
  }
  *out = value->get<std::string>();
}

void OptionReader::Parameters(const std::string& name,
                              std::vector<std::pair<std::string, double>>* out) {
  const json* value = Find(name);
  if (value == nullptr) return;
  if (!value->is_object()) {
    Fail("--" + name + ": must be an object of name: number (got " + Shown(*value) + ")");
    return;
  }
  for (const auto& [key, number] : value->items()) {
    if (!number.is_number() || !std::isfinite(number.get<double>())) {
      Fail("--" + name + ": '" + key + "': the value is not a finite number");
      return;
    }
    out->emplace_back(key, number.get<double>());
  }
}

Status OptionReader::Finish() const {
  if (!error_.empty()) return Status::InvalidArgument(error_);
  if (options_ == nullptr) return Status::Ok();
  for (const auto& [key, value] : options_->items()) {
    if (std::find(known_.begin(), known_.end(), key) != known_.end()) continue;
    std::string list;
    for (const std::string& name : known_) list += (list.empty() ? "" : ", ") + name;
    return Status::InvalidArgument("unknown option \"" + key + "\" for " + command_ +
                                   " (known: " + list + ")");
  }
  return Status::Ok();
}

namespace {

// --sources: the outlets of the story's articles, in order (the command's
// rule and message).
Status ApplySources(const std::string& command, const std::string& sources, Cluster& story) {
  if (sources.empty()) return Status::Ok();
  std::vector<std::string> names;
  size_t start = 0;
  while (start <= sources.size()) {
    const size_t comma = std::min(sources.find(',', start), sources.size());
    names.push_back(sources.substr(start, comma - start));
    start = comma + 1;
  }
  if (!names.empty() && names.back().empty()) names.pop_back();  // getline's rule
  for (size_t a = 0; a < names.size(); ++a) {
    if (names[a].find_first_not_of(" \t") == std::string::npos) {
      return Status::InvalidArgument(EmptySourceMessage(a, names.size()));
    }
  }
  if (names.size() != story.articles.size()) {
    return Status::InvalidArgument("--sources gives " + std::to_string(names.size()) +
                                   " names but the input has " +
                                   std::to_string(story.articles.size()) + " articles");
  }
  (void)command;
  for (size_t a = 0; a < names.size(); ++a) story.articles[a].source = names[a];
  return Status::Ok();
}

}  // namespace

Result<std::string> RunSummarize(const json& request, const Deadline& deadline) {
  Result<SummarizeRequestOptions> read = ReadSummarizeOptions(request);
  if (!read.ok()) return read.status();
  const SummarizeRequestOptions& given = read.value();
  Result<SummarizeOptions> options = MakeSummarizeOptions(given.settings);
  if (!options.ok()) return options.status();
  Result<Cluster> story = ReadStory(request);
  if (!story.ok()) return story.status();
  if (Status s = ApplySources("summarize", given.sources, story.value()); !s.ok()) return s;
  io::FormatOptions format_options;
  format_options.explain = given.explain;
  return SummarizeStory(story.value(), options.value(), given.parsed_format, format_options,
                        deadline);
}

Result<std::string> RunCompare(const std::string& command, const json& request,
                               const Deadline& deadline) {
  Result<CompareRequestOptions> read = ReadCompareOptions(command, request);
  if (!read.ok()) return read.status();
  const CompareRequestOptions& given = read.value();
  Result<Cluster> story = ReadStory(request);
  if (!story.ok()) return story.status();
  if (Status s = ApplySources(command, given.sources, story.value()); !s.ok()) return s;
  text::AnalyzeOptions analyze;
  analyze.clean.enabled = !given.no_clean;
  if (Status s = CheckDeadline(deadline, "comparing"); !s.ok()) return s;
  Result<ComparedStory> compared = CompareCluster(story.value(), analyze, given.options);
  if (!compared.ok()) {
    return Status::InvalidArgument(story.value().id + ": " + compared.status().message());
  }
  if (Status s = CheckDeadline(deadline, "rendering"); !s.ok()) return s;
  if (command == "quotes") return QuotesReport(story.value(), compared.value(), given.format);
  return CompareReport(story.value(), compared.value(), given.format, /*heading=*/false);
}

Result<std::string> RunExtract(const json& request) {
  OptionReader reader("extract", request);
  std::string format = "json";
  reader.Text("format", &format);
  if (Status s = reader.Finish(); !s.ok()) return s;
  if (format != "json" && format != "text") {
    return Status::InvalidArgument("--format: " + format + " not in {json,text}");
  }
  const auto pages = request.find("articles");
  if (pages == request.end() || !pages->is_array() || pages->empty()) {
    return Status::InvalidArgument("request: \"articles\" must be a non-empty array of pages");
  }
  std::string out;
  for (size_t i = 0; i < pages->size(); ++i) {
    const json& page = (*pages)[i];
    const std::string where = ArticleWhere(i);
    if (!page.is_object() || !page.contains("html") || !page["html"].is_string()) {
      return Status::InvalidArgument(where + ": must be an object with a string \"html\"");
    }
    for (const auto& [key, value] : page.items()) {
      if (key != "html" && key != "id" && key != "url") {
        return Status::InvalidArgument(where + ": unknown field \"" + key + "\"");
      }
      if (!value.is_string()) {
        return Status::InvalidArgument(where + ": field \"" + key + "\" must be a string");
      }
    }
    const std::string path = page.value("id", "page-" + std::to_string(i + 1));
    const extract::Page result =
        extract::ExtractPage(page["html"].get<std::string>(), page.value("url", ""));
    out += format == "text" ? result.text + "\n" : PageJson(path, result) + "\n";
  }
  return out;
}

Result<std::string> RunSplit(const json& request) {
  OptionReader reader("split", request);
  std::string format = "text";
  reader.Text("format", &format);
  if (Status s = reader.Finish(); !s.ok()) return s;
  if (format != "text" && format != "json") {
    return Status::InvalidArgument("--format must be text or json (got '" + format + "')");
  }
  const auto text = request.find("text");
  if (text == request.end() || !text->is_string()) {
    return Status::InvalidArgument("request: \"text\" must be a string");
  }
  std::string out;
  std::vector<std::string> notes;
  if (Status s = SplitText(text->get<std::string>(), "text", format == "json", &out, &notes);
      !s.ok()) {
    return Status::InvalidArgument(s.message());
  }
  return out;
}

}  // namespace concord::api::internal

namespace concord::api {

using internal::OptionReader;

Result<SummarizeRequestOptions> ReadSummarizeOptions(const nlohmann::json& request) {
  OptionReader reader("summarize", request);
  SummarizeRequestOptions given;
  SummarizeSettings& settings = given.settings;
  reader.Count("words", 1, internal::kMaxBudget, &settings.words);
  reader.Count("bytes", 1, internal::kMaxBudget, &settings.bytes);
  reader.Count("sentences", 1, internal::kMaxBudget, &settings.sentences);
  reader.Text("method", &settings.method);
  reader.Text("format", &given.format);
  reader.Flag("truncate", &settings.truncate);
  reader.Flag("explain", &given.explain);
  reader.Flag("no-clean", &settings.no_clean);
  reader.Flag("keep-copies", &settings.keep_copies);
  reader.Text("sources", &given.sources);
  reader.Parameters("set", &settings.parameters);
  reader.Number("duplicate-threshold", &settings.duplicate_threshold);
  if (Status s = reader.Finish(); !s.ok()) return s;
  Result<io::Format> format = SummaryFormat(given.format);
  if (!format.ok()) return format.status();
  given.parsed_format = format.value();
  return given;
}

Result<CompareRequestOptions> ReadCompareOptions(const std::string& command,
                                                 const nlohmann::json& request) {
  OptionReader reader(command, request);
  CompareRequestOptions given;
  reader.Text("format", &given.format);
  reader.Text("sources", &given.sources);
  if (command == "compare") reader.Number("threshold", &given.options.match_threshold);
  reader.Flag("no-clean", &given.no_clean);
  if (Status s = reader.Finish(); !s.ok()) return s;
  if (Status s = CheckReportFormat(given.format); !s.ok()) return s;
  if (Status s = CheckThreshold(given.options.match_threshold); !s.ok()) return s;
  return given;
}

}  // namespace concord::api
