// `concord train --data FILE.jsonl`: learn the default method's salience
// model (learn.h) from clusters with reference summaries and print it as a
// --params file.
#include <unistd.h>

#include <cmath>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "concord/io.h"
#include "concord/learn.h"

namespace concord::cli {
namespace {

struct TrainFlags {
  std::string data;
  std::string out;
  size_t limit = 0;
  double regularization = 1.0;
  int threads = 0;
};

int BadInput(const std::string& message) {
  std::cerr << "concord train: " << message << "\n";
  return 2;
}

int Run(const TrainFlags& flags) {
  if (!(std::isfinite(flags.regularization) && flags.regularization > 0)) {
    return BadInput("--c must be a positive finite number");
  }
  if (flags.threads < 0) return BadInput("--threads must not be negative");
  Result<io::Inputs> inputs = io::ReadInputs({flags.data});
  if (!inputs.ok()) return BadInput(inputs.status().message());
  for (const std::string& problem : inputs.value().problems) {
    std::cerr << "concord train: " << problem << "\n";
  }
  learn::TrainOptions options;
  options.max_clusters = flags.limit;
  options.regularization = flags.regularization;
  options.threads = flags.threads;
  if (isatty(STDERR_FILENO)) {
    options.progress = [](size_t done, size_t total) {
      if (done % 100 != 0 && done != total) return;
      std::cerr << "\rfeatures " << done << "/" << total << (done == total ? "\n" : "")
                << std::flush;
    };
  }
  Result<learn::SalienceModel> model = learn::TrainSalienceModel(inputs.value().clusters, options);
  if (!model.ok()) return BadInput(flags.data + ": " + model.status().message());
  const std::string text = "# concord train --data " + flags.data +
                           (flags.limit ? " --limit " + std::to_string(flags.limit) : "") + "\n" +
                           learn::FormatParameters(model.value());
  if (flags.out.empty()) {
    std::cout << text;
  } else {
    std::ofstream out(flags.out, std::ios::binary);
    out << text;
    if (!out) return BadInput(flags.out + ": cannot write");
  }
  return inputs.value().problems.empty() ? 0 : 2;
}

}  // namespace

void RegisterTrain(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<TrainFlags>();
  CLI::App* cmd =
      app.add_subcommand("train",
                         "Learn the default method's salience model (how much of a sentence a "
                         "human summary repeats) from a JSON Lines data set with reference "
                         "summaries, and print it as a --params file for summarize and eval. Lines "
                         "that cannot be read are reported and skipped; the model is still written "
                         "and the exit code is then 2.");
  cmd->add_option("--data", flags->data, "JSON Lines of clusters with reference summaries")
      ->required();
  cmd->add_option("--out,-o", flags->out, "Write the parameters here instead of stdout");
  cmd->add_option("--limit", flags->limit, "Only the first N clusters with references (0 = all)")
      ->check(WholeNumber(0, kMaxCount));
  cmd->add_option("--c", flags->regularization, "Inverse regularization strength (LIBLINEAR's C)")
      ->capture_default_str();
  cmd->add_option("--threads,-j", flags->threads, "Threads (0 = every core)")
      ->capture_default_str()
      ->check(WholeNumber(0, kMaxThreads));
  cmd->callback([flags, exit_code]() { *exit_code = Run(*flags); });
}

}  // namespace concord::cli
