// The default method's greedy selection (coverage.cc): what it reads,
// computed once per story, and its state while it picks.
#ifndef CONCORD_SUMMARIZE_COVERAGE_GREEDY_H_
#define CONCORD_SUMMARIZE_COVERAGE_GREEDY_H_

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <queue>
#include <string>
#include <utility>
#include <vector>

#include "summarize/concepts.h"
#include "summarize/coverage_ilp.h"
#include "summarize/coverage_params.h"
#include "summarize/select.h"

namespace concord::summarize::internal {

// What the greedy selection reads, computed before it starts.
struct SelectionInputs {
  Concepts concepts;
  std::vector<double> weight;  // of each concept
  std::vector<bool> eligible;
  std::vector<double> prior;
  // A sentence that leans on the one before it ("He said...") waits until
  // that one is taken, in both phases (wait_first; the fill phase too, so
  // a filler never opens on a "He" that names no one), and so does one
  // that continues a quotation (quote_piece; with split_quotes 0, a piece
  // of a split quotation, and only when it fills the budget).
  std::vector<uint32_t> predecessor;
  std::vector<bool> quote_piece;
  std::vector<bool> wait_first;
  // pronoun_needs_person: a "He" after a sentence that names no one
  // (referents.h); empty when the switch is off. Neither a candidate nor a
  // clean filler.
  std::vector<bool> no_referent;
  QuotationUnits units;
};

// The greedy selection's state: what is covered and taken, the budget
// left. Lazy greedy (Minoux): a max-heap of (upper bound on gain,
// candidate), re-scored when popped; a tiny share of the prior keeps
// ordering by position once gains reach zero.
class Greedy {
 public:
  Greedy(const Corpus& corpus, const Budget& budget, const SelectionInputs& in,
         const CoverageParams& params)
      : corpus_(corpus),
        budget_(budget),
        in_(in),
        params_(params),
        covered_(in.weight.size(), false),
        taken_(corpus.size(), false),
        tracker_(corpus, budget) {}

  bool Full() const { return tracker_.Full(); }
  bool Empty() const { return selection_.picks.empty(); }
  Selection TakeSelection() { return std::move(selection_); }

  // Picks made before the greedy runs, taken first in their order: the
  // exact solver's, or those a lead swap keeps.
  void TakeFirst(const std::vector<uint32_t>& chosen, const std::string& note) {
    selection_.note = note;
    for (uint32_t i : chosen) {
      // A sentence and its shorter form are one (without the near-duplicate
      // rows, ilp_duplicates 0, the solver may pick both).
      if (taken_[corpus_.origin[i]]) continue;
      if (!tracker_.TryAdd(i, Gain(i) + 1e-9 * in_.prior[i], selection_)) continue;
      taken_[i] = true;
      taken_[corpus_.origin[i]] = true;
      for (uint32_t c : in_.concepts.of_candidate[i]) covered_[c] = true;
    }
  }

  // One phase: the `allowed` candidates by gain per word^length_exponent
  // until the budget is full; a `must_wait` sentence only after the one
  // before it.
  // At most `max_picks` sentences are taken (a quotation's pieces count
  // as one).
  void Run(const std::vector<bool>& allowed, const std::vector<bool>& must_wait,
           size_t max_picks = SIZE_MAX);

 private:
  using Entry = std::pair<double, uint32_t>;
  struct Less {
    bool operator()(const Entry& a, const Entry& b) const {
      return a.first < b.first || (a.first == b.first && a.second > b.second);
    }
  };
  using Heap = std::priority_queue<Entry, std::vector<Entry>, Less>;

