// Budgeted greedy selection.
//
// Scores are given; the loop takes the best remaining candidate, drops it if
// it repeats (cosine of tf-idf vectors at or above the duplicate threshold)
// something taken, and otherwise adds it when it fits the budget. A
// candidate that does not fit is skipped, not a stop: a shorter one further
// down may still fit, which fills the budget better. With truncation the
// first candidate that overflows is cut to the remaining budget and the
// selection ends. Cost: O(n log n) for the sort plus O(n k) duplicate checks
// for k picks.
#include "summarize/select.h"

#include <algorithm>
#include <numeric>

namespace concord::summarize::internal {

size_t Cost(const Corpus& corpus, uint32_t i, BudgetUnit unit) {
  switch (unit) {
    case BudgetUnit::kWords: return corpus.words[i];
    case BudgetUnit::kBytes: return corpus.bytes[i];
    case BudgetUnit::kSentences: return 1;
  }
  return 1;
}

bool NearDuplicates(const Corpus& corpus, uint32_t i, uint32_t j, double threshold) {
  return corpus.origin[i] == corpus.origin[j] || Dot(corpus.vectors[i], corpus.vectors[j]) >= threshold ||
         corpus.sentence[i]->text == corpus.sentence[j]->text;
}

bool IsRedundant(const Corpus& corpus, uint32_t i, const Selection& selection,
                 double threshold) {
  for (const Pick& pick : selection.picks) {
    if (NearDuplicates(corpus, i, pick.candidate, threshold)) return true;
  }
  return false;
}

bool BudgetTracker::TryAdd(uint32_t i, double score, Selection& selection) {
  if (Full()) return false;
  const size_t cost = Cost(corpus_, i, budget_.unit);
  if (cost == 0) return false;
  if (used_ + cost <= budget_.limit) {
    used_ += cost;
    selection.picks.push_back({i, score, 0});
    return true;
  }
  if (!budget_.truncate) return false;
  selection.picks.push_back({i, score, budget_.limit - used_});
  used_ = budget_.limit;
  return true;
}

Selection GreedySelect(const Corpus& corpus, const std::vector<double>& scores,
                       const Budget& budget, const std::vector<bool>& eligible) {
  std::vector<uint32_t> order(corpus.size());
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return scores[a] > scores[b]; });
  Selection selection;
  BudgetTracker tracker(corpus, budget);
  for (uint32_t i : order) {
    if (tracker.Full()) break;
    if (!eligible.empty() && !eligible[i]) continue;
    if (IsRedundant(corpus, i, selection, budget.duplicate_threshold)) continue;
    tracker.TryAdd(i, scores[i], selection);
  }
  return selection;
}

std::vector<bool> BasicEligibility(const Corpus& corpus) {
  std::vector<bool> eligible(corpus.size());
  for (size_t i = 0; i < corpus.size(); ++i) {
    // Two distinct content terms: one that differs from the first.
    const std::vector<uint32_t>& terms = corpus.terms[i];
    eligible[i] =
        corpus.words[i] >= 4 && std::any_of(terms.begin(), terms.end(),
                                            [&](uint32_t term) { return term != terms.front(); });
  }
  return eligible;
}

}  // namespace concord::summarize::internal
