// Budgeted greedy selection.
//
// Scores are given; the loop takes the best remaining candidate, drops it if
// it repeats (cosine of tf-idf vectors at or above the duplicate threshold,
// or kContained of its content terms in one sentence) something taken, and otherwise adds it when
// it fits the budget. A candidate that does not fit is skipped, not a stop: a shorter one further
// down may still fit, which fills the budget better. With truncation the
// first candidate that overflows is cut to the remaining budget and the
// selection ends. Cost: O(n log n) for the sort plus the duplicate checks:
// up to PickIndex::kDirectPicks picks each is merged, past them a candidate
// reads the picks that share a term with it, leaving out the terms most
// picks hold whenever they cannot make a pick a near-duplicate alone.
#include "summarize/select.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "text/differing_facts.h"

namespace concord::summarize::internal {

size_t Cost(const Corpus& corpus, uint32_t i, BudgetUnit unit) {
  switch (unit) {
    case BudgetUnit::kWords: return corpus.words[i];
    case BudgetUnit::kBytes: return corpus.bytes[i];
    case BudgetUnit::kSentences: return 1;
  }
  return 1;
}

namespace {

// How many of `terms` terms a sentence must hold to hold kContained.
size_t ContainedNeed(size_t terms) {
  return static_cast<size_t>(std::ceil(kContained * static_cast<double>(terms) - 1e-9));
}

}  // namespace

bool RepeatsTerms(size_t terms, size_t other_terms, size_t shared) {
  return terms > 0 && (shared >= ContainedNeed(terms) ||
                       (shared >= ContainedNeed(other_terms) && 2 * shared >= terms));
}

bool OtherPlace(const Corpus& corpus, uint32_t i, uint32_t j) {
  const Sentence& a = *corpus.sentence[i];
  const Sentence& b = *corpus.sentence[j];
  return text::NameDifferentPlaces(a.text, a.tokens, b.text, b.tokens);
}

namespace {

// Repeats (`both_ways` false) or NearDuplicates (true) of candidates i and
// j: one merge of their vectors serves both directions, as the cosine,
// the shared terms and OtherPlace are the same either way.
bool Alike(const Corpus& corpus, uint32_t i, uint32_t j, double threshold, bool both_ways) {
  if (corpus.origin[i] == corpus.origin[j] ||
      corpus.sentence[i]->text == corpus.sentence[j]->text) {
    return true;
  }
  const size_t terms_i = corpus.vectors[i].size();
  const size_t terms_j = corpus.vectors[j].size();
  const Overlap overlap = OverlapOf(corpus.vectors[i], corpus.vectors[j]);
  const bool alike = overlap.dot >= threshold || RepeatsTerms(terms_i, terms_j, overlap.shared) ||
                     (both_ways && RepeatsTerms(terms_j, terms_i, overlap.shared));
  return alike && !OtherPlace(corpus, i, j);
}

}  // namespace

bool Repeats(const Corpus& corpus, uint32_t i, uint32_t j, double threshold) {
  return Alike(corpus, i, j, threshold, false);
}

bool NearDuplicates(const Corpus& corpus, uint32_t i, uint32_t j, double threshold) {
  return Alike(corpus, i, j, threshold, true);
}

void PickIndex::Clear() const {
  postings_.clear();
  origins_.clear();
  texts_.clear();
  indexed_.clear();
  next_check_ = 0;
}

bool PickIndex::Extends(const std::vector<Pick>& picks) const {
  if (indexed_.size() > picks.size()) return false;
  if (indexed_.empty()) return true;
  if (picks[indexed_.size() - 1].candidate != indexed_.back()) return false;
  for (size_t k = 0; k < kChecked; ++k) {
    next_check_ = next_check_ + 1 < indexed_.size() ? next_check_ + 1 : 0;
    if (picks[next_check_].candidate != indexed_[next_check_]) return false;
  }
  return true;
}

void PickIndex::Sync(const Corpus& corpus, const std::vector<Pick>& picks) const {
  if (!Extends(picks)) Clear();
  for (size_t p = indexed_.size(); p < picks.size(); ++p) {
    const uint32_t j = picks[p].candidate;
    for (const auto& [term, weight] : corpus.vectors[j]) {
      Postings& postings = postings_[term];
      postings.picks.emplace_back(static_cast<uint32_t>(p), weight);
      postings.max_weight = std::max(postings.max_weight, weight);
    }
    origins_.insert(corpus.origin[j]);
    texts_.insert(corpus.sentence[j]->text);
    indexed_.push_back(j);
  }
  seen_.resize(indexed_.size(), false);
}

bool PickIndex::SummedFromPostings(const Corpus& corpus, uint32_t i, double threshold) const {
  const SparseVector& a = corpus.vectors[i];
  dot_.resize(indexed_.size(), 0.0);
  for (const auto& [term, weight] : a) {
    const auto found = postings_.find(term);
    if (found == postings_.end()) continue;
    for (const auto& [p, pick_weight] : found->second.picks) {
      if (dot_[p] == 0.0) touched_.push_back(p);
      dot_[p] += static_cast<double>(weight) * pick_weight;
    }
  }
  bool duplicate = false;
  for (uint32_t p : touched_) {
    duplicate = duplicate || (dot_[p] >= threshold && !OtherPlace(corpus, i, indexed_[p]));
    dot_[p] = 0.0;
  }
  touched_.clear();
  return duplicate;
}

bool PickIndex::AnyNearDuplicate(const Corpus& corpus, const std::vector<Pick>& picks, uint32_t i,
                                 double threshold) const {
  // A summary's few picks are merged one by one: the index pays (its
  // allocations) only for long selections.
  if (picks.size() <= kDirectPicks) {
    return std::any_of(picks.begin(), picks.end(), [&](const Pick& pick) {
      return Repeats(corpus, i, pick.candidate, threshold);
    });
  }
  Sync(corpus, picks);
  if (indexed_.empty()) return false;
  if (origins_.count(corpus.origin[i]) != 0 || texts_.count(corpus.sentence[i]->text) != 0) {
    return true;
  }
  if (threshold <= 0.0) {  // as Dot >= threshold for any pick
    return std::any_of(indexed_.begin(), indexed_.end(),
                       [&](uint32_t j) { return !OtherPlace(corpus, i, j); });
  }
  return AnyContains(corpus, i) || AnyCosineReaches(corpus, i, threshold);
}

bool PickIndex::AnyContains(const Corpus& corpus, uint32_t i) const {
  // A pick the candidate repeats by terms (RepeatsTerms) holds at least
  // half of them, `need`; it misses at most size - need, so it holds one
  // of any size - need + 1: the picks read are those holding one of the
  // candidate's rarest terms.
  const SparseVector& a = corpus.vectors[i];
  if (a.empty()) return false;
  const size_t need = (a.size() + 1) / 2;
  std::vector<const Postings*> rarest;
  rarest.reserve(a.size());
  for (const auto& [term, weight] : a) {
    const auto found = postings_.find(term);
    rarest.push_back(found == postings_.end() ? nullptr : &found->second);
  }
  const auto size = [](const Postings* postings) {
    return postings == nullptr ? size_t{0} : postings->picks.size();
  };
  std::sort(rarest.begin(), rarest.end(),
            [&](const Postings* x, const Postings* y) { return size(x) < size(y); });
  bool contained = false;
  for (size_t t = 0; t < a.size() - need + 1 && !contained; ++t) {
    if (rarest[t] == nullptr) continue;
    for (const auto& entry : rarest[t]->picks) {
      const uint32_t p = entry.first;
      if (seen_[p]) continue;
      seen_[p] = true;
      touched_.push_back(p);
      const SparseVector& b = corpus.vectors[indexed_[p]];
      if (RepeatsTerms(a.size(), b.size(), OverlapOf(a, b).shared) &&
          !OtherPlace(corpus, i, indexed_[p])) {
        contained = true;
        break;
      }
    }
  }
  for (uint32_t p : touched_) seen_[p] = false;
  touched_.clear();
  return contained;
}

bool PickIndex::AnyCosineReaches(const Corpus& corpus, uint32_t i, double threshold) const {
  // The candidate's terms by postings, the longest first: those in more
  // than kCommonPicks picks are skipped while the largest cosine of a pick
  // sharing only skipped terms (each weight at its largest) stays below
  // the threshold. A pick that shares no term has cosine 0.
  const SparseVector& a = corpus.vectors[i];
  struct Term {
    size_t position;  // in a
    const Postings* postings;
  };
  std::vector<Term> terms;
  for (size_t x = 0; x < a.size(); ++x) {
    const auto found = postings_.find(a[x].first);
    if (found != postings_.end()) terms.push_back({x, &found->second});
  }
  std::sort(terms.begin(), terms.end(), [](const Term& x, const Term& y) {
    return x.postings->picks.size() != y.postings->picks.size()
               ? x.postings->picks.size() > y.postings->picks.size()
               : x.position < y.position;
  });
  const auto largest = [&](const Term& term) {
    return static_cast<double>(a[term.position].second) * term.postings->max_weight;
  };
  size_t skipped = 0;
  double bound = 0;
  while (skipped < terms.size() && terms[skipped].postings->picks.size() > kCommonPicks &&
         bound + largest(terms[skipped]) < threshold) {
    bound += largest(terms[skipped++]);
  }
  // The bound again, summed in term order as Dot sums: the skipped terms
  // are read after all if rounding puts it at the threshold.
  std::vector<const Postings*> skipped_at(a.size(), nullptr);
  size_t skipped_postings = 0;
  size_t read_postings = 0;
  for (size_t t = 0; t < terms.size(); ++t) {
    if (t < skipped) skipped_at[terms[t].position] = terms[t].postings;
    (t < skipped ? skipped_postings : read_postings) += terms[t].postings->picks.size();
  }
  bound = 0;
  for (size_t x = 0; x < a.size(); ++x) {
    if (skipped_at[x] != nullptr) bound += largest({x, skipped_at[x]});
  }
  // A pick read is merged whole: worth it only when the postings left
  // unread are many times those read; else every term is read and the
  // cosines are summed from the postings, in term order as Dot sums.
  if (bound >= threshold || skipped_postings < kMergeCost * read_postings) {
    return SummedFromPostings(corpus, i, threshold);
  }
  bool duplicate = false;
  for (size_t t = skipped; t < terms.size() && !duplicate; ++t) {
    for (const auto& entry : terms[t].postings->picks) {
      const uint32_t p = entry.first;
      if (seen_[p]) continue;
      seen_[p] = true;
      touched_.push_back(p);
      if (Dot(a, corpus.vectors[indexed_[p]]) >= threshold && !OtherPlace(corpus, i, indexed_[p])) {
        duplicate = true;
        break;
      }
    }
  }
  for (uint32_t p : touched_) seen_[p] = false;
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
