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

void PickIndex::Sync(const Corpus& corpus, const std::vector<Pick>& picks) const {
  // Picks are appended (BudgetTracker::TryAdd); a list that no longer ends
  // its first part with the last candidate indexed was replaced, and the
  // index starts again.
  const bool prefix = indexed_.size() <= picks.size() &&
                      (indexed_.empty() || picks[indexed_.size() - 1].candidate == indexed_.back());
  if (!prefix) {
    postings_.clear();
    origins_.clear();
    texts_.clear();
    indexed_.clear();
  }
  for (size_t p = indexed_.size(); p < picks.size(); ++p) {
    const uint32_t j = picks[p].candidate;
    for (const auto& [term, weight] : corpus.vectors[j]) {
      postings_[term].emplace_back(static_cast<uint32_t>(p), weight);
    }
    origins_.insert(corpus.origin[j]);
    texts_.insert(corpus.sentence[j]->text);
    indexed_.push_back(j);
  }
  dot_.resize(indexed_.size(), 0.0);
}

bool PickIndex::AnyNearDuplicate(const Corpus& corpus, const std::vector<Pick>& picks, uint32_t i,
                                 double threshold) const {
  // A summary's few picks are merged one by one: the index pays (its
  // allocations) only for long selections.
  if (picks.size() <= kDirectPicks) {
    return std::any_of(picks.begin(), picks.end(), [&](const Pick& pick) {
      return NearDuplicates(corpus, i, pick.candidate, threshold);
    });
  }
  Sync(corpus, picks);
  if (indexed_.empty()) return false;
  if (origins_.count(corpus.origin[i]) != 0 || texts_.count(corpus.sentence[i]->text) != 0) {
    return true;
  }
  // A pick that shares no term has cosine 0, and the threshold is above 0.
  for (const auto& [term, weight] : corpus.vectors[i]) {
    const auto found = postings_.find(term);
    if (found == postings_.end()) continue;
    for (const auto& [p, pick_weight] : found->second) {
      if (dot_[p] == 0.0) touched_.push_back(p);
      dot_[p] += static_cast<double>(weight) * pick_weight;
    }
  }
  bool duplicate = threshold <= 0.0;
  for (uint32_t p : touched_) {
    duplicate = duplicate || dot_[p] >= threshold;
    dot_[p] = 0.0;
  }
  touched_.clear();
  return duplicate;
}

bool IsRedundant(const Corpus& corpus, uint32_t i, const Selection& selection,
                 double threshold) {
  return selection.index.AnyNearDuplicate(corpus, selection.picks, i, threshold);
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
