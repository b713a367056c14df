// The default method's greedy selection: see coverage_greedy.h.
#include "summarize/coverage_greedy.h"

#include <string_view>

namespace concord::summarize::internal {

double Greedy::CutGain(uint32_t i) const {
  const Sentence& s = *corpus_.sentence[i];
  const size_t keep = tracker_.remaining();
  // The byte where word `keep` + 1 starts: the cut's end.
  size_t end = s.text.size();
  size_t seen = 0;
  bool in_word = false;
  for (size_t b = 0; b < s.text.size(); ++b) {
    const char c = s.text[b];  // as CountWords (corpus.words) and Cut read words
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (!space && !in_word) {
      if (seen == keep) {
        end = b;
        break;
      }
      ++seen;
    }
    in_word = !space;
  }
  size_t kept = 0;  // the tokens the cut keeps
  while (kept < s.tokens.size() && s.tokens[kept].span.end <= end) ++kept;
  // A concept is kept when its stem, or its two stems in a row (not two
  // stopwords), occur among those tokens, as BuildConcepts interns them.
  const auto holds = [&](uint32_t c) {
    const ConceptStats& stats = in_.concepts.stats[c];
    const auto& first = corpus_.sentence[stats.first_candidate]->tokens;
    const std::string_view a = first[stats.first_token].stem;
    for (size_t t = 0; t < kept; ++t) {
      if (!stats.bigram) {
        if (!s.tokens[t].is_stopword && s.tokens[t].stem == a) return true;
      } else if (t + 1 < kept && s.tokens[t].stem == a &&
                 s.tokens[t + 1].stem == first[stats.first_token + 1].stem) {
        return true;
      }
    }
    return false;
  };
  double sum = 0;
  for (uint32_t c : in_.concepts.of_candidate[i]) {
    if (!covered_[c] && holds(c)) sum += in_.weight[c];
  }
  const double cost = static_cast<double>(std::max<size_t>(1, keep));
  return sum * in_.prior[i] / std::pow(cost, params_.length_exponent);
}

void Greedy::Run(const std::vector<bool>& allowed, const std::vector<bool>& must_wait,
                 size_t max_picks) {
  const size_t n = corpus_.size();
  size_t picks = 0;
  Heap heap;
  std::vector<std::vector<uint32_t>> waiting(n);
  for (uint32_t i = 0; i < n; ++i) {
    if (allowed[i] && !taken_[corpus_.origin[i]]) heap.emplace(Score(i), i);
  }
  constexpr uint32_t kPair = 1u << 31;
  constexpr uint32_t kChain = 1u << 30;
  size_t rescored = SIZE_MAX;  // cut_by_prefix: the budget left when scores were last refreshed
  while (!heap.empty() && !tracker_.Full() && picks < max_picks) {
    const uint32_t entry = heap.top().second;
    heap.pop();
    const bool pair = (entry & kPair) != 0;
    const bool chain = (entry & kChain) != 0;
    const uint32_t i = entry & ~(kPair | kChain);
    if (taken_[corpus_.origin[i]]) continue;  // taken with its quotation meanwhile
    const uint32_t before = in_.predecessor[i];
    if (pair && taken_[before]) continue;  // i is back in the heap alone
    if (chain && (taken_[before] || taken_[in_.predecessor[before]])) continue;
    if (!pair && !chain && Cut(i) && rescored != tracker_.remaining()) {
      // The first candidate that would be cut at this budget left: every
      // waiting score is taken again (a cut may weigh more a word than the
      // whole sentence did), so the best cut is found.
      rescored = tracker_.remaining();
      std::vector<Entry> entries{{0.0, entry}};
      for (; !heap.empty(); heap.pop()) entries.push_back(heap.top());
      for (Entry& e : entries) {
        const uint32_t k = e.second & ~(kPair | kChain);
        if ((e.second & (kPair | kChain)) == 0) e.first = Score(k);
        heap.push(e);
      }
      continue;
    }
    const double fresh = pair ? PairScore(i) : chain ? ChainScore(i) : Score(i);
    if (!heap.empty() && fresh < heap.top().first - 1e-15) {
      heap.emplace(fresh, entry);  // stale bound: re-queue with the true gain
      continue;
    }
    if (pair || chain) {
      if (pair ? TakePair(i, fresh, heap, waiting) : TakeChain(i, fresh, heap, waiting)) ++picks;
      continue;
    }
    if (must_wait[i] && before != UINT32_MAX && !taken_[before]) {
      waiting[before].push_back(i);
      // With pair_waiting, the pair of it and the sentence it waits for is
      // a candidate too, when that sentence may be taken now.
      if (params_.pair_waiting > 0 && MayTakeNow(before, allowed, must_wait)) {
        heap.emplace(PairScore(i), i | kPair);
      } else if (params_.pair_waiting > 1 && ChainMayStart(i, allowed, must_wait)) {
        heap.emplace(ChainScore(i), i | kChain);  // that sentence waits too: three in a row
      }
      continue;
    }
    if (!tracker_.Fits(i)) continue;  // cheaper than the near-duplicate scan
    if (IsRedundant(corpus_, i, selection_, budget_.duplicate_threshold)) continue;
    if (params_.whole_quotes > 0 && !UnitFits(i)) continue;
    if (!tracker_.TryAdd(i, fresh, selection_)) continue;
    TakeWithPieces(i, heap, waiting);
    ++picks;
  }
}

bool Greedy::ChainMayStart(uint32_t i, const std::vector<bool>& allowed,
                           const std::vector<bool>& must_wait) const {
  const uint32_t before = in_.predecessor[i];
  if (i >= corpus_.originals || !allowed[before] || taken_[corpus_.origin[before]] ||
      !must_wait[before] || in_.predecessor[before] == UINT32_MAX) {
    return false;
  }
  return MayTakeNow(in_.predecessor[before], allowed, must_wait);
}

bool Greedy::TakePair(uint32_t i, double score, Heap& heap,
                      const std::vector<std::vector<uint32_t>>& waiting) {
  const uint32_t before = in_.predecessor[i];
  return TakeInRow({before, i}, PairCost(i), tracker_.Fits(before) && PairCloses(i), score, heap,
                   waiting);
}

bool Greedy::TakeChain(uint32_t i, double score, Heap& heap,
                       const std::vector<std::vector<uint32_t>>& waiting) {
  const uint32_t first = in_.predecessor[in_.predecessor[i]];
  return TakeInRow({first, in_.predecessor[i], i}, CostOf(first, ChainLast(i)), ChainCloses(i),
                   score, heap, waiting);
}

bool Greedy::TakeInRow(std::initializer_list<uint32_t> row, size_t cost, bool closes, double score,
                       Heap& heap, const std::vector<std::vector<uint32_t>>& waiting) {
  if (cost > tracker_.remaining() || !closes) return false;
  for (uint32_t k : row) {
    if (IsRedundant(corpus_, k, selection_, budget_.duplicate_threshold)) return false;
  }
  const uint32_t last = *(row.end() - 1);
  for (uint32_t k : row) {
    if (!tracker_.TryAdd(k, score, selection_)) return false;
    if (k == last) {
      TakeWithPieces(k, heap, waiting);
    } else {
      Take(k, heap, waiting);
    }
  }
  return true;
}

// A quotation opened at `i` and continued in the next sentences is taken
// whole while each piece fits whole (a cut piece would not close it
// either), so that it does not read unclosed.
void Greedy::TakeWithPieces(uint32_t i, Heap& heap,
                            const std::vector<std::vector<uint32_t>>& waiting) {
  Take(i, heap, waiting);
  const size_t n = corpus_.size();
  for (uint32_t j = i + 1; params_.split_quotes > 0 && j < n && in_.predecessor[j] == j - 1 &&
                           in_.quote_piece[j] && !taken_[j] && !tracker_.Full();
       ++j) {
    if (Cost(corpus_, j, budget_.unit) > tracker_.remaining() ||
        IsRedundant(corpus_, j, selection_, budget_.duplicate_threshold) ||
        !tracker_.TryAdd(j, Score(j), selection_)) {
      break;
    }
    Take(j, heap, waiting);
  }
}

}  // namespace concord::summarize::internal
