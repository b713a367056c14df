// Internal: use include/concord/summarize.h instead.
//
// The default method's selection as an exact problem (ilp.h): the same
// concepts, concept weights and candidates as the greedy selection, the
// same rules (a sentence that leans on the one before it only with that
// one; a quotation only whole, and a sentence only with the pieces that go
// on with its quotation; no two near-duplicates), solved by GLPK.
// The greedy then fills what budget is left (a cut sentence when
// truncating, the fill candidates of short inputs), so both selections end
// the same way. Parameters (coverage_params.h): solver, ilp_concepts,
// ilp_prior_exponent, ilp_sentence_weight, ilp_duplicates, ilp_nodes.
#ifndef CONCORD_SUMMARIZE_COVERAGE_ILP_H_
#define CONCORD_SUMMARIZE_COVERAGE_ILP_H_

#include <cstdint>
#include <string>
#include <vector>

#include "summarize/concepts.h"
#include "summarize/corpus.h"
#include "summarize/coverage_params.h"
#include "summarize/ilp.h"
#include "summarize/select.h"

namespace concord::summarize::internal {

// The quotation units of the candidates: open[i] when sentence i leaves a
// quotation open by a mark that opens by its form (a straight mark with
// spaces on both sides, as tokenized text writes a closing one, does not
// count), and end[i] the last of the pieces that continue it in its
// article up to the one that closes it (i itself for other sentences, and
// when nothing continues it). With whole_quotes, such a sentence is weighed
// with its pieces and taken only when they all fit.
struct QuotationUnits {
  std::vector<bool> open;
  std::vector<uint32_t> end;
  // to_speaker[i]: the unit runs to the sentence that names the speaker of
  // a quotation i opens without one (speaker_closes_run), so none of its
  // pieces may be left out.
  std::vector<bool> to_speaker;
};

// What the default method knows of a cluster when it selects.
struct CoverageInputs {
  const Corpus& corpus;
  const Concepts& concepts;
  const std::vector<double>& weight;         // per concept
  const std::vector<double>& prior;          // per candidate
  const std::vector<bool>& eligible;         // first-phase candidates
  const std::vector<uint32_t>& predecessor;  // the sentence before, or UINT32_MAX
  const std::vector<bool>& wait_first;       // taken only after its predecessor
  const QuotationUnits& units;
  // quote_piece[i]: i goes on with a quotation the sentence before it left
  // open; with split_quotes the greedy takes such pieces after whatever
  // it picks before them, while they fit (Greedy::TakeWithPieces).
  const std::vector<bool>& quote_piece;
};

struct IlpSelection {
  bool solved = false;           // false: use the greedy selection
  std::vector<uint32_t> chosen;  // candidates, ascending
  std::string note;              // the solver's outcome, for --verbose
};

// The coverage problem of `inputs` (concepts pruned to the ilp_concepts
// heaviest, weighted by the prior of the sentences that hold them).
// `candidate` receives the corpus index of each problem candidate.
CoverageProblem BuildCoverageProblem(const CoverageInputs& inputs, const Budget& budget,
                                     const CoverageParams& params,
                                     std::vector<uint32_t>& candidate);

// Builds and solves the problem; on any outcome but an optimal solution
// says why in `note` and leaves `solved` false.
IlpSelection SelectExactly(const CoverageInputs& inputs, const Budget& budget,
                           const CoverageParams& params);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COVERAGE_ILP_H_
