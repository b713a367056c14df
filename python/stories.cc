// summarize, compare and quotes over JSON Lines text: what `concord
// summarize|compare|quotes FILE.jsonl` print for the same lines, as bytes.
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
#include "concord/compare.h"
#include "concord/format.h"
#include "concord/io.h"
#include "concord/summarize.h"
#include "concord/text.h"
#include "python/binding.h"

namespace py = pybind11;

namespace concord::python {
namespace {

// `summarize --format json` leaves out the alignment past this many articles
// (summarize_command.cc).
constexpr size_t kMaxAlignedArticles = 100;

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

struct SummarizeArgs {
  std::optional<size_t> words, bytes, sentences;
  std::string method = "default";
  std::string format = "json";
  bool truncate = false, explain = false, no_clean = false;
  double duplicate_threshold = 0.5;
  std::vector<std::string> set;  // name=value
  std::string params;            // a file `concord train` wrote
};

// The checks of `concord summarize`, in its order, with its messages.
SummarizeOptions SummarizeOptionsOf(const SummarizeArgs& args) {
  SummarizeOptions options;
  options.method = args.method;
  options.truncate = args.truncate;
  options.duplicate_threshold = args.duplicate_threshold;
  options.analyze.clean.enabled = !args.no_clean;
  cli::ParameterFlags parameters{args.params, args.set};
  if (Status s = cli::CollectParameters(parameters, options.parameters); !s.ok()) {
    throw py::value_error(s.message());
  }
  if (args.words.has_value() + args.bytes.has_value() + args.sentences.has_value() > 1) {
    throw py::value_error("give one of --words, --bytes, --sentences");
  }
  if (args.bytes) {
    options.unit = BudgetUnit::kBytes;
    options.budget = *args.bytes;
  } else if (args.sentences) {
    options.unit = BudgetUnit::kSentences;
    options.budget = *args.sentences;
  } else if (args.words) {
    options.budget = *args.words;
  }
  if (options.budget == 0 || options.budget > cli::kMaxBudget) {
    throw py::value_error("the budget must be from 1 to " + std::to_string(cli::kMaxBudget) +
                          " (--words, --bytes or --sentences)");
  }
  if (!cli::IsMethod(options.method)) {
    throw py::value_error("--method: unknown method '" + options.method +
                          "' (known: " + cli::MethodList() + ")");
  }
  if (Status s = CheckOptions(options); !s.ok()) throw py::value_error(s.message());
  return options;
}

py::bytes SummarizeJsonl(const py::handle& contents_object, const std::string& name,
                         const std::string& loose_id, const SummarizeArgs& args, int threads) {
  const std::optional<io::Format> format = io::ParseFormat(args.format);
  if (!format) {
    throw py::value_error("--format must be text, md or json (got '" + args.format + "')");
  }
  const SummarizeOptions options = SummarizeOptionsOf(args);
  const std::string contents = BytesOf(contents_object, "articles");
  std::string out;
  {
    py::gil_scoped_release release;
    const std::vector<Cluster> clusters = ReadStories(contents, name, loose_id);
    io::FormatOptions format_options;
    format_options.explain = args.explain;
    format_options.heading = clusters.size() > 1;
    out = RunStories(clusters.size(), threads, [&](size_t c) {
      cli::ItemOutput item;
      Result<Summary> summary = Summarize(clusters[c], options);
      if (!summary.ok()) {
        item.failed = true;
        item.err = summary.status().message();
        return item;
      }
      if (c > 0 && *format != io::Format::kJson) item.out = "\n";
      const size_t articles = clusters[c].articles.size();
      std::optional<compare::Alignment> alignment;
      if (*format == io::Format::kJson && articles >= 2 && articles <= kMaxAlignedArticles) {
        alignment = compare::Align(clusters[c].articles, summary.value().documents);
      }
      io::FormatOptions item_options = format_options;
      item_options.alignment = alignment ? &*alignment : nullptr;
      item.out += io::FormatSummary(clusters[c], summary.value(), *format, item_options);
      return item;
    });
  }
  return py::bytes(out);
}

// compare (quotes = false) or quotes (JSON only) of every story.
py::bytes CompareJsonl(const py::handle& contents_object, const std::string& name,
                       const std::string& loose_id, const std::string& format, double threshold,
                       bool no_clean, bool quotes, int threads) {
  const char* command = quotes ? "quotes" : "compare";
  if (quotes ? format != "json"
             : (format != "text" && format != "md" && format != "markdown" && format != "json")) {
    throw py::value_error(std::string("--format must be ") +
                          (quotes ? "json in Python (the CLI's text and md are not bound)"
                                  : "text, md or json") +
                          " (got '" + format + "')");
  }
  if (!(threshold > 0.0 && threshold <= 1.0)) {
    throw py::value_error("--threshold must be in (0, 1]");
  }
  const std::string contents = BytesOf(contents_object, "articles");
  compare::CompareOptions options;
  options.match_threshold = threshold;
  text::AnalyzeOptions analyze;
  analyze.clean.enabled = !no_clean;
  std::string out;
  {
    py::gil_scoped_release release;
    const std::vector<Cluster> clusters = ReadStories(contents, name, loose_id);
    out = RunStories(clusters.size(), threads, [&](size_t c) {
      cli::ItemOutput item;
      const Cluster& cluster = clusters[c];
      std::optional<cli::ComparedStory> story =
          cli::CompareStory(command, cluster, analyze, options, item);
      if (!story) {
        const std::string prefix = std::string("concord ") + command + ": ";
        if (item.err.rfind(prefix, 0) == 0) item.err.erase(0, prefix.size());
        return item;
      }
      nlohmann::json j;
      if (quotes) {
        j["id"] = cluster.id;
        j["quotes"] = io::QuotesToJson(story->comparison, cluster.articles);
        item.out = cli::DumpJson(j) + "\n";
        return item;
      }
      if (format == "json") {
        j = io::ComparisonToJson(story->comparison, cluster.articles, story->documents);
        j["id"] = cluster.id;
        item.out = cli::DumpJson(j) + "\n";
        return item;
      }
      if (c > 0) item.out = "\n";
      if (clusters.size() > 1) {
        item.out += (format == "text" ? "== " : "<!-- ") + cluster.id +
                    (format == "text" ? " ==\n" : " -->\n");
      }
      item.out += format == "text" ? io::ComparisonToText(story->comparison, cluster.articles,
                                                          story->documents)
                                   : io::ComparisonToMarkdown(story->comparison,
                                                              cluster.articles, story->documents);
      return item;
    });
  }
  return py::bytes(out);
}

}  // namespace

void RegisterStories(py::module_& m) {
  m.def(
      "summarize_jsonl",
      [](const py::handle& contents, const std::string& name, const std::string& loose_id,
         std::optional<size_t> words, std::optional<size_t> bytes,
         std::optional<size_t> sentences, const std::string& method, const std::string& format,
         bool truncate, bool explain, bool no_clean, double duplicate_threshold,
         const std::vector<std::string>& set, const std::string& params, int threads) {
        SummarizeArgs args{words,     bytes,   sentences, method,   format,
                           truncate,  explain, no_clean,  duplicate_threshold,
                           set,       params};
        return SummarizeJsonl(contents, name, loose_id, args, threads);
      },
      py::arg("contents"), py::arg("name"), py::arg("loose_id"), py::arg("words") = py::none(),
      py::arg("bytes") = py::none(), py::arg("sentences") = py::none(),
      py::arg("method") = "default", py::arg("format") = "json", py::arg("truncate") = false,
      py::arg("explain") = false, py::arg("no_clean") = false,
      py::arg("duplicate_threshold") = 0.5, py::arg("set") = std::vector<std::string>(),
      py::arg("params") = "", py::arg("threads") = 0,
      "What `concord summarize NAME` prints for JSON Lines `contents`, as bytes.");
  m.def(
      "compare_jsonl",
      [](const py::handle& contents, const std::string& name, const std::string& loose_id,
         const std::string& format, double threshold, bool no_clean, int threads) {
        return CompareJsonl(contents, name, loose_id, format, threshold, no_clean, false,
                            threads);
      },
      py::arg("contents"), py::arg("name"), py::arg("loose_id"), py::arg("format") = "json",
      py::arg("threshold") = compare::CompareOptions().match_threshold,
      py::arg("no_clean") = false, py::arg("threads") = 0,
      "What `concord compare NAME` prints for JSON Lines `contents`, as bytes.");
  m.def(
      "quotes_jsonl",
      [](const py::handle& contents, const std::string& name, const std::string& loose_id,
         bool no_clean, int threads) {
        return CompareJsonl(contents, name, loose_id, "json",
                            compare::CompareOptions().match_threshold, no_clean, true, threads);
      },
      py::arg("contents"), py::arg("name"), py::arg("loose_id"), py::arg("no_clean") = false,
      py::arg("threads") = 0,
      "What `concord quotes --format json NAME` prints for JSON Lines `contents`, as bytes.");
}

}  // namespace concord::python
