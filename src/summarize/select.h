// Internal: use include/concord/summarize.h instead.
//
// Budgeted selection shared by the score-based methods: take candidates in
// descending score, skip near-duplicates of what is taken, skip what does
// not fit (a shorter one later may), or cut the first that does not fit when
// truncating.
#ifndef CONCORD_SUMMARIZE_SELECT_H_
#define CONCORD_SUMMARIZE_SELECT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "concord/summarize.h"
#include "summarize/corpus.h"

namespace concord::summarize::internal {

struct Budget {
  BudgetUnit unit = BudgetUnit::kWords;
  size_t limit = 100;
  bool truncate = false;
  double duplicate_threshold = 0.5;
};

struct Pick {
  uint32_t candidate = 0;
  double score = 0;
  // When truncating: how many units of the candidate to keep (0 = all).
  size_t keep_units = 0;
};

// The picks' vectors by content term, origins and texts: what the
// near-duplicate check of a candidate against every pick reads. With it
// the check costs the postings of the candidate's terms, not a merge with
// each pick (a selection of 30,000 sentences made that quadratic). A cache
// of Selection::picks, brought up to date by each query; one selection is
// built by one thread, so its index is too.
class PickIndex {
 public:
  // True when candidate i repeats (Repeats) one of `picks`. The same
  // answer as testing each pick: the picks that share
  // only the candidate's common terms (each in more than kCommonPicks
  // picks, while a bound of their cosine stays below the threshold) cannot
  // reach it and are not read; the others are merged as Dot does.
  bool AnyNearDuplicate(const Corpus& corpus, const std::vector<Pick>& picks, uint32_t i,
                        double threshold) const;
  // Up to this many picks, each is tested directly and nothing is indexed.
  static constexpr size_t kDirectPicks = 48;
  static constexpr size_t kCommonPicks = 64;
  // How many indexed picks each query compares with `picks` (besides the
  // last), in turn, to find a list changed other than by appending.
  static constexpr size_t kChecked = 4;
  // The common terms are left unread only when their postings are at
  // least this many times the others' (the picks read are merged).
  static constexpr size_t kMergeCost = 8;

 private:
  struct Postings {
    std::vector<std::pair<uint32_t, float>> picks;  // (position among the picks, weight)
    float max_weight = 0;
  };
  // Brings the index up to `picks`. It expects picks to be appended
  // (BudgetTracker::TryAdd) and checks it cheaply: the last pick indexed
  // and kChecked others in turn must be where they were, else the index is
  // built again. A list changed in place is found at the latest after
  // (indexed picks / kChecked) queries; no caller does that (a test checks
  // the index answers right once it is found).
  void Sync(const Corpus& corpus, const std::vector<Pick>& picks) const;
  bool Extends(const std::vector<Pick>& picks) const;
  void Clear() const;
  // Whether a pick's cosine with `a`, summed over every term's postings,
  // reaches `threshold`.
  bool SummedFromPostings(const Corpus& corpus, uint32_t i, double threshold) const;
  // Whether candidate i repeats a pick by their terms (RepeatsTerms).
  bool AnyContains(const Corpus& corpus, uint32_t i) const;
  // Whether a pick's cosine with candidate i reaches `threshold`.
  bool AnyCosineReaches(const Corpus& corpus, uint32_t i, double threshold) const;

  mutable std::unordered_map<uint32_t, Postings> postings_;  // by term id
  mutable std::unordered_set<uint32_t> origins_;
  mutable std::unordered_set<std::string_view> texts_;
  mutable std::vector<uint32_t> indexed_;  // the candidates indexed, in pick order
  mutable size_t next_check_ = 0;          // the next indexed pick Extends compares
  mutable std::vector<bool> seen_;         // scratch, per pick
  mutable std::vector<double> dot_;        // scratch, per pick
  mutable std::vector<uint32_t> touched_;  // scratch: the picks seen_ marks
};

struct Selection {
  std::vector<Pick> picks;  // in picking order
  std::string note;         // what the method reports (the exact solver's outcome)
  PickIndex index;          // of picks, for IsRedundant
};

// Cost of candidate i in the budget's unit.
size_t Cost(const Corpus& corpus, uint32_t i, BudgetUnit unit);

// The share of a sentence's content terms that another sentence must hold
// for the first to repeat it, whatever the cosine: the story's own idf
// weighs a term that every outlet's sentence holds near zero, so four
// outlets' wordings of one fact ("The harbor bridge closed on Monday for
// repairs to its cables, the city said." / "The harbor bridge closed for
// repairs to its cables on Monday.") have a cosine well under the
// duplicate threshold, and a summary printed the fact twice (found by the
// hostile pass of stop 29). Chosen on train1000 (docs/summarize.md,
// "Repeated facts").
inline constexpr double kContained = 0.9;

// Whether a sentence of `terms` content terms repeats one of `other_terms`
// when they share `shared`: the other holds kContained of its terms, or it
// holds kContained of the other's and adds no more terms than it shares
// (`Lopez said: "We have no choice."` then `"We have no choice," said
// chief executive Maria Lopez.`: one quotation in two wordings).
bool RepeatsTerms(size_t terms, size_t other_terms, size_t shared);

// True when sentence j of one template names another place than sentence
// i after the same preposition ("A fire in Lyon killed three" / "A fire in
// Hamburg killed two": another event, text::NameDifferentPlaces).
bool OtherPlace(const Corpus& corpus, uint32_t i, uint32_t j);

// True when candidate i repeats candidate j: their texts are the same, one
// is a shorter form of the other (or both of one sentence), or their
// vectors' cosine reaches `threshold` or their content terms overlap as
// RepeatsTerms says, and they do not name other places (OtherPlace).
bool Repeats(const Corpus& corpus, uint32_t i, uint32_t j, double threshold);

// True when candidates i and j are near-duplicates: either repeats the
// other.
bool NearDuplicates(const Corpus& corpus, uint32_t i, uint32_t j, double threshold);

// True when candidate i repeats (Repeats) any picked candidate.
bool IsRedundant(const Corpus& corpus, uint32_t i, const Selection& selection,
                 double threshold);

// Tracks the budget as candidates are added.
class BudgetTracker {
 public:
  BudgetTracker(const Corpus& corpus, const Budget& budget)
      : corpus_(corpus), budget_(budget) {}

  // Tries to add candidate i: appends a Pick and returns true when it fits
  // (or, when truncating, when part of it fits; the tracker is then full).
  bool TryAdd(uint32_t i, double score, Selection& selection);
  // Whether TryAdd(i) would add it; no side effects, so callers test it
  // before the costlier near-duplicate scan.
  bool Fits(uint32_t i) const {
    const size_t cost = Cost(corpus_, i, budget_.unit);
    return !Full() && cost != 0 && (used_ + cost <= budget_.limit || budget_.truncate);
  }
  bool Full() const { return used_ >= budget_.limit; }
  size_t remaining() const { return budget_.limit - used_; }

 private:
  const Corpus& corpus_;
  const Budget& budget_;
  size_t used_ = 0;
};

// Takes candidates in descending `scores` (ties: corpus order), skipping
// near-duplicates and candidates that do not fit. Candidates whose
// eligible[i] is false are never taken (empty = all eligible).
Selection GreedySelect(const Corpus& corpus, const std::vector<double>& scores,
                       const Budget& budget, const std::vector<bool>& eligible = {});

// Candidates worth showing a reader at all: at least 4 words and 2 content
// terms. Methods that have no filter of their own use this.
std::vector<bool> BasicEligibility(const Corpus& corpus);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_SELECT_H_
