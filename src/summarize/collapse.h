// Internal: use include/concord/summarize.h instead.
//
// Collapsing near-copies of whole articles before ranking
// (SummarizeOptions::collapse_copies).
#ifndef CONCORD_SUMMARIZE_COLLAPSE_H_
#define CONCORD_SUMMARIZE_COLLAPSE_H_

#include <cstddef>
#include <functional>
#include <vector>

#include "concord/summarize.h"

namespace concord::summarize::internal {

// The copies of group::FindCopies (copy_of[i]: the earliest article that
// article i copies, else i) with each set of copies kept in the article
// that holds the most text (the bytes of its analysed sentences), on a tie
// the earliest: an update that adds a sentence to a wire report ("The
// death toll rose to 12") is ranked, and the first version becomes its
// copy, so the new fact can reach the summary; copies word for word stay
// as they were (the first to run the report is named first). Returns for
// each article the one kept for its set.
std::vector<size_t> KeepFullest(const std::vector<Document>& documents,
                                const std::vector<size_t>& copy_of);

// Summarizes `cluster` with each near-copy (copy_of[i] != i) left out of
// the ranking, through `summarize` (the summarizer without collapsing),
// then maps the result back to the whole cluster: article indices are the
// cluster's, every document is returned, and a copy joins a sentence's
// sources when the article it copies is among them and, when that article
// is the sentence's own, the copy holds the same sentence (a truncated copy
// does not back what it cut).
// REQUIRES: copy_of[copy_of[i]] == copy_of[i].
Result<Summary> SummarizeCollapsed(
    const Cluster& cluster, std::vector<Document> documents, const std::vector<size_t>& copy_of,
    const std::function<Result<Summary>(const Cluster&, std::vector<Document>)>& summarize);

}  // namespace concord::summarize::internal

#endif  // CONCORD_SUMMARIZE_COLLAPSE_H_
