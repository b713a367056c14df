// BuildCoverageProblem, SelectExactly: the default method's selection as
// an integer program (coverage_ilp.h, ilp.h).
//
// Candidates are the first-phase candidates that fit the budget, with the
// sentences their rules tie them to (the one a leaning sentence leans on,
// the pieces that close a quotation, and with split_quotes every piece
// that goes on with a quotation a candidate leaves open: the greedy takes
// those after it, Greedy::TakeWithPieces). A concept's weight is the default
// method's (support per outlet, kind, single source, repetition) times the
// largest prior of a candidate that holds it, over the largest prior of
// all, to a power (ilp_prior_exponent): the greedy multiplies each
// sentence's gain by its prior, which an objective over distinct concepts
// can only carry on the concepts. Only the ilp_concepts heaviest concepts
// are kept (Gillick & Favre prune the same way), and candidates that hold
// none of them and that no other candidate needs are left out.
#include "summarize/coverage_ilp.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace concord::summarize::internal {
namespace {

// The piece that goes on with the quotation candidate i leaves open (with
// split_quotes, the greedy takes it after i while it fits): UINT32_MAX
// when none does.
uint32_t NextPiece(const CoverageInputs& in, uint32_t i, bool pieces) {
  const uint32_t j = i + 1;
  if (!pieces || j >= in.corpus.size() || in.predecessor[j] != i || !in.quote_piece[j]) {
    return UINT32_MAX;
  }
  return j;
}

// Which candidates may enter: first-phase candidates within the budget,
// with the sentence each leans on and the pieces each quotation needs
// (which may themselves be outside the first phase, as the greedy takes
// them too), and with `pieces` the pieces that go on with a quotation a
// candidate leaves open; a candidate whose ties cannot all enter is out.
std::vector<bool> Admissible(const CoverageInputs& in, const Budget& budget, bool whole_quotes,
                             bool pieces) {
  const uint32_t n = static_cast<uint32_t>(in.corpus.size());
  std::vector<bool> ok(n, false);
  for (uint32_t i = 0; i < n; ++i) {
    ok[i] = in.eligible[i] && Cost(in.corpus, i, budget.unit) <= budget.limit;
  }
  if (whole_quotes) {
    for (uint32_t i = 0; i < n; ++i) {
      if (!ok[i] || !in.units.open[i]) continue;
      for (uint32_t k = i + 1; k <= in.units.end[i]; ++k) ok[k] = true;
    }
  }
  for (uint32_t i = 0; i < n; ++i) {  // ascending: a chain of pieces to its end
    const uint32_t next = NextPiece(in, i, pieces);
    if (ok[i] && next != UINT32_MAX) ok[next] = true;
  }
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < n; ++i) {
      if (!ok[i]) continue;
      const uint32_t p = in.predecessor[i];
      const bool orphan = in.wait_first[i] && (p == UINT32_MAX || !ok[p]);
      const bool unclosed =
          whole_quotes && in.units.open[i] && (in.units.end[i] == i || !ok[in.units.end[i]]);
      const uint32_t next = NextPiece(in, i, pieces);
      const bool cut = next != UINT32_MAX && !ok[next];
      if (orphan || unclosed || cut) {
        ok[i] = false;
        changed = true;
      }
    }
  }
  return ok;
}

// The concepts' ILP weights over the admissible candidates; zero for a
// concept no admissible candidate holds.
std::vector<double> PriorWeighted(const CoverageInputs& in, const std::vector<bool>& ok,
                                  double exponent) {
  std::vector<double> best_prior(in.weight.size(), 0.0);
  double top = 0;
  for (uint32_t i = 0; i < in.corpus.size(); ++i) {
    if (!ok[i]) continue;
    top = std::max(top, in.prior[i]);
    for (uint32_t c : in.concepts.of_candidate[i])
      best_prior[c] = std::max(best_prior[c], in.prior[i]);
  }
  std::vector<double> score(in.weight.size(), 0.0);
  for (size_t c = 0; c < score.size(); ++c) {
    if (best_prior[c] <= 0 || top <= 0) continue;
    const double ratio = best_prior[c] / top;
    score[c] = in.weight[c] * (exponent == 1  ? ratio
                               : exponent > 0 ? std::pow(ratio, exponent)
                                              : 1.0);
  }
  return score;
}

}  // namespace

