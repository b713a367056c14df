// Internal: use include/concord/summarize.h instead.
//
// A local search on the exact solver's objective (ilp.h): from a feasible
// selection (the greedy's), it makes the best improving move while one
// exists, among
//   - adding a candidate,
//   - swapping a taken candidate for one,
//   - and, when neither improves, swapping a taken candidate for two,
//     then two taken candidates for one or two.
// A candidate enters with every candidate it needs (a leaning sentence with
// the one before it, a quotation with its pieces) and leaves with every
// taken candidate that needs it; no move breaks the budget or takes two
// candidates a rule excludes. Each move raises the objective, so the search
// ends; it stops at a local optimum, which may be below the solver's
// optimum, at a small share of its cost (docs/summarize.md, "The solver's
// objective in the default").
//
// Thread safety: a pure function of its arguments.
#ifndef CONCORD_SUMMARIZE_COVERAGE_SEARCH_H_
#define CONCORD_SUMMARIZE_COVERAGE_SEARCH_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "summarize/ilp.h"

namespace concord::summarize::internal {

struct SearchResult {
  std::vector<uint32_t> chosen;  // candidates, ascending
  double start = 0;              // the objective of the feasible start
  double objective = 0;          // of `chosen`
  int moves = 0;                 // improving moves made
  long pairs = 0;                // pairs of candidates weighed together
};

// The most candidates, best single gain first, weighed in pairs when a
// move takes one or two out: the pairs of n tying candidates are n^2/2 a
// move (a story of one long paragraph of 60,000 sentences took six
// minutes). Real clusters never reach it (at most 38 candidates on
// train1000 at 200-400 words, and 16 weighed in pairs).
constexpr size_t kPairSingles = 64;

// Improves `start` (problem candidates, in the order they were picked) on
// CoverageObjective. The start is first made feasible: a candidate whose
// needs are not all in it leaves, then, in pick order, one that a rule
// excludes with an earlier one, then the last picks while the budget is
// exceeded. At most `max_moves` moves are made.
// With `excluded`, the excluded pairs are those it names (asked at most
// once each, only for pairs a move would take together), not
// problem.excludes.
using ExcludedFn = std::function<bool(uint32_t, uint32_t)>;
SearchResult ImproveCoverage(const CoverageProblem& problem, const std::vector<uint32_t>& start,
                             const ExcludedFn* excluded = nullptr, int max_moves = 100);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COVERAGE_SEARCH_H_
