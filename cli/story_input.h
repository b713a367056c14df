// Reading the stories that `concord summarize`, `compare` and `quotes` work on: the
// input paths through io::ReadInputs, the reader's problems and warnings on
// stderr, and --sources naming the outlets of a single story.
//
// Usage (in a subcommand's Run):
//   std::optional<StoryInput> input = ReadStoryInput("compare", flags.paths, flags.sources);
//   if (!input) return 2;  // the reason is already on stderr
//   for (const Cluster& cluster : input->clusters) ...
//   // count input->failures with the command's own, exit 2 when any
//
// Thread-safety: writes to std::cerr; call from the main thread only.
#ifndef CONCORD_CLI_STORY_INPUT_H_
#define CONCORD_CLI_STORY_INPUT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/batch.h"
#include "concord/api.h"
#include "concord/article.h"
#include "concord/compare.h"
#include "concord/document.h"

namespace concord::cli {

// The items of a comma-separated option value, in order ("" gives none).
std::vector<std::string> SplitList(const std::string& list);

struct StoryInput {
  std::vector<Cluster> clusters;  // in input order, --sources applied
  size_t failures = 0;            // items that could not be read (reported)
};

// Reads `paths` and prints, as "concord <command>: ..." lines on stderr, each
// warning and each item that could not be read (those are counted in
// `failures`; the rest is still returned). When `sources` (comma-separated)
// is not empty, the input must be one story with that many articles, which
// take those names as their outlets, in order.
// Returns nullopt after one line on stderr when the input cannot be read at
// all or `sources` does not match it: the command then exits 2.
std::optional<StoryInput> ReadStoryInput(std::string_view command,
                                         const std::vector<std::string>& paths,
                                         const std::string& sources);

// The end of a batch command: flushes standard output and, when any item
// failed, says how many on stderr. Returns the exit code: 2 when an item
// failed, else 0.
int FinishBatch(std::string_view command, size_t failures);

// One story of `compare` or `quotes`: its articles analysed and compared.
using ComparedStory = api::ComparedStory;

// Analyses and compares `cluster`; on failure marks `item` failed with the
// line "concord <command>: <cluster id>: <message>" and returns nothing.
std::optional<ComparedStory> CompareStory(std::string_view command, const Cluster& cluster,
                                          const text::AnalyzeOptions& analyze,
                                          const compare::CompareOptions& options, ItemOutput& item);

}  // namespace concord::cli

#endif  // CONCORD_CLI_STORY_INPUT_H_
