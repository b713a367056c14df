// Internal to concord_summarize.
//
// The summary introduces a person by full name before it calls them by
// surname (docs/summarize.md, "Full names first"): the article blocks of
// the reading order are moved so that the block that gives "Peter Varga"
// comes before the one that says "Varga said". The first block stays
// first (it opens the story), each article's picks stay together and in
// their order, and no sentence is rewritten.
#ifndef CONCORD_SRC_SUMMARIZE_NAME_ORDER_H_
#define CONCORD_SRC_SUMMARIZE_NAME_ORDER_H_

#include <cstddef>
#include <vector>

#include "summarize/corpus.h"
#include "summarize/select.h"

namespace concord::summarize::internal {

// For sentences in reading order, each with the people it names in order
// as (person, full): how many (sentence, person) pairs call a person by
// surname with no full name of them earlier in the summary.
size_t SurnamesBeforeFullName(const std::vector<std::vector<std::pair<size_t, bool>>>& people);

// Reorders `picks` (in reading order: each article's picks contiguous,
// the articles whose earliest pick opens the story first; `opens` says
// which, by article) by moving one article block at a time earlier, never
// to the first place nor past a block of the other kind (one that opens
// the story stays before one that does not), while a move lowers
// SurnamesBeforeFullName; of the moves that lower it most, the shortest. People are read by
// compare's name finder (person_refs.h) in the picks' texts alone. Summaries of over 256 sentences
// or 32 articles keep their order (the search is quadratic in the blocks).
void FullNamesFirst(const Corpus& corpus, const std::vector<bool>& opens, std::vector<Pick>& picks);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SRC_SUMMARIZE_NAME_ORDER_H_
