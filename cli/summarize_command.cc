// concord summarize PATH...: read, summarize each cluster, print.
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/story_input.h"
#include "concord/api.h"
#include "concord/format.h"
#include "concord/io.h"
#include "concord/summarize.h"

namespace concord::cli {
namespace {

struct SummarizeFlags {
  std::vector<std::string> paths;
  std::optional<size_t> words;
  std::optional<size_t> bytes;
  std::optional<size_t> sentences;
  std::string method = "default";
  std::string format = "text";
  bool truncate = false;
  bool explain = false;
  bool no_clean = false;
  bool keep_copies = false;
  bool verbose = false;
  ParameterFlags parameters;  // --params, --set
  double duplicate_threshold = 0.5;
  std::string sources;
  int threads = DefaultThreads();
};

int Run(const SummarizeFlags& flags) {
  // The checks and the rendering of one story are the API's (api.h), so
  // that `concord serve` answers what this prints.
  const Result<io::Format> format = api::SummaryFormat(flags.format);
  if (!format.ok()) {
    std::cerr << "concord summarize: " << format.status().message() << "\n";
    return 2;
  }
  api::SummarizeSettings settings;
  settings.words = flags.words;
  settings.bytes = flags.bytes;
  settings.sentences = flags.sentences;
  settings.method = flags.method;
  settings.truncate = flags.truncate;
  settings.no_clean = flags.no_clean;
  settings.duplicate_threshold = flags.duplicate_threshold;
  settings.keep_copies = flags.keep_copies;
  if (Status s = CollectParameters(flags.parameters, settings.parameters); !s.ok()) {
    std::cerr << "concord summarize: " << s.message() << "\n";
    return 2;
  }
  const Result<SummarizeOptions> checked = api::MakeSummarizeOptions(settings);
  if (!checked.ok()) {
    std::cerr << "concord summarize: " << checked.status().message() << "\n";
    return 2;
  }
  const SummarizeOptions& options = checked.value();

  // Read the input; problems and warnings go to stderr, --sources names
  // the outlets of a single story.
  std::optional<StoryInput> input = ReadStoryInput("summarize", flags.paths, flags.sources);
  if (!input) return 2;
  size_t failures = input->failures;

  const std::vector<Cluster>& clusters = input->clusters;
  io::FormatOptions format_options;
  format_options.explain = flags.explain;
  format_options.heading = clusters.size() > 1;
  failures += RunOrdered(
      clusters.size(), flags.threads,
      [&](size_t c) {
        ItemOutput item;
        std::string note;
        Result<std::string> out = api::SummarizeStory(clusters[c], options, format.value(),
                                                      format_options, std::nullopt, &note);
        if (flags.verbose && !note.empty()) {
          const std::string& id = clusters[c].id;
          item.err =
              "concord summarize: " + (id.empty() ? std::string("input") : id) + ": " + note + "\n";
        }
        if (!out.ok()) {
          item.failed = true;
          item.err += "concord summarize: " + out.status().message() + "\n";
          return item;
        }
        if (c > 0 && format.value() != io::Format::kJson) item.out = "\n";
        item.out += out.value();
        return item;
      },
      "summarized");
  return FinishBatch("summarize", failures);
}

}  // namespace

void RegisterSummarize(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<SummarizeFlags>();
  CLI::App* cmd = app.add_subcommand(
      "summarize",
      "Summarize the articles of one story (a folder of .txt files, files, '-' for "
      "stdin, or JSON Lines of articles); JSON Lines of clusters give one summary "
      "per line.");
  cmd->add_option("paths", flags->paths, "Input files or folders ('-' = stdin)")->required();
  cmd->add_option("--words,-w", flags->words,
                  "Budget in words (whitespace-separated); the default is 100 words")
      ->check(WholeNumber(1, kMaxBudget));
  cmd->add_option("--bytes", flags->bytes, "Budget in bytes instead of words")
      ->check(WholeNumber(1, kMaxBudget));
  cmd->add_option("--sentences", flags->sentences, "Budget in sentences instead of words")
      ->check(WholeNumber(1, kMaxBudget));
  cmd->add_option("--method,-m", flags->method, "Method: " + MethodList())->capture_default_str();
  cmd->add_option("--format,-f", flags->format,
                  "Output: text (a sentence a line with its outlets in brackets; a quotation over "
                  "sentences on one line), md or json (JSON Lines)")
      ->capture_default_str();
  cmd->add_flag("--truncate", flags->truncate,
                "Cut the last sentence at the budget instead of leaving it out (printed "
                "with '…' unless the budget is in bytes)");
  cmd->add_flag("--explain", flags->explain,
                "List every removed piece of scraper noise with its rule and byte span");
  cmd->add_flag("--no-clean", flags->no_clean, "Do not remove scraper noise");
  cmd->add_flag("--verbose,-v", flags->verbose,
                "Say on stderr what the method reports for each story (method ilp: whether "
                "the exact solver solved it or the greedy selection stood in)");
  cmd->add_flag("--keep-copies", flags->keep_copies,
                "Rank near-copies of whole articles (wire copies) as independent articles "
                "instead of collapsing them into the article they copy");
  cmd->add_option("--sources", flags->sources,
                  "Outlet names for the articles of one story, comma-separated, in input "
                  "order (for files without a source, URL or front matter)");
  AddParameterOptions(cmd, &flags->parameters);
  cmd->add_option("--duplicate-threshold", flags->duplicate_threshold,
                  "Sentences at least this similar (tf-idf cosine, 0-1] are near-duplicates: "
                  "never both selected, and each backs the other's outlets")
      ->capture_default_str();
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
