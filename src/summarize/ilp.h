// Internal: use include/concord/summarize.h instead.
//
// Exact budgeted concept coverage: the integer linear program of Gillick &
// Favre (2009, "A scalable global model for summarization"), solved with
// GLPK's branch and cut (libglpk-dev). Candidate j is taken (s_j = 1) or
// not; concept i is covered (c_i) only when a taken candidate holds it:
//
//   maximise   sum_i w_i c_i + sum_j b_j s_j
//   subject to sum_j cost_j s_j <= budget
//              c_i <= sum_{j holds i} s_j      (a concept is covered by a sentence)
//              s_j <= c_i for each i j holds   (a sentence covers its concepts;
//                                               implied when every w_i > 0, since
//                                               the optimum covers what it may:
//                                               rows only with implication_rows)
//              s_a <= s_b for each (a, b) in `needs`
//              s_a + s_b <= 1 for each (a, b) in `excludes`
//              s_j in {0, 1}, 0 <= c_i <= 1
//
// c_i need not be integer: with the s_j integer, the optimum puts every
// c_i at 0 or 1. The problem knows nothing of sentences; the default
// method builds it (coverage_ilp.h).
//
// The solve is bounded by a count of branch-and-bound nodes (deterministic:
// the same input gives the same answer whatever the load) and, as a
// backstop, by a time limit. Without GLPK (CONCORD_HAVE_GLPK unset at build
// time) every solve reports kUnavailable.
#ifndef CONCORD_SUMMARIZE_ILP_H_
#define CONCORD_SUMMARIZE_ILP_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace concord::summarize::internal {

struct CoverageProblem {
  std::vector<size_t> cost;                          // per candidate, in budget units
  std::vector<std::vector<uint32_t>> concepts;       // per candidate: concept ids < weight.size()
  std::vector<double> weight;                        // per concept, positive
  std::vector<double> bonus;                         // per candidate (b_j); empty = none
  std::vector<std::pair<uint32_t, uint32_t>> needs;  // (a, b): a only with b
  std::vector<std::pair<uint32_t, uint32_t>> excludes;  // (a, b): never both
  size_t budget = 0;
  // Adds the rows s_j <= c_i. They do not change the optimum when every
  // weight is positive and double the solve time (same summaries on 100
  // training clusters, docs/summarize.md), so they are off by default.
  bool implication_rows = false;
};

struct IlpLimits {
  int max_nodes = 2000;      // branch-and-bound nodes before giving up
  int time_limit_ms = 2000;  // backstop
  double mip_gap = 1e-4;     // relative gap at which a solution counts as optimal
};

struct IlpResult {
  enum class Outcome {
    kOptimal,      // solved to the gap; `chosen` holds the solution
    kStopped,      // node or time limit reached first
    kFailed,       // GLPK reported an error or no solution
    kUnavailable,  // built without GLPK
  };
  Outcome outcome = Outcome::kFailed;
  std::vector<uint32_t> chosen;  // candidates taken, ascending
  double objective = 0;
  std::string note;  // what happened, for --verbose
};

// True when concord was built with GLPK.
bool IlpAvailable();

// Solves `problem` within `limits`. Never throws; an empty problem (no
// candidate) is optimal with nothing chosen.
IlpResult SolveCoverage(const CoverageProblem& problem, const IlpLimits& limits);

// The objective of taking `chosen` (each concept counted once), for tests
// and for comparing with another selection.
double CoverageObjective(const CoverageProblem& problem, const std::vector<uint32_t>& chosen);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_ILP_H_
