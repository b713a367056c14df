// `concord train --data FILE.jsonl`: learn the default method's salience
// model (learn.h) from clusters with reference summaries and print it as a
// --params file.
#include <unistd.h>

#include <cmath>
#include <iostream>
#include <memory>
#include <string>

#include "cli/batch.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/train_speakers.h"
#include "concord/io.h"
#include "concord/learn.h"

namespace concord::cli {
namespace {

struct TrainFlags {
  std::string data;
  std::string out;
  size_t limit = 0;
  double regularization = 1.0;
  int threads = DefaultThreads();
  std::string task = "salience";
  SpeakerTrainFlags speakers;  // --task speakers
};

int Run(const TrainFlags& flags) {
  if (flags.task == "speakers") {
    SpeakerTrainFlags speakers = flags.speakers;
    speakers.data = flags.data;
    speakers.c = flags.regularization;
    speakers.out = flags.out;
    if (flags.limit != 0) return BadInput("train", "--limit is for --task salience");
    return TrainSpeakers(speakers);
  }
  if (flags.task != "salience") return BadInput("train", "--task must be salience or speakers");
  if (!(std::isfinite(flags.regularization) && flags.regularization > 0)) {
    return BadInput("train", "--c must be a positive finite number");
  }
  Result<io::Inputs> inputs = io::ReadInputs({flags.data});
  if (!inputs.ok()) return BadInput("train", inputs.status().message());
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
  if (!model.ok()) return BadInput("train", flags.data + ": " + model.status().message());
  const std::string text = std::string(kTrainHeader) + " --data " + flags.data +
                           (flags.limit ? " --limit " + std::to_string(flags.limit) : "") + "\n" +
                           learn::FormatParameters(model.value()) + kTrainEnd + "\n";
  if (flags.out.empty()) {
    std::cout << text;  // main checks that standard output took it
  } else if (Status s = io::WriteFile(flags.out, text); !s.ok()) {
    return BadInput("train", s.message());  // the old file, if any, is left as it was
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
                         "and the exit code is then 2. With --task speakers: learn the quote "
                         "speaker model from a PolNeAR folder and print it as C++ "
                         "(docs/compare.md).");
  cmd->add_option("--data", flags->data,
                  "JSON Lines of clusters with reference summaries (--task speakers: "
                  "the PolNeAR folder)")
      ->required();
  cmd->add_option("--out,-o", flags->out,
                  "Write the parameters here instead of stdout (whole or not at all: a "
                  "temporary file renamed when complete)");
  cmd->add_option("--limit", flags->limit, "Only the first N clusters with references (0 = all)")
      ->check(WholeNumber(0, kMaxCount));
  cmd->add_option("--c", flags->regularization, "Inverse regularization strength (LIBLINEAR's C)")
      ->capture_default_str();
  cmd->add_option("--task", flags->task,
                  "salience (the summarizer's model, from JSON Lines) or speakers (the quote "
                  "speaker model, from a PolNeAR folder given as --data; prints C++)")
      ->capture_default_str();
  cmd->add_option("--split", flags->speakers.split, "speakers: the PolNeAR split to learn from")
      ->capture_default_str();
  cmd->add_option("--threshold", flags->speakers.threshold,
                  "speakers: probability the best candidate needs to speak")
      ->capture_default_str();
  cmd->add_flag("--only-unattributed", flags->speakers.only_unattributed,
                "speakers: learn from the quotes the rules leave without a speaker only");
  cmd->add_option("--folds", flags->speakers.folds,
                  "speakers: N > 1 scores a grid of settings by N-fold cross-validation instead")
      ->check(WholeNumber(0, 100));
  AddThreadsOption(cmd, &flags->threads);
  cmd->callback([flags, exit_code]() {
    *exit_code = RunWithThreads(flags->threads, [&] { return Run(*flags); });
  });
}

}  // namespace concord::cli
