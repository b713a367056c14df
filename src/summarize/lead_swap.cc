// The lead swap: an opening sentence for a selection that has none.
//
// The greedy selection follows gain per word, so on a story whose
// best-covered facts come late it may pick no sentence among any article's
// first three, and the summary then opens mid-story (the readability
// check's late opening). Forcing the first pick to be an opening one
// (lead_first) changes every later choice; the swap changes only what it
// must: it removes the one or two picks (each with what leans on it) whose
// loss the opening sentence makes up best, measured on the coverage
// objective itself (the total weight of the distinct concepts covered), and
// only when that loss is at most `tolerance` of what the selection covered.
// The caller then fills what budget the swap leaves, as the greedy would.
// Cost: the O(k^2) removal choices of k picks are scored once (the
// concepts of what each keeps), then each of u opening units is tried
// against them, cheapest first, reading only its own concepts (which pick
// holds each) and stopping at the first removal whose loss its weight
// cannot make up: O(k^3 c + u k^2 c) for c concepts a sentence at worst,
// well under the selection's own time (a 174-article story at 1,000
// words: 0.2 s with or without the swap).
#include "summarize/lead_swap.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace concord::summarize::internal {
namespace {

// The budget units a pick holds fast: a whole pick its cost; a pick cut to
// fill the budget (`--truncate`) none, since whatever room is left after a
// swap is cut to fit again.
size_t Used(const Corpus& corpus, const Pick& pick, BudgetUnit unit) {
  return pick.keep_units > 0 ? 0 : Cost(corpus, pick.candidate, unit);
}

// The picks grouped with the pick they wait for (a leaning sentence with
// the one it leans on, a quotation's pieces with its opening): positions in
// selection.picks, a group removed whole or not at all.
std::vector<std::vector<size_t>> Groups(const CoverageInputs& in, const Selection& selection) {
  const std::vector<Pick>& picks = selection.picks;
  std::unordered_map<uint32_t, size_t> pick_of;  // article sentence -> its pick
  for (size_t p = 0; p < picks.size(); ++p) pick_of[in.corpus.origin[picks[p].candidate]] = p;
  std::vector<std::vector<size_t>> groups;
  std::vector<size_t> group_of_root(picks.size(), SIZE_MAX);
  for (size_t p = 0; p < picks.size(); ++p) {
    // Up the chain of predecessors while the pick waits for a picked one
    // (a predecessor comes earlier in its article, so the chain ends).
    size_t root = p;
    for (;;) {
      const uint32_t c = picks[root].candidate;
      const uint32_t before = in.predecessor[c];
      if (!in.wait_first[c] || before == UINT32_MAX) break;
      const auto it = pick_of.find(before);
      if (it == pick_of.end()) break;
      root = it->second;
    }
    if (group_of_root[root] == SIZE_MAX) {
      group_of_root[root] = groups.size();
      groups.emplace_back();
    }
    groups[group_of_root[root]].push_back(p);
  }
  return groups;
}

// The opening sentences that may come in: eligible, opening the story
// (OpensStory: among their article's first three, not opening with a
// quotation), not leaning on the sentence before, each with the pieces
// that close the quotation it opens (none closing it: not a choice).
std::vector<std::vector<uint32_t>> OpeningUnits(const CoverageInputs& in) {
  std::vector<std::vector<uint32_t>> units;
  for (uint32_t i = 0; i < in.corpus.size(); ++i) {
    if (!in.eligible[i] || !OpensStory(in.corpus, i) || in.wait_first[i]) continue;
    if (in.units.open[i] && in.units.end[i] == i) continue;
    std::vector<uint32_t> unit;
    for (uint32_t k = i; k <= in.units.end[i]; ++k) unit.push_back(k);
    units.push_back(std::move(unit));
  }
  return units;
}

// The coverage objective of a set of candidates: the weight of the
// distinct concepts they hold. `mark` is all false before and after.
double Covered(const CoverageInputs& in, const std::vector<uint32_t>& candidates,
               std::vector<bool>& mark) {
  double sum = 0;
  for (uint32_t i : candidates) {
    for (uint32_t c : in.concepts.of_candidate[i]) {
      if (mark[c]) continue;
      mark[c] = true;
      sum += in.weight[c];
    }
  }
  for (uint32_t i : candidates) {
    for (uint32_t c : in.concepts.of_candidate[i]) mark[c] = false;
  }
  return sum;
}

// One way to make room: the picks removed (positions), the units they
// free, and what the objective loses without them.
struct Removal {
  std::vector<bool> removed;
  size_t freed = 0;
  double loss = 0;
};

// Nothing removed, each group, each pair of groups; the cheapest first.
std::vector<Removal> Removals(const CoverageInputs& in, const Budget& budget,
                              const Selection& selection, double before) {
  const std::vector<std::vector<size_t>> groups = Groups(in, selection);
  const auto add = [&](Removal& r, size_t g) {
    for (size_t p : groups[g]) {
      r.removed[p] = true;
      r.freed += Used(in.corpus, selection.picks[p], budget.unit);
    }
  };
  std::vector<Removal> out;
  out.push_back({std::vector<bool>(selection.picks.size(), false), 0});
  for (size_t g = 0; g < groups.size(); ++g) {
    Removal one = out.front();
    add(one, g);
    for (size_t h = g + 1; h < groups.size(); ++h) {
      Removal two = one;
      add(two, h);
      out.push_back(std::move(two));
    }
    out.push_back(std::move(one));
  }
  std::vector<bool> mark(in.weight.size(), false);
  for (Removal& r : out) {
    std::vector<uint32_t> kept;
    for (size_t p = 0; p < selection.picks.size(); ++p) {
      if (!r.removed[p]) kept.push_back(selection.picks[p].candidate);
    }
    r.loss = before - Covered(in, kept, mark);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Removal& a, const Removal& b) { return a.loss < b.loss; });
  return out;
}