namespace {

// The ilp_concepts heaviest concepts (ties by id, so the choice is
// deterministic): dense[c] is concept c's id in the problem, or UINT32_MAX.
std::vector<uint32_t> KeepHeaviest(const std::vector<double>& score, double concepts,
                                   CoverageProblem& problem) {
  std::vector<uint32_t> order;
  for (uint32_t c = 0; c < score.size(); ++c) {
    if (score[c] > 0) order.push_back(c);
  }
  const size_t keep = std::min(order.size(), static_cast<size_t>(std::max(1.0, concepts)));
  std::partial_sort(order.begin(), order.begin() + static_cast<ptrdiff_t>(keep), order.end(),
                    [&](uint32_t a, uint32_t b) {
                      return score[a] > score[b] || (score[a] == score[b] && a < b);
                    });
  order.resize(keep);
  std::sort(order.begin(), order.end());
  std::vector<uint32_t> dense(score.size(), UINT32_MAX);
  for (uint32_t c : order) {
    dense[c] = static_cast<uint32_t>(problem.weight.size());
    problem.weight.push_back(score[c]);
  }
  return dense;
}

// Admissible candidates that hold a kept concept, and those they are tied
// to (the sentence a leaning one needs, the pieces of a quotation).
std::vector<bool> Needed(const CoverageInputs& in, const std::vector<bool>& ok,
                         const std::vector<uint32_t>& dense, bool whole, bool pieces) {
  const uint32_t n = static_cast<uint32_t>(in.corpus.size());
  std::vector<bool> used(n, false);
  for (uint32_t i = 0; i < n; ++i) {
    if (!ok[i]) continue;
    for (uint32_t c : in.concepts.of_candidate[i]) used[i] = used[i] || dense[c] != UINT32_MAX;
  }
  // To a fixed point: a sentence taken in as the one a leaning sentence
  // needs may itself open a quotation whose pieces it needs (stop 23's
  // speaker_closes_run made that common; a tie to a piece left out gave
  // GLPK a column 0 and aborted the process).
  for (bool changed = true; changed;) {
    changed = false;
    for (uint32_t i = 0; i < n; ++i) {
      if (!used[i] || !whole || !in.units.open[i]) continue;
      for (uint32_t k = i + 1; k <= in.units.end[i]; ++k) {
        changed = changed || !used[k];
        used[k] = true;
      }
    }
    for (uint32_t i = 0; i < n; ++i) {
      const uint32_t next = NextPiece(in, i, pieces);
      if (!used[i] || next == UINT32_MAX || used[next]) continue;
      used[next] = true;
      changed = true;
    }
    for (uint32_t i = n; i-- > 0;) {
      const uint32_t p = in.predecessor[i];
      if (!used[i] || !in.wait_first[i] || p == UINT32_MAX || used[p]) continue;
      used[p] = true;
      changed = true;
    }
  }
  return used;
}

// The rules: a leaning sentence or a quotation's piece only after the
// sentence before it, a quotation only with the piece that closes it (and,
// with `pieces`, a sentence only with the piece that goes on with its
// quotation), and (duplicates) never two near-duplicates. index[i] is
// corpus candidate i's id in the problem.
void AddRules(const CoverageInputs& in, const std::vector<uint32_t>& candidate,
              const std::vector<uint32_t>& index, const CoverageParams& params,
              double duplicate_threshold, CoverageProblem& problem) {
  const bool whole = params.whole_quotes > 0;
  for (uint32_t i : candidate) {
    if (in.wait_first[i]) problem.needs.emplace_back(index[i], index[in.predecessor[i]]);
    if (whole && in.units.open[i]) problem.needs.emplace_back(index[i], index[in.units.end[i]]);
    const uint32_t next = NextPiece(in, i, params.split_quotes > 0);
    if (next != UINT32_MAX) problem.needs.emplace_back(index[i], index[next]);
  }
  if (params.ilp_duplicates <= 0) return;
  for (size_t a = 0; a < candidate.size(); ++a) {
    for (size_t b = a + 1; b < candidate.size(); ++b) {
      if (NearDuplicates(in.corpus, candidate[a], candidate[b], duplicate_threshold)) {
        problem.excludes.emplace_back(static_cast<uint32_t>(a), static_cast<uint32_t>(b));
      }
    }
  }
}

}  // namespace