  double Gain(uint32_t i) const {
    double sum = 0;
    for (uint32_t c : in_.concepts.of_candidate[i]) {
      if (!covered_[c]) sum += in_.weight[c];
    }
    const double cost = std::max<size_t>(1, corpus_.words[i]);
    return sum * in_.prior[i] / std::pow(cost, params_.length_exponent);
  }
  // The uncovered concepts of `first` (UINT32_MAX: none) and of `from` to
  // `to`, each counted once: their weight, and the sentences' words and
  // priors summed by words.
  struct Uncovered {
    double weight = 0;
    size_t words = 0;
    double prior_words = 0;
  };
  Uncovered UncoveredOf(uint32_t first, uint32_t from, uint32_t to) const {
    Uncovered u;
    std::vector<uint32_t> seen;
    const auto add = [&](uint32_t k) {
      u.words += corpus_.words[k];
      u.prior_words += in_.prior[k] * static_cast<double>(corpus_.words[k]);
      for (uint32_t c : in_.concepts.of_candidate[k]) {
        if (covered_[c] || std::find(seen.begin(), seen.end(), c) != seen.end()) continue;
        seen.push_back(c);
        u.weight += in_.weight[c];
      }
    };
    if (first != UINT32_MAX) add(first);
    for (uint32_t k = from; k <= to; ++k) add(k);
    return u;
  }
  // The budget units of sentences `from` to `to`.
  size_t CostOf(uint32_t from, uint32_t to) const {
    size_t cost = 0;
    for (uint32_t k = from; k <= to; ++k) cost += Cost(corpus_, k, budget_.unit);
    return cost;
  }
  // True when `k` opens a quotation that nothing in its article closes.
  bool Unclosed(uint32_t k) const { return in_.units.open[k] && in_.units.end[k] == k; }
  // A sentence that leaves a quotation open is weighed with the pieces
  // that close it (see QuotationUnits).
  double UnitGain(uint32_t i) const {
    if (in_.units.end[i] == i) return Gain(i);
    const Uncovered u = UncoveredOf(UINT32_MAX, i, in_.units.end[i]);
    const double cost = static_cast<double>(std::max<size_t>(1, u.words));
    return u.weight * in_.prior[i] / std::pow(cost, params_.length_exponent);
  }
  // ... and taken only when they all fit (and, for a unit that runs to
  // its quotation's speaker, none of its pieces repeats a pick).
  bool UnitFits(uint32_t i) const {
    if (!in_.units.open[i]) return true;
    if (Unclosed(i)) return false;
    return CostOf(i, in_.units.end[i]) <= tracker_.remaining() &&
           (!in_.units.to_speaker[i] || Fresh(i + 1, in_.units.end[i]));
  }
  // True when none of sentences `from` to `to` repeats a pick.
  bool Fresh(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k <= to; ++k) {
      if (IsRedundant(corpus_, k, selection_, budget_.duplicate_threshold)) return false;
    }
    return true;
  }
  double Score(uint32_t i) const {
    if (Cut(i)) return CutGain(i) + 1e-9 * in_.prior[i];
    return (params_.whole_quotes > 0 ? UnitGain(i) : Gain(i)) + 1e-9 * in_.prior[i];
  }
  // cut_by_prefix: true when `i` would be cut at the word budget.
  bool Cut(uint32_t i) const {
    return params_.cut_by_prefix > 0 && budget_.truncate && budget_.unit == BudgetUnit::kWords &&
           !tracker_.Full() && corpus_.words[i] > tracker_.remaining() &&
           !(params_.whole_quotes > 0 && in_.units.open[i]);
  }
  // The gain of the words of `i` a cut keeps, per word^length_exponent.
  double CutGain(uint32_t i) const;
  // Marks an added candidate taken: its concepts covered, the sentences
  // waiting for it back in the heap. A sentence and its shorter form are
  // one: taking either marks its article sentence taken (for the sentences
  // that wait for it).
  void Take(uint32_t i, Heap& heap, const std::vector<std::vector<uint32_t>>& waiting) {
    taken_[i] = true;
    taken_[corpus_.origin[i]] = true;
    for (uint32_t c : in_.concepts.of_candidate[i]) covered_[c] = true;
    for (uint32_t next : waiting[corpus_.origin[i]]) heap.emplace(Score(next), next);
  }

