// Internal: use include/concord/rouge.h instead.
//
// The pieces of the ROUGE scorer (rouge.cc) that ROUGE-L (rouge_lcs.cc)
// shares: a text as token ids, the aggregation over references, and the
// ROUGE-L score itself.
#ifndef CONCORD_SRC_EVAL_ROUGE_INTERNAL_H_
#define CONCORD_SRC_EVAL_ROUGE_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "concord/rouge.h"
#include "concord/status.h"

namespace concord::eval::internal {

// One text after the script's reading, as token ids.
struct Prepared {
  std::vector<std::string> lines;        // kept lines, lowered
  std::vector<std::uint32_t> tokens;     // readText: n-grams, unigram budgets
  std::vector<std::uint32_t> sentence_tokens;  // readText_LCS, concatenated
  std::vector<std::size_t> sentence_starts;    // size = sentences + 1
};

// Hits and counts over references, -f A or B.
class Aggregator {
 public:
  explicit Aggregator(RougeOptions::Aggregate mode) : mode_(mode) {}

  // `best_key` is what -f B compares (the recall, as the script computes it).
  void Add(std::int64_t hits, std::int64_t model_count, std::int64_t peer_count,
           double best_key) {
    if (mode_ == RougeOptions::Aggregate::kAverage) {
      score_.hits += hits;
      score_.model_count += model_count;
      score_.peer_count += peer_count;
    } else if (best_key > best_) {
      best_ = best_key;
      score_.hits = hits;
      score_.model_count = model_count;
      score_.peer_count = peer_count;
    }
  }

  RougeScore Finish(const RougeOptions& options) const {
    RougeScore score = score_;
    auto ratio = [](std::int64_t hits, std::int64_t count) {
      return count != 0 ? static_cast<double>(hits) / static_cast<double>(count)
                        : 0.0;
    };
    score.recall = ratio(score.hits, score.model_count);
    score.precision = ratio(score.hits, score.peer_count);
    if (options.round_like_script) {
      score.recall = RoundLikeRouge(score.recall);
      score.precision = RoundLikeRouge(score.precision);
    }
    const double alpha = options.alpha;
    const double denominator =
        (1 - alpha) * score.precision + alpha * score.recall;
    score.f = denominator > 0 ? (score.precision * score.recall) / denominator
                              : 0.0;
    if (options.round_like_script) score.f = RoundLikeRouge(score.f);
    return score;
  }

 private:
  RougeOptions::Aggregate mode_;
  RougeScore score_;
  double best_ = -1;
};

// ROUGE-L of `peer` against `models` (token ids below `vocabulary`), the
// script's LCS marks and unigram budgets (rouge.cc explains the formula).
// Fails with InvalidArgument when a sentence pair is too long to align.
Result<RougeScore> ScoreLcs(const Prepared& peer, const std::vector<Prepared>& models,
                            std::size_t vocabulary, const RougeOptions& options);

}  // namespace concord::eval::internal

#endif  // CONCORD_SRC_EVAL_ROUGE_INTERNAL_H_
