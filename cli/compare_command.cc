// concord compare PATH...: what the outlets agree on, what only one reports,
// who said what.
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "batch.h"
#include "cli/options.h"
#include "commands.h"
#include "concord/api.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/format.h"
#include "story_input.h"

namespace concord::cli {
namespace {

struct CompareFlags {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string sources;
  bool no_clean = false;
  double threshold = compare::CompareOptions().match_threshold;
  int threads = DefaultThreads();
};

int Run(const CompareFlags& flags) {
  // The checks and the report of one story are the API's (api.h).
  for (const Status& s :
       {api::CheckReportFormat(flags.format), api::CheckThreshold(flags.threshold)}) {
    if (!s.ok()) {
      std::cerr << "concord compare: " << s.message() << "\n";
      return 2;
    }
  }
  std::optional<StoryInput> input = ReadStoryInput("compare", flags.paths, flags.sources);
  if (!input) return 2;
  size_t failures = input->failures;
  const std::vector<Cluster>& clusters = input->clusters;
  compare::CompareOptions options;
  options.match_threshold = flags.threshold;
  text::AnalyzeOptions analyze;
  analyze.clean.enabled = !flags.no_clean;
  failures += RunOrdered(
      clusters.size(), flags.threads,
      [&](size_t c) {
        ItemOutput item;
        const Cluster& cluster = clusters[c];
        std::optional<ComparedStory> story =
            CompareStory("compare", cluster, analyze, options, item);
        if (!story) return item;
        if (c > 0 && flags.format != "json") item.out = "\n";
        item.out += api::CompareReport(cluster, *story, flags.format, clusters.size() > 1);
        return item;
      },
      "compared");
  return FinishBatch("compare", failures);
}

}  // namespace

void RegisterCompare(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<CompareFlags>();
  CLI::App* cmd = app.add_subcommand(
      "compare",
      "Compare the outlets of one story: content several outlets carry, what only one "
      "reports, different numbers, quotes with speakers, names written several ways.");
  cmd->add_option("paths", flags->paths,
                  "Input files or folders ('-' = stdin); loose articles form one story, "
                  "each JSON Lines cluster line is its own")
      ->required();
  cmd->add_option("--format,-f", flags->format,
                  "Output: text, md or json (one JSON object per story and line)")
      ->capture_default_str();
  cmd->add_option("--sources", flags->sources,
                  "Comma-separated outlet names for the articles, in input order "
                  "(overrides file names and metadata)");
  cmd->add_option("--threshold", flags->threshold,
                  "Similarity at which two sentences count as the same content (0-1)")
      ->capture_default_str();
  cmd->add_flag("--no-clean", flags->no_clean, "Do not remove scraper noise");
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