  void TakeWithPieces(uint32_t i, Heap& heap, const std::vector<std::vector<uint32_t>>& waiting);
  // True when `x` may be taken now: allowed, not taken, and not waiting for
  // a sentence not yet taken.
  bool MayTakeNow(uint32_t x, const std::vector<bool>& allowed,
                  const std::vector<bool>& must_wait) const {
    return allowed[x] && !taken_[corpus_.origin[x]] &&
           !(must_wait[x] && in_.predecessor[x] != UINT32_MAX && !taken_[in_.predecessor[x]]);
  }
  // pair_waiting: takes the sentence `i` waits for and `i` (with the pieces
  // that close their quotations) when both fit whole and neither repeats a
  // pick; true when `i` was taken.
  bool TakePair(uint32_t i, double score, Heap& heap,
                const std::vector<std::vector<uint32_t>>& waiting);
  // pair_waiting 2: `i` waits for the sentence before it, which waits for
  // the one before it, and that one may be taken now (all three `allowed`,
  // `i` an article sentence, so the three are consecutive).
  bool ChainMayStart(uint32_t i, const std::vector<bool>& allowed,
                     const std::vector<bool>& must_wait) const;
  // Takes the three (with the pieces that close their quotations) when all
  // fit whole and none repeats a pick; true when `i` was taken.
  bool TakeChain(uint32_t i, double score, Heap& heap,
                 const std::vector<std::vector<uint32_t>>& waiting);
  // Takes the sentences of `row` in order, the last with the pieces that
  // close its quotation, when `cost` units fit, `closes` holds and none
  // repeats a pick; true when all were taken.
  bool TakeInRow(std::initializer_list<uint32_t> row, size_t cost, bool closes, double score,
                 Heap& heap, const std::vector<std::vector<uint32_t>>& waiting);
  // The last sentence a pair of `i` and the sentence it waits for takes:
  // with whole_quotes, the pieces that close a quotation either opens.
  uint32_t PairLast(uint32_t i) const {
    if (params_.whole_quotes <= 0) return i;
    return std::max({i, in_.units.end[i], in_.units.end[in_.predecessor[i]]});
  }
  // ... false when either leaves a quotation open that nothing closes.
  bool PairCloses(uint32_t i) const {
    const uint32_t before = in_.predecessor[i];
    if (params_.whole_quotes <= 0) return true;
    if (Unclosed(i) || Unclosed(before)) return false;
    return !(in_.units.to_speaker[i] || in_.units.to_speaker[before]) || Fresh(i + 1, PairLast(i));
  }
  // The sentence `i` waits for and `i` (with those pieces) weighed as one:
  // the concepts of all, the prior of each by its words, per
  // word^length_exponent of all.
  double PairScore(uint32_t i) const {
    return TogetherScore(UncoveredOf(in_.predecessor[i], i, PairLast(i)));
  }
  // Sentences weighed as one: the concepts of all, the prior of each by its
  // words, per word^length_exponent of all.
  double TogetherScore(const Uncovered& u) const {
    const double cost = static_cast<double>(std::max<size_t>(1, u.words));
    return u.weight * (u.prior_words / cost) / std::pow(cost, params_.length_exponent);
  }
  // Three in a row: the sentence before the one `i` waits for, that one
  // and `i` (i an article sentence, so they are consecutive).
  uint32_t ChainLast(uint32_t i) const {
    const uint32_t first = in_.predecessor[in_.predecessor[i]];
    if (params_.whole_quotes <= 0) return i;
    return std::max(PairLast(i), in_.units.end[first]);
  }
  bool ChainCloses(uint32_t i) const {
    const uint32_t first = in_.predecessor[in_.predecessor[i]];
    if (params_.whole_quotes <= 0) return true;
    if (Unclosed(first) || !PairCloses(i)) return false;
    return !in_.units.to_speaker[first] || Fresh(first + 1, ChainLast(i));
  }
  double ChainScore(uint32_t i) const {
    return TogetherScore(
        UncoveredOf(UINT32_MAX, in_.predecessor[in_.predecessor[i]], ChainLast(i)));
  }
  size_t PairCost(uint32_t i) const {
    return Cost(corpus_, in_.predecessor[i], budget_.unit) + CostOf(i, PairLast(i));
  }

  const Corpus& corpus_;
  const Budget& budget_;
  const SelectionInputs& in_;
  const CoverageParams& params_;
  std::vector<bool> covered_;
  std::vector<bool> taken_;
  BudgetTracker tracker_;
  Selection selection_;
};

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COVERAGE_GREEDY_H_
