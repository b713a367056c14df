// Scoring extracted article text against a reference, as two public
// benchmarks define it (docs/extract.md):
//
//   ScrapingHub article-extraction-benchmark: tokens are \w+ runs, shingles
//   are 4-grams of tokens (a multiset); per page tp = shared shingles, fp
//   and fn the excess; precision is the mean over pages with tp+fp > 0 of
//   tp/(tp+fp), recall the mean over pages with tp+fn > 0 of tp/(tp+fn) (a
//   page with fp = fn = 0 scores 1), F1 the harmonic mean of the two means.
//
//   WCXB: tokens are \w+ runs of the lower-cased text; per page precision,
//   recall and F1 of the token multisets (both empty: 1), macro-averaged.
//
// \w follows Python's re: Unicode letters and numbers and '_'.
//
//   concord::eval::ShingleScore s = concord::eval::ScoreShingles(pred, truth);
//   concord::eval::ShingleSummary all = concord::eval::SummarizeShingles(scores);
//
// Thread safety: pure functions.
#ifndef CONCORD_EXTRACT_METRICS_H_
#define CONCORD_EXTRACT_METRICS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace concord::eval {

// \w+ tokens of `text`, lower-cased when `lower`.
std::vector<std::string> WordTokens(std::string_view text, bool lower);

// One page of the ScrapingHub benchmark.
struct ShingleScore {
  double tp = 0, fp = 0, fn = 0;  // shingle counts (not normalised)
  bool exact = false;             // the token sequences are equal
};
ShingleScore ScoreShingles(std::string_view predicted, std::string_view truth);

struct ShingleSummary {
  size_t pages = 0;
  double precision = 0, recall = 0, f1 = 0, accuracy = 0;
};
ShingleSummary SummarizeShingles(const std::vector<ShingleScore>& pages);

// One page of WCXB.
struct WordScore {
  double precision = 0, recall = 0, f1 = 0;
};
WordScore ScoreWords(std::string_view predicted, std::string_view truth);

// How many of `snippets` occur in `text`, ignoring case and collapsing
// whitespace on both sides.
size_t SnippetsFound(std::string_view text, const std::vector<std::string>& snippets);

// Metadata agreement: equal \w+ token sequences, ignoring case (titles,
// authors); equal calendar dates (the first YYYY-MM-DD of each).
bool SameWords(std::string_view a, std::string_view b);
bool SameDate(std::string_view a, std::string_view b);

}  // namespace concord::eval

#endif  // CONCORD_EXTRACT_METRICS_H_