// True when the summary's reading order (summarize.cc's ReadingOrder) can
// open with a pick that opens the story: one that OpensStory and is its
// article's earliest pick (an earlier pick of its article would print
// before it).
bool OpensSummary(const Corpus& corpus, const Selection& selection) {
  for (const Pick& pick : selection.picks) {
    if (!OpensStory(corpus, pick.candidate)) continue;
    const uint32_t article = corpus.article[pick.candidate];
    const uint32_t index = corpus.index[pick.candidate];
    if (std::none_of(selection.picks.begin(), selection.picks.end(), [&](const Pick& other) {
          return corpus.article[other.candidate] == article &&
                 corpus.index[other.candidate] < index;
        })) {
      return true;
    }
  }
  return false;
}

// An opening unit as the search weighs it: its distinct concepts, its
// cost, and the picks it repeats (which must be removed for it to come in).
struct Opening {
  std::vector<uint32_t> candidates;
  std::vector<uint32_t> concepts;
  double weight = 0;  // of its concepts: the most it can win back
  size_t cost = 0;
  std::vector<size_t> clashes;
};

Opening Weigh(const CoverageInputs& in, const Budget& budget, const Selection& selection,
              std::vector<uint32_t> unit, std::vector<bool>& mark) {
  Opening o;
  for (uint32_t k : unit) {
    o.cost += Cost(in.corpus, k, budget.unit);
    for (uint32_t c : in.concepts.of_candidate[k]) {
      if (mark[c]) continue;
      mark[c] = true;
      o.concepts.push_back(c);
      o.weight += in.weight[c];
    }
  }
  for (uint32_t c : o.concepts) mark[c] = false;
  for (size_t p = 0; p < selection.picks.size(); ++p) {
    for (uint32_t k : unit) {
      if (NearDuplicates(in.corpus, k, selection.picks[p].candidate, budget.duplicate_threshold)) {
        o.clashes.push_back(p);
        break;
      }
    }
  }
  o.candidates = std::move(unit);
  return o;
}

}  // namespace

std::vector<uint32_t> LeadSwap(const CoverageInputs& in, const Budget& budget, double tolerance,
                               const Selection& selection) {
  if (tolerance <= 0 || selection.picks.empty() || OpensSummary(in.corpus, selection)) return {};
  const std::vector<Pick>& picks = selection.picks;
  std::vector<bool> mark(in.weight.size(), false);
  std::vector<uint32_t> chosen;
  size_t used = 0;
  // The picks that hold each concept (positions).
  std::vector<std::vector<size_t>> holders(in.weight.size());
  for (size_t p = 0; p < picks.size(); ++p) {
    chosen.push_back(picks[p].candidate);
    used += Used(in.corpus, picks[p], budget.unit);
    for (uint32_t c : in.concepts.of_candidate[picks[p].candidate]) holders[c].push_back(p);
  }
  const double before = Covered(in, chosen, mark);
  if (!(before > 0)) return {};
  const std::vector<Removal> removals = Removals(in, budget, selection, before);
  double best_loss = tolerance * before;
  const Removal* best_removal = nullptr;
  std::vector<uint32_t> best_unit;
  for (std::vector<uint32_t>& unit : OpeningUnits(in)) {
    const Opening o = Weigh(in, budget, selection, std::move(unit), mark);
    for (const Removal& r : removals) {
      // The unit wins back at most its own weight: no later removal (they
      // lose more) can beat the best either.
      if (r.loss - o.weight > best_loss) break;
      if (used - r.freed + o.cost > budget.limit) continue;
      if (std::any_of(o.clashes.begin(), o.clashes.end(), [&](size_t p) { return !r.removed[p]; }))
        continue;
      double back = 0;  // what the unit covers that no kept pick does
      for (uint32_t c : o.concepts) {
        const std::vector<size_t>& h = holders[c];
        if (std::all_of(h.begin(), h.end(), [&](size_t p) { return r.removed[p]; })) {
          back += in.weight[c];
        }
      }
      const double loss = r.loss - back;
      if (loss <= best_loss && (best_removal == nullptr || loss < best_loss)) {
        best_loss = loss;
        best_removal = &r;
        best_unit = o.candidates;
      }
    }
  }
  if (best_removal == nullptr) return {};
  for (size_t p = 0; p < picks.size(); ++p) {
    if (!best_removal->removed[p]) best_unit.push_back(picks[p].candidate);
  }
  return best_unit;
}

}  // namespace concord::summarize::internal
