// `concord digest INPUT...`: group -> collapse -> summarize -> compare for
// every story told by enough articles, one report (digest.h). A thin shell:
// reading, options and output here, the work in the library.
#include <unistd.h>

#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/digest_flags.h"
#include "cli/group_flags.h"
#include "cli/options.h"
#include "concord/digest.h"
#include "concord/group_stream.h"
#include "concord/io.h"

namespace concord::cli {
namespace {

struct DigestFlags {
  std::vector<std::string> inputs;
  DigestSettings settings;
  std::string output;
  bool progress = false;
  int threads = DefaultThreads();
};

int Run(const DigestFlags& flags) {
  Result<digest::DigestOptions> checked = ToDigestOptions(flags.settings);
  if (!checked.ok()) return BadInput("digest", checked.status().message());
  digest::DigestOptions options = std::move(checked).value();

  // Read every article; a file that cannot be read or parsed stops here.
  // The times are digest::Digest's to read and warn about (once).
  group::StreamReadOptions read_options;
  read_options.parse_times = false;
  Result<group::StreamInput> read = group::ReadStream(flags.inputs, read_options);
  if (!read.ok()) return BadInput("digest", read.status().message());
  if (Status s = group::CheckUniqueIds(read.value()); !s.ok())
    return BadInput("digest", s.message());
  for (const std::string& warning : read.value().warnings) {
    std::cerr << "concord digest: warning: " << warning << "\n";
  }
  std::vector<Article> articles;
  for (group::StreamArticle& item : read.value().articles) {
    articles.push_back(std::move(item.article));
  }
  if (articles.empty()) return BadInput("digest", "the input holds no article");

  // Progress on stderr for people: when it is a terminal, or asked for.
  // A terminal redraws one line; a log (--progress into a file or pipe)
  // gets a line an update.
  const bool terminal = isatty(STDERR_FILENO) != 0;
  const bool show = flags.progress || terminal;
  if (show) {
    options.progress = [terminal](size_t done, size_t total) {
      std::cerr << (terminal ? "\r" : "") << "concord digest: " << done << "/" << total
                << " stories";
      if (!terminal || done == total) std::cerr << "\n";
      std::cerr << std::flush;
    };
  }
  Result<digest::DigestResult> result = digest::Digest(std::move(articles), options);
  if (!result.ok()) return BadInput("digest", result.status().message());
  for (const std::string& warning : result.value().warnings) {
    std::cerr << "concord digest: warning: " << warning << "\n";
  }
  if (!flags.output.empty()) {
    if (Status s = io::WriteFile(flags.output, result.value().output); !s.ok()) {
      return BadInput("digest", s.message());
    }
  } else {
    std::cout << result.value().output;
    std::cout.flush();
    if (!std::cout) return BadInput("digest", "cannot write to standard output");
  }
  if (show) {
    std::cerr << "concord digest: " << result.value().listed << " of " << result.value().stories
              << " stories listed (" << result.value().articles << " articles)\n";
  }
  return 0;
}

}  // namespace

Result<digest::DigestOptions> ToDigestOptions(const DigestSettings& settings) {
  digest::DigestOptions options;
  const std::optional<digest::Format> format = digest::ParseFormat(settings.format);
  if (!format) {
    return Status::InvalidArgument("--format must be md, jsonl or html (got '" + settings.format +
                                   "')");
  }
  if (settings.min_articles < 1 || settings.min_articles > static_cast<size_t>(kMaxCount)) {
    return Status::InvalidArgument("--min-articles must be a whole number from 1 to " +
                                   std::to_string(kMaxCount));
  }
  if (settings.words < 1 || settings.words > static_cast<size_t>(kMaxBudget)) {
    return Status::InvalidArgument("--words must be a whole number from 1 to " +
                                   std::to_string(kMaxBudget));
  }
  options.format = *format;
  options.min_articles = settings.min_articles;
  options.summarize.budget = settings.words;
  options.summarize.collapse_copies = !settings.keep_copies;
  options.summarize.truncate = settings.truncate;
  Result<group::GroupOptions> group_options = ToGroupOptions(settings.group);
  if (!group_options.ok()) return group_options.status();
  options.group = group_options.value();
  return options;
}

void RegisterDigest(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<DigestFlags>();
  CLI::App* cmd = app.add_subcommand(
      "digest",
      "A day of news in one report: group the articles (folders of .txt and .html pages, files, "
      "JSON Lines of {\"id\",\"source\",\"url\",\"published\",\"title\",\"text\" or \"html\"}) "
      "into stories, collapse wire copies, and summarize and compare every story told by at "
      "least --min-articles articles, most outlets first. docs/digest.md shows the output.");
  cmd->add_option("inputs", flags->inputs, "Files, folders or - (standard input)")->required();
  cmd->add_option("--min-articles", flags->settings.min_articles,
                  "List only stories with at least this many articles")
      ->check(WholeNumber(1, kMaxCount))
      ->capture_default_str();
  cmd->add_option("--format,-f", flags->settings.format,
                  "md (Markdown), jsonl (one story a line) or html (one self-contained page)")
      ->capture_default_str();
  cmd->add_option("--output,-o", flags->output, "Write the report to FILE instead of stdout");
  cmd->add_option("--words,-w", flags->settings.words, "Summary budget of each story, in words")
      ->check(WholeNumber(1, kMaxBudget))
      ->capture_default_str();
  cmd->add_flag("--keep-copies", flags->settings.keep_copies,
                "Rank near-copies (wire copies) as independent articles in the summaries");
  cmd->add_flag("--truncate", flags->settings.truncate,
                "When no whole sentence of a story fits --words, cut its first sentence to the "
                "budget instead of leaving the story out");
  cmd->add_flag("--progress", flags->progress,
                "Show stories done on stderr even when it is not a terminal");
  AddGroupOptions(cmd, &flags->settings.group, /*with_duplicates=*/true);
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
