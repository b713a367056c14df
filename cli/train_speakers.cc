// `concord train --task speakers --data POLNEAR_DIR`: learn the speaker
// model of compare (SpeakerModel) from a PolNeAR split, print it as the C++
// initializer of src/compare/speaker_learn.cc; `--folds N` instead scores a
// grid of settings by N-fold cross-validation on the split (articles, not
// annotation files, are split into folds).
#include "cli/train_speakers.h"

#include <cstdio>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "concord/compare.h"
#include "concord/document.h"
#include "concord/io.h"
#include "concord/quote_score.h"

namespace concord::cli {
namespace {

struct SpeakerData {
  std::vector<eval::PolnearFile> files;
  std::vector<Document> documents;
  std::vector<size_t> fold;  // per file
};

std::vector<compare::SpeakerTrainingArticle> TrainingSet(const SpeakerData& d, size_t skip_fold) {
  std::vector<compare::SpeakerTrainingArticle> out;
  for (size_t i = 0; i < d.files.size(); ++i) {
    if (d.fold[i] == skip_fold) continue;
    compare::SpeakerTrainingArticle a;
    a.article = &d.files[i].article;
    a.document = &d.documents[i];
    for (const eval::GoldQuote& g : d.files[i].gold) a.gold.push_back({g.parts, g.source});
    out.push_back(std::move(a));
  }
  return out;
}

// Speaker and overlap counts of fold `fold` with `model`.
eval::QuoteScores ScoreFold(const SpeakerData& d, size_t fold, const compare::SpeakerModel& model) {
  compare::CompareOptions options;
  options.speaker_model = &model;
  eval::QuoteScores total;
  for (size_t i = 0; i < d.files.size(); ++i) {
    if (d.fold[i] != fold) continue;
    const std::vector<compare::Quote> quotes =
        compare::ExtractQuotes(d.files[i].article, d.documents[i], options);
    const eval::QuoteScores s = eval::ScoreQuotes(d.files[i].article.text, quotes, d.files[i].gold);
    total.overlap += s.overlap;
    total.speaker += s.speaker;
  }
  return total;
}

void CrossValidate(const SpeakerData& d, size_t folds) {
  std::cout << "only_unattributed  c  threshold  speaker P R F1  (out of fold)\n";
  for (const bool only : {false, true}) {
    for (const double c : {0.1, 1.0, 10.0}) {
      std::map<double, eval::PrfCounts> by_threshold;
      for (size_t k = 0; k < folds; ++k) {
        compare::SpeakerTrainOptions options;
        options.l2 = 1.0 / c;
        options.only_unattributed = only;
        compare::SpeakerModel model = compare::TrainSpeakerModel(TrainingSet(d, k), options);
        for (const double t : {0.3, 0.4, 0.5, 0.6, 0.7}) {
          model.threshold = t;
          by_threshold[t] += ScoreFold(d, k, model).speaker;
        }
      }
      for (const auto& [t, counts] : by_threshold) {
        char line[96];
        std::snprintf(line, sizeof(line), "%d  %g  %.1f  %.4f %.4f %.4f\n", only ? 1 : 0, c, t,
                      counts.Precision(), counts.Recall(), counts.F1());
        std::cout << line;
      }
    }
  }
}

}  // namespace

int TrainSpeakers(const SpeakerTrainFlags& flags) {
  if (!(flags.c > 0) || !(flags.threshold > 0 && flags.threshold < 1)) {
    return BadInput("train", "--c must be positive and --threshold between 0 and 1");
  }
  Result<std::vector<eval::PolnearFile>> files = eval::ReadPolnearSplit(flags.data, flags.split);
  if (!files.ok()) return BadInput("train", "--data: " + files.status().message());
  SpeakerData d;
  d.files = std::move(files).value();
  text::Tokenizer tokenizer;
  std::map<std::string, size_t> article_index;
  for (const eval::PolnearFile& f : d.files) {
    d.documents.push_back(text::Analyze(f.article, tokenizer));
    const size_t index = article_index.emplace(f.article.id, article_index.size()).first->second;
    d.fold.push_back(flags.folds > 1 ? index % flags.folds : 1);
  }
  if (flags.folds > 1) {
    CrossValidate(d, flags.folds);
    return 0;
  }
  compare::SpeakerTrainOptions options;
  options.l2 = 1.0 / flags.c;
  options.only_unattributed = flags.only_unattributed;
  options.threshold = flags.threshold;
  const compare::SpeakerModel model = compare::TrainSpeakerModel(TrainingSet(d, 0), options);
  std::ostringstream text;
  text << "// concord train --task speakers --data " << flags.data << " --split " << flags.split
       << " --c " << flags.c << " --threshold " << flags.threshold
       << (flags.only_unattributed ? " --only-unattributed" : "") << "\n"
       << compare::FormatSpeakerModel(model);
  if (flags.out.empty()) {
    std::cout << text.str();  // main checks that standard output took it
  } else if (Status s = io::WriteFile(flags.out, text.str()); !s.ok()) {
    return BadInput("train", s.message());
  }
  return 0;
}

}  // namespace concord::cli