CoverageProblem BuildCoverageProblem(const CoverageInputs& in, const Budget& budget,
                                     const CoverageParams& params,
                                     std::vector<uint32_t>& candidate) {
  const uint32_t n = static_cast<uint32_t>(in.corpus.size());
  const bool whole = params.whole_quotes > 0;
  const bool pieces = params.split_quotes > 0;
  const std::vector<bool> ok = Admissible(in, budget, whole, pieces);
  CoverageProblem problem;
  const std::vector<uint32_t> dense =
      KeepHeaviest(PriorWeighted(in, ok, params.ilp_prior_exponent), params.ilp_concepts, problem);
  const std::vector<bool> used = Needed(in, ok, dense, whole, pieces);

  double top_prior = 0;
  for (uint32_t i = 0; i < n; ++i)
    top_prior = used[i] ? std::max(top_prior, in.prior[i]) : top_prior;
  if (top_prior <= 0) top_prior = 1.0;
  const double mean_weight =
      problem.weight.empty() ? 0.0
                             : std::accumulate(problem.weight.begin(), problem.weight.end(), 0.0) /
                                   static_cast<double>(problem.weight.size());
  std::vector<uint32_t> index(n, UINT32_MAX);
  candidate.clear();
  for (uint32_t i = 0; i < n; ++i) {
    if (!used[i]) continue;
    index[i] = static_cast<uint32_t>(candidate.size());
    candidate.push_back(i);
    problem.cost.push_back(Cost(in.corpus, i, budget.unit));
    std::vector<uint32_t> held;
    for (uint32_t c : in.concepts.of_candidate[i]) {
      if (dense[c] != UINT32_MAX) held.push_back(dense[c]);
    }
    problem.concepts.push_back(std::move(held));
    if (params.ilp_sentence_weight > 0) {
      problem.bonus.push_back(params.ilp_sentence_weight * mean_weight * in.prior[i] / top_prior);
    }
  }
  problem.budget = budget.limit;
  AddRules(in, candidate, index, params, budget.duplicate_threshold, problem);
  return problem;
}

IlpSelection SelectExactly(const CoverageInputs& inputs, const Budget& budget,
                           const CoverageParams& params) {
  IlpSelection out;
  std::vector<uint32_t> candidate;
  const CoverageProblem problem = BuildCoverageProblem(inputs, budget, params, candidate);
  IlpLimits limits;
  limits.max_nodes = static_cast<int>(std::clamp(params.ilp_nodes, 0.0, 1e9));
  limits.time_limit_ms = static_cast<int>(std::clamp(params.ilp_time_limit_ms, 1.0, 1e9));
  const IlpResult result = SolveCoverage(problem, limits);
  out.note = "ilp: " + result.note;
  if (result.outcome != IlpResult::Outcome::kOptimal) {
    out.note += "; the greedy selection is used";
    return out;
  }
  out.solved = true;
  for (uint32_t j : result.chosen) out.chosen.push_back(candidate[j]);
  return out;
}

}  // namespace concord::summarize::internal
