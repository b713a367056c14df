// `concord eval --data FILE.jsonl`: the dataset runner (eval.h) with the
// project protocol, printing a Markdown table of ROUGE, speed and memory.
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/group_flags.h"
#include "cli/options.h"
#include "cli/story_input.h"
#include "concord/align_score.h"
#include "concord/eval.h"
#include "concord/io.h"
#include "concord/readability.h"
#include "concord/rouge.h"
#include "concord/summarize.h"

namespace concord::cli {
namespace {

struct EvalFlags {
  std::string data;
  size_t words = 300;
  std::string method = "default";
  std::string out;
  std::string rouge_data;
  std::string rouge_flags = "-n 2 -2 4 -u -m -f A -p 0.5";
  int threads = DefaultThreads();
  size_t limit = 0;
  ParameterFlags parameters;  // --params, --set
  double duplicate_threshold = 0.5;
  std::string task = "summarize";
  GroupEvalFlags group;         // --task group
  std::string format = "text";  // --task readability
  size_t examples = 3;          // --task readability
  std::string sentences;        // --task align: the coreference sentence list
  std::string topics = "all";   // --task align: all, even or odd topic numbers
  double threshold = compare::CompareOptions().match_threshold;  // --task align
};

// --task align: compare's alignment scored against ECB+ sentence pairs
// (align_score.h): one Markdown row of pairwise precision, recall and F1.
int RunAlignTask(const EvalFlags& flags) {
  if (!(flags.threshold > 0 && flags.threshold <= 1)) {
    return BadInput("eval", "--match-threshold must be in (0, 1]");
  }
  Result<std::vector<eval::EcbStory>> stories = eval::ReadEcbPlus(flags.data, flags.sentences);
  if (!stories.ok()) return BadInput("eval", stories.status().message());
  std::vector<eval::EcbStory> chosen;
  for (eval::EcbStory& story : stories.value()) {
    const bool even = story.topic % 2 == 0;
    if (flags.topics == "all" || (flags.topics == "even") == even) {
      chosen.push_back(std::move(story));
    }
  }
  compare::CompareOptions options;
  options.match_threshold = flags.threshold;
  const eval::AlignScores s = eval::ScoreAlignment(chosen, options);
  char row[256];
  std::snprintf(row, sizeof row,
                "| %s | %.2f | %zu | %zu | %zu | %zu | %zu | %.3f | %.3f | %.3f |\n",
                flags.topics.c_str(), flags.threshold, s.stories, s.sentences, s.pairs.gold,
                s.pairs.predicted, s.pairs.true_positives, s.pairs.Precision(), s.pairs.Recall(),
                s.pairs.F1());
  std::cout << "| topics | threshold | stories | sentences | gold pairs | predicted | correct | P "
               "| R | F1 |\n|---|---|---|---|---|---|---|---|---|---|\n"
            << row;
  return 0;
}

// --task readability: the readability checks over every cluster's summary.
int RunReadabilityTask(const EvalFlags& flags, const std::vector<std::string>& methods) {
  eval::ReadabilityOptions options;
  options.methods = methods;
  options.words = flags.words;
  options.threads = flags.threads;
  options.duplicate_threshold = flags.duplicate_threshold;
  options.examples = flags.examples;
  if (Status s = CollectParameters(flags.parameters, options.parameters); !s.ok()) {
    return BadInput("eval", s.message());
  }
  Result<io::Inputs> inputs = io::ReadInputs({flags.data});
  if (!inputs.ok()) return BadInput("eval", inputs.status().message());
  for (const std::string& problem : inputs.value().problems) {
    std::cerr << "concord eval: " << problem << "\n";
  }
  std::vector<Cluster>& clusters = inputs.value().clusters;
  if (flags.limit > 0 && clusters.size() > flags.limit) clusters.resize(flags.limit);
  Result<std::vector<eval::ReadabilityReport>> reports = eval::RunReadability(clusters, options);
  if (!reports.ok()) return BadInput("eval", reports.status().message());
  if (flags.format == "json") {
    std::cout << eval::FormatReadabilityJson(reports.value());
  } else {
    std::cout << flags.data << ": " << clusters.size() << " clusters, " << flags.words
              << " words, whole sentences\n\n"
              << eval::FormatReadability(reports.value());
  }
  return inputs.value().problems.empty() ? 0 : 2;
}

// The --method list, or an error message.
Result<std::vector<std::string>> MethodsOf(const std::string& m) {
  if (m == "all") return MethodNames();
  if (m.empty() || m.front() == ',' || m.back() == ',' || m.find(",,") != std::string::npos) {
    return Status::InvalidArgument(
        "--method: give a method, a comma-separated list or 'all' (known: " + MethodList() + ")");
  }
  std::vector<std::string> methods = SplitList(m);
  for (const std::string& method : methods) {
    if (!IsMethod(method)) {
      return Status::InvalidArgument("--method: unknown method '" + method + "' (known: all, " +
                                     MethodList() + ")");
    }
  }
  return methods;
}

int Run(const EvalFlags& flags) {
  if (flags.task == "group") {
    GroupEvalFlags group = flags.group;
    group.data = flags.data;
    return RunGroupEval(group);
  }
  if (flags.task == "extract") {
    return RunExtractEval(flags.data, flags.threads, flags.limit, flags.out);
  }
  if (flags.task == "align") return RunAlignTask(flags);
  eval::DatasetOptions options;
  options.words = flags.words;
  options.out_dir = flags.out;
  options.threads = flags.threads;
  options.duplicate_threshold = flags.duplicate_threshold;
  if (!(flags.duplicate_threshold > 0 && flags.duplicate_threshold <= 1)) {
    return BadInput("eval", "--duplicate-threshold must be in (0, 1]");
  }
  if (Status s = CollectParameters(flags.parameters, options.parameters); !s.ok()) {
    return BadInput("eval", s.message());
  }
  if (flags.words == 0) return BadInput("eval", "--words must be positive");
  Result<std::vector<std::string>> methods = MethodsOf(flags.method);
  if (!methods.ok()) return BadInput("eval", methods.status().message());
  options.methods = methods.value();
  if (flags.task == "readability") return RunReadabilityTask(flags, options.methods);
  Result<eval::RougeOptions> rouge_options = eval::ParseRougeFlags(flags.rouge_flags);
  if (!rouge_options.ok())
    return BadInput("eval", "--rouge-flags: " + rouge_options.status().message());
  Result<eval::RougeData> data = flags.rouge_data.empty() ? eval::LoadDebianRougeData()
                                                          : eval::LoadRougeData(flags.rouge_data);
  if (!data.ok()) return BadInput("eval", "--rouge-data: " + data.status().message());
  Result<eval::RougeScorer> scorer =
      eval::RougeScorer::Create(rouge_options.value(), std::move(data).value());
  if (!scorer.ok()) return BadInput("eval", "--rouge-flags: " + scorer.status().message());

  Result<io::Inputs> inputs = io::ReadInputs({flags.data});
  if (!inputs.ok()) return BadInput("eval", inputs.status().message());
  for (const std::string& problem : inputs.value().problems) {
    std::cerr << "concord eval: " << problem << "\n";
  }
  std::vector<Cluster>& clusters = inputs.value().clusters;
  if (flags.limit > 0 && clusters.size() > flags.limit) clusters.resize(flags.limit);
  size_t with_references = 0;
  for (const Cluster& c : clusters) with_references += !c.references.empty();
  if (with_references == 0) {
    return BadInput("eval", flags.data + ": no cluster has reference summaries (\"summaries\")");
  }

  if (isatty(STDERR_FILENO)) {
    options.progress = [](const std::string& method, size_t done, size_t total) {
      if (done % 25 != 0 && done != total) return;
      const size_t width = 30;
      const size_t filled = width * done / total;
      std::cerr << "\r" << method << " [" << std::string(filled, '#')
                << std::string(width - filled, ' ') << "] " << done << "/" << total
                << (done == total ? "\n" : "") << std::flush;
    };
  }
  Result<eval::DatasetReport> report = eval::RunDataset(clusters, scorer.value(), options);
  if (!report.ok()) return BadInput("eval", report.status().message());
  for (const eval::MethodReport& m : report.value().methods) {
    if (m.failures > 0) {
      std::cerr << "concord eval: " << m.method << ": " << m.failures
                << " cluster(s) gave no summary (scored as empty summaries)\n";
    }
  }
  std::cout << flags.data << ": " << report.value().clusters << " clusters, " << with_references
            << " with references, " << flags.words << " words, ROUGE " << flags.rouge_flags
            << " (percent)\n\n"
            << eval::FormatReport(report.value());
  return inputs.value().problems.empty() ? 0 : 2;
}

}  // namespace

void RegisterEval(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* cmd = app.add_subcommand(
      "eval",
      "Summarize every cluster of a JSON Lines data set (Multi-News style, with "
      "\"summaries\"), cut each summary to --words, and score it with ROUGE "
      "against the references: a table of R-1, R-2, R-L, R-SU4, speed and memory.");
  cmd->add_option("--task", flags->task,
                  "summarize (ROUGE over clusters) or extract (article extraction over a "
                  "benchmark folder: ScrapingHub's or WCXB's layout) or group (BCubed and pairwise "
                  "scores of a labelled article stream, docs/group.md) or readability "
                  "(checks of each summary a reader would notice: unbalanced quotations, "
                  "unresolved pronouns, captions...; docs/summarize.md; no references needed) "
                  "or align (compare's cross-outlet alignment against ECB+ sentence pairs: "
                  "--data is the folder of its <topic>/<topic>_<n>ecb[plus].xml files; "
                  "docs/compare.md)")
      ->check(CLI::IsMember({"summarize", "extract", "group", "readability", "align"}))
      ->capture_default_str();
  cmd->add_option("--data", flags->data,
                  "JSON Lines of clusters with reference summaries; for --task extract, the "
                  "benchmark's folder")
      ->required();
  cmd->add_option("--words,-w", flags->words, "Budget: summaries are cut to this many words")
      ->capture_default_str()
      ->check(WholeNumber(1, kMaxBudget));
  cmd->add_option("--method,-m", flags->method, "A method, a comma-separated list, or 'all'")
      ->capture_default_str();
  cmd->add_option("--out", flags->out,
                  "Write summaries to OUT/<method>/<name>.txt and references to "
                  "OUT/refs/<name>.A.txt, one sentence a line; <name> is the cluster id "
                  "when it is a plain file name ([A-Za-z0-9._-], up to 64 bytes, unique), "
                  "else its cleaned form plus a hash; OUT/ids.tsv lists name and id. "
                  "Each file is complete or absent (temporary file, then rename). For "
                  "--task extract, a JSON Lines file of each page's text and scores");
  cmd->add_option("--rouge-data", flags->rouge_data,
                  "ROUGE-1.5.5 data folder (WordNet-2.0-Exceptions/, "
                  "smart_common_words.txt); default: Debian's /usr/share/wordnet lists");
  cmd->add_option("--rouge-flags", flags->rouge_flags, "ROUGE-1.5.5 flags")->capture_default_str();
  AddThreadsOption(cmd, &flags->threads);
  cmd->add_option("--limit", flags->limit, "Only the first N clusters or pages (0 = all)")
      ->check(WholeNumber(0, kMaxCount));
  AddParameterOptions(cmd, &flags->parameters);
  cmd->add_option("--duplicate-threshold", flags->duplicate_threshold,
                  "Sentences at least this similar (tf-idf cosine) are near-duplicates")
      ->capture_default_str();
  AddGroupEvalOptions(cmd, &flags->group);
  cmd->add_option("--format", flags->format, "--task readability: text (Markdown) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  cmd->add_option("--examples", flags->examples,
                  "--task readability: flagged sentences shown per check")
      ->capture_default_str()
      ->check(WholeNumber(0, kMaxCount));
  cmd->add_option("--sentences", flags->sentences,
                  "--task align: ECB+'s list of sentences annotated for coreference "
                  "(ECBplus_coreference_sentences.csv); only those are scored (default: every "
                  "sentence with an event mention)");
  cmd->add_option("--topics", flags->topics, "--task align: all, even or odd topic numbers")
      ->check(CLI::IsMember({"all", "even", "odd"}))
      ->capture_default_str();
  cmd->add_option("--match-threshold", flags->threshold,
                  "--task align: the alignment's match threshold (compare --threshold)")
      ->capture_default_str();
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
