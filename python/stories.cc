// summarize, compare and quotes over JSON Lines text: what `concord
// summarize|compare|quotes FILE.jsonl` print for the same lines, as bytes.
// The option checks and the rendering of each story are the request
// layer's (concord/api.h), which the CLI and `concord serve` use too; this
// file adds batches of story lines (for concord.dask, whose partitions are
// runs of lines of an archive), threads, and Python's exceptions.
//
// The Python layer turns a list of articles into JSON Lines (one article a
// line), and concord.dask hands over a partition of an archive (its lines,
// preceded by as many empty lines as came before it, so that the reader's
// line numbers are the file's). Both are read by io::ParseJsonLines, the
// CLI's reader, so that titles, ids and outlets come out as the CLI's.
#include <pybind11/stl.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/story_input.h"
#include "concord/api.h"
#include "concord/compare.h"
#include "concord/format.h"
#include "concord/io.h"
#include "concord/summarize.h"
#include "concord/text.h"
#include "python/binding.h"

namespace py = pybind11;

namespace concord::python {
namespace {

// A name as the readers leave it (read_inputs.cc: CleanName): valid UTF-8
// on one line.
void CleanName(std::string& name) {
  if (!text::IsValidUtf8(name)) name = text::RepairUtf8(name).text;
  for (char& c : name) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
}

// The stories of JSON Lines `contents` named `name`: loose articles form the
// first story, called `loose_id`; every cluster line is its own. Throws
// InputError naming the file and line of the first item that cannot be read
// (with how many more there are).
std::vector<Cluster> ReadStories(const std::string& contents, const std::string& name,
                                 const std::string& loose_id) {
  io::Inputs inputs;
  std::vector<Article> loose;
  if (text::LooksBinary(contents)) {
    throw InputError(name + ": binary data, not JSON Lines");
  }
  io::ParseJsonLines(contents, name, inputs, loose);
  if (!inputs.problems.empty()) {
    const size_t more = inputs.problems.size() - 1;
    throw InputError(inputs.problems.front() +
                     (more > 0 ? " (and " + std::to_string(more) + " more problem(s))" : ""));
  }
  if (!loose.empty()) {
    Cluster cluster;
    cluster.id = loose_id;
    cluster.articles = std::move(loose);
    inputs.clusters.insert(inputs.clusters.begin(), std::move(cluster));
  }
  if (inputs.clusters.empty()) throw InputError(name + ": no articles in the input");
  for (Cluster& cluster : inputs.clusters) {
    CleanName(cluster.id);
    for (Article& article : cluster.articles) {
      CleanName(article.id);
      CleanName(article.source);
    }
  }
  return std::move(inputs.clusters);
}

// Runs produce(c) for every story on `threads` threads (0: every core) and
// joins the outputs in order; the first failure, in story order, is thrown
// as InputError.
template <typename Produce>
std::string RunStories(size_t count, int threads, Produce produce) {
  std::vector<std::string> out(count);
  std::vector<std::optional<std::string>> errors(count);
  tbb::task_arena arena(threads > 0 ? threads : tbb::task_arena::automatic);
  arena.execute([&] {
    tbb::parallel_for(size_t{0}, count, [&](size_t c) {
      cli::ItemOutput item = produce(c);
      if (item.failed) {
        errors[c] = item.err;
      } else {
        out[c] = std::move(item.out);
      }
    });
  });
  std::string joined;
  for (size_t c = 0; c < count; ++c) {
    if (errors[c]) {
      std::string message = *errors[c];
      while (!message.empty() && message.back() == '\n') message.pop_back();
      throw InputError(message);
    }
    joined += out[c];
  }
  return joined;
}

// The options object (JSON text) of a request, read by the API's readers
// (api.h: ReadSummarizeOptions, ReadCompareOptions), the one place that maps
// option names to settings; ValueError when it is not JSON.
nlohmann::json RequestOf(const std::string& options_json) {
  nlohmann::json options = nlohmann::json::parse(options_json, nullptr, /*allow_exceptions=*/false);
  if (options.is_discarded()) throw py::value_error("options: not a JSON object");
  return {{"options", std::move(options)}};
}

// summarize's checked options: the request's, then --params (a file `concord
// train` wrote), whose values the request's "set" overrides as --set
// overrides --params on the command line.
std::pair<SummarizeOptions, api::SummarizeRequestOptions> SummarizeOptionsOf(
    const std::string& options_json, const std::string& params) {
  Result<api::SummarizeRequestOptions> read = api::ReadSummarizeOptions(RequestOf(options_json));
  if (!read.ok()) throw py::value_error(read.status().message());
  api::SummarizeSettings& settings = read.value().settings;
  std::vector<std::pair<std::string, double>> parameters;
  if (Status s = cli::CollectParameters(cli::ParameterFlags{params, {}}, parameters); !s.ok()) {
    throw py::value_error(s.message());
  }
  parameters.insert(parameters.end(), settings.parameters.begin(), settings.parameters.end());
  settings.parameters = std::move(parameters);
  Result<SummarizeOptions> checked = api::MakeSummarizeOptions(settings);
  if (!checked.ok()) throw py::value_error(checked.status().message());
  return {std::move(checked).value(), std::move(read).value()};
}

py::bytes SummarizeJsonl(const py::handle& contents_object, const std::string& name,
                         const std::string& loose_id, const std::string& options_json,
                         const std::string& params, int threads) {
  const auto [options, given] = SummarizeOptionsOf(options_json, params);
  const SummarizeOptions& story_options = options;  // clang 14 cannot capture a binding
  const io::Format format = given.parsed_format;
  const std::string contents = BytesOf(contents_object, "articles");
  std::string out;
  {
    py::gil_scoped_release release;
    const std::vector<Cluster> clusters = ReadStories(contents, name, loose_id);
    io::FormatOptions format_options;
    format_options.explain = given.explain;
    format_options.heading = clusters.size() > 1;
    out = RunStories(clusters.size(), threads, [&](size_t c) {
      cli::ItemOutput item;
      Result<std::string> summary =
          api::SummarizeStory(clusters[c], story_options, format, format_options);
      if (!summary.ok()) {
        item.failed = true;
        item.err = summary.status().message();
        return item;
      }
      if (c > 0 && format != io::Format::kJson) item.out = "\n";
      item.out += summary.value();
      return item;
    });
  }
  return py::bytes(out);
}

// compare or quotes (`command`) of every story.
py::bytes CompareJsonl(const py::handle& contents_object, const std::string& name,
                       const std::string& loose_id, const std::string& command,
                       const std::string& options_json, int threads) {
  Result<api::CompareRequestOptions> read =
      api::ReadCompareOptions(command, RequestOf(options_json));
  if (!read.ok()) throw py::value_error(read.status().message());
  const api::CompareRequestOptions& given = read.value();
  const std::string& format = given.format;
  const bool quotes = command == "quotes";
  const std::string contents = BytesOf(contents_object, "articles");
  text::AnalyzeOptions analyze;
  analyze.clean.enabled = !given.no_clean;
  std::string out;
  {
    py::gil_scoped_release release;
    const std::vector<Cluster> clusters = ReadStories(contents, name, loose_id);
    out = RunStories(clusters.size(), threads, [&](size_t c) {
      cli::ItemOutput item;
      const Cluster& cluster = clusters[c];
      Result<api::ComparedStory> story = api::CompareCluster(cluster, analyze, given.options);
      if (!story.ok()) {  // as cli::CompareStory words it
        item.failed = true;
        item.err = cluster.id + ": " + story.status().message();
        return item;
      }
      if (quotes) {
        item.out = api::QuotesReport(cluster, story.value(), format);
        return item;
      }
      if (c > 0 && format != "json") item.out = "\n";
      item.out += api::CompareReport(cluster, story.value(), format, clusters.size() > 1);
      return item;
    });
  }
  return py::bytes(out);
}

}  // namespace

void RegisterStories(py::module_& m) {
  m.def("summarize_jsonl", &SummarizeJsonl, py::arg("contents"), py::arg("name"),
        py::arg("loose_id"), py::arg("options") = "{}", py::arg("params") = "",
        py::arg("threads") = 0,
        "What `concord summarize NAME` prints for JSON Lines `contents`, as bytes; `options` "
        "is a JSON object of the request layer's option names (api.h).");
  m.def(
      "compare_jsonl",
      [](const py::handle& contents, const std::string& name, const std::string& loose_id,
         const std::string& options, int threads) {
        return CompareJsonl(contents, name, loose_id, "compare", options, threads);
      },
      py::arg("contents"), py::arg("name"), py::arg("loose_id"), py::arg("options") = "{}",
      py::arg("threads") = 0,
      "What `concord compare NAME` prints for JSON Lines `contents`, as bytes.");
  m.def(
      "quotes_jsonl",
      [](const py::handle& contents, const std::string& name, const std::string& loose_id,
         const std::string& options, int threads) {
        return CompareJsonl(contents, name, loose_id, "quotes", options, threads);
      },
      py::arg("contents"), py::arg("name"), py::arg("loose_id"), py::arg("options") = "{}",
      py::arg("threads") = 0,
      "What `concord quotes NAME` prints for JSON Lines `contents`, as bytes.");
}

}  // namespace concord::python
