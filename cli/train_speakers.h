// `concord train --task speakers` (train_speakers.cc).
#ifndef CONCORD_CLI_TRAIN_SPEAKERS_H_
#define CONCORD_CLI_TRAIN_SPEAKERS_H_

#include <cstddef>
#include <string>

namespace concord::cli {

struct SpeakerTrainFlags {
  std::string data;  // the PolNeAR folder
  std::string out;   // the file to write, else standard output
  std::string split = "train";
  double c = 1.0;  // inverse L2 strength
  double threshold = 0.5;
  bool only_unattributed = false;
  size_t folds = 0;  // > 1: cross-validate a grid instead of training
};

// Returns the exit code (2 after a line on stderr).
int TrainSpeakers(const SpeakerTrainFlags& flags);

}  // namespace concord::cli

#endif  // CONCORD_CLI_TRAIN_SPEAKERS_H_
