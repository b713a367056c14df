// Internal: use include/concord/summarize.h instead.
//
// The default method's lead swap (parameter lead_swap, coverage_params.h):
// after the selection, when no pick opens an article (one of its first
// three sentences, the readability check's "opens the story"), the picks
// whose removal costs the coverage objective least make room for the best
// eligible opening sentence that fits, provided the objective loses at most
// the tolerance's share of what the selection covered. The summary then
// reads from a story's start (ReadingOrder puts the earliest pick first)
// at a bounded cost, where lead_first changes the whole greedy path.
#ifndef CONCORD_SUMMARIZE_LEAD_SWAP_H_
#define CONCORD_SUMMARIZE_LEAD_SWAP_H_

#include <cstdint>
#include <vector>

#include "summarize/coverage_ilp.h"
#include "summarize/select.h"

namespace concord::summarize::internal {

// The picks to keep after the swap, the opening sentence (and the pieces
// that close its quotation) first, then the kept picks in their order; empty
// when the selection already opens an article, `tolerance` is 0, or no swap
// costs at most `tolerance` times the covered concept weight.
// The rules hold: an opening sentence that leans on the one before it is
// not a choice; one that leaves a quotation open comes with the pieces that
// close it, all within the budget; none repeats a kept pick; a removed pick
// takes the picks that lean on it or continue its quotation along. At most
// two picks (with what leans on them) are removed.
std::vector<uint32_t> LeadSwap(const CoverageInputs& inputs, const Budget& budget, double tolerance,
                               const Selection& selection);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_LEAD_SWAP_H_
